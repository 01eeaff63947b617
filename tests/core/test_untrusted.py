"""Remote text is shown literally: markup stays text, direction stays contained, control
characters show, and huge messages are capped with a count of what is hidden."""

from __future__ import annotations

from chathost.core.untrusted import for_display

FSI, PDI = "\u2068", "\u2069"


def test_markup_is_kept_as_literal_characters():
    shown = for_display("<img src=x onerror=alert(1)><b>hei</b>")
    assert shown.text == FSI + "<img src=x onerror=alert(1)><b>hei</b>" + PDI


def test_a_right_to_left_override_is_contained_in_its_line():
    shown = for_display("abc\u202edlrow\nnext line")
    first, second = shown.text.split("\n")
    assert first == FSI + FSI + "abc\u202edlrow" + PDI
    assert second == "next line" + PDI


def test_control_characters_become_visible_symbols():
    shown = for_display("bell\x07esc\x1b[31m\r\x7f\x85ok\ttab")
    assert shown.text == FSI + "bell\u2407esc\u241b[31m\u240d\u2421\\x85ok\ttab" + PDI


def test_long_text_is_capped_and_says_how_much_is_hidden():
    shown = for_display("x" * 200_000, cap=2000)
    assert shown.truncated and shown.hidden_chars == 198_000
    assert shown.text.replace("\u200b", "") == FSI + "x" * 2000 + PDI


def test_long_unbroken_runs_get_break_opportunities_and_words_do_not():
    shown = for_display("y" * 130 + " " + "ord " * 40).text
    assert shown.count("\u200b") == 2  # after 64 and 128 characters of the run
    assert "ord ord" in shown


def test_ordinary_text_is_untouched_but_isolated():
    text = "Hei! Hvordan har du det i dag? 😊"
    assert for_display(text).text == FSI + text + PDI
    assert not for_display(text).truncated
