"""Known places, countries, organisations, languages and currencies: one index a language,
from the words of their names to a key both languages share ("Royaume-Uni" and "UK" are GB).

The names come from each language's table (lexicon_fr.py, lexicon_en.py: organisations,
demonyms such as "britanniques") and from Unicode CLDR and ISO 3166-2 (data/places.json,
written by scripts/export_places.py: 1,600 names of countries, regions, cities, provinces,
languages and currencies; a city or province whose name is an ordinary word, "Est", is left
out). A text is looked up word by word (accents, case, hyphens and spaces
aside), so the cost of a sentence does not grow with the number of names known.
"""

from __future__ import annotations

import json
import re
from array import array
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from align_check.checks.languages import lexicon_for
from align_check.checks.memo import per_text
from align_check.checks.pairs import plain, strip_accents
from align_check.checks.vocabulary import COMMON, frequency

_WORD = re.compile(r"[^\W_]+")
_LONGEST = 6
"""Words in the longest name looked for."""
_STEM = 3
"""Letters by which a demonym's prefix is filed ("bri" for "britanni*")."""
_TERRITORY = "T:"


@dataclass(frozen=True)
class Found:
    """A name found in a text: its key, where it stands, as written."""

    key: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Index:
    """One language's names: folded word sequences to keys, and demonym prefixes."""

    names: dict[tuple[str, ...], str]
    capitals: frozenset[tuple[str, ...]]
    """Names written in capitals ("UE", "OTAN"): found only so, not as common words."""
    phrases: dict[tuple[str, ...], str]
    """Forms of more than one word ("dossiers passagers"), found in any case."""
    prefixes: dict[str, tuple[tuple[str, str], ...]]
    """First letters of a form that ends in ``*`` to (its prefix, its key)."""
    firsts: frozenset[str]
    """The first word of every name and form: a name is looked for only where one stands."""
    prefixed: re.Pattern[str]
    """Any prefix, where it stands in a plain text: compounds are looked at only then."""


def _words(name: str) -> tuple[str, ...]:
    return tuple(strip_accents(word) for word in _WORD.findall(name))


@cache
def _places(language: str) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """The CLDR and ISO 3166-2 names of one language (French or English), by key: names of
    places; and names of languages and currencies, which a text speaks of but does not write
    as names ("French" is the people's too; languages with a demonym are keyed by country)."""
    column = {"fr": 0, "en": 1}.get(language)
    if column is None:
        return {}, {}
    data = json.loads((files("align_check") / "data" / "places.json").read_text("utf-8"))
    places: dict[str, tuple[str, ...]] = {}
    spoken: dict[str, tuple[str, ...]] = {}
    for kind, table in data.items():
        for key, names in table.items():
            short = key[len(_TERRITORY) :] if key.startswith(_TERRITORY) else key
            name = names[column]
            if kind in ("languages", "currencies"):
                owner = names[2] if len(names) > 2 else short
                spoken[owner] = (*spoken.get(owner, ()), name)
            elif kind == "territories" or not _common_word(name, language):
                places[short] = (name,)
    return places, spoken


def _common_word(name: str, language: str) -> bool:
    """True for a name of one word that is an ordinary word of the language ("Est")."""
    return _WORD.fullmatch(name) is not None and frequency(name, language) >= COMMON


@cache
def index_for(language: str) -> Index:
    """The index of a language's names. Its own table comes first: it knows aliases, acronyms
    and demonyms, and a demonym there ("French" for France) is not taken for CLDR's language."""
    lexicon = lexicon_for(language)
    places, spoken = _places(lexicon.code)
    phrases, prefixes = _forms(lexicon.entity_forms)
    names: dict[tuple[str, ...], str] = {}
    capitals: set[tuple[str, ...]] = set()
    for key, spellings in spoken.items():
        for spelling in spellings:
            phrases.setdefault(_words(spelling), key)
    for own, table in ((True, lexicon.entity_names), (False, places)):
        for key, spellings in table.items():
            for spelling in spellings:
                words = _words(spelling)
                if not words or len(words) > _LONGEST:
                    continue
                if not own and (words in phrases or _prefixed(" ".join(words), prefixes)):
                    continue
                names.setdefault(words, key)
                if spelling.isupper():
                    capitals.add(words)
    return Index(
        names,
        frozenset(capitals),
        phrases,
        {stem: tuple(entries) for stem, entries in prefixes.items()},
        frozenset(words[0] for table in (names, phrases) for words in table if words),
        _any_of(sorted({p for entries in prefixes.values() for p, _ in entries}, key=len)),
    )


def _any_of(forms: list[str]) -> re.Pattern[str]:
    """A pattern of any of some forms, the longest first (none: a pattern that never matches)."""
    return re.compile("|".join(re.escape(f) for f in reversed(forms)) if forms else r"(?!)")


