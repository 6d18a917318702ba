"""Divergences planted in one side of a pair, the way a translation goes wrong.

Each plant changes one thing the two versions state alike: a figure the sentence states as a
number (not a list's, a section's or a version's number), a date (its month or its day), a name
both versions write (for one they never mention), a member of a list of names (dropped), a
whole sentence of content (deleted, or one from another document added). A plant is a value:
which side, which sentence, what it read before and after; ``apply`` makes the planted document.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from align_check.align import CONFIDENT
from align_check.checks.acronyms import is_acronym, spelled_out
from align_check.checks.dates import find_dates
from align_check.checks.figures import find_figures
from align_check.checks.languages import lexicon_for
from align_check.checks.mentions import Mention, evidence, find_names, lowercase_words
from align_check.checks.name import LIST_GAP, in_institution
from align_check.checks.pairs import fold
from align_check.checks.quantities import Figure
from align_check.checks.vocabulary import ordinary, translated
from align_check.model import Document, Report, Sentence

EXPECTED = {
    "figure": {"number"},
    "month": {"date"},
    "day": {"date"},
    "delete": {"omission", "addition"},
    "insert": {"omission", "addition"},
    "name": {"name"},
    "list": {"name"},
}
"""The kinds of plant and the categories a report must give them at their place."""

REFERENCES = {
    "fr": """article articles paragraphe paragraphes alinéa alinéas sous-alinéa section sections
        sous-section chapitre chapitres partie parties annexe annexes titre livre page pages note
        notes figure tableau image graphique étape étapes phase version niveau point règle numéro
        no n° nº art par al ch c""",
    "en": """section sections subsection paragraph paragraphs subparagraph clause clauses article
        articles chapter chapters part parts schedule schedules annex appendix title book page
        pages note notes figure table image chart step steps phase version level item rule number
        no s ss art para ch c""",
}
"""Words after which a number names a place in a document, not a quantity ("article 2",
"Image 1", "version 6"): changing it is not a figure of the text changed."""

_REFERENCE_WORDS = {lang: frozenset(text.split()) for lang, text in REFERENCES.items()}

STRANGERS = {
    "fr": {
        "place": ("Malte", "Chypre", "Madagascar", "Singapour", "Israël", "Cuba"),
        "name": ("Kowalski", "Okonkwo", "Szymanski", "Lindqvist", "Haraldsen", "Okafor"),
    },
    "en": {
        "place": ("Malta", "Cyprus", "Madagascar", "Singapore", "Israel", "Cuba"),
        "name": ("Kowalski", "Okonkwo", "Szymanski", "Lindqvist", "Haraldsen", "Okafor"),
    },
}
"""Names put in place of a name both versions write: a country the entity index knows for a
place (one French writes without an article: "de Malte"), a surname for another name; the first
one neither document mentions is taken."""

ARTICLES = {
    "fr": {"du": "de ", "au": "à ", "le": "", "la": "", "l'": "", "des": "de ", "aux": "à "}
}
"""What a French article before a place becomes before a country named without one."""

CONTENT_WORDS = 6
"""Words a sentence must hold to be a sentence of content (deleted, or hosting an addition)."""

_WORD = re.compile(r"[^\W\d_]{2,}")
_PREVIOUS = re.compile(r"([^\W\d_][\w'.°º-]*)[\s.]*$")
_MARKDOWN = re.compile(r"[|\[\]<>*_`#]|https?:")
"""Markup an added sentence would carry from its own document (a table, a link, emphasis)."""
_MARKUP = re.compile(r"^[\s*#>_`\\|-]*$")


@dataclass(frozen=True)
class Plant:
    """One planted divergence: which side, which sentence, what changed, where to look."""

    kind: str
    side: str
    sentence: int
    before: str
    after: str
    watch: tuple[int, ...]
    watch_side: str
    operation: str = "replace"
    """``replace`` the sentence's text, ``delete`` it, or ``insert`` a sentence before it."""


def apply(plant: Plant, document: Document) -> Document:
    """Return the document of the planted side with the plant made."""
    sentences = list(document.sentences)
    at = plant.sentence
    if plant.operation == "delete":
        del sentences[at]
    elif plant.operation == "insert":
        host = sentences[at - 1]
        sentences.insert(at, Sentence(plant.after, host.line, host.column, host.block, host.kind))
    else:
        sentences[at] = replace(sentences[at], text=plant.after)
    return replace(document, sentences=tuple(sentences))


def _previous_word(before: str) -> str:
    match = _PREVIOUS.search(before)
    return match.group(1) if match else ""


