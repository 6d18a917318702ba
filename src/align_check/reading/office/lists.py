"""Word's automatic list labels ("1)", "a)", "2.1.", "•") computed from
``word/numbering.xml``, as Word renders them: they are not in the text.

A paragraph names a list instance (``numId``) and a level; the instance points to an
abstract definition (``abstractNum``) whose levels give the start value, the format
(``numFmt``), the label's pattern (``lvlText``: "%1)" is level 1's counter then ")"),
and when a level restarts (``lvlRestart``). An instance may override a level's start
(``lvlOverride/startOverride``) or the whole level. Counters run per abstract
definition, so two instances of one definition continue each other unless one restarts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from align_check.reading.office.package import Element
from align_check.reading.office.styles import Styles, W, toggled

_PLACEHOLDER = re.compile(r"%([1-9])")
_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)
_BULLETS = {"\uf0b7": "•", "\uf0a7": "▪", "\uf0d8": "➢", "\uf0fc": "✓", "\uf076": "❖", "o": "◦"}
"""Bullets drawn from a symbol font's private-use characters, as they look."""


@dataclass(frozen=True)
class Level:
    """One level of a list definition."""

    start: int = 1
    format: str = "decimal"
    text: str = ""
    restart: int | None = None
    """Restart after a level numbered below this (1-based) is used; 0: never; None: after
    any level above this one."""
    legal: bool = False


@dataclass(frozen=True)
class Instance:
    """A list instance (``w:num``): its definition and its overrides."""

    abstract: str
    starts: dict[int, int] = field(default_factory=dict)
    levels: dict[int, Level] = field(default_factory=dict)


@dataclass(frozen=True)
class Numbering:
    """The list definitions and instances of a Word file."""

    abstracts: dict[str, dict[int, Level]] = field(default_factory=dict)
    instances: dict[str, Instance] = field(default_factory=dict)

    def levels(self, num_id: str) -> dict[int, Level]:
        """The levels of a list instance, its overrides applied."""
        instance = self.instances[num_id]
        return {**self.abstracts.get(instance.abstract, {}), **instance.levels}


def read_numbering(root: Element | None, styles: Styles) -> Numbering:
    """The lists of a ``numbering.xml`` root (None: a file without one)."""
    if root is None:
        return Numbering()
    abstracts = {a.get(f"{W}abstractNumId", ""): _levels(a) for a in root.iter(f"{W}abstractNum")}
    links = {
        a.get(f"{W}abstractNumId", ""): link.get(f"{W}val", "")
        for a in root.iter(f"{W}abstractNum")
        if (link := a.find(f"{W}numStyleLink")) is not None
    }
    instances = {n.get(f"{W}numId", ""): _instance(n) for n in root.iter(f"{W}num")}
    for num_id, instance in list(instances.items()):
        style = links.get(instance.abstract)
        linked = styles.numbering.get(style or "")
        if linked and linked[0] in instances and linked[0] != num_id:
            target = instances[linked[0]].abstract
            instances[num_id] = Instance(target, instance.starts, instance.levels)
    return Numbering(abstracts, instances)


def _levels(parent: Element) -> dict[int, Level]:
    return {_int(lvl.get(f"{W}ilvl")): _level(lvl) for lvl in parent.findall(f"{W}lvl")}


def _level(lvl: Element) -> Level:
    restart = lvl.find(f"{W}lvlRestart")
    return Level(
        start=_int(_val(lvl, "start") or "1"),
        format=_val(lvl, "numFmt") or "decimal",
        text=_val(lvl, "lvlText") or "",
        restart=_int(restart.get(f"{W}val")) if restart is not None else None,
        legal=toggled(lvl.find(f"{W}isLgl")),
    )


def _instance(num: Element) -> Instance:
    abstract = _val(num, "abstractNumId") or ""
    starts: dict[int, int] = {}
    levels: dict[int, Level] = {}
    for override in num.findall(f"{W}lvlOverride"):
        level = _int(override.get(f"{W}ilvl"))
        if (start := _val(override, "startOverride")) is not None:
            starts[level] = _int(start)
        if (lvl := override.find(f"{W}lvl")) is not None:
            levels[level] = _level(lvl)
    return Instance(abstract, starts, levels)


def _val(element: Element, child: str) -> str | None:
    found = element.find(f"{W}{child}")
    return found.get(f"{W}val") if found is not None else None


def _int(value: str | None) -> int:
    try:
        return int(value or 0)
    except ValueError:
        return 0


def labels(numbering: Numbering, requests: Iterable[tuple[str, int] | None]) -> Iterator[str]:
    """The label of each numbered paragraph in document order ("" for a paragraph not in a
    list): the list instance and level of each, counters kept as Word keeps them."""
    counters: dict[str, dict[int, int]] = {}
    used: set[str] = set()
    for request in requests:
        if request is None or request[0] not in numbering.instances:
            yield ""
            continue
        num_id, level = request
        instance = numbering.instances[num_id]
        levels = numbering.levels(num_id)
        counter = counters.setdefault(instance.abstract, {})
        if num_id not in used:
            used.add(num_id)
            for overridden, start in instance.starts.items():
                counter[overridden] = start - 1
        _count(counter, levels, level)
        yield _render(counter, levels, level)


def _count(counter: dict[int, int], levels: dict[int, Level], level: int) -> None:
    """Step a level's counter and restart the deeper levels that restart after it."""
    start = levels.get(level, Level()).start
    counter[level] = counter.get(level, start - 1) + 1
    for deeper in [d for d in counter if d > level]:
        restart = levels.get(deeper, Level()).restart
        threshold = deeper if restart is None else restart
        if level < threshold:
            del counter[deeper]


def _render(counter: dict[int, int], levels: dict[int, Level], level: int) -> str:
    here = levels.get(level, Level())
    if here.format == "bullet":
        return _BULLETS.get(here.text, here.text or "•")
    if here.format == "none":
        return ""

    def number(match: re.Match[str]) -> str:
        index = int(match.group(1)) - 1
        shown = levels.get(index, Level())
        value = counter.get(index, shown.start)
        return formatted(value, "decimal" if here.legal else shown.format)

    return _PLACEHOLDER.sub(number, here.text).strip()


def formatted(value: int, style: str) -> str:
    """A counter's value in a list format ("lowerLetter": 1 is "a", 27 is "aa")."""
    if style in ("lowerLetter", "upperLetter"):
        letters = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1) if value > 0 else ""
        return letters.upper() if style == "upperLetter" else letters
    if style in ("lowerRoman", "upperRoman"):
        roman = _roman(value)
        return roman.upper() if style == "upperRoman" else roman
    if style == "decimalZero":
        return f"{value:02d}"
    return str(value)


def _roman(value: int) -> str:
    out = []
    for amount, digits in _ROMAN:
        while value >= amount:
            out.append(digits)
            value -= amount
    return "".join(out)
