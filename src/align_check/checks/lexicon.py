"""The shape of the language knowledge the checks read: one Lexicon table per language.

Adding a language is one module holding a Lexicon (see lexicon_fr.py) and one
entry in languages.LEXICONS.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True, eq=False)
class Lexicon:
    """Words of one language that carry figures, dates, names and language identity."""

    code: str
    name: str
    decimal_comma: bool | None = None
    cardinals: Mapping[str, int] = field(default_factory=dict)
    multipliers: Mapping[str, int] = field(default_factory=dict)
    joiners: frozenset[str] = frozenset()
    articles_one: frozenset[str] = frozenset()
    ordinals: Mapping[str, int] = field(default_factory=dict)
    vague: Mapping[str, int] = field(default_factory=dict)
    percent_words: tuple[str, ...] = ()
    currencies: Mapping[str, str] = field(default_factory=dict)
    currency_links: tuple[str, ...] = ()
    range_starts: frozenset[str] = frozenset()
    range_links: frozenset[str] = frozenset()
    definites: frozenset[str] = frozenset()
    """Definite articles and demonstratives ("les", "ces", "the", "these")."""
    bounds: Mapping[str, str] = field(default_factory=dict)
    """Words written before a figure that bound it, and the direction: "above" (more than,
    at least), "below" (almost, less than, up to) or "about" (environ, around)."""
    negation_particles: frozenset[str] = frozenset()
    """Words that negate a verb only with a completing word after them (French "ne", "n'")."""
    negation_words: frozenset[str] = frozenset()
    """Words that complete a particle ("pas", "jamais"), or negate a verb alone ("not")."""
    negative_subjects: frozenset[str] = frozenset()
    """Negative words that complete a particle from before it ("aucun frais n'est exigé")."""
    restrictions: frozenset[str] = frozenset()
    """Words that make a particle restrict instead of negate ("ne ... que" = "only")."""
    comparatives: frozenset[str] = frozenset()
    """Words that, between a negation and a restriction, make it a comparison ("rien de plus
    sec que" = "the driest", "ne ... plus ... que" = "only")."""
    negation_ending: str = ""
    """An ending that negates the verb it is glued to (English "n't")."""
    negation_idioms: tuple[str, ...] = ()
    """Phrases whose negation word negates no verb ("not only", "on ne peut plus"), or that
    say no without one ("au lieu de", "rather than")."""
    nonfinite_ending: str = ""
    """The ending of a verb form whose negation negates no clause ("not doing it")."""
    negative_words: frozenset[str] = frozenset()
    """Words that say no without negating a verb ("sans", "without", "fail*"): a clause
    holding one may be the other side's negation rewritten (* ends a stem)."""
    negative_prefixes: tuple[str, ...] = ()
    """Prefixes that turn a word into its opposite ("in" of "inutile", "un" of "unclear")."""
    negative_suffixes: tuple[str, ...] = ()
    """Suffixes that turn a word into its absence ("less" of "useless")."""
    clause_links: frozenset[str] = frozenset()
    """Conjunctions that join two clauses ("et", "but")."""
    clause_openings: frozenset[str] = frozenset()
    """Words that open a coordinated member, a relative or a purpose clause ("which", "pour")."""
    alternatives: frozenset[str] = frozenset()
    """Conjunctions after which a negation offers the alternative ("was or wasn't", "ou non")."""
    months: Mapping[str, int] = field(default_factory=dict)
    risky_months: frozenset[str] = frozenset()
    capital_months: bool = False
    weekdays: Mapping[str, int] = field(default_factory=dict)
    day_links: frozenset[str] = frozenset()
    titles: frozenset[str] = frozenset()
    roles: frozenset[str] = frozenset()
    generic: frozenset[str] = frozenset()
    list_links: frozenset[str] = frozenset()
    """Conjunctions between the members of a list ("et", "ou"; "and", "or")."""
    list_ands: frozenset[str] = frozenset()
    """The conjunction that may follow a list's comma ("et"; "and": "France, and Italy")."""
    articles: frozenset[str] = frozenset()
    """Articles that may stand before a list's member ("la", "du"; "the")."""
    list_openers: frozenset[str] = frozenset()
    """Words that open a list ("notamment", "comme"; "including", "like")."""
    of_words: frozenset[str] = frozenset()
    """The preposition before an owner ("de", "du"; "of": "the public service of Canada")."""
    of_articles: frozenset[str] = frozenset()
    """An article that may stand between that preposition and the owner ("of the")."""
    possessive_ending: str = ""
    """The ending that makes a name an owner (English "'s")."""
    only_words: frozenset[str] = frozenset()
    """Words that say a resource exists in one language only ("seulement", "only")."""
    in_language: frozenset[str] = frozenset()
    """The preposition of a note naming a language ("en" of "(en anglais)", "in")."""
    title_case: bool = False
    """The language capitalises every word of a name but the minor ones ("Digital
    Transformation Office"; French: "Bureau de la transformation numérique")."""
    language_names: frozenset[str] = frozenset()
    """The names of the languages of a bilingual text, lower case ("français", "anglais")."""
    possessors: frozenset[str] = frozenset()
    """Words that stand for the country a text is from ("fédéral", "nos", "national")."""
    stopwords: frozenset[str] = frozenset()
    entity_names: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    entity_forms: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


LANGUAGE_NAMES = {
    "fr": "French",
    "en": "English",
    "de": "German",
    "es": "Spanish",
    "it": "Italian",
    "nl": "Dutch",
    "pt": "Portuguese",
}
"""Names of languages for messages ("figure 160 in the French ...")."""


def numbers(text: str) -> dict[str, int]:
    """Return a table written as "word=value" entries separated by ";"."""
    return {key: int(value) for key, value in _entries(text)}


def codes(text: str) -> dict[str, str]:
    """Return a table written as "words=CODE" entries separated by ";"."""
    return dict(_entries(text))


def words(text: str) -> frozenset[str]:
    """Return the words of a whitespace-separated list."""
    return frozenset(text.split())


def entities(text: str) -> dict[str, tuple[str, ...]]:
    """Return an entity table written as "KEY: name | name" entries separated by ";"."""
    table: dict[str, tuple[str, ...]] = {}
    for entry in _split(text):
        key, _, names = entry.partition(":")
        table[key.strip()] = tuple(name.strip() for name in names.split("|"))
    return table


def _split(text: str) -> list[str]:
    """Return the non-empty entries of a table text (a line break counts as a space)."""
    return [" ".join(entry.split()) for entry in text.split(";") if entry.strip()]


def _entries(text: str) -> list[tuple[str, str]]:
    """Return the (key, value) entries of a "key=value" table text."""
    return [
        (key.strip(), value.strip())
        for key, _, value in (entry.partition("=") for entry in _split(text))
    ]
