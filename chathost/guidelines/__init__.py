"""Guideline packs: documents with a trigger lexicon, and the matcher that fires them on a
visitor's messages. Shared by the server (import, lint) and the console (live matching); no Qt,
no network, no server or console imports."""

from chathost.guidelines.document import GuidelineError, load_dir, parse_document
from chathost.guidelines.matcher import Fired, Matcher

__all__ = ["Fired", "GuidelineError", "Matcher", "load_dir", "parse_document"]
