"""Where each system keeps the centre file, read from a real file in each place, and which one
wins when there are several. The system's root and environment are the test's own, so every
system's layout is checked on any machine."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

from chathost.core.config import (
    ConfigError,
    candidate_paths,
    default_path,
    find_centre_file,
    load_centre_config,
)


def write(path: Path, url: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f'[server]\nurl = "{url}"\n', encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("platform", "place"),
    [
        ("win32", "ProgramData/ChatHost/centre.toml"),
        ("darwin", "Library/Application Support/ChatHost/centre.toml"),
        ("linux", "etc/chathost/centre.toml"),
        ("freebsd14", "etc/chathost/centre.toml"),
    ],
)
def test_each_system_reads_the_file_the_installer_put_in_its_place(tmp_path, platform, place):
    environ = {"PROGRAMDATA": str(tmp_path / "ProgramData")}
    installed = write(tmp_path / place, "https://chat.example-centre.no")

    centre = load_centre_config(platform=platform, environ=environ, root=tmp_path)

    assert centre.server_url == "https://chat.example-centre.no"
    assert centre.source == installed
    assert default_path(platform, environ, tmp_path) == installed


@pytest.mark.parametrize("platform", ["win32", "darwin", "linux"])
def test_no_file_anywhere_gives_the_built_in_defaults(tmp_path, platform):
    environ = {"PROGRAMDATA": str(tmp_path / "ProgramData")}
    centre = load_centre_config(platform=platform, environ=environ, root=tmp_path)
    assert centre.server_url == "" and centre.source is None
    assert centre.lock_idle_seconds == 300


def test_windows_without_programdata_looks_in_the_usual_folder():
    assert default_path("win32", {}) == Path(r"C:\ProgramData") / "ChatHost" / "centre.toml"


def test_this_machine_uses_its_own_systems_place():
    expected = {
        "win32": "centre.toml",  # under %PROGRAMDATA%, wherever that is
        "darwin": "/Library/Application Support/ChatHost/centre.toml",
    }.get(sys.platform, "/etc/chathost/centre.toml")
    assert str(default_path()).replace("\\", "/").endswith(expected)


# ------------------------------------------------------------------ Linux: XDG_CONFIG_DIRS


def test_linux_reads_the_xdg_system_directories_when_etc_chathost_has_none(tmp_path):
    first, second = tmp_path / "xdg-a", tmp_path / "xdg-b"
    environ = {"XDG_CONFIG_DIRS": f"{first}:{second}"}
    write(second / "chathost" / "centre.toml", "https://second.example")
    assert load_centre_config(platform="linux", environ=environ, root=tmp_path).server_url == (
        "https://second.example"
    )

    write(first / "chathost" / "centre.toml", "https://first.example")  # earlier in the list
    assert load_centre_config(platform="linux", environ=environ, root=tmp_path).server_url == (
        "https://first.example"
    )

    write(tmp_path / "etc" / "chathost" / "centre.toml", "https://etc.example")  # the packages'
    assert load_centre_config(platform="linux", environ=environ, root=tmp_path).server_url == (
        "https://etc.example"
    )


def test_linux_without_xdg_config_dirs_looks_in_etc_xdg(tmp_path):
    write(tmp_path / "etc" / "xdg" / "chathost" / "centre.toml", "https://xdg.example")
    assert load_centre_config(platform="linux", environ={}, root=tmp_path).server_url == (
        "https://xdg.example"
    )


def test_relative_xdg_entries_are_ignored(tmp_path):
    """The XDG spec says so; a relative path would depend on where the console was started."""
    paths = candidate_paths("linux", {"XDG_CONFIG_DIRS": "relative/dir::/abs"}, tmp_path)
    assert paths == [tmp_path / "etc/chathost/centre.toml", Path("/abs/chathost/centre.toml")]


def test_xdg_config_dirs_do_not_count_on_windows_or_macos(tmp_path):
    environ = {"XDG_CONFIG_DIRS": str(tmp_path / "xdg"), "PROGRAMDATA": str(tmp_path / "pd")}
    write(tmp_path / "xdg" / "chathost" / "centre.toml", "https://xdg.example")
    for platform in ("win32", "darwin"):
        assert load_centre_config(platform=platform, environ=environ, root=tmp_path).source is None


# ------------------------------------------------------------------ precedence


@pytest.mark.parametrize("platform", ["win32", "darwin", "linux"])
def test_config_flag_beats_the_environment_which_beats_the_system_place(tmp_path, platform):
    environ = {"PROGRAMDATA": str(tmp_path / "ProgramData")}
    write(default_path(platform, environ, tmp_path), "https://system.example")
    named_by_env = write(tmp_path / "env.toml", "https://env.example")
    named_by_flag = write(tmp_path / "flag.toml", "https://flag.example")

    def url(path: Path | None = None) -> str:
        return load_centre_config(path, platform, environ, tmp_path).server_url

    assert url() == "https://system.example"
    environ["CHATHOST_CONFIG"] = str(named_by_env)
    assert url() == "https://env.example"
    assert url(named_by_flag) == "https://flag.example"


def test_an_empty_chathost_config_counts_as_unset(tmp_path):
    installed = write(tmp_path / "etc/chathost/centre.toml", "https://system.example")
    assert find_centre_file(None, "linux", {"CHATHOST_CONFIG": ""}, tmp_path) == (installed, False)


@pytest.mark.parametrize("how", ["flag", "environment"])
def test_a_file_asked_for_by_name_must_exist(tmp_path, how):
    """A typo in --config or CHATHOST_CONFIG must not quietly fall back to another server."""
    write(tmp_path / "etc/chathost/centre.toml", "https://system.example")
    missing = tmp_path / "typo.toml"
    path, environ = (missing, {}) if how == "flag" else (None, {"CHATHOST_CONFIG": str(missing)})
    with pytest.raises(ConfigError, match=r"typo\.toml: no such file"):
        load_centre_config(path, "linux", environ, tmp_path)


def test_a_broken_file_in_the_system_place_stops_the_console_with_its_name(tmp_path):
    broken = tmp_path / "etc/chathost/centre.toml"
    broken.parent.mkdir(parents=True)
    broken.write_text("[server\nurl = 1\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=re.escape(str(broken))):
        load_centre_config(platform="linux", environ={}, root=tmp_path)
