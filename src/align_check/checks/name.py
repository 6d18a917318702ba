"""AC301/AC302/AC303: proper names on one side only, spelled differently, or dropped from a list."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache, partial

from align_check.checks.acronyms import Acronyms, acronyms_of, is_acronym, spelled_out
from align_check.checks.languages import LEXICONS, lexicon_for
from align_check.checks.mentions import Mention, evidence, find_names, lowercase_words, words
from align_check.checks.pairs import (
    Side,
    finding,
    fold,
    side,
    strip_accents,
    two_sided,
    without_web,
)
from align_check.checks.spelling import Misspelling, damerau, misspellings
from align_check.checks.vocabulary import everyday, frequency, ordinary, translated
from align_check.model import Bead, Document, Finding


def _any(field: str) -> str:
    """An alternation of a Lexicon table's words in every language that has one (a name list
    may mix languages: "la France and Italy"), longest first."""
    found: set[str] = set().union(*(getattr(lexicon, field) for lexicon in LEXICONS.values()))
    return "|".join(re.escape(w) for w in sorted(found, key=lambda w: (-len(w), w)))


_LINKS, _ANDS, _ARTICLES = _any("list_links"), _any("list_ands"), _any("articles")

LIST_GAP = re.compile(
    rf"\s*(?:[,;]|(?<!\w)(?:{_LINKS})(?!\w))"
    rf"(?:[\s,]|(?<!\w)(?:{_ANDS}|{_ARTICLES})(?!\w))*",
    re.IGNORECASE,
)
"""What stands between two names of one list: a comma or a conjunction, and articles."""

_STEM = 5
"""Letters two spellings must share at their start to be one word ("Calaisis", "Calais")."""


def _shared(first: str, second: str) -> int:
    """Return how many letters two words share at their start."""
    count = 0
    for a, b in zip(first, second, strict=False):
        if a != b:
            break
        count += 1
    return count


def same_stem(key: str, other: str, other_is_name: bool) -> bool:
    """Return True when two spellings are one word with another ending ("Cybercrime")."""
    shared = _shared(key, other)
    longer_by = abs(len(key) - len(other))
    stem = shared >= _STEM and shared >= 0.6 * min(len(key), len(other))
    return stem and (not other_is_name or longer_by >= 2)


@dataclass(frozen=True)
class Name:
    """A name and the sentence it stands in."""

    mention: Mention
    sentence: str

    def listed(self, names: list[Name]) -> bool:
        """Return True when the name stands in a list of names ("France, Allemagne et Italie")."""
        return bool(self.mates(names))

    def mates(self, names: list[Name]) -> list[Name]:
        """The names next to this one in its list (only a comma or a conjunction between)."""
        mine = self.mention
        found = []
        for other in (n for n in names if n.sentence == self.sentence):
            if other.mention is not mine:
                gap = self.sentence[
                    min(other.mention.end, mine.end) : max(other.mention.start, mine.start)
                ]
                if LIST_GAP.fullmatch(fold(gap)):
                    found.append(other)
        return found


_PARTS = re.compile(r"[A-Z]{2,}(?![a-zà-ÿ])|[A-ZÀ-Ý][a-zà-ÿ]+")
"""The parts a name is built of: runs of capitals and capitalised words ("GC", "Numérique")."""


@dataclass(frozen=True)
class Reading:
    """What one side of a bead says: its names, its words and the entities it speaks of.

    ``expanded`` holds the content words of the long forms of the acronyms the side uses
    ("government", "canada" for "GC"), so that a name spelled out on the other side is found.
    """

    names: tuple[Name, ...]
    words: frozenset[str]
    entities: frozenset[str]
    has_role: bool
    expanded: frozenset[str] = frozenset()
    parts: frozenset[str] = frozenset()
    """The acronyms the side's words are built of, inside words too ("GC" of "outilsGC")."""

    def has_word(self, key: str) -> bool:
        """True when the side writes this word, alone or as the start of a compound
        ("Web" in "website", "OSS" in "OSS-based")."""
        if key in self.words or key in self.expanded:
            return True
        joined = key if len(key) >= 3 else key + "-"
        return any(word.startswith(joined) for word in self.words)

    def has_long_form(self, long: tuple[str, ...]) -> bool:
        """True when the side spells out at least half of an acronym's long form ("libres" for
        "logiciels libres")."""
        if not long:
            return False
        stems = {word[:5] for word in self.words}
        found = sum(strip_accents(word)[:5] in stems for word in long)
        return 2 * found >= len(long)

    def holds(
        self, mention: Mention, partner: str | None = None, long: tuple[str, ...] = ()
    ) -> bool:
        """Return True when this side speaks of a name of the other side (or of the name the
        documents pair it with, or spells out that name's long form)."""
        if mention.entity:
            return mention.key in self.entities or self.has_stem(strip_accents(mention.text))
        if self.has_word(mention.key):
            return True
        if partner is not None and (self.has_word(partner) or self.has_long_form(long)):
            return True
        return self.has_stem(mention.key)

    def holds_part(self, mention: Mention, context: Context, in_source: bool) -> bool:
        """True when this side speaks of the acronym a compound starts with ("OSS-based"), or
        writes the acronym a product's name is built on ("GCNumérique" beside "GCDigital",
        "CléGC" beside "GCKey": each language names the product its way)."""
        built = [part for part in _PARTS.findall(mention.text) if is_acronym(part)]
        if len(_PARTS.findall(mention.text)) > 1 and any(p in self.parts for p in built):
            return True
        head = mention.text.split("-")[0]
        if head == mention.text or not is_acronym(head):
            return False
        part = Mention(head, mention.start, mention.start + len(head), head.lower())
        partner, long = context.partner(part.key, in_source)
        return self.holds(part, partner, long)

    def has_stem(self, key: str) -> bool:
        """True when the side writes a word of the same stem ("Cybercrime", "cybercriminalité")."""
        names = {name.mention.key for name in self.names}
        return any(same_stem(key, word, word in names) for word in self.words)


