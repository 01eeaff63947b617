"""The centre's configuration file: the workstation settings a centre may choose, and the ones
it may not."""

from __future__ import annotations

from pathlib import Path

import pytest

from chathost.core.config import DEFAULT_PHRASES, CentreConfig, ConfigError, load_centre_config


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


def test_the_centre_chooses_the_language_and_sound_for_hosts_who_have_not(tmp_path):
    text = '[console]\nlanguage = "sv"\n[alerts]\nsound = false\n'
    chosen = load_centre_config(centre(tmp_path, text))
    assert (chosen.language, chosen.sound, chosen.sound_required) == ("sv", False, False)
    assert (load_centre_config(centre(tmp_path, "")).language, CentreConfig().sound) == ("", True)


@pytest.mark.parametrize("value", ['"norsk"', '"no"', "1"])
def test_a_language_the_console_does_not_have_is_refused(tmp_path, value):
    with pytest.raises(ConfigError, match=r"console\.language must be one of en, nb, fi, sv"):
        load_centre_config(centre(tmp_path, f"[console]\nlanguage = {value}\n"))


def test_sound_required_with_sound_off_is_refused_as_a_contradiction(tmp_path):
    text = "[alerts]\nsound = false\nsound_required = true\n"
    with pytest.raises(ConfigError, match="contradicts"):
        load_centre_config(centre(tmp_path, text))


@pytest.mark.parametrize("text", ['[alerts]\nsound = "yes"\n', "[alerts]\nsound_required = 1\n"])
def test_sound_settings_must_be_true_or_false(tmp_path, text):
    with pytest.raises(ConfigError, match="must be true or false"):
        load_centre_config(centre(tmp_path, text))


def test_true_is_not_a_number_of_minutes(tmp_path):
    with pytest.raises(ConfigError, match="lock_after_minutes"):
        load_centre_config(centre(tmp_path, "[workstation]\nlock_after_minutes = true\n"))


def test_an_unknown_key_is_named_in_the_log_and_the_rest_still_applies(tmp_path, caplog):
    """A file written for a newer console must not keep this one from starting."""
    text = "[alerts]\nwait_minute = 3\nwait_minutes = 7\n[kiosk]\nmode = true\n"
    chosen = load_centre_config(centre(tmp_path, text))
    assert chosen.wait_alert_seconds == 7 * 60
    assert "unknown key alerts.wait_minute ignored" in caplog.text
    assert "unknown table [kiosk] ignored" in caplog.text


def test_swedish_conversations_get_swedish_phrases_unless_the_centre_has_its_own(tmp_path):
    built_in = CentreConfig().phrases_for("ung", "sv")
    assert built_in[0].startswith("Hej, du chattar med en chattvärd.")
    assert set(DEFAULT_PHRASES) == {"nb", "fi", "sv", "en"}
    assert all(len(items) == len(DEFAULT_PHRASES["en"]) for items in DEFAULT_PHRASES.values())
    own = load_centre_config(centre(tmp_path, '[phrases."*"]\nsv = ["Hej!"]\n'))
    assert own.phrases_for("ung", "sv") == ["Hej!"]
