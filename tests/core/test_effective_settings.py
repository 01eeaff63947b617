"""Who wins: built-in defaults < the centre file < the host's own choices < the command line,
with the centre's security choices out of the host's reach. One function decides it all."""

from __future__ import annotations

from dataclasses import replace

import pytest

from chathost.core.config import (
    CentreConfig,
    CommandLine,
    HostChoices,
    Settings,
    alert_sounds,
    choices_after,
    effective_settings,
)

CENTRE = CentreConfig(
    server_url="https://chat.example-centre.no",
    ca_file="/etc/chathost/centre-ca.pem",
    language="nb",
    sound=False,
    lock_idle_seconds=120,
    max_shift_seconds=8 * 3600,
)


def test_nothing_chosen_anywhere_gives_the_built_in_defaults():
    in_effect = effective_settings(CentreConfig(), HostChoices())
    assert in_effect.settings == Settings()
    assert in_effect.settings.language == ""  # the system's
    assert in_effect.settings.sound is True
    assert in_effect.centre == CentreConfig()


def test_a_host_who_has_not_chosen_gets_the_centres_language_and_sound():
    settings = effective_settings(CENTRE, HostChoices()).settings
    assert (settings.language, settings.sound) == ("nb", False)


def test_the_hosts_own_choices_win_over_the_centres_defaults():
    choices = HostChoices(language="fi", sound=True, font_size=14, enter_sends=False)
    settings = effective_settings(CENTRE, choices).settings
    assert (settings.language, settings.sound, settings.font_size, settings.enter_sends) == (
        "fi",
        True,
        14,
        False,
    )


def test_choosing_the_systems_language_is_a_choice_the_centre_does_not_undo():
    assert effective_settings(CENTRE, HostChoices(language="")).settings.language == ""


def test_a_language_flag_wins_over_the_host_and_the_centre():
    flags = CommandLine(language="sv")
    assert effective_settings(CENTRE, HostChoices(language="fi"), flags).settings.language == "sv"


def test_when_the_centre_requires_sound_a_host_cannot_turn_it_off():
    centre = replace(CENTRE, sound=True, sound_required=True)
    settings = effective_settings(centre, HostChoices(sound=False)).settings
    assert settings.sound is True
    assert settings.sound_required is True


def test_the_security_choices_are_the_centres_whatever_the_host_last_used():
    choices = HostChoices(last_server="https://elsewhere.example", language="fi", sound=True)
    centre = effective_settings(CENTRE, choices).centre
    assert centre.server_url == "https://chat.example-centre.no"
    assert centre.ca_file == "/etc/chathost/centre-ca.pem"
    assert (centre.lock_idle_seconds, centre.max_shift_seconds) == (120, 8 * 3600)


def test_server_and_ca_flags_win_over_the_centre_file():
    flags = CommandLine(server="https://test.example", ca_file="test-ca.pem")
    centre = effective_settings(CENTRE, HostChoices(), flags).centre
    assert (centre.server_url, centre.ca_file) == ("https://test.example", "test-ca.pem")
    assert centre.lock_idle_seconds == 120  # everything else is still the centre's


def test_combining_twice_changes_nothing():
    """The console combines again after a settings change; flags applied twice are the same."""
    flags = CommandLine(server="https://test.example", language="fi")
    once = effective_settings(CENTRE, HostChoices(), flags)
    assert effective_settings(once.centre, HostChoices(), flags) == once


# ------------------------------------------------------------------ after the settings dialog


def test_settings_the_host_did_not_touch_keep_following_the_centre():
    shown = effective_settings(CENTRE, HostChoices()).settings
    chosen = replace(shown, font_size=16)

    kept = choices_after(HostChoices(), shown, chosen)

    assert kept == HostChoices(font_size=16)  # language and sound still not chosen
    later = replace(CENTRE, language="fi", sound=True)  # the centre changes its defaults
    assert effective_settings(later, kept).settings.language == "fi"
    assert effective_settings(later, kept).settings.sound is True


def test_what_the_host_changes_becomes_their_choice():
    shown = effective_settings(CENTRE, HostChoices()).settings
    chosen = replace(shown, language="", sound=True)
    assert choices_after(HostChoices(), shown, chosen) == HostChoices(language="", sound=True)


def test_a_one_off_language_flag_is_not_kept_as_the_hosts_choice():
    choices = HostChoices(language="fi")
    shown = effective_settings(CENTRE, choices, CommandLine(language="sv")).settings
    kept = choices_after(choices, shown, replace(shown, enter_sends=False))
    assert kept.language == "fi"


def test_sound_is_not_kept_as_a_choice_while_the_centre_requires_it():
    centre = replace(CENTRE, sound=True, sound_required=True)
    shown = effective_settings(centre, HostChoices()).settings
    assert choices_after(HostChoices(), shown, replace(shown, sound=False)).sound is None


# ------------------------------------------------------------------ which alerts sound


@pytest.mark.parametrize("kind", ["acute", "help"])
def test_acute_danger_and_calls_for_help_sound_even_for_a_host_who_turned_sound_off(kind):
    assert alert_sounds(kind, sound=False) is True


@pytest.mark.parametrize("kind", ["queue", "message", "waiting"])
def test_other_alerts_follow_the_sound_setting(kind):
    assert alert_sounds(kind, sound=True) is True
    assert alert_sounds(kind, sound=False) is False


def test_the_always_sounding_alerts_are_alerts_the_console_raises():
    from typing import get_args

    from chathost.core.attention import AlertKind
    from chathost.core.config import ALWAYS_SOUNDING_ALERTS

    assert set(get_args(AlertKind)) >= ALWAYS_SOUNDING_ALERTS