def read_side(
    document: Document,
    ids: tuple[int, ...],
    mentions: tuple[tuple[Mention, ...], ...],
    long_forms: dict[str, tuple[str, ...]],
    other_language: str,
) -> Reading:
    """Return the reading of some sentences of a document, given each sentence's names.

    Entities count in the other language's spelling too ("Australia" in a French sentence).
    """
    texts = [document.sentences[i].text for i in ids]
    names = tuple(Name(m, document.sentences[i].text) for i in ids for m in mentions[i])
    every = frozenset().union(*(words(text) for text in texts))
    lexicon = lexicon_for(document.language)
    has_role = bool(every & (lexicon.roles | lexicon.titles))
    entities = frozenset().union(
        *(evidence(text, lang) for text in texts for lang in (document.lang, other_language))
    )
    expanded: set[str] = set()
    for short, long in long_forms.items():
        if short.lower() in every:
            expanded.update(strip_accents(word) for word in long)
    parts = frozenset(p for text in texts for p in _PARTS.findall(text) if is_acronym(p))
    return Reading(names, every, entities, has_role, frozenset(expanded), parts)


def _unique(names: list[Name]) -> list[Name]:
    """Return names with each spelling once."""
    first = {name.mention.key: name for name in reversed(names)}
    return [name for name in names if first[name.mention.key] is name]


def _excused(missing: list[Name], other_missing: list[Name], other: Reading) -> list[Name]:
    """Drop people the other side names by their role ("Mme Rudd", "the Home Secretary")."""
    if other_missing or not other.has_role:
        return missing
    return [name for name in missing if not name.mention.person]


def _missing(
    name: Name, names: list[Name], sides: tuple[Side, Side], bead: Bead, in_source: bool
) -> Finding:
    """Return the finding for a name on one side only."""
    here, there = sides if in_source else sides[::-1]
    text = name.mention.text
    message = f"name {text} in the {here.name} is missing from the {there.name}"
    marks = ((text,), ()) if in_source else ((), (text,))
    return finding("AC303" if name.listed(names) else "AC301", message, bead, marks)


def _changed(
    pair: tuple[Name, Name],
    names: tuple[list[Name], list[Name]],
    sides: tuple[Side, Side],
    bead: Bead,
) -> Finding:
    """Return the finding for a name of the source that another name replaces in the target."""
    first, second = pair
    message = (
        f"name {first.mention.text} in the {sides[0].name} has "
        f"{second.mention.text} in the {sides[1].name}"
    )
    listed = first.listed(names[0]) or second.listed(names[1])
    return finding(
        "AC303" if listed else "AC301",
        message,
        bead,
        ((first.mention.text,), (second.mention.text,)),
    )