def _numbering(before: str, after: str) -> bool:
    """A number opening its sentence as a section's or an item's numbering ("3 (1) Le",
    "2 Les définitions", "1\\.", "4)")."""
    return bool(_MARKUP.match(before)) and bool(re.match(r"\\?[.)]|\s+[(A-ZÀ-Ý]", after))


def _reference(text: str, figure: Figure, lang: str) -> bool:
    """True when a number names a place, a version or an item rather than stating a quantity."""
    before, after = text[: figure.start], text[figure.end :]
    previous = _previous_word(before)
    words_before = _WORD.findall(before)
    return (
        _numbering(before, after)
        or re.match(r"\s?\(\w{1,4}\)", after) is not None
        or (before.endswith("(") and after.startswith(")") and figure.unit is None)
        or previous.lower().rstrip(".") in _REFERENCE_WORDS.get(lang, frozenset())
        or (previous[:1].isupper() and len(words_before) > 1 and before[-1:].isspace())
        or re.search(r"[^\W\d_]-$|\d[-–]$", before) is not None
        or re.match(r"[-–]\d|[^\W\d_]", after) is not None
        or figure.text.count(".") > 1
    )


def stated_figures(text: str, lang: str) -> list[Figure]:
    """The figures a sentence states as numbers, written in digits: no year, time of day,
    list or section number, version or reference."""
    return [
        f
        for f in find_figures(text, lang)
        if f.hard
        and not f.yearlike
        and f.unit != "time"
        and any(c.isdigit() for c in f.text)
        and not _reference(text, f, lang)
    ]


def changed_figure(text: str, figure: Figure, grow: bool) -> str:
    """The sentence with a figure changed: a zero added to a whole number, or its first digit
    raised (9 becomes 1)."""
    digits = re.search(r"\d[\d\s\u00a0\u202f.,]*\d|\d", text[figure.start : figure.end])
    assert digits is not None
    first, last = figure.start + digits.start(), figure.start + digits.end()
    if grow and digits.group().isdigit():
        return text[:last] + "0" + text[last:]
    raised = str(int(text[first]) % 9 + 1)
    return text[:first] + raised + text[first + 1 :]


def content(sentence: Sentence) -> bool:
    """True for a sentence of content: a paragraph's or an item's, with a few words."""
    return sentence.kind != "heading" and len(_WORD.findall(sentence.text)) >= CONTENT_WORDS


@dataclass(frozen=True)
class Side:
    """One document of a pair as plants see it: the hosts a plant may change, each with its
    counterpart on the other side, and what the other document says."""

    role: str
    document: Document
    other: Document
    hosts: dict[int, tuple[int, ...]]
    lowercase: frozenset[str]
    other_lowercase: frozenset[str]
    mentioned: str

    @property
    def other_role(self) -> str:
        return "target" if self.role == "source" else "source"

    def counterpart(self, index: int) -> str:
        return " ".join(self.other.sentences[j].text for j in self.hosts[index])

    def replaced(self, kind: str, index: int, new: str) -> Plant:
        old = self.document.sentences[index].text
        return Plant(kind, self.role, index, old, new, (index,), self.role)


def sides(report: Report) -> tuple[Side, Side]:
    """Both sides of a compared pair, with the sentences plants may change: each alone on its
    side of a confident bead, with no warning or error of the untouched pair on either side
    (a plant there could not be told from what the pair already shows)."""
    busy: tuple[set[int], set[int]] = (set(), set())
    for finding in report.findings:
        if finding.severity in ("warning", "error"):
            busy[0].update(finding.source)
            busy[1].update(finding.target)
    hosts: tuple[dict[int, tuple[int, ...]], dict[int, tuple[int, ...]]] = ({}, {})
    for bead in report.beads:
        clear = not set(bead.source) & busy[0] and not set(bead.target) & busy[1]
        if bead.two_sided and bead.score >= CONFIDENT and not bead.reordered and clear:
            if len(bead.source) == 1:
                hosts[0][bead.source[0]] = bead.target
            if len(bead.target) == 1:
                hosts[1][bead.target[0]] = bead.source
    documents = (report.source, report.target)
    mentioned = " ".join(s.text for d in documents for s in d.sentences).lower()
    return (
        _side("source", documents[0], documents[1], hosts[0], mentioned),
        _side("target", documents[1], documents[0], hosts[1], mentioned),
    )


def _side(
    role: str, document: Document, other: Document, hosts: dict[int, tuple[int, ...]], said: str
) -> Side:
    lowercase = lowercase_words([s.text for s in document.sentences])
    other_lowercase = lowercase_words([s.text for s in other.sentences])
    return Side(role, document, other, hosts, lowercase, other_lowercase, said)


