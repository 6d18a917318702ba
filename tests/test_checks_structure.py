"""AC601/AC602: a list item missing on one side, numbering that skips or differs."""

from __future__ import annotations

import pytest

from align_check.checks.structure import check_structure, number_of, without_reported_items
from align_check.model import Bead, Document, Finding, Sentence


def build(lang: str, units: list[tuple[str, str]]) -> Document:
    """Return a document of one sentence per (kind, text) unit."""
    sentences = tuple(
        Sentence(text, n + 1, block=n, kind=kind) for n, (kind, text) in enumerate(units)
    )
    return Document(f"<{lang}>", lang, sentences)


FR_LIST = [
    ("paragraph", "Nous nous engageons à :"),
    ("item", "Poursuivre la collaboration"),
    ("item", "Répondre aux défis humanitaires"),
    ("item", "Accepter l'entrée d'enfants"),
]
EN_LIST = [
    ("paragraph", "We will:"),
    ("item", "Continue our cooperation"),
    ("item", "address the humanitarian challenges"),
    ("item", "bring children to the UK"),
]
ONE_TO_ONE = tuple(Bead((i,), (i,), 0.9) for i in range(4))

ITEMS = [
    ("same-lists", FR_LIST, EN_LIST, ONE_TO_ONE, []),
    (
        "item-missing",
        FR_LIST,
        EN_LIST[:2] + EN_LIST[3:],
        (Bead((0,), (0,), 0.9), Bead((1,), (1,), 0.9), Bead((2,), (), 0.0), Bead((3,), (2,), 0.9)),
        ["AC601"],
    ),
    (
        "item-added",
        FR_LIST[:2] + FR_LIST[3:],
        EN_LIST,
        (Bead((0,), (0,), 0.9), Bead((1,), (1,), 0.9), Bead((), (2,), 0.0), Bead((2,), (3,), 0.9)),
        ["AC601"],
    ),
    (
        "list-on-one-side-only",
        FR_LIST,
        EN_LIST[:1],
        (Bead((0,), (0,), 0.9), Bead((1,), (), 0.0), Bead((2,), (), 0.0), Bead((3,), (), 0.0)),
        [],
    ),
    (
        "furniture-list",
        FR_LIST[:1],
        EN_LIST[:1] + [("item", "Share on Facebook"), ("item", "Share on Twitter")],
        (Bead((0,), (0, 1), 0.9), Bead((), (2,), 0.0)),
        [],
    ),
    (
        "item-as-paragraph",
        FR_LIST,
        [EN_LIST[0], ("paragraph", "Continue our cooperation"), *EN_LIST[2:]],
        ONE_TO_ONE,
        [],
    ),
]


@pytest.mark.parametrize(
    ("fr", "en", "beads", "codes"), [c[1:] for c in ITEMS], ids=[c[0] for c in ITEMS]
)
def test_a_list_item_missing_on_one_side_is_reported(
    fr: list[tuple[str, str]],
    en: list[tuple[str, str]],
    beads: tuple[Bead, ...],
    codes: list[str],
) -> None:
    found = list(check_structure(build("fr", fr), build("en", en), beads))
    assert [f.code for f in found] == codes


def test_the_missing_item_is_named_by_its_place_in_the_list() -> None:
    beads = (
        Bead((0,), (0,), 0.9),
        Bead((1,), (1,), 0.9),
        Bead((2,), (), 0.0),
        Bead((3,), (2,), 0.9),
    )
    (finding,) = check_structure(
        build("fr", FR_LIST), build("en", EN_LIST[:2] + EN_LIST[3:]), beads
    )
    assert finding.message == (
        "item 2 of the French list at line 2 (3 items) is missing from the English list (2 items)"
    )
    assert (finding.source, finding.target, finding.target_after) == ((2,), (), 1)


FR_HEADINGS = [
    ("heading", "1. Renforcement de la lutte"),
    ("paragraph", "Texte."),
    ("heading", "2. Traitement conjoint"),
    ("paragraph", "Texte."),
]
EN_PLAIN = [
    ("heading", "Reinforcing the fight"),
    ("paragraph", "Text."),
    ("heading", "Addressing the situation"),
    ("paragraph", "Text."),
]