def _spelled(pair: tuple[Name, Name], sides: tuple[Side, Side], bead: Bead) -> Finding:
    """Return the finding for a name spelled differently on the two sides."""
    first, second = pair
    message = (
        f"name {first.mention.text} in the {sides[0].name} is spelled "
        f"{second.mention.text} in the {sides[1].name}"
    )
    return finding("AC302", message, bead, ((first.mention.text,), (second.mention.text,)))


@dataclass(frozen=True)
class Context:
    """What a whole pair of documents says of names, read once a comparison.

    ``mentions`` are each sentence's names (source, target). ``written`` holds the name keys
    each document writes anywhere: a name the other document also writes is one it carries
    over, so its absence from a pair is telling; a name it never writes is most often
    translated. ``home`` is the entity the two documents speak of far most, their setting ("Canada"
    in a Canadian statute, where "fédéral" and "le pays" stand for it).
    """

    languages: tuple[str, str]
    tags: tuple[str, str]
    mentions: tuple[tuple[tuple[Mention, ...], ...], tuple[tuple[Mention, ...], ...]]
    written: tuple[frozenset[str], frozenset[str]]
    acronyms: Acronyms
    home: frozenset[str]
    misspelled: tuple[dict[str, Misspelling], dict[str, Misspelling]]
    listed: tuple[tuple[str, str], ...] = ()
    """The team's names, each with its translation (source, target)."""

    def partner(self, key: str, in_source: bool) -> tuple[str | None, tuple[str, ...]]:
        """The other document's acronym paired with this one (lower case), and its long form."""
        table = self.acronyms.pairs if in_source else self.acronyms.reverse
        found = {a.lower(): b for a, b in table.items()}.get(key)
        if found is None:
            return None, ()
        long = (self.acronyms.target_long if in_source else self.acronyms.source_long).get(found)
        return found.lower(), long or ()

    def reading(self, document: Document, ids: tuple[int, ...], in_source: bool) -> Reading:
        """The reading of one side of a bead."""
        n = 0 if in_source else 1
        long = self.acronyms.source_long if in_source else self.acronyms.target_long
        return read_side(document, ids, self.mentions[n], long, self.tags[1 - n])


HOME_LEAST = 4
"""Aligned pairs, both sides counted, in which the documents' setting must stand."""
HOME_LEAD = 2
"""How many times more often than any other the setting must stand (a statement by two
countries has no one setting: each one left out is telling)."""


def _context(source: Document, target: Document, beads: tuple[Bead, ...]) -> Context:
    documents = (source, target)
    lowercase = [lowercase_words([s.text for s in d.sentences]) for d in documents]
    mentions = tuple(
        tuple(tuple(find_names(s.text, d.lang, lowercase[n])) for s in d.sentences)
        for n, d in enumerate(documents)
    )
    paired = list(two_sided(beads))
    sides = [
        (
            " ".join(source.sentences[i].text for i in b.source),
            " ".join(target.sentences[j].text for j in b.target),
        )
        for b in paired
    ]
    languages = (source.language, target.language)
    seen: list[Counter[str]] = [Counter(), Counter()]
    for pair in sides:
        for n, document in enumerate(documents):
            seen[n].update(evidence(pair[n], document.lang))
    total = seen[0] + seen[1]
    ranked = sorted(((n, k) for k, n in total.items() if seen[0][k] and seen[1][k]), reverse=True)
    top, second = (ranked + [(0, ""), (0, "")])[:2]
    dominant = top[0] >= HOME_LEAST and top[0] >= HOME_LEAD * second[0]
    home = frozenset([top[1]] if dominant else [])
    return Context(
        languages,
        (source.lang, target.lang),
        (mentions[0], mentions[1]),
        (_written(mentions[0]), _written(mentions[1])),
        acronyms_of(
            [s.text for s in source.sentences],
            [s.text for s in target.sentences],
            sides,
            (partial(_is_term, lang=source.lang), partial(_is_term, lang=target.lang)),
        ),
        home,
        (_misspelled_in(source, languages), _misspelled_in(target, languages)),
    )


def _is_term(long: str, lang: str) -> bool:
    """True for the long form of a common term ("logiciels libres", "Artificial Intelligence"):
    no word of a body's name (service, office, bureau, conseil) and no country or place in it,
    unlike "Service numérique canadien" or "Government of Canada"."""
    generic = lexicon_for(lang).generic
    return not any(w.lower() in generic for w in long.split()) and not evidence(long, lang)


