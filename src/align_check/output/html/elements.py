"""Building HTML elements with lxml, so that every text from a document is escaped."""

from __future__ import annotations

from typing import Any

from lxml.builder import ElementMaker
from lxml.html import HtmlElement, html_parser

from align_check.output.tmx import clean_text

E = ElementMaker(makeelement=html_parser.makeelement)
"""Makes any HTML element: ``E.td({"class": "side"}, "text", E.mark("child"))``."""

Element = HtmlElement


def text(value: str) -> str:
    """A document's text without the characters that HTML serialisation cannot carry."""
    return clean_text(value)


def classes(*names: str) -> dict[str, Any]:
    """The class attribute holding the non-empty names."""
    return {"class": " ".join(name for name in names if name)}