def figures(side: Side) -> Iterator[Plant]:
    """A figure the sentence states changed (a zero added, or its first digit raised)."""
    for n, index in enumerate(sorted(side.hosts)):
        text = side.document.sentences[index].text
        found = stated_figures(text, side.document.lang)
        if found:
            figure = found[n % len(found)]
            yield side.replaced("figure", index, changed_figure(text, figure, bool(n % 2)))


def dates(side: Side) -> Iterator[Plant]:
    """A date written with its month's name moved to the next month, or to another day."""
    months = lexicon_for(side.document.language).months
    names: dict[int, str] = {}
    for word, number in months.items():
        if not word.endswith("."):
            names.setdefault(number, word)
    for index in sorted(side.hosts):
        text = side.document.sentences[index].text
        for date in find_dates(fold(text), side.document.lang):
            written = text[date.start : date.end]
            word = next((w for w in re.findall(r"\w+", written) if w.lower() in months), "")
            if word and re.match(rf"{re.escape(word)}\s+[A-ZÀ-Ý]", text[text.find(word) :]):
                continue  # a month's name in a name ("April Fool's Day")
            if date.month is not None and word:
                month = names[date.month % 12 + 1]
                month = month.capitalize() if word[0].isupper() else month
                new = written.replace(word, month, 1)
                yield side.replaced("month", index, text.replace(written, new, 1))
            if date.day is not None and word:
                day = re.compile(rf"(?<!\d)0?{date.day}(?!\d)")
                new = day.sub(str((date.day + 1) % 28 + 1), written, count=1)
                if new != written:
                    yield side.replaced("day", index, text.replace(written, new, 1))


def read_as_name(mention: Mention, text: str, own: str, far: str) -> bool:
    """True for a name the checks report when one side lacks it: a place standing alone (not in
    an institution's name or a web address), a person, or a word its language does not use
    commonly where the other language does not ("Cazeneuve", not "Trésor")."""
    if re.match(r"\.[a-z]{2,}\b", text[mention.end :]):
        return False
    if mention.entity:
        return not in_institution(text, mention.start, own)
    return mention.person or not any(translated(part, own, far) for part in mention.text.split())


def shared_names(side: Side, index: int, as_names: bool = False) -> list[Mention]:
    """The names of a sentence that its counterpart writes too (the same entity, or the same
    spelling as a name), each one the checks read as a name: not a word of what an acronym of
    either side spells out ("Mozilla Public License" beside "MPL"). ``as_names``: an entity
    too only where the counterpart writes it as a name (not "anglais" for "English")."""
    text = side.document.sentences[index].text
    own, far = side.document.language, side.other.language
    counterpart = side.counterpart(index)
    held = evidence(counterpart, side.other.lang) | evidence(counterpart, side.document.lang)
    theirs = [
        m
        for j in side.hosts[index]
        for m in find_names(side.other.sentences[j].text, side.other.lang, side.other_lowercase)
    ]
    mine = find_names(text, side.document.lang, side.lowercase)
    acronyms = {m.text for m in mine + theirs if is_acronym(m.text)}
    spans = [span for short in acronyms for span in spelled_out(short, text)]
    keys = {m.key for m in theirs}
    return [
        m
        for m in mine
        if m.text[:1].isupper()
        and not m.opening
        and (m.key in held if m.entity and not as_names else m.key in keys)
        and read_as_name(m, text, own, far)
        and not any(a <= m.start and m.end <= b for a, b in spans)
    ]


def _stranger(side: Side, mention: Mention, n: int) -> Iterator[str]:
    """Names neither document mentions, of the mention's sort, from the n-th on; a name that
    is no ordinary word of either language (the checks would take one for a word)."""
    pool = STRANGERS.get(side.document.language, STRANGERS["en"])
    names = pool["place" if mention.entity else "name"]
    languages = (side.document.language, side.other.language)
    for k in range(len(names)):
        name = names[(n + k) % len(names)]
        common = not mention.entity and any(ordinary(name, lang) for lang in languages)
        if name.lower() not in side.mentioned and not common:
            yield name


def _runs(mentions: list[Mention], text: str) -> list[Mention]:
    """Names as wholes: mentions one space apart joined ("Amber Rudd"), entity or not."""
    runs: list[Mention] = []
    for mention in mentions:
        last = runs[-1] if runs else None
        if (
            last
            and not last.entity
            and not mention.entity
            and text[last.end : mention.start] == " "
        ):
            runs[-1] = replace(last, text=text[last.start : mention.end], end=mention.end)
        else:
            runs.append(mention)
    return runs


