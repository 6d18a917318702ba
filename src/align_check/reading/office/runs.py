"""The text of a Word paragraph as Word shows it with every tracked change accepted.

Kept: ``w:t`` in runs directly or inside insertions (``w:ins``), moves' new places
(``w:moveTo``), hyperlinks, smart tags, inline content controls, simple fields and the
result of complex fields (between ``fldChar separate`` and ``end``). Left out: deletions
(``w:del``, ``w:delText``), moves' old places (``w:moveFrom``), field instructions, hidden
runs (``w:vanish``), comment marks, footnote reference marks (the notes are read as
blocks of their own). A tab or a break is a space, a no-break hyphen U+2011, a soft
hyphen nothing. Text boxes are not run into the paragraph: they are handed back to be
read after it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from align_check.reading.office.package import Element
from align_check.reading.office.styles import Styles, W, toggled

MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"

_SPACES = re.compile(r"[ \t\r\n]+")
_SKIPPED = frozenset(
    f"{W}{name}"
    for name in ("pPr", "rPr", "sdtPr", "sdtEndPr", "customXmlPr", "smartTagPr", "fldData")
)
_CHARACTERS = {
    f"{W}tab": " ",
    f"{W}ptab": " ",
    f"{W}br": " ",
    f"{W}cr": " ",
    f"{W}noBreakHyphen": "\u2011",
    f"{W}softHyphen": "",
}


@dataclass
class _Field:
    """A complex field being read: its instruction so far, and whether its result began."""

    instruction: list[str] = field(default_factory=list)
    result: bool = False

    @property
    def toc(self) -> bool:
        return self.result and "".join(self.instruction).split()[:1] == ["TOC"]


@dataclass(frozen=True)
class Paragraph:
    """What a paragraph holds: its text, the notes it refers to, its text boxes."""

    text: str
    notes: tuple[tuple[str, str], ...] = ()
    """("footnote" or "endnote", id) of each reference mark, in order."""
    boxes: tuple[Element, ...] = ()
    """The ``w:txbxContent`` of its text boxes."""
    toc: bool = False
    """Some of it is the result of a TOC field (a table of contents)."""


class Runs:
    """Reads the paragraphs of one part in order: a complex field may open in one
    paragraph and close in another (a table of contents does), so the open fields are
    kept from one paragraph to the next. Counts what it leaves out in ``counts``."""

    def __init__(self, styles: Styles, counts: Counter[str]) -> None:
        self.styles = styles
        self.counts = counts
        self.fields: list[_Field] = []
        self._pieces: list[str] = []
        self._notes: list[tuple[str, str]] = []
        self._boxes: list[Element] = []
        self._toc = False
        self._handlers: dict[str, Callable[[Element], None]] = {
            f"{W}r": self._run,
            f"{W}del": self._deleted,
            f"{W}moveFrom": self._deleted,
            f"{W}ins": self._inserted,
            f"{W}moveTo": self._inserted,
            f"{W}fldSimple": self._simple_field,
            f"{MC}AlternateContent": self._alternate,
        }

    def paragraph(self, element: Element) -> Paragraph:
        """The text, notes and text boxes of a ``w:p``."""
        self._pieces, self._notes, self._boxes = [], [], []
        self._toc = any(f.toc for f in self.fields)
        self._walk(element)
        text = _SPACES.sub(" ", "".join(self._pieces)).strip()
        return Paragraph(text, tuple(self._notes), tuple(self._boxes), self._toc)

    def _walk(self, element: Element) -> None:
        for child in element:
            if child.tag in _SKIPPED or not isinstance(child.tag, str):
                continue
            handler = self._handlers.get(child.tag)
            if handler:
                handler(child)
            else:
                self._walk(child)

    def _deleted(self, element: Element) -> None:
        if element.find(f".//{W}delText") is not None or element.find(f".//{W}t") is not None:
            self.counts["moves" if element.tag == f"{W}moveFrom" else "deletions"] += 1

    def _inserted(self, element: Element) -> None:
        if element.tag == f"{W}ins" and element.find(f".//{W}t") is not None:
            self.counts["insertions"] += 1
        self._walk(element)

    def _simple_field(self, element: Element) -> None:
        if element.get(f"{W}instr", "").split()[:1] == ["TOC"]:
            self._toc = True
        self._walk(element)

    def _alternate(self, element: Element) -> None:
        """Markup compatibility: the first choice only (its fallback says it again)."""
        choice = element.find(f"{MC}Choice")
        if choice is None:
            choice = element.find(f"{MC}Fallback")
        if choice is not None:
            self._walk(choice)

    def _run(self, run: Element) -> None:
        hidden = self._hidden(run)
        if hidden and run.find(f"{W}t") is not None:
            self.counts["hidden"] += 1
        for child in run:
            tag = child.tag
            if tag == f"{W}fldChar":
                self._field_mark(child.get(f"{W}fldCharType"))
            elif tag == f"{W}instrText" and self.fields:
                self.fields[-1].instruction.append(child.text or "")
            elif hidden or not self._visible():
                continue
            elif tag == f"{W}t":
                self._pieces.append(child.text or "")
            elif tag in _CHARACTERS:
                self._pieces.append(_CHARACTERS[tag])
            else:
                self._inline(child)

    def _inline(self, child: Element) -> None:
        """A run's other content: a note's reference mark, a drawing holding text boxes."""
        tag = child.tag
        if tag in (f"{W}footnoteReference", f"{W}endnoteReference"):
            kind = "footnote" if tag == f"{W}footnoteReference" else "endnote"
            self._notes.append((kind, child.get(f"{W}id", "")))
        elif tag in (f"{W}drawing", f"{W}pict", f"{W}object", f"{MC}AlternateContent"):
            self._boxes.extend(_text_boxes(child))

    def _field_mark(self, kind: str | None) -> None:
        if kind == "begin":
            self.fields.append(_Field())
        elif kind == "separate" and self.fields:
            self.fields[-1].result = True
            self._toc = self._toc or self.fields[-1].toc
        elif kind == "end" and self.fields:
            self.fields.pop()

    def _visible(self) -> bool:
        """Outside field instructions (a field's code is not its text)."""
        return all(f.result for f in self.fields)

    def _hidden(self, run: Element) -> bool:
        properties = run.find(f"{W}rPr")
        if properties is None:
            return False
        style = properties.find(f"{W}rStyle")
        if style is not None and style.get(f"{W}val") in self.styles.hidden:
            return True
        return toggled(properties.find(f"{W}vanish"))


def _text_boxes(element: Element) -> list[Element]:
    """The outermost text boxes in a drawing, taking a compatibility block's first choice."""
    found: list[Element] = []
    for child in element:
        if not isinstance(child.tag, str) or child.tag == f"{MC}Fallback":
            continue
        if child.tag == f"{W}txbxContent":
            found.append(child)
        elif child.tag == f"{MC}AlternateContent":
            choice = child.find(f"{MC}Choice")
            found.extend(_text_boxes(choice if choice is not None else child))
        else:
            found.extend(_text_boxes(child))
    return found
