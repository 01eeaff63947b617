"""Which theme the console shows, and the host's theme and text size through the settings'
layers: a host who chose nothing follows the system (its light or dark, its text size)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from chathost.core.config import (
    THEMES,
    CentreConfig,
    CommandLine,
    HostChoices,
    choices_after,
    effective_settings,
    theme_in_effect,
)


@pytest.mark.parametrize("system_dark, shown", [(False, "light"), (True, "dark")])
def test_with_no_choice_the_theme_follows_the_systems_scheme(system_dark, shown):
    assert theme_in_effect("", system_dark) == shown


@pytest.mark.parametrize("theme", THEMES)
@pytest.mark.parametrize("system_dark", [False, True])
def test_a_chosen_theme_is_shown_whatever_the_system_says(theme, system_dark):
    assert theme_in_effect(theme, system_dark) == theme


def test_a_theme_from_a_newer_console_falls_back_to_the_systems():
    assert theme_in_effect("sepia", system_dark=True) == "dark"


def test_a_host_who_chose_nothing_gets_the_systems_theme_and_text_size():
    settings = effective_settings(CentreConfig(language="nb"), HostChoices()).settings
    assert (settings.theme, settings.font_size) == ("", 0)


def test_the_hosts_theme_and_text_size_are_theirs_whatever_the_centre_and_flags_say():
    choices = HostChoices(theme="contrast", font_size=16)
    flags = CommandLine(language="sv", server="https://test.example")
    settings = effective_settings(CentreConfig(language="nb"), choices, flags).settings
    assert (settings.theme, settings.font_size) == ("contrast", 16)


def test_choosing_a_theme_and_back_to_the_systems_size_is_kept():
    shown = effective_settings(CentreConfig(), HostChoices(font_size=14)).settings
    chosen = replace(shown, theme="dark", font_size=0)
    kept = choices_after(HostChoices(font_size=14), shown, chosen)
    assert kept == HostChoices(theme="dark", font_size=0)
    assert kept.language is None and kept.sound is None  # untouched: still the centre's
