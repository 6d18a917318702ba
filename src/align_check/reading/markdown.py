"""What of a Markdown file is prose: the rest is blanked, lines and columns kept in place.

Left out, as the published page does not show them as prose: front matter, HTML
comments, thematic breaks and setext underlines, fenced code (closed by a fence of
the same character at least as long, CommonMark's rule), indented code outside
lists, and a table's rule line. Table rows, with or without their outer bars, in a
block quote or not, are told apart so that each becomes a unit of its own.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})(.*)$")
_RULE = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$")
_QUOTE = re.compile(r"^(?:\s{0,3}>\s?)+")
_LIST = re.compile(r"^(?:[-*+]|\d{1,3}[.)])\s+")
_FRONT_KEY = re.compile(r"^[\w-]+\s*:")
_BREAK = re.compile(r"^ {0,3}(?:(?:-\s*){3,}|(?:\*\s*){3,}|(?:_\s*){3,}|=+\s*)$")
"""A thematic break (---, ***, ___) or a setext heading's underline (===, ---)."""
_OPEN, _CLOSE = "<!--", "-->"


@dataclass(frozen=True)
class Prose:
    """The file's text with what is not prose blanked, and which lines are table rows."""

    text: str
    rows: frozenset[int]
    """1-based numbers of the lines that are rows of a table (its rule line aside)."""


@dataclass
class _State:
    """Where the scan of a file stands."""

    fence: str = ""
    comment: bool = False
    in_list: bool = False
    in_table: bool = False
    previous: str = ""
    rows: set[int] = field(default_factory=set)


def prose(text: str) -> Prose:
    """Scan a Markdown text line by line; what is not prose becomes spaces."""
    lines = text.split("\n")
    front = _front_matter(lines)
    state = _State()
    out = [_line(n, line, state) if n not in front else "" for n, line in enumerate(lines)]
    return Prose("\n".join(out), frozenset(n + 1 for n in state.rows))


def _line(n: int, line: str, state: _State) -> str:
    """One line, blanked where it is not prose; the state moves on."""
    if state.fence:
        state.fence = "" if _closes(line, state.fence) else state.fence
        return ""
    indented = _indented(line)  # as written: a comment cut out leaves spaces
    line = _without_comments(line, state)
    opening = _FENCE.match(line)
    if opening and not (opening.group(1)[0] == "`" and "`" in opening.group(2)):
        state.fence = opening.group(1)
        return ""
    body = _QUOTE.sub("", line)
    if not body.strip():
        state.in_table = False
        state.previous = ""
        return line
    if indented and not state.in_list and not state.previous.strip():
        return ""
    if _BREAK.match(body):
        return ""
    if "|" in body and _RULE.match(body):
        state.in_table = True
        if "|" in state.previous:
            state.rows.add(n - 1)
        return ""
    if body.lstrip().startswith("|") or (state.in_table and "|" in body):
        state.rows.add(n)
    state.in_list = bool(_LIST.match(body.lstrip())) or (state.in_list and indented)
    state.previous = line
    return line


def _closes(line: str, fence: str) -> bool:
    """True for a closing fence: the same character, at least as long, nothing after it."""
    found = _FENCE.match(line)
    if not found:
        return False
    mark, rest = found.groups()
    return mark[0] == fence[0] and len(mark) >= len(fence) and not rest.strip()


def _without_comments(line: str, state: _State) -> str:
    """The line without what HTML comments hold (a comment may span lines).

    A comment before any text of its line becomes spaces, so that the text after it
    keeps its column; one inside a line is cut out with the space that follows it, as
    link targets are, so that the sentence reads as published.
    """
    out, at = "", 0
    while at < len(line):
        if state.comment:
            end = line.find(_CLOSE, at)
            stop = len(line.rstrip("\r")) if end < 0 else end + len(_CLOSE)
            if out.strip():
                stop += len(line[stop:]) - len(line[stop:].lstrip(" \t")) if out[-1:] == " " else 0
            else:
                out += " " * (stop - at)
            state.comment, at = end < 0, stop
        else:
            start = line.find(_OPEN, at)
            out += line[at:] if start < 0 else line[at:start]
            if start < 0:
                break
            state.comment, at = True, start
    return out


def _indented(line: str) -> bool:
    """True for a line indented as code (four spaces or a tab) that holds text."""
    return bool(line.strip()) and (line.startswith("    ") or line.startswith("\t"))


def _front_matter(lines: list[str]) -> Iterable[int]:
    """The lines of a YAML front matter block at the top of the file (none if there is none)."""
    if not lines or lines[0].rstrip() != "---":
        return frozenset()
    for end in range(1, len(lines)):
        if lines[end].rstrip() in ("---", "..."):
            inside = [line for line in lines[1:end] if line.strip()]
            keyed = any(_FRONT_KEY.match(line) for line in inside)
            return frozenset(range(end + 1)) if keyed else frozenset()
    return frozenset()
