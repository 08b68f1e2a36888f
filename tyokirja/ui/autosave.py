"""How soon typed text is written to the diary as a draft (every editor autosaves with this)."""

from __future__ import annotations

# Debounce after the last keystroke: a crash loses at most this much typing (reliability §2.10).
AUTOSAVE_MS = 700
