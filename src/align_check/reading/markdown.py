"""What of a Markdown file is prose: the rest is blanked, lines and columns kept in place.

Left out, as the published page does not show them as prose: front matter, HTML
comments (a comment block, from a line that opens with ``<!--`` to the line that
closes it, or a closed comment inside a line outside code spans), thematic breaks,
fenced code (closed by a fence of the same character at least as long, CommonMark's
rule; in block quotes and list items too), indented code outside lists, and a
table's rule line. Table rows, with or without their outer bars, and setext
headings (a line underlined with ``===`` or ``---``) are told apart so that each
becomes a unit of its own kind.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_FENCE = re.compile(r"^(`{3,}|~{3,})(.*)$")
_RULE = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
QUOTE = re.compile(r"^(?:[ ]{0,3}>[ ]?)+")
"""The marks of a block quote, nested or not, at the start of a line."""
LIST = re.compile(r"^(?:[-*+]|\d{1,3}[.)])\s+")
"""A list item's bullet or number, at the start of a line's text."""
HEADING = re.compile(r"^#{1,6}\s")
"""An ATX heading's marks, at the start of a line's text."""
_FRONT_KEY = re.compile(r"^[\w-]+\s*:")
_BREAK = re.compile(r"^[ ]{0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})$")
_UNDERLINE = re.compile(r"^[ ]{0,3}(?:=+|-+)[ \t]*$")
_COMMENT = re.compile(r"<!--.*?-->")
_CODE_SPAN = re.compile(r"(`+).*?\1")
_OPEN, _CLOSE = "<!--", "-->"


@dataclass(frozen=True)
class Prose:
    """The file's text with what is not prose blanked, and the lines of special kinds."""

    text: str
    rows: frozenset[int]
    """1-based numbers of the lines that are rows of a table (its rule line aside)."""
    headings: frozenset[int]
    """1-based numbers of the lines that a setext underline makes headings."""


@dataclass
class _State:
    """Where the scan of a file stands."""

    fence: str = ""
    comment: bool = False
    in_list: bool = False
    in_table: bool = False
    previous: str = ""
    rows: set[int] = field(default_factory=set)
    headings: set[int] = field(default_factory=set)


def prose(text: str) -> Prose:
    """Scan a Markdown text line by line (lines as ``str.splitlines`` cuts them)."""
    lines = text.splitlines()
    front = _front_matter(lines)
    state = _State()
    out = [_line(n, line, state) if n not in front else "" for n, line in enumerate(lines)]
    return Prose(
        "\n".join(out),
        frozenset(n + 1 for n in state.rows),
        frozenset(n + 1 for n in state.headings),
    )


def _line(n: int, line: str, state: _State) -> str:
    """One line, blanked where it is not prose; the state moves on."""
    body = QUOTE.sub("", line)
    code = _indented(body)  # as written: the end of a comment leaves spaces
    if state.fence:
        state.fence = "" if _closes(body, state.fence, state.in_list) else state.fence
        return ""
    if state.comment:
        if _CLOSE not in line:
            return ""
        state.comment = False
        end = line.index(_CLOSE) + len(_CLOSE)
        line = " " * end + line[end:]  # what follows the comment shows, in its column
        body, code = QUOTE.sub("", line), False
    if not body.strip():
        state.in_table, state.previous = False, ""
        return line if not line.strip() else ""
    if code and not state.in_list and not state.previous.strip():
        return ""
    mark = _fence(body, state.in_list)
    if mark:
        state.fence, state.in_table, state.previous = mark, False, ""
        return ""
    opening = body.lstrip(" ")
    if opening.startswith(_OPEN) and _CLOSE not in opening[len(_OPEN) :]:
        state.comment = True
        return ""
    line = _without_comments(line)
    return _visible(n, line, QUOTE.sub("", line), state)


def _visible(n: int, line: str, body: str, state: _State) -> str:
    """A line that shows on the page: a rule, an underline, a row, a heading or text."""
    if "|" in body and _RULE.match(body):
        state.in_table = True
        if "|" in state.previous:
            state.rows.add(n - 1)
        return ""
    if _UNDERLINE.match(body) and _underlines(state.previous):
        state.headings.add(n - 1)
        state.previous = ""
        return ""
    if _BREAK.match(body):
        state.previous = ""
        return ""
    if body.lstrip().startswith("|") or (state.in_table and "|" in body):
        state.rows.add(n)
    state.in_list = bool(LIST.match(body.lstrip())) or (state.in_list and _indented(body))
    state.previous = "" if HEADING.match(body.lstrip(" ")) else line
    return line


def _underlines(previous: str) -> bool:
    """True when a line under ``previous`` makes it a setext heading: a line of text."""
    text = QUOTE.sub("", previous).strip()
    return bool(text) and not LIST.match(text) and not text.startswith("|")


def _fence(body: str, in_list: bool) -> str:
    """The mark of an opening fence (indented up to 3 spaces, or inside a list item), or ""."""
    if not in_list and len(body) - len(body.lstrip(" ")) > 3:
        return ""
    found = _FENCE.match(body.lstrip())
    if not found or (found.group(1)[0] == "`" and "`" in found.group(2)):
        return ""
    return found.group(1)


def _closes(body: str, fence: str, in_list: bool) -> bool:
    """True for a closing fence: the same character, at least as long, nothing after it."""
    if not in_list and len(body) - len(body.lstrip(" ")) > 3:
        return False
    found = _FENCE.match(body.lstrip())
    if not found:
        return False
    mark, rest = found.groups()
    return mark[0] == fence[0] and len(mark) >= len(fence) and not rest.strip()


def _without_comments(line: str) -> str:
    """The line without its closed HTML comments outside code spans, each cut out with the
    spaces that follow it, as link targets are, so that the sentence reads as published."""
    if _OPEN not in line:
        return line
    spans = [m.span() for m in _CODE_SPAN.finditer(line)]
    out, at = "", 0
    for found in _COMMENT.finditer(line):
        start, stop = found.span()
        if any(a <= start < b for a, b in spans):
            continue
        out += line[at:start]
        at = stop + (len(line[stop:]) - len(line[stop:].lstrip(" \t")) if out.strip() else 0)
        out += "" if out.strip() else " " * (at - start)
    return out + line[at:]


def _indented(line: str) -> bool:
    """True for a line indented as code (four spaces or a tab) that holds text."""
    return bool(line.strip()) and (line.startswith("    ") or line.startswith("\t"))


def _front_matter(lines: list[str]) -> frozenset[int]:
    """The lines of a YAML front matter block at the top of the file (none if there is none)."""
    if not lines or lines[0].rstrip() != "---":
        return frozenset()
    for end in range(1, len(lines)):
        if lines[end].rstrip() in ("---", "..."):
            inside = [line for line in lines[1:end] if line.strip()]
            keyed = any(_FRONT_KEY.match(line) for line in inside)
            return frozenset(range(end + 1)) if keyed else frozenset()
    return frozenset()
