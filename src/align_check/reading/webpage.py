"""Web pages: the page's main region read as a browser shows it, each word at its line.

Which part of a page is the document is decided by structure, the same way on both
language versions, never by a per-language filter of boilerplate: the region a page
marks as its main content (``<main>``, ``role="main"``, the Canada.ca ``#wb-main``,
``<article>``), or the one ``--main SELECTOR`` names; what ``--exclude SELECTOR`` names,
what the page hides, form controls and the page details of the Canada.ca template
("Date modified", "Report a problem", share links) are left out, each counted in a
notice a reviewer can audit.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import lxml.html
from lxml import etree

from align_check.errors import InputError
from align_check.reading import Reading, ReadOptions
from align_check.reading.blocks import finish
from align_check.reading.decode import decode_page
from align_check.reading.html import Walk, shown
from align_check.reading.units import Anchors, blocks_of

MAIN_REGIONS = ("main", "[role=main]", "#wb-main", "article")
"""Where a page marks its main content, tried in this order."""

TEMPLATE_CHROME = (
    "#wb-dtmd",
    ".pagedetails",
    ".wb-share",
    "#wb-lng",
    "#wb-srch",
    "#wb-sm",
    "#wb-bc",
    "#wb-sec",
    ".gc-pg-hlpfl",
    ".wb-overlay",
)
"""Parts of the Canada.ca and WET page templates that are no text of the document, even
inside the main region: the date modified, "Report a problem", share links, language
and search bars, menus and breadcrumbs, the section menu, overlay panels."""

CONTROLS = frozenset(
    ["button", "datalist", "input", "label", "meter", "optgroup", "option", "output"]
    + ["progress", "select", "textarea"]
)
"""Form controls: what a reader fills in or clicks, not the document's text."""

_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


@dataclass(frozen=True)
class _Region:
    """The element read as the document and the rule that chose it."""

    element: etree._Element
    rule: str


def read_html(data: bytes, name: str, options: ReadOptions) -> Reading:
    """The units of a web page's main region, and what was left out."""
    decoded = decode_page(data, name)
    text = decoded.text
    root = _parse(text, name)
    region = _region(root, options.main, name)
    left_out = Counter[str]()
    for rule, selectors in _chrome(options.exclude):
        left_out[rule] += _drop(region.element, selectors, name)
    left_out["hidden element"] += _drop_hidden(region.element)
    left_out["form control"] += _drop_controls(region.element)
    walk = Walk(shown(text), _file_lines(text), ())
    walk.walk(region.element, _start(walk, region.element))
    blocks = finish(blocks_of(walk.units))
    if not blocks:
        raise InputError(f"{name}: nothing left to read once the page's chrome is left out")
    notices = (*decoded.notices, f"main region: {region.rule}", *_counted(left_out))
    return Reading(blocks, "html", notices)


def _parse(text: str, name: str) -> etree._Element:
    try:
        return lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError) as error:
        raise InputError(f"{name}: not a readable HTML page ({error})") from None


def _region(root: etree._Element, main: str | None, name: str) -> _Region:
    """The main region: the one ``--main`` names, else the first landmark, else the body."""
    if main:
        found = _select(root, main, name)
        if not found:
            raise InputError(f"{name}: --main {main!r} matches no element of the page")
        return _Region(found[0], main)
    for selector in MAIN_REGIONS:
        found = _select(root, selector, name)
        if found:
            return _Region(found[0], selector)
    body = root.find("body")
    return _Region(body if body is not None else root, "the whole page (no main region marked)")


def _select(root: etree._Element, selector: str, name: str) -> list[etree._Element]:
    from cssselect import SelectorError

    try:
        return list(root.cssselect(selector))
    except SelectorError:
        raise InputError(f"{name}: {selector!r} is not a CSS selector") from None


def _chrome(exclude: Sequence[str]) -> Iterator[tuple[str, tuple[str, ...]]]:
    yield "page-template element", TEMPLATE_CHROME
    for selector in exclude:
        yield f"element matching {selector}", (selector,)


def _drop(region: etree._Element, selectors: Sequence[str], name: str) -> int:
    """Leave out the elements inside the region that the selectors name; how many."""
    found = [e for selector in selectors for e in _select(region, selector, name)]
    return _remove(region, found)