_LETTERS = re.compile(r"(?<![\w%/.@#-])[^\W\d_]+(?![\w%/@-])")
"""A word standing alone (not a piece of an address, a file name or a compound)."""


def _misspelled_in(document: Document, languages: tuple[str, str]) -> dict[str, Misspelling]:
    written = [w for s in document.sentences for w in _LETTERS.findall(without_web(s.text))]
    names = [w for w in written if w[:1].isupper()]
    return {m.wrong: m for m in misspellings(names, written, languages)}


def _written(mentions: tuple[tuple[Mention, ...], ...]) -> frozenset[str]:
    return frozenset(m.key for sentence in mentions for m in sentence)


_INSTITUTION_REACH = 6
"""Words before a place in which an institution's name may start ("Conseil national de
recherches du Canada")."""


def in_institution(text: str, start: int, language: str) -> bool:
    """True for a place, at ``start`` in a sentence, that completes an institution's name
    ("Conseil national de recherches du Canada", "Treasury Board of Canada Secretariat"):
    institutions' names are translated whole, and a version may name the body without its
    country ("National Research Council")."""
    before = text[:start].split()[-_INSTITUTION_REACH:]
    generic = lexicon_for(language).generic
    return any(word[:1].isupper() and word.lower() in generic for word in before)


def _acronym(text: str, language: str) -> bool:
    """True for an acronym, not a word in capitals for emphasis ("WHEREAS", "NOW THEREFORE")."""
    return is_acronym(text) and not (len(text) >= 4 and text.isupper() and ordinary(text, language))


def _strength(name: Name, in_source: bool, context: Context) -> str:
    """How sure it is that a name the other side of a pair lacks is missing there.

    ``strong``: a known entity, a person, or a name (or its paired acronym) the other document
    writes elsewhere, or a word neither language uses commonly ("Sikorski", "Merriam-Webster");
    ``weak``: an acronym the other document never writes, which it may have translated (at the
    opening of a sentence, only a ``word``);
    ``word``: an ordinary capitalised word the other document never writes; ``translated``:
    an ordinary word of its language that the other language does not use ("Drawbacks",
    "Trésor", "WHEREAS"); ``home``: the documents' setting.
    """
    mention = name.mention
    own, far = context.languages if in_source else context.languages[::-1]
    if mention.text.lower() in lexicon_for(own).language_names:
        return "translated"  # the language of one version, which the other names its own way
    if mention.entity:
        if mention.key in context.home or in_institution(name.sentence, name.mention.start, own):
            return "home"
        return "strong"
    if mention.person:
        return "strong"
    if translated(mention.text, own, far) or mention.text in context.acronyms.terms:
        return "translated"
    partner, _ = context.partner(mention.key, in_source)
    written = context.written[1 if in_source else 0]
    if mention.key in written or (partner is not None and partner in written):
        return "strong"
    if _acronym(mention.text, own):
        return "word" if mention.opening else "weak"
    common = everyday(mention.text, own) or everyday(mention.text, far)
    return "word" if common or _compound(mention.text, own) else "strong"


_PART = 4
"""Letters each word of a closed compound has at least ("White" and "paper"): shorter parts
split surnames into words ("John" and "son", "New" and "ton")."""
_COMPOUND = 3.5
"""Frequency (Zipf) each word of a closed compound has at least in its language."""
_COMPOUND_LETTERS = 9
"""Letters a closed compound has at least (a surname of two words is most often shorter)."""


def _compound(word: str, language: str) -> bool:
    """True for two common words written as one ("Whitepaper", "Assemblyline"): a product's or a
    document's common name, which the other language translates."""
    lower = word.lower()
    if len(lower) < _COMPOUND_LETTERS or not lower.isalpha():
        return False
    return any(
        frequency(lower[:cut], language) >= _COMPOUND
        and frequency(lower[cut:], language) >= _COMPOUND
        for cut in range(_PART, len(lower) - _PART + 1)
    )


def _unexplained(left: Reading, right: Reading, context: Context, in_source: bool) -> list[Name]:
    """The names of one side that the other side does not speak of."""
    lost = []
    misspelled = context.misspelled[0 if in_source else 1]
    for name in left.names:
        if name.mention.text in misspelled:
            continue
        partner, long = context.partner(name.mention.key, in_source)
        held = right.holds(name.mention, partner, long)
        if not (held or right.holds_part(name.mention, context, in_source)):
            lost.append(name)
    gone = {id(n) for n in lost}
    kept = [n for n in lost if not _shortened(n, left, gone, right)]
    far = _possessors(context.languages[1 if in_source else 0])
    if right.words & far and not right.entities:
        kept = [n for n in kept if not _possessor(n)]
    return _unique(kept)


