"""Proper names in a sentence (mentions): people, places, organisations and acronyms, with the
countries and organisations the entity index knows ("Royaume-Uni" = "UK", "UE" = "EU")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from align_check.checks.acronyms import is_acronym
from align_check.checks.entities import find, key_of, spoken_of
from align_check.checks.languages import lexicon_for
from align_check.checks.lexicon import Lexicon
from align_check.checks.memo import per_text
from align_check.checks.numerals import roman_value
from align_check.checks.pairs import fold, strip_accents, without_web

_TOKEN = re.compile(r"[^\W\d_](?:[\w'-]*\w)?")
_ELISION = re.compile(r"^(?:[ldjmnstc]|qu|jusqu|lorsqu|puisqu)'(?=\w)", re.IGNORECASE)
_POSSESSIVE = re.compile(r"'(?:s|m|ll|ve|d|re)?$", re.IGNORECASE)
_BEFORE = re.compile(r"([\w.]+)[\s,]*$")
_OPENING = re.compile(r"(?:^|[.!?:;«\"(\[|]|\s-+)[\s\d.)-]*$")
"""What stands before a word that opens a sentence, a quotation, a bracket or a table cell."""
_WORD_START = r"(?<!\w)"
_LOOK_BACK = 80
"""Characters before a word in which its title or the end of a sentence is looked for
(``^`` still means the start of the sentence: the searches take a window, not a slice)."""


@dataclass(frozen=True)
class Mention:
    """A proper name as written, and the key it is compared by (an entity or its spelling)."""

    text: str
    start: int
    end: int
    key: str
    entity: bool = False
    person: bool = False
    opening: bool = False
    """The name opens its sentence (only an acronym does: other opening words are not names)."""


def find_entities(text: str, lang: str) -> list[Mention]:
    """Return the known countries, places and organisations named in a (folded) text."""
    return [Mention(f.text, f.start, f.end, f.key, True) for f in find(text, lang)]


@per_text
def evidence(text: str, lang: str) -> frozenset[str]:
    """Return the entities a text speaks of, by name or by any form ("britanniques" for GB)."""
    return spoken_of(without_web(fold(text)), lang)


def entity_of(word: str, lang: str) -> str | None:
    """Return the entity a capitalised word is a form of ("British" for GB), if any."""
    return key_of(word, lang)


def _shouting(text: str) -> bool:
    """Return True for a sentence written in capitals, where capitals say nothing."""
    letters = [char for char in text if char.isalpha()]
    return len(letters) > 8 and sum(char.isupper() for char in letters) > 0.6 * len(letters)


def _headline(masked: str, lexicon: Lexicon) -> bool:
    """Return True for a title-cased headline ("Reinforcing The Fight Against Terrorism")."""
    tokens = _TOKEN.findall(masked)[1:]
    return any(word[0].isupper() and word.lower() in lexicon.stopwords for word in tokens)


def _common(word: str, lexicon: Lexicon, lowercase: frozenset[str]) -> bool:
    """Return True for a capitalised word that is not a name in this language.

    A word in capitals is an acronym even where its letters spell a common word ("IT", "US").
    """
    folded = word.lower()
    if len(word) >= 2 and word.isupper():
        return set(word) <= set("IVX") and roman_value(word) > 0
    return (
        folded in lexicon.generic
        or folded in lexicon.stopwords
        or folded in lexicon.titles
        or folded in lexicon.roles
        or folded in lexicon.months
        or folded in lexicon.weekdays
        or folded in lowercase
        or (set(word) <= set("IVX") and roman_value(word) > 0)
    )


def _titled(text: str, start: int, lexicon: Lexicon, people: set[int]) -> bool:
    """Return True when the word before a position is a title or a person's first name."""
    match = _BEFORE.search(text, max(0, start - _LOOK_BACK), start)
    if match is None:
        return False
    word = match.group(1).lower()
    return word in lexicon.titles or word.rstrip(".") in lexicon.titles or match.start(1) in people


def _opens(text: str, start: int, lexicon: Lexicon) -> bool:
    """Return True for a word that opens a sentence or a quotation ("Ah ! Descendez")."""
    opening = _OPENING.search(text, max(0, start - _LOOK_BACK), start)
    return opening is not None and not _titled(text, start, lexicon, set())


def _token(match: re.Match[str]) -> tuple[str, int, int]:
    """Return a capitalised token without its elision ("l'") and possessive ("'s")."""
    word, start = match.group(0), match.start()
    if "'" not in word:
        return word, start, start + len(word)
    elision = _ELISION.match(word)
    if elision:
        word, start = word[elision.end() :], start + elision.end()
    word = _POSSESSIVE.sub("", word)
    return word, start, start + len(word)


def find_names(text: str, lang: str, lowercase: frozenset[str] = frozenset()) -> list[Mention]:
    """Return the proper names of one sentence: known entities, then other capitalised words."""
    plain = without_web(fold(text))
    if _shouting(plain):
        return []
    lexicon = lexicon_for(lang)
    mentions = find_entities(plain, lang)
    characters = list(plain)
    for mention in mentions:
        characters[mention.start : mention.end] = " " * (mention.end - mention.start)
    masked = "".join(characters)
    headline = _headline(masked, lexicon)
    people: set[int] = set()
    for match in _TOKEN.finditer(masked):
        if not match.group(0)[:1].isupper() and "'" not in match.group(0):
            continue
        word, start, end = _token(match)
        if not word[:1].isupper() or len(word) < 2:
            continue
        opening = _opens(plain, start, lexicon)
        if opening and not is_acronym(word):
            continue
        if _common(word, lexicon, lowercase) or (headline and not word.isupper()):
            continue
        entity = entity_of(word, lang)
        person = entity is None and _titled(plain, start, lexicon, people)
        if person:
            people.add(start)
        key = entity or strip_accents(word)
        found = Mention(text[start:end], start, end, key, entity is not None, person, opening)
        mentions.append(found)
    return sorted(mentions, key=lambda mention: mention.start)


def lowercase_words(texts: list[str]) -> frozenset[str]:
    """Return the words a document writes in lower case somewhere (so they are not names)."""
    tokens = (
        _token(match)[0] for text in texts for match in _TOKEN.finditer(without_web(fold(text)))
    )
    return frozenset(word for word in tokens if word.islower())


@per_text
def words(text: str) -> frozenset[str]:
    """Return the words of a text, lower case without accents, elisions removed."""
    return frozenset(
        strip_accents(_token(match)[0]) for match in _TOKEN.finditer(without_web(fold(text)))
    )