NUMBERING = [
    ("numbered-one-side-only", FR_HEADINGS, EN_PLAIN, []),
    (
        "same-numbers",
        FR_HEADINGS,
        [
            ("heading", "1. Reinforcing"),
            ("paragraph", "Text."),
            ("heading", "2. Addressing"),
            ("paragraph", "Text."),
        ],
        [],
    ),
    (
        "skips",
        [
            ("heading", "1. Renforcement"),
            ("paragraph", "Texte."),
            ("heading", "3. Traitement"),
            ("paragraph", "Texte."),
        ],
        EN_PLAIN,
        ["AC602"],
    ),
    (
        "differs",
        FR_HEADINGS,
        [
            ("heading", "1. Reinforcing"),
            ("paragraph", "Text."),
            ("heading", "3. Addressing"),
            ("paragraph", "Text."),
        ],
        ["AC602", "AC602"],
    ),
    (
        "sub-levels",
        [
            ("heading", "1. Titre"),
            ("heading", "1.1 Sous-titre"),
            ("heading", "1.2 Sous-titre"),
            ("heading", "2. Titre"),
        ],
        [
            ("heading", "1. Title"),
            ("heading", "1.1 Subtitle"),
            ("heading", "1.2 Subtitle"),
            ("heading", "2. Title"),
        ],
        [],
    ),
    (
        "lettered-items",
        [("item", "a) un"), ("item", "b) deux"), ("item", "c) trois"), ("paragraph", "Fin.")],
        [("item", "a) one"), ("item", "b) two"), ("item", "c) three"), ("paragraph", "End.")],
        [],
    ),
    (
        "lettered-skip",
        [("item", "a) un"), ("item", "b) deux"), ("item", "d) trois"), ("paragraph", "Fin.")],
        [("item", "a) one"), ("item", "b) two"), ("item", "c) three"), ("paragraph", "End.")],
        ["AC602", "AC602"],
    ),
    (
        "the-same-skip-in-both-versions",
        [("item", "a) un"), ("item", "(i) sous"), ("item", "b) deux"), ("paragraph", "Fin.")],
        [("item", "(a) one"), ("item", "(i) sub"), ("item", "(b) two"), ("paragraph", "End.")],
        [],
    ),
]


@pytest.mark.parametrize(
    ("fr", "en", "codes"), [c[1:] for c in NUMBERING], ids=[c[0] for c in NUMBERING]
)
def test_numbering_that_skips_or_differs_is_reported(
    fr: list[tuple[str, str]], en: list[tuple[str, str]], codes: list[str]
) -> None:
    found = list(check_structure(build("fr", fr), build("en", en), ONE_TO_ONE))
    assert [f.code for f in found] == codes


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("1. Renforcement", (1,)),
        ("2.3 Titre", (2, 3)),
        ("b) deux", (2,)),
        ("IV. Titre", (4,)),
        ("28 filières", None),
        ("1.000 policiers", None),
    ],
)
def test_number_of_reads_the_numbering_a_unit_opens_with(
    text: str, number: tuple[int, ...] | None
) -> None:
    assert number_of(text) == number


def test_figures_opening_table_rows_are_not_numbering() -> None:
    rows = [("row", "1.5 | premier"), ("row", "2.5 | second"), ("row", "3.5 | troisième")]
    french = build("fr", rows)
    english = build("en", [("row", "1.5 | first"), ("row", "2.5 | second"), ("row", "3.5 | third")])
    assert (
        list(check_structure(french, english, tuple(Bead((i,), (i,), 0.9) for i in range(3)))) == []
    )


def test_a_missing_item_is_reported_once_by_its_sentence_without_counterpart() -> None:
    """One divergence, one finding: AC601 only where no AC101/AC102 reports the item's text
    (the one-sided finding weighs what it is: content, a lead-in, a gloss)."""
    omission = Finding("AC101", "error", "French sentence has no English counterpart", source=(2,))
    item = Finding("AC601", "warning", "item 2 of the French list is missing", source=(2,))
    other = Finding("AC601", "warning", "item 3 of the French list is missing", source=(3,))
    assert without_reported_items((omission, item, other)) == (omission, other)
