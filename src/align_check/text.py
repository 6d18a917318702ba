"""Small helpers on text that reports and the files align-check writes share."""

from __future__ import annotations


def clip(text: str, width: int) -> str:
    """The text cut to ``width`` characters, an ellipsis last where it was longer."""
    return text if len(text) <= width else text[: width - 1] + "…"