@lru_cache(maxsize=16)
def _possessors(language: str) -> frozenset[str]:
    """A language's words that stand for the country a text is from, as ``words`` reads them."""
    return frozenset(strip_accents(word) for word in lexicon_for(language).possessors)


_OF = re.compile(rf"(?<!\w)(?:{_any('of_words')})\s*(?:(?:{_any('of_articles')})\s+)?$", re.I)
_ENDINGS = "|".join(
    re.escape(lexicon.possessive_ending)
    for lexicon in LEXICONS.values()
    if lexicon.possessive_ending
)
_S = re.compile(rf"^(?:{_ENDINGS or '(?!)'})(?!\w)")


def _possessor(name: Name) -> bool:
    """True for a country named as the owner of what the sentence speaks of ("Canada's official
    languages", "public service of Canada"), which the other version may write as an adjective
    or a possessive ("nos langues officielles", "administration publique fédérale"); only
    where that side names no country at all."""
    if not name.mention.entity:
        return False
    before = fold(name.sentence[: name.mention.start])
    return bool(_OF.search(before) or _S.match(fold(name.sentence[name.mention.end :])))


def _shortened(name: Name, left: Reading, gone: set[int], right: Reading) -> bool:
    """True for a part of a longer name that the other side names otherwise: a people named from
    a place the other side has ("Nova Scotians", "Nouvelle-Écosse"), an acronym a product's name
    is built on where the other side has the product ("Notification GC", "Notify")."""
    key = name.mention.key
    held = [n for n in left.names if n.sentence == name.sentence and id(n) not in gone]
    for other in held:
        if any(same_stem(key, word, False) for word in words(other.mention.text)):
            return True
    if not is_acronym(name.mention.text):
        return False
    return any(right.has_stem(strip_accents(word)) for word in _neighbours(name))


_BESIDE = re.compile(r"([A-ZÀ-Ý][a-zà-ÿ]{3,})\s*$")
_AFTER = re.compile(r"^\s*([A-ZÀ-Ý][a-zà-ÿ]{3,})")


def _neighbours(name: Name) -> list[str]:
    """The capitalised words right before and after a name ("Notification" of "Notification
    GC"), lower case."""
    before = _BESIDE.search(name.sentence[: name.mention.start])
    after = _AFTER.search(name.sentence[name.mention.end :])
    return [m.group(1).lower() for m in (before, after) if m]


def _initials(
    lost: list[Name], added: list[Name], readings: tuple[Reading, Reading], texts: tuple[str, str]
) -> tuple[list[Name], list[Name]]:
    """Drop the acronyms the other side spells out word by word ("gouvernement du Canada" for
    "GC", "disque compact" for "CD"), and the names inside what an acronym of the other side
    spells out (whether or not that acronym is found elsewhere)."""
    explained: set[int] = set()
    sides = ((lost, readings[1].names, texts[0]), (added, readings[0].names, texts[1]))
    for names, others, text in sides:
        for acronym in (n for n in others if is_acronym(n.mention.text)):
            for span in spelled_out(acronym.mention.text, text):
                explained.add(id(acronym))
                explained.update(
                    id(n) for n in names if n.sentence in text and _inside(n, text, span)
                )
    for mine, text in ((lost, texts[1]), (added, texts[0])):
        for acronym in (n for n in mine if is_acronym(n.mention.text)):
            if spelled_out(acronym.mention.text, text):
                explained.add(id(acronym))
    return (
        [n for n in lost if id(n) not in explained],
        [n for n in added if id(n) not in explained],
    )


def _inside(name: Name, text: str, span: tuple[int, int]) -> bool:
    """True when a name stands within a span of the text its sentence is part of."""
    offset = text.find(name.sentence)
    return span[0] <= offset + name.mention.start and offset + name.mention.end <= span[1]


