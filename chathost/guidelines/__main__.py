"""`python -m chathost.guidelines lint DIR` and `… match --lang nb --text "…"`: the same
commands as `chathost-server guidelines lint` and `chathost guidelines match`."""

from __future__ import annotations

import sys

from chathost.guidelines.cli import main

sys.exit(main())
