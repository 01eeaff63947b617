"""The console's Qt-free brain (backend client, state, guideline matching, notes cache)."""