def _drop_hidden(region: etree._Element) -> int:
    """Leave out what the page does not show: ``hidden``, ``aria-hidden``, ``display:none``,
    the template's screen-reader-only text (``wb-inv``, ``sr-only``)."""
    found = [
        e
        for e in region.iter()
        if isinstance(e.tag, str)
        and (
            e.get("hidden") is not None
            or e.get("aria-hidden") == "true"
            or _HIDDEN_STYLE.search(e.get("style") or "")
            or {"wb-inv", "sr-only", "hidden"} & set((e.get("class") or "").split())
        )
    ]
    return _remove(region, found)


def _drop_controls(region: etree._Element) -> int:
    """Leave out form controls with the block that holds each (its label and help text),
    links that act as buttons, disclosures with nothing to disclose (a "details" holding
    only its summary); then the blocks this leaves empty, and the heading that introduces
    a group of form fields ("Provide your comments")."""
    controls = [
        e for e in region.iter() if isinstance(e.tag, str) and (e.tag in CONTROLS or _button(e))
    ]
    blocks = [_holder(e, region) for e in controls]
    empty = [e for e in region.iter("details") if not _beyond_summary(e)]
    groups = [e for e in blocks if e not in controls]
    parents = [p for e in groups if (p := e.getparent()) is not None]
    headings = [h for e in [*groups, *parents] if (h := _heading_before(e)) is not None]
    removed = _remove(region, [*blocks, *empty])
    emptied = [_emptied(p, region) for p in parents if _attached(p, region)]
    emptied = [e for e in emptied if e is not None]
    after = [h for e in emptied if (h := _heading_before(e)) is not None]
    return removed + _remove(region, [*emptied, *headings, *after])


def _button(element: etree._Element) -> bool:
    """A link or element that acts as a button (``role="button"``, a ``btn`` class)."""
    return element.get("role") == "button" or "btn" in (element.get("class") or "").split()


_HOLDERS = frozenset(["div", "fieldset", "p", "li", "dd", "dt"])


def _holder(control: etree._Element, region: etree._Element) -> etree._Element:
    """The block that holds a control with its label: its nearest block ancestor, unless
    that block holds text of the document beside it (then the control alone)."""
    if control.tag not in CONTROLS:
        return control
    parent = control.getparent()
    while parent is not None and parent is not region and parent.tag not in _HOLDERS:
        parent = parent.getparent()
    if parent is None or parent is region or len(_text(parent)) > 300:
        return control
    return parent


def _emptied(element: etree._Element, region: etree._Element) -> etree._Element | None:
    """The outermost block around an element that removals left without text."""
    if _text(element) or element is region:
        return None
    while (parent := element.getparent()) is not None and parent is not region:
        if _text(parent):
            break
        element = parent
    return element


def _text(element: etree._Element) -> str:
    return str(element.text_content()).strip()


def _beyond_summary(details: etree._Element) -> bool:
    """True when a disclosure holds text besides its summary."""
    if (details.text or "").strip():
        return True
    return any(
        child.tag != "summary" or (child.tail or "").strip()
        for child in details
        if isinstance(child.tag, str)
    )


def _heading_before(group: etree._Element) -> etree._Element | None:
    previous = group.getprevious()
    while previous is not None and not isinstance(previous.tag, str):
        previous = previous.getprevious()
    if previous is not None and previous.tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
        return previous
    return None


def _remove(region: etree._Element, found: list[etree._Element]) -> int:
    """Remove elements (their tails kept); how many were removed, each counted once."""
    removed = 0
    for element in dict.fromkeys(found):
        if element is region or not _attached(element, region):
            continue
        element.drop_tree()
        removed += 1
    return removed


def _attached(element: etree._Element, region: etree._Element) -> bool:
    """True while an element is still inside the region (not in one removed before)."""
    parent = element.getparent()
    while parent is not None:
        if parent is region:
            return True
        parent = parent.getparent()
    return False


def _file_lines(text: str) -> Anchors:
    """Anchors of a whole file: each line starts at column 1."""
    starts = [0, *(match.end() for match in re.finditer("\n", text))]
    return Anchors(tuple(starts), tuple((number, 1) for number in range(1, len(starts) + 1)))


def _start(walk: Walk, region: etree._Element) -> int:
    """Where the walk starts looking for words: the region's line in the file (lxml's
    ``sourceline``), so that words of the page's chrome above it are not taken for its."""
    line = region.sourceline or 1
    offset = walk.where.starts[min(line, len(walk.where.starts)) - 1]
    return bisect_left(walk.shown.offsets, offset)


def _counted(left_out: Counter[str]) -> Iterator[str]:
    for rule, count in left_out.items():
        if count:
            yield f"{count} {rule}{'s' if count > 1 else ''} left out"
