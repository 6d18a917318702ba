"""Hand-built aligned pairs for testing checks without the reader or the aligner."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from align_check.model import Bead, Document, Finding, Sentence

Check = Callable[[Document, Document, tuple[Bead, ...]], Iterable[Finding]]


def document(lang: str, *texts: str, kind: str = "paragraph") -> Document:
    """Return a document of one sentence per text, each its own unit of the given kind."""
    sentences = tuple(
        Sentence(text, line=n + 1, block=n, kind=kind) for n, text in enumerate(texts)
    )
    return Document(path=f"<{lang}>", lang=lang, sentences=sentences)


def one_bead(
    fr: str, en: str, score: float = 0.9, kind: str = "paragraph"
) -> tuple[Document, Document, tuple[Bead, ...]]:
    """Return a French document, an English one and the one bead pairing their sentences."""
    return document("fr", fr, kind=kind), document("en", en, kind=kind), (Bead((0,), (0,), score),)


def findings(check: Check, fr: str, en: str, **options: object) -> list[Finding]:
    """Return what a check finds on a one-bead pair, French as the source."""
    source, target, beads = one_bead(fr, en, **options)  # type: ignore[arg-type]
    return list(check(source, target, beads))


def reversed_findings(check: Check, fr: str, en: str, **options: object) -> list[Finding]:
    """Return what a check finds on a one-bead pair, English as the source."""
    french, english, _ = one_bead(fr, en, **options)  # type: ignore[arg-type]
    return list(check(english, french, (Bead((0,), (0,), 0.9),)))


def assert_codes(check: Check, fr: str, en: str, *codes: str, both_ways: bool = True) -> None:
    """Assert the codes a check reports on a pair, French as source and, by default, English."""
    found = sorted(finding.code for finding in findings(check, fr, en))
    assert found == sorted(codes), [f.message for f in findings(check, fr, en)]
    if both_ways:
        back = sorted(finding.code for finding in reversed_findings(check, fr, en))
        assert back == sorted(codes), [f.message for f in reversed_findings(check, fr, en)]
