"""Language tags: checking BCP 47 tags and guessing a document's language."""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from importlib.resources import files

from align_check.errors import InputError

_TAG = re.compile(r"^[A-Za-z]{2}(?:-[A-Za-z0-9]{1,8})*$")

_FUNCTION_WORDS = {
    "en": "the of and to in is that for it with as was on be by this are have from",
    "fr": "le la les de des du et est un une que qui dans pour pas sur au aux avec",
    "de": "der die das und ist nicht ein eine zu den von mit sich des auf für im",
    "es": "el la los las de del y en que un una por con para es se no al lo",
    "it": "il la di che e un una per non con del della sono gli le nel alla è",
    "nl": "de het een en van is dat op te in niet zijn met voor die er aan",
    "pt": "o a os as de do da dos e em um uma que para com não por se na no",
}
STOPWORDS: dict[str, frozenset[str]] = {
    lang: frozenset(words.split()) for lang, words in _FUNCTION_WORDS.items()
}
"""The most frequent function words of each language: short, distinctive lists."""
_WORD = re.compile(r"[^\W\d_]+")


class LanguageTagError(ValueError):
    """A language tag that is not BCP 47 with an ISO 639-1 first part."""


def check_tag(tag: str) -> str:
    """Return the tag unchanged if it is BCP 47 and its first part an ISO 639-1 code."""
    if not _TAG.match(tag):
        raise LanguageTagError(
            f"invalid language tag {tag!r}: expected a BCP 47 tag such as fr, fr-CA or en-GB"
        )
    first = tag.split("-")[0].lower()
    if first not in iso639_1():
        raise LanguageTagError(
            f"invalid language tag {tag!r}: {first!r} is not an ISO 639-1 language code "
            "(use a tag such as fr, fr-CA or en-GB)"
        )
    return tag


@cache
def iso639_1() -> frozenset[str]:
    """The ISO 639-1 codes (data/iso639-1.txt, exported from pycountry's ISO 639 tables)."""
    text = (files("align_check") / "data" / "iso639-1.txt").read_text("utf-8")
    return frozenset(text.split())


def guess_language(text: str, name: str = "document") -> str:
    """Guess the ISO 639-1 code of a text from its function words.

    One-letter words ("a", "e", "o", "y") count only where longer ones tell nothing:
    several languages share them, and a short French text would read as Portuguese.
    """
    words = Counter(word.lower() for word in _WORD.findall(text[:200_000]))
    scores = {lang: _hits(words, stop, 2) for lang, stop in STOPWORDS.items()}
    if not any(scores.values()):
        scores = {lang: _hits(words, stop, 1) for lang, stop in STOPWORDS.items()}
    best = max(scores, key=lambda lang: scores[lang])
    if scores[best] == 0:
        raise InputError(
            f"{name}: cannot tell its language; give it with --source-lang/--target-lang"
        )
    return best


def _hits(words: Counter[str], stopwords: frozenset[str], shortest: int) -> int:
    """How many of the words, of ``shortest`` letters or more, are function words."""
    return sum(
        count for word, count in words.items() if word in stopwords and len(word) >= shortest
    )


_NAMES = {
    "en": "English",
    "fr": "French",
    "de": "German",
    "es": "Spanish",
    "it": "Italian",
    "nl": "Dutch",
    "pt": "Portuguese",
}


def base_language(tag: str) -> str:
    """The ISO 639-1 part of a BCP 47 tag, in lower case ("fr" for fr-FR)."""
    return tag.split("-")[0].lower()


def language_name(tag: str) -> str:
    """An English name for a language tag, for messages ("French" for fr-FR)."""
    return _NAMES.get(base_language(tag), tag)