def _forms(
    table: Mapping[str, tuple[str, ...]],
) -> tuple[dict[tuple[str, ...], str], dict[str, list[tuple[str, str]]]]:
    """A table's forms: whole ones by their words, and prefixes ("britanni*") by first letters."""
    phrases: dict[tuple[str, ...], str] = {}
    prefixes: dict[str, list[tuple[str, str]]] = {}
    for key, forms in table.items():
        for form in forms:
            if form.endswith("*"):
                prefix = strip_accents(form[:-1])
                prefixes.setdefault(prefix[:_STEM], []).append((prefix, key))
            else:
                phrases.setdefault(_words(form), key)
    return phrases, prefixes


def _prefixed(word: str, prefixes: dict[str, list[tuple[str, str]]]) -> bool:
    return any(word.startswith(prefix) for prefix, _ in prefixes.get(word[:_STEM], ()))


@per_text
def _tokens(text: str) -> Tokens:
    """A text's words, plain, with where each starts and ends (kept compact: remembered for
    every sentence of two long documents)."""
    matches = list(_WORD.finditer(text))
    return Tokens(
        tuple(strip_accents(m.group(0)) for m in matches),
        array("l", [m.start() for m in matches]),
        array("l", [m.end() for m in matches]),
    )


@dataclass(frozen=True)
class Tokens:
    """The words of a text, lower case without accents, and their spans."""

    words: tuple[str, ...]
    starts: array[int]
    ends: array[int]


def _alone(text: str, start: int, end: int) -> bool:
    """True when a span stands as whole words, not inside a hyphenated compound."""
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in "-_") and not (after.isalnum() or after in "-_")


def find(text: str, language: str) -> list[Found]:
    """The known names a text writes as names (capitalised or in capitals), longest first,
    none inside another, in reading order."""
    return list(_found(text, language))


@per_text
def _found(text: str, language: str) -> tuple[Found, ...]:
    """``find``, once a text (the checks read a sentence for each bead and reading of it)."""
    index = index_for(language)
    tokens = _tokens(text)
    found, n = [], 0
    while n < len(tokens.words):
        if tokens.words[n] not in index.firsts:
            n += 1
            continue
        for size in range(min(_LONGEST, len(tokens.words) - n), 0, -1):
            words = tokens.words[n : n + size]
            key = index.names.get(words)
            start, end = tokens.starts[n], tokens.ends[n + size - 1]
            written = text[start:end]
            if key is None or not written[:1].isupper() or not _alone(text, start, end):
                continue
            if words in index.capitals and not written.replace(".", "").isupper():
                continue
            found.append(Found(key, start, end, written))
            n += size - 1
            break
        n += 1
    return tuple(found)


@per_text
def spoken_of(text: str, language: str) -> frozenset[str]:
    """Every key a text speaks of: by a name in any case ("européenne"), a form of more than
    one word, or a word starting with a demonym's prefix ("britanniques", "franco-")."""
    index = index_for(language)
    tokens = _tokens(text)
    keys: set[str] = set()
    for n in range(len(tokens.words)):
        if tokens.words[n] not in index.firsts:
            continue
        for size in range(1, min(_LONGEST, len(tokens.words) - n) + 1):
            words = tokens.words[n : n + size]
            start, end = tokens.starts[n], tokens.ends[n + size - 1]
            key = index.names.get(words) or index.phrases.get(words)
            if key is None:
                continue
            capital = words in index.capitals
            if capital and not text[start:end].replace(".", "").isupper():
                continue
            if capital or _alone(text, start, end):
                keys.add(key)
    keys.update(_by_prefix(text, index))
    return frozenset(keys)


_COMPOUND = re.compile(r"(?<![^\W_])[^\W\d_][\w-]*")


def _by_prefix(text: str, index: Index) -> set[str]:
    """The keys of the demonym prefixes that open a compound or a part of one after a hyphen
    ("britanniques", "franco-"): the compounds are looked at only where some prefix stands."""
    if index.prefixed.search(plain(text)) is None:
        return set()
    keys = set()
    for match in _COMPOUND.finditer(text):
        compound = strip_accents(match.group(0))
        parts = compound.split("-")
        for word in (compound, *("-".join(parts[n:]) for n in range(1, len(parts)))):
            for prefix, key in index.prefixes.get(word[:_STEM], ()):
                if word.startswith(prefix):
                    keys.add(key)
    return keys


def key_of(word: str, language: str) -> str | None:
    """The key a capitalised word is a name or a form of ("British" for GB), if any."""
    index = index_for(language)
    words = _words(word)
    key = index.names.get(words) or index.phrases.get(words)
    if key is not None and (words not in index.capitals or word.isupper()):
        return key
    plain = strip_accents(word)
    for prefix, found in index.prefixes.get(plain[:_STEM], ()):
        if plain.startswith(prefix):
            return found
    return None
