"""A Word file's paragraph styles (``word/styles.xml``) as the reader needs them: which
make a heading (and its level), which a table-of-contents entry, which number a list,
which hide their text.

Word writes built-in style *names* in English ("heading 1", "toc 2") whatever its
language, but the *ids* in the user's ("Titre1" in a French Word), so a style is known by
its name, through the ``basedOn`` chain, or by its outline level; never by its id alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from align_check.reading.office.package import Element

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

_HEADING = re.compile(r"^heading\s*([1-9])$")
_TOC = re.compile(r"^(?:toc\s*[1-9]|toc heading|table of figures)$")
_TITLES = {"title": 1}


@dataclass(frozen=True)
class Styles:
    """What the reader takes from a style sheet, by style id."""

    headings: dict[str, int] = field(default_factory=dict)
    """Paragraph styles that make a heading, and its level (1 = top)."""
    toc: frozenset[str] = frozenset()
    """Paragraph styles of table-of-contents entries and headings."""
    numbering: dict[str, tuple[str, int]] = field(default_factory=dict)
    """Paragraph styles that number their paragraphs: the list (numId) and level."""
    hidden: frozenset[str] = frozenset()
    """Styles whose text is hidden (``w:vanish``)."""
    default: str = ""
    """The paragraph style of a paragraph that names none."""


@dataclass(frozen=True)
class _Style:
    name: str
    based_on: str
    outline: int | None
    numbering: tuple[str, int] | None
    hidden: bool


def read_styles(root: Element | None) -> Styles:
    """The styles of a ``styles.xml`` root (None: a file without one)."""
    if root is None:
        return Styles()
    styles = {s.get(f"{W}styleId", ""): _style(s) for s in root.iter(f"{W}style")}
    default = next(
        (
            s.get(f"{W}styleId", "")
            for s in root.iter(f"{W}style")
            if s.get(f"{W}type") == "paragraph" and _on(s.get(f"{W}default"))
        ),
        "",
    )
    chains = {sid: _chain(styles, sid) for sid in styles}
    headings = {sid: level for sid in styles if (level := _heading_level(chains[sid]))}
    return Styles(
        headings=headings,
        toc=frozenset(sid for sid in styles if _TOC.match(styles[sid].name)),
        numbering={sid: n for sid in styles if (n := _first_numbering(chains[sid]))},
        hidden=frozenset(sid for sid in styles if any(s.hidden for s in chains[sid])),
        default=default,
    )


def _style(element: Element) -> _Style:
    name = element.find(f"{W}name")
    based = element.find(f"{W}basedOn")
    outline = element.find(f"{W}pPr/{W}outlineLvl")
    return _Style(
        name=(name.get(f"{W}val", "") if name is not None else "").strip().lower(),
        based_on=based.get(f"{W}val", "") if based is not None else "",
        outline=_int(outline.get(f"{W}val")) if outline is not None else None,
        numbering=numbering_of(element.find(f"{W}pPr")),
        hidden=toggled(element.find(f"{W}rPr/{W}vanish")),
    )


def _chain(styles: dict[str, _Style], sid: str) -> list[_Style]:
    """A style and those it is based on, nearest first (a loop is cut)."""
    chain: list[_Style] = []
    seen: set[str] = set()
    while sid in styles and sid not in seen:
        seen.add(sid)
        chain.append(styles[sid])
        sid = styles[sid].based_on
    return chain


def _heading_level(chain: list[_Style]) -> int:
    """The heading level a style gives (0: not a heading): the first of its chain that
    names a heading or the title, or sets an outline level."""
    for style in chain:
        if _TOC.match(style.name):
            return 0
        if match := _HEADING.match(style.name):
            return int(match.group(1))
        if style.name in _TITLES:
            return _TITLES[style.name]
        if style.outline is not None:
            return style.outline + 1 if 0 <= style.outline < 9 else 0
    return 0


def _first_numbering(chain: list[_Style]) -> tuple[str, int] | None:
    return next((s.numbering for s in chain if s.numbering), None)


def numbering_of(ppr: Element | None) -> tuple[str, int] | None:
    """The list (numId) and level a paragraph's or style's properties set, else None."""
    if ppr is None:
        return None
    num = ppr.find(f"{W}numPr")
    if num is None:
        return None
    num_id = num.find(f"{W}numId")
    level = num.find(f"{W}ilvl")
    if num_id is None:
        return None
    return num_id.get(f"{W}val", "0"), _int(level.get(f"{W}val")) if level is not None else 0


def _int(value: str | None) -> int:
    try:
        return int(value or 0)
    except ValueError:
        return 0


def _on(value: str | None) -> bool:
    return value in ("1", "true", "on")


def toggled(element: Element | None) -> bool:
    """True for a toggle property that is present and not switched off (``w:val="0"``)."""
    return element is not None and element.get(f"{W}val") not in ("0", "false", "off")
