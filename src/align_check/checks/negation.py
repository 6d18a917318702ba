"""AC403: a clause negated on one side of a confidently aligned pair and stated plainly on
the other ("Les licences ne réduisent pas les risques" against "licenses reduce the risks").

Each sentence is cut into clauses (at ";", ":", brackets, dashes and the conjunctions that
join clauses, "et", "but"), and each clause counts the verbs it negates: French "ne"/"n'"
completed by "pas", "plus", "jamais", "rien", "aucun", "guère", "ni", or by a negative subject
before it ("aucun frais n'est exigé"); "ne ... que" is "only", an expletive "ne" negates
nothing; English "not", "n't", "never", "cannot" ("not only", "whether or not" negate no
verb). It also counts the words that say no without negating a verb: "sans", "without",
"no", "aucun" alone, "fail", "lack", a word made the opposite of a commoner word by a prefix
or a suffix ("inutile", "unclear", "useless"), and the verbs whose negation is a litotes
("n'hésitez pas" = "feel free", "not limited to" = "including"). A clause with both is a
litotes or a double negation, and says nothing sure. The language data is in the lexicons.

A pair is compared when it is 1-1, aligned with confidence, and made of two statements (a
negative question is rhetorical). It is reported only when both sides have as many clauses,
one side negates more verbs than the other side has negations and negative words
altogether, and the negated clause's counterpart, the clause at the same place, has none.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import lru_cache

from align_check.align import CONFIDENT
from align_check.checks.languages import lexicon_for
from align_check.checks.lexicon import Lexicon
from align_check.checks.pairs import finding, fold
from align_check.checks.vocabulary import frequency
from align_check.model import Bead, Document, Finding

CONFIDENT_PAIR = 2 * CONFIDENT
"""Bead score from which a 1-1 pair is sure enough to compare the polarity of its clauses
(twice the aligner's threshold for a confident translation)."""

WINDOW = 5
"""How many words after "ne" its completing word ("pas") may stand ("ne leur en donne pas")."""

COMMON_STEM = 3.0
"""Zipf frequency from which the rest of a prefixed word is a common word ("clear")."""

_TOKEN = re.compile(r"[^\W\d_]+(?:[-'][^\W\d_]+)*'?")
_BOUNDARY = re.compile(r"[;:()\[\]«»\"]|\s-\s|\.\s")


@dataclass(frozen=True)
class Word:
    """A word of a sentence, lower case, where it stands, and whether it belongs to an idiom
    that negates no verb ("not only", "was or wasn't")."""

    text: str
    start: int
    end: int
    idiom: bool = False


@dataclass(frozen=True)
class Clause:
    """A clause: where it stands, how many verbs it negates, how many other words say no."""

    start: int
    end: int
    negations: int
    hedges: int


def _words(text: str, lexicon: Lexicon) -> list[Word]:
    """Return the words of a folded sentence; an elided word is two ("n'est" = "n'", "est")."""
    found: list[Word] = []
    for match in _TOKEN.finditer(text):
        word, start = match.group(0).lower(), match.start()
        ending = lexicon.negation_ending
        if ending and _split_off(text, match.end(), word, ending):
            word += ending[ending.find("'") :]  # a tokenised contraction ("shouldn 't")
        apostrophe = word.find("'")
        if (ending and word.endswith(ending)) or apostrophe in (-1, len(word) - 1):
            found.append(Word(word, start, match.end()))
            continue
        found.append(Word(word[: apostrophe + 1], start, start + apostrophe + 1))
        found.append(Word(word[apostrophe + 1 :], start + apostrophe + 1, match.end()))
    return found


def _split_off(text: str, end: int, word: str, ending: str) -> bool:
    """True where a tokeniser split a contraction's ending off the word ("shouldn 't", as
    tokenised corpora write it): the word ends as the ending starts, the rest follows a space."""
    cut = ending.find("'")
    if cut <= 0 or not word.endswith(ending[:cut]):
        return False
    rest = ending[cut:]
    following = text[end:].lstrip()
    after = following[len(rest) : len(rest) + 1]
    return len(following) < len(text) - end and following.startswith(rest) and not after.isalnum()


def _clauses(text: str, words: list[Word], lexicon: Lexicon) -> list[list[Word]]:
    """Return the words of each clause, cut at punctuation and at conjunctions joining clauses."""
    clauses: list[list[Word]] = [[]]
    previous = 0
    for word in words:
        cut = _BOUNDARY.search(text[previous : word.start]) is not None
        if (cut or word.text in lexicon.clause_links) and clauses[-1]:
            clauses.append([])
        if word.text not in lexicon.clause_links:
            clauses[-1].append(word)
        previous = word.end
    return [clause for clause in clauses if clause]


def _idioms(words: list[Word], lexicon: Lexicon) -> list[Word]:
    """Return the words with those of an idiom negating no verb marked: a listed idiom ("not
    only", "on ne peut plus") or a negation offering an alternative ("or not", "ou non")."""
    texts = [word.text for word in words]
    inside = [False] * len(words)
    openings = _idiom_openings(lexicon)
    for n, text in enumerate(texts):
        for parts in openings.get(text, ()):
            if texts[n : n + len(parts)] == parts:
                inside[n : n + len(parts)] = [True] * len(parts)
    for n in range(1, len(texts)):
        if texts[n - 1] in lexicon.alternatives and _denies(texts[n], lexicon):
            inside[n] = True
    return [
        replace(word, idiom=True) if on else word for word, on in zip(words, inside, strict=True)
    ]


@lru_cache(maxsize=16)
def _idiom_openings(lexicon: Lexicon) -> dict[str, tuple[list[str], ...]]:
    """Return a language's idioms by their first word, each as its list of words."""
    openings: dict[str, tuple[list[str], ...]] = {}
    for idiom in lexicon.negation_idioms:
        parts = idiom.split()
        openings[parts[0]] = (*openings.get(parts[0], ()), parts)
    return openings


def _denies(word: str, lexicon: Lexicon) -> bool:
    """Return True for a word that negates, alone or with a particle."""
    ending = lexicon.negation_ending
    particle = word in lexicon.negation_particles or word in lexicon.negation_words
    return particle or bool(ending and word.endswith(ending))


@lru_cache(maxsize=65536)
def negative(word: str, lexicon: Lexicon) -> bool:
    """Return True for a word that says no without negating a verb: listed ("sans",
    "without"), a hyphenated part listed ("non-binaire"), or the opposite of a common word by
    a prefix or a suffix ("inutile", "unclear", "useless")."""
    parts = word.split("-")
    if len(parts) > 1:
        return any(_listed(part, lexicon) or part in lexicon.negation_words for part in parts)
    return _listed(word, lexicon) or _by_form(word, lexicon)


def _listed(word: str, lexicon: Lexicon) -> bool:
    """Return True for a word of the language's list of negative words (a stem ends with *)."""
    exact, stems = _negative_list(lexicon)
    return word in exact or word.startswith(stems)


@lru_cache(maxsize=16)
def _negative_list(lexicon: Lexicon) -> tuple[frozenset[str], tuple[str, ...]]:
    """Return a language's negative words, as whole words and as stems."""
    entries = lexicon.negative_words
    stems = tuple(entry[:-1] for entry in entries if entry.endswith("*"))
    return frozenset(entry for entry in entries if not entry.endswith("*")), stems


def _by_form(word: str, lexicon: Lexicon) -> bool:
    """Return True for a prefixed or suffixed word whose bare form is a commoner word."""
    own = frequency(word, lexicon.code)
    for prefix in lexicon.negative_prefixes:
        stem = word[len(prefix) :]
        if word.startswith(prefix) and len(stem) >= 4 and _commoner(stem, own, lexicon):
            return True
    for suffix in lexicon.negative_suffixes:
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= 3 and _commoner(stem, own, lexicon):
            return True
    return False


def _commoner(stem: str, own: float, lexicon: Lexicon) -> bool:
    """Return True when a bare form is a common word, commoner than the word made of it."""
    found = frequency(stem, lexicon.code)
    return found >= COMMON_STEM and found > own


def _clause(words: list[Word], lexicon: Lexicon) -> Clause:
    """Return a clause with its negated verbs and its other negative words counted."""
    texts = [word.text for word in words]
    negations = hedges = 0
    taken: set[int] = set()
    for n, word in enumerate(texts):
        if word in lexicon.negation_particles and not words[n].idiom:
            taken.add(n)
            completion = _completion(texts, n, lexicon)
            if completion is None or _compared(texts, completion, lexicon):
                hedges += 1
            else:
                negations += 1
                taken |= _completing(texts, completion, lexicon)
    for n, word in enumerate(texts):
        if n in taken:
            continue
        if words[n].idiom or _nonfinite(texts, n, lexicon):
            hedges += 1
        elif _alone(word, lexicon):
            negations += 1
        elif word in lexicon.negation_words or negative(word, lexicon):
            hedges += 1
    if negations and hedges:
        return Clause(words[0].start, words[-1].end, 0, negations + hedges)
    return Clause(words[0].start, words[-1].end, negations, hedges)


def _alone(word: str, lexicon: Lexicon) -> bool:
    """Return True for a word that negates a verb by itself ("not", "don't")."""
    ending = lexicon.negation_ending
    own = word in lexicon.negation_words and not lexicon.negation_particles
    return own or bool(ending and word.endswith(ending))


def _nonfinite(words: list[str], place: int, lexicon: Lexicon) -> bool:
    """Return True for a negation of a non-finite verb ("not doing it"): a circumstance, not
    a statement."""
    ending = lexicon.nonfinite_ending
    following = words[place + 1] if place + 1 < len(words) else ""
    return bool(ending) and _alone(words[place], lexicon) and following.endswith(ending)


def _completion(words: list[str], particle: int, lexicon: Lexicon) -> int | None:
    """Return the place of the word completing a "ne": after it ("ne ... pas") or before it
    ("aucun frais n'est"); None for "ne ... que", "ne ... plus que" (only) or an expletive
    "ne"."""
    for n in range(particle + 1, min(len(words), particle + 1 + WINDOW)):
        if words[n] in lexicon.restrictions or words[n] in lexicon.negation_particles:
            return None
        if words[n] in lexicon.negation_words:
            restricted = n + 1 < len(words) and words[n + 1] in lexicon.restrictions
            return None if restricted else n
    for n in range(particle - 1, max(-1, particle - 1 - WINDOW), -1):
        if words[n] in lexicon.negative_subjects:
            return n
        if words[n] in lexicon.negation_particles:
            return None
    return None


def _compared(words: list[str], completion: int, lexicon: Lexicon) -> bool:
    """Return True when a comparative, then a restriction, follow a negation: a comparison
    ("je ne sais rien de plus sec que ceci" = "the driest thing I know")."""
    rest = words[completion:]
    compared = [n for n, word in enumerate(rest) if word in lexicon.comparatives]
    return bool(compared) and any(word in lexicon.restrictions for word in rest[compared[0] :])


def _completing(words: list[str], first: int, lexicon: Lexicon) -> set[int]:
    """Return the places of the words completing one "ne": the first and those after it up to
    the next "ne" ("ne ... ni ... ni", "ne ... plus jamais rien")."""
    taken = {first}
    for n in range(first + 1, len(words)):
        if words[n] in lexicon.negation_particles:
            break
        if words[n] in lexicon.negation_words:
            taken.add(n)
    return taken


def polarity(text: str, lang: str) -> list[Clause]:
    """Return the clauses of a sentence with their negations counted."""
    lexicon = lexicon_for(lang)
    plain = fold(text)
    words = _idioms(_words(plain, lexicon), lexicon)
    return [_clause(clause, lexicon) for clause in _clauses(plain, words, lexicon)]


def reversed_clause(negated: list[Clause], plain: list[Clause]) -> tuple[Clause, Clause] | None:
    """Return a clause of the first side negated where the second side's clause at the same
    place states it plainly, and that clause; None unless the clauses correspond one to one."""
    denied = sum(clause.negations for clause in negated)
    other = sum(clause.negations + clause.hedges for clause in plain)
    if denied == 0 or other >= denied:
        return None
    if len(negated) != len(plain):
        return None
    for first, second in zip(negated, plain, strict=True):
        if first.negations and not (second.negations or second.hedges):
            return first, second
    return None


def _clip(text: str, limit: int = 60) -> str:
    """Return a clause short enough for a message."""
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _finding(
    texts: tuple[str, str],
    names: tuple[str, str],
    found: tuple[Clause, Clause],
    bead: Bead,
    in_source: bool,
) -> Finding:
    """Return the finding for a clause negated on one side only, texts and names in the order
    negated side, plain side; the negated clause is in the source when ``in_source``."""
    (denying, stating), (no, yes) = texts, names
    clause, counterpart = found
    negated = denying[clause.start : clause.end]
    said = stating[counterpart.start : counterpart.end]
    message = f"the {no} negates «{_clip(negated)}»; the {yes} states it: «{_clip(said)}»"
    marks = ((negated,), (said,)) if in_source else ((said,), (negated,))
    return finding("AC403", message, bead, marks)


def _statements(texts: tuple[str, str]) -> bool:
    """Return True for two statements that differ: a question is never compared (a negative
    question is rhetorical: "Doesn't the book open easily?" = "Ce livre s'ouvre-t-il
    facilement ?", "n'est-ce pas ?" = "you know"), nor a sentence left untranslated."""
    return fold(texts[0]) != fold(texts[1]) and not any("?" in text for text in texts)


def _comparable(bead: Bead) -> bool:
    """Return True for a 1-1 pair aligned with confidence."""
    return len(bead.source) == 1 and len(bead.target) == 1 and bead.score >= CONFIDENT_PAIR


def check_negation(
    source: Document, target: Document, beads: tuple[Bead, ...]
) -> Iterator[Finding]:
    """Report confidently aligned 1-1 pairs where one side negates a clause the other does not."""
    if not all(lexicon_for(doc.language).negation_words for doc in (source, target)):
        return  # a language without its table of negations
    names = (lexicon_for(source.language).name, lexicon_for(target.language).name)
    for bead in beads:
        if not _comparable(bead):
            continue
        texts = (source.sentences[bead.source[0]].text, target.sentences[bead.target[0]].text)
        if not _statements(texts):
            continue
        left, right = polarity(texts[0], source.lang), polarity(texts[1], target.lang)
        found = reversed_clause(left, right)
        if found is not None:
            yield _finding(texts, names, found, bead, in_source=True)
            continue
        found = reversed_clause(right, left)
        if found is not None:
            yield _finding(texts[::-1], names[::-1], found, bead, in_source=False)