def _misspelled(
    left: list[Name], right: list[Name], languages: tuple[str, str]
) -> list[tuple[Name, Name]]:
    """Return pairs of names one letter apart ("Sikorski", "Sikorksi"), removing them.

    Not a translation's ordinary spelling ("Canadiens", "Canadians"): the second spelling
    is no ordinary word of its language.
    """
    pairs = []
    for name in list(left):
        key = name.mention.key
        close = [
            o
            for o in right
            if min(len(key), len(o.mention.key)) >= 5
            and damerau(key, o.mention.key) == 1
            and not ordinary(o.mention.text, languages[1])
            and not ordinary(name.mention.text, languages[1])
        ]
        if close and not name.mention.entity:
            pairs.append((name, close[0]))
            left.remove(name)
            right.remove(close[0])
    return pairs


@lru_cache(maxsize=1024)
def _phrase(name: str) -> re.Pattern[str]:
    words = [re.escape(word) for word in name.split()]
    return re.compile(r"(?<!\w)" + r"\s+".join(words) + r"(?!\w)", re.IGNORECASE)


def _listed(
    texts: tuple[str, str], listed: tuple[tuple[str, str], ...]
) -> tuple[tuple[list[tuple[int, int]], list[tuple[int, int]]], list[tuple[str, str, bool]]]:
    """Where each side writes a name of the team's list with its listed translation on the other
    side (spans that explain the names inside them), and the listed names whose translation
    the other side lacks: (name, translation, True when the name is in the source)."""
    spans: tuple[list[tuple[int, int]], list[tuple[int, int]]] = ([], [])
    missing = []
    for source_name, target_name in listed:
        here = _phrase(source_name).search(texts[0])
        there = _phrase(target_name).search(texts[1])
        if here and there:
            spans[0].append(here.span())
            spans[1].append(there.span())
        elif here and not _phrase(source_name).search(texts[1]):
            missing.append((here.group(0), target_name, True))
        elif there and not _phrase(target_name).search(texts[0]):
            missing.append((there.group(0), source_name, False))
    return spans, missing


def _listed_finding(
    missing: tuple[str, str, bool], sides: tuple[Side, Side], bead: Bead
) -> Finding:
    name, translation, in_source = missing
    here, there = sides if in_source else sides[::-1]
    message = (
        f"name {name} in the {here.name} is missing from the {there.name} "
        f"(the names list gives {translation})"
    )
    marks = ((name,), ()) if in_source else ((), (name,))
    return finding("AC301", message, bead, marks)


def _bead_findings(
    readings: tuple[Reading, Reading], sides: tuple[Side, Side], bead: Bead, context: Context
) -> Iterator[Finding]:
    """Yield the name findings of one aligned pair."""
    left, right = readings
    texts = (sides[0].text, sides[1].text)
    lost, added = _initials(
        _unexplained(left, right, context, True),
        _unexplained(right, left, context, False),
        readings,
        texts,
    )
    if context.listed:
        spans, missing = _listed(texts, context.listed)
        lost = [n for n in lost if not any(_inside(n, texts[0], s) for s in spans[0])]
        added = [n for n in added if not any(_inside(n, texts[1], s) for s in spans[1])]
        for entry in missing:
            yield _listed_finding(entry, sides, bead)
            lost = [n for n in lost if n.mention.text not in entry[0]]
            added = [n for n in added if n.mention.text not in entry[0]]
    for pair in _misspelled(lost, added, context.languages):
        yield _spelled(pair, sides, bead)
    lost, added = _excused(lost, added, right), _excused(added, lost, left)
    graded = (
        [(n, _strength(n, True, context)) for n in lost],
        [(n, _strength(n, False, context)) for n in added],
    )
    names = (list(left.names), list(right.names))
    yield from _reported(graded, names, sides, bead)


def _reported(
    graded: tuple[list[tuple[Name, str]], list[tuple[Name, str]]],
    names: tuple[list[Name], list[Name]],
    sides: tuple[Side, Side],
    bead: Bead,
) -> Iterator[Finding]:
    """Findings for the names each side lacks: a strong name with the other side's unexplained
    name it may stand for, or alone; a weak acronym only when the other side has nothing that
    could be its translation, as info outside a list (a version may translate an acronym the other
    document never writes: "CEO", "premier dirigeant"); an ordinary word only as a member
    dropped from a list the other side otherwise has."""
    partners = (
        [n for n, grade in graded[0] if grade in ("strong", "weak", "word")],
        [n for n, grade in graded[1] if grade in ("strong", "weak", "word")],
    )
    used: set[int] = set()
    for in_source in (True, False):
        mine, theirs = (graded[0], partners[1]) if in_source else (graded[1], partners[0])
        for name, grade in mine:
            if id(name) in used:
                continue
            free = [o for o in theirs if id(o) not in used]
            other_side = graded[1] if in_source else graded[0]
            if grade == "strong" and free:
                used.update((id(name), id(free[0])))
                pair = (name, free[0]) if in_source else (free[0], name)
                yield _changed(pair, names, sides, bead)
            elif (
                grade == "strong"
                or (grade == "weak" and not other_side)
                or (grade == "word" and _dropped(name, names[0 if in_source else 1], mine))
            ):
                used.add(id(name))
                found = _missing(name, names[0 if in_source else 1], sides, bead, in_source)
                weak = grade == "weak" and found.code == "AC301"
                yield replace(found, severity="info") if weak else found


