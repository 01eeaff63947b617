"""The centre's configuration file: the workstation settings a centre may choose, and the ones
it may not."""

from __future__ import annotations

from pathlib import Path

import pytest

from chathost.core.config import ConfigError, load_centre_config


def centre(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "centre.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_break_reminder_comes_after_90_minutes_unless_the_centre_says_otherwise(tmp_path):
    assert load_centre_config(centre(tmp_path, "")).break_after_seconds == 90 * 60
    chosen = load_centre_config(centre(tmp_path, "[workstation]\nbreak_after_minutes = 60\n"))
    assert chosen.break_after_seconds == 60 * 60


@pytest.mark.parametrize("value", ["10", "481", '"90"'])
def test_a_break_reminder_outside_15_to_480_minutes_is_refused(tmp_path, value):
    path = centre(tmp_path, f"[workstation]\nbreak_after_minutes = {value}\n")
    with pytest.raises(ConfigError, match="break_after_minutes"):
        load_centre_config(path)
