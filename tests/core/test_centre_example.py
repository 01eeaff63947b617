"""docs/centre.example.toml is the file installers copy and edit: it must load as it is, name
every key the console understands with a comment saying what it does, and state the built-in
defaults truthfully."""

from __future__ import annotations

import tomllib
from dataclasses import replace
from pathlib import Path

from chathost.core.config import KNOWN_KEYS, CentreConfig, load_centre_config

DOCS = Path(__file__).resolve().parents[2] / "docs"
EXAMPLE = DOCS / "centre.example.toml"


def test_the_example_loads_as_it_is():
    centre = load_centre_config(EXAMPLE)
    assert centre.server_url.startswith("https://")
    assert centre.ca_file == str(EXAMPLE.parent / "centre-ca.pem")  # relative to the file
    assert centre.language == "nb"
    assert centre.phrases_for("ung", "nb") == ["Takk for at du forteller meg dette."]
    assert centre.phrases_for("ung", "fi")[0].startswith("Hei, keskustelet")


def test_every_key_the_console_understands_is_in_the_example():
    data = tomllib.loads(EXAMPLE.read_text(encoding="utf-8"))
    missing = [
        f"{table}.{key}"
        for table, keys in KNOWN_KEYS.items()
        for key in keys
        if key not in data.get(table, {})
    ]
    assert missing == []
    assert "phrases" in data


def test_every_key_in_the_example_has_a_comment_just_above_it():
    lines = EXAMPLE.read_text(encoding="utf-8").splitlines()
    uncommented = []
    for table, keys in KNOWN_KEYS.items():
        start = lines.index(f"[{table}]")
        for key in keys:
            at = next(i for i in range(start, len(lines)) if lines[i].startswith(f"{key} = "))
            if not lines[at - 1].startswith("#"):
                uncommented.append(f"{table}.{key}")
    assert uncommented == []


def test_the_examples_numbers_and_sound_are_the_built_in_defaults():
    """The example says "Default N" next to each value; those values are the real defaults."""
    centre = load_centre_config(EXAMPLE)
    as_built_in = replace(centre, server_url="", ca_file=None, language="", phrases={}, source=None)
    assert as_built_in == CentreConfig()


def test_the_operations_guide_names_every_key():
    guide = (DOCS / "operations.md").read_text(encoding="utf-8")
    unnamed = [
        f"{table}.{key}"
        for table, keys in KNOWN_KEYS.items()
        for key in keys
        if f"`{key}`" not in guide and f"] {key}`" not in guide
    ]
    assert unnamed == []