def renamed(text: str, mention: Mention, new: str, language: str) -> str:
    """The sentence with every writing of a name replaced (a name written twice changes twice),
    a place's article made the one the new name takes ("du Canada": "de Malte")."""
    articles = ARTICLES.get(language, {}) if mention.entity else {}
    before = "|".join(rf"{re.escape(a)}\s" for a in articles if not a.endswith("'"))
    before += "".join(rf"|{re.escape(a[:-1])}['’]" for a in articles if a.endswith("'"))
    pattern = rf"(?<!\w)((?i:{before})?){re.escape(mention.text)}(?!\w)"

    def swap(match: re.Match[str]) -> str:
        written = match.group(1)
        article = fold(written).strip().lower()
        kept = articles.get(article, written)
        return (kept[:1].upper() + kept[1:] if written[:1].isupper() else kept) + new

    return re.sub(pattern, swap, text)


def names(side: Side) -> Iterator[Plant]:
    """A name both versions write replaced, on one side, by one neither mentions; kept only
    where the checks read the new one as a name."""
    for n, index in enumerate(sorted(side.hosts)):
        text = side.document.sentences[index].text
        shared = _runs(shared_names(side, index), text)
        if not shared:
            continue
        mention = shared[n % len(shared)]
        for stranger in _stranger(side, mention, n):
            new = renamed(text, mention, stranger, side.document.language)
            read = find_names(new, side.document.lang, side.lowercase)
            if any(
                m.text == stranger
                and m.entity == mention.entity
                and read_as_name(m, new, side.document.language, side.other.language)
                for m in read
            ):
                yield side.replaced("name", index, new)
                break


def lists(side: Side) -> Iterator[Plant]:
    """A member of a list of names both versions write dropped ("la France et le Royaume-Uni",
    "Python, Ruby et Go"): two names of one sort (places, or other names) that only a comma or a
    conjunction parts; the second is dropped with what parts them."""
    for index in sorted(side.hosts):
        text = side.document.sentences[index].text
        shared = _runs(shared_names(side, index, as_names=True), text)
        for first, second in zip(shared, shared[1:], strict=False):
            listed = LIST_GAP.fullmatch(fold(text[first.end : second.start]))
            if listed and first.entity == second.entity and text.count(second.text) == 1:
                yield side.replaced("list", index, text[: first.end] + text[second.end :])
                break


def deletions(side: Side) -> Iterator[Plant]:
    """A whole sentence of content deleted; its counterpart is where the report must say so."""
    for index in sorted(side.hosts):
        sentence = side.document.sentences[index]
        if content(sentence):
            watch = side.hosts[index]
            yield Plant(
                "delete", side.role, index, sentence.text, "", watch, side.other_role, "delete"
            )


def insertions(side: Side, pool: list[str]) -> Iterator[Plant]:
    """A sentence of content from another document added after a sentence of content."""
    if not pool:
        return
    for n, index in enumerate(sorted(side.hosts)):
        if content(side.document.sentences[index]):
            new = pool[n % len(pool)]
            yield Plant("insert", side.role, index + 1, "", new, (index + 1,), side.role, "insert")


def donated(document: Document) -> list[str]:
    """The sentences of another document fit to be added: plain sentences of content, of a
    paragraph, ending as a sentence ends, not too long."""
    return [
        s.text
        for s in document.sentences
        if s.kind == "paragraph"
        and content(s)
        and 60 <= len(s.text) <= 240
        and s.text.rstrip()[-1:] in ".!?"
        and not _MARKDOWN.search(s.text)
    ]


def plants(
    report: Report, pool: dict[str, list[str]], kinds: set[str], most: int, seed: str
) -> list[Plant]:
    """At most so many plants of each kind in a pair, drawn reproducibly from both sides."""
    makers: dict[str, Callable[[Side], Iterator[Plant]]] = {
        "figure": figures,
        "month": dates,
        "day": dates,
        "name": names,
        "list": lists,
        "delete": deletions,
        "insert": lambda side: insertions(side, pool[side.role]),
    }
    both = sides(report)
    chosen: list[Plant] = []
    for kind in EXPECTED:
        if kind not in kinds:
            continue
        found = [p for side in both for p in makers[kind](side) if p.kind == kind]
        found = list(dict.fromkeys(found))
        chosen += random.Random(f"{seed}:{kind}").sample(found, min(most, len(found)))
    return chosen