def _dropped(name: Name, names: list[Name], lost: list[tuple[Name, str]]) -> bool:
    """True for a member of a list whose other members the other side all has: the list is
    there, less this one ("courriel, LinkedIn ou Twitter" and "email or LinkedIn"), though
    the name alone might be an ordinary word."""
    gone = {id(n) for n, _ in lost}
    mates = name.mates(names)
    return bool(mates) and _whole(name) and not any(id(m) in gone for m in mates)


_ITEM_START = re.compile(
    rf"(?:^|[,;:(]|(?<!\w)(?:{_LINKS}|{_any('list_openers')})(?!\w))"
    rf"(?:\s|(?<!\w)(?:{_ARTICLES})(?!\w))*$",
    re.IGNORECASE,
)
_ITEM_END = re.compile(rf"\s*(?:$|[,;:.!?()]|(?:{_LINKS})(?!\w))", re.IGNORECASE)


def _whole(name: Name) -> bool:
    """True for a name that is a whole item of its list, not a word of a longer name ("Nova"
    of "Nova Scotians", "Corporation" of "Canadian Broadcasting Corporation")."""
    before = fold(name.sentence[: name.mention.start])
    after = fold(name.sentence[name.mention.end :])
    return bool(_ITEM_START.search(before) and _ITEM_END.match(after))


def _misspelling_findings(
    documents: tuple[Document, Document], beads: tuple[Bead, ...], context: Context
) -> Iterator[Finding]:
    """One AC302 finding for each sentence holding a name its own document misspells."""
    for n, document in enumerate(documents):
        if not context.misspelled[n]:
            continue
        name = lexicon_for(document.language).name
        forms = _forms(document)
        for bead in beads:
            for i in bead.source if n == 0 else bead.target:
                text = without_web(document.sentences[i].text)
                for word in dict.fromkeys(_LETTERS.findall(text)):
                    wrong = context.misspelled[n].get(word)
                    if wrong is None:
                        continue
                    message = (
                        f"name {wrong.wrong} in the {name} is probably a misspelling of "
                        f"{_as_written(forms, wrong.right)} (written so {wrong.times} times "
                        f"in the {name})"
                    )
                    marks = ((wrong.wrong,), ()) if n == 0 else ((), (wrong.wrong,))
                    yield finding("AC302", message, bead, marks)


def _forms(document: Document) -> dict[str, Counter[str]]:
    """How often the document writes each word in each form, by the word in lower case."""
    forms: dict[str, Counter[str]] = {}
    for sentence in document.sentences:
        for word in _LETTERS.findall(sentence.text):
            forms.setdefault(word.lower(), Counter())[word] += 1
    return forms


def _as_written(forms: dict[str, Counter[str]], word: str) -> str:
    """A word as the document most often writes it ("Canada" for "canada")."""
    return forms[word].most_common(1)[0][0] if word in forms else word


def check_names(
    source: Document,
    target: Document,
    beads: tuple[Bead, ...],
    listed: tuple[tuple[str, str], ...] = (),
) -> Iterator[Finding]:
    """Report names present on one side only, spelled differently, or dropped from a list;
    ``listed`` holds the team's names with their translations (source, target)."""
    if source.language not in LEXICONS or target.language not in LEXICONS:
        return
    context = replace(_context(source, target, beads), listed=listed)
    yield from _misspelling_findings((source, target), beads, context)
    for bead in two_sided(beads):
        readings = (
            context.reading(source, bead.source, True),
            context.reading(target, bead.target, False),
        )
        sides = (side(source, bead.source), side(target, bead.target))
        yield from _bead_findings(readings, sides, bead, context)
