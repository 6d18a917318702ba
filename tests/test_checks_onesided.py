"""AC101 to AC103, AC105, AC106: what a sentence without counterpart is reported as."""

from __future__ import annotations

import pytest

from align_check.checks.onesided import check_one_sided
from align_check.furniture import is_boilerplate
from align_check.model import Bead, Document, Sentence

FRENCH = (
    ("heading", "1. Renforcement de la lutte contre le terrorisme"),
    ("paragraph", "Les attentats terroristes ont frappé la France."),
    ("paragraph", "Ce dispositif a été complété par 160 agents supplémentaires."),
)
ENGLISH = (
    ("heading", "Reinforcing the fight against terrorism"),
    ("paragraph", "The terrorist attacks which hit France."),
    ("paragraph", "This scheme has been reinforced with 160 officers."),
    ("paragraph", "Share this page"),
)


def build(lang: str, units: tuple[tuple[str, str], ...]) -> Document:
    """A document of one sentence per (kind, text) unit."""
    sentences = tuple(
        Sentence(text, n + 1, block=n, kind=kind) for n, (kind, text) in enumerate(units)
    )
    return Document(f"<{lang}>", lang, sentences)


def one_sided(source_alone: int | None, target_alone: int | None) -> list[tuple[str, str, str]]:
    """Codes, severities and messages when one French and one English sentence lose their pair."""
    french, english = build("fr", FRENCH), build("en", ENGLISH)
    beads = []
    for i in range(3):
        if i == source_alone:
            beads.append(Bead((i,), (), 0.0))
        if i == target_alone:
            beads.append(Bead((), (i,), 0.0))
        if i not in (source_alone, target_alone):
            beads.append(Bead((i,), (i,), 0.9))
    beads.append(Bead((), (3,), 0.0))
    found = check_one_sided(french, english, tuple(beads))
    return [(f.code, f.severity, f.message) for f in found]


@pytest.mark.parametrize(
    ("source_alone", "target_alone", "expected"),
    [
        (2, 2, [("AC101", "error", "French sentence has no English counterpart"),
                ("AC102", "error", "English sentence has no French counterpart")]),
        (0, 0, [("AC105", "warning", "French heading has no English counterpart"),
                ("AC106", "warning", "English heading has no French counterpart")]),
        (None, None, []),
    ],
    ids=["sentences", "headings", "all-paired"],
)  # fmt: skip
def test_a_lone_sentence_is_an_error_and_a_lone_heading_a_warning(
    source_alone: int | None, target_alone: int | None, expected: list[tuple[str, str, str]]
) -> None:
    furniture = ("AC103", "info", "English page furniture with no French counterpart")
    assert one_sided(source_alone, target_alone) == [*expected, furniture]


def test_page_furniture_set_as_a_heading_stays_page_furniture() -> None:
    french = build("fr", (("paragraph", "Les attentats ont frappé la France."),))
    english = build(
        "en", (("paragraph", "The attacks hit France."), ("heading", "Share this page"))
    )
    beads = (Bead((0,), (0,), 0.9), Bead((), (1,), 0.0))
    assert [f.code for f in check_one_sided(french, english, beads)] == ["AC103"]


STAMPS = {
    "published on a date": ("Published on 16/06/2017", True),
    "first published with a colon": ("First published:30 August 2016", True),
    "published and a date": ("Published 12 May 2020", True),
    "published alone": ("First published", True),
    "published with its object": (
        "published the Government of Canada’s first Vulnerability Disclosure Policy",
        False,
    ),
    "published in a sentence": ("Published in 2019, the report changed our plans.", False),
}


@pytest.mark.parametrize(("text", "expected"), STAMPS.values(), ids=STAMPS.keys())
def test_a_publication_stamp_is_page_furniture_a_sentence_about_publishing_is_not(
    text: str, expected: bool
) -> None:
    assert is_boilerplate(text) is expected


def alone(lang: str, text: str) -> list[tuple[str, str, str]]:
    """Code, severity and message of one sentence left without counterpart after a pair."""
    french = [("paragraph", "Les attentats ont frappé la France.")]
    english = [("paragraph", "The attacks hit France.")]
    (french if lang == "fr" else english).append(("paragraph", text))
    lone = Bead((1,), (), 0.0) if lang == "fr" else Bead((), (1,), 0.0)
    beads = (Bead((0,), (0,), 0.9), lone)
    found = check_one_sided(build("fr", tuple(french)), build("en", tuple(english)), beads)
    return [(f.code, f.severity, f.message) for f in found]


LONE = {
    "lead-in of a preamble": (
        "fr", "Attendu :", ("AC101", "info", "French lead-in has no English counterpart")
    ),
    "lead-in of a list": (
        "en", "This means:", ("AC102", "info", "English lead-in has no French counterpart")
    ),
    "short sentence": (
        "en", "Don’t worry.",
        ("AC102", "warning", "English short sentence has no French counterpart"),
    ),
    "short question": (
        "fr", "Son avantage?",
        ("AC101", "info", "French short question has no English counterpart"),
    ),
    "question": (
        "fr", "Comment les ministères publieront-ils leurs données ouvertes cette année?",
        ("AC101", "error", "French sentence has no English counterpart"),
    ),
    "short sentence with a figure": (
        "en", "It cost $5 million.",
        ("AC102", "error", "English sentence has no French counterpart"),
    ),
    "sentence that ends in a colon": (
        "fr",
        "Le ministre présente chaque année au Parlement un rapport qui comprend :",
        ("AC101", "error", "French sentence has no English counterpart"),
    ),
    "sentence": (
        "en",
        "Among the existing possibilities, we weighed the pros and cons of each.",
        ("AC102", "error", "English sentence has no French counterpart"),
    ),
    "sentence explaining French words": (
        "en",
        "The masculine form is avocat, the feminine form is avocate and the plural is avocats.",
        (
            "AC102", "warning",
            "English sentence explaining words of the other language has no French counterpart",
        ),
    ),
    "sentence naming a French body": (
        "en",
        "The Bureau de la traduction offers its services to every department.",
        ("AC102", "error", "English sentence has no French counterpart"),
    ),
}  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "expected"), LONE.values(), ids=LONE.keys())
def test_a_lone_sentence_is_an_error_only_when_it_surely_carries_content(
    lang: str, text: str, expected: tuple[str, str, str]
) -> None:
    assert alone(lang, text) == [expected]


GRAPHICS_FR = (
    "L’ajout considérable d’éléments graphiques pourrait faire en sorte que les gens des régions "
    "rurales ne seront pas en mesure de télécharger les pages rapidement, mais une fois qu’ils "
    "auront fini par le faire, ce sera joli!"
)
GRAPHICS_EN = (
    "Adding a lot of graphics may mean that people in rural areas won’t be able to load the "
    "pages quickly.",
    "Once they do finally load, they’ll look great!",
)
MERGED = {
    "sentence only in the English": (
        (GRAPHICS_EN[0], "Don’t worry.", GRAPHICS_EN[1]),
        [("AC102", "warning", (1,))],
    ),
    "both sentences translated": (GRAPHICS_EN, []),
    "rhetorical question": ((GRAPHICS_EN[0], "The result?", GRAPHICS_EN[1]), []),
}


@pytest.mark.parametrize(("english", "expected"), MERGED.values(), ids=MERGED.keys())
def test_a_sentence_a_merged_pair_holds_without_counterpart_is_a_warning(
    english: tuple[str, ...], expected: list[tuple[str, str, tuple[int, ...]]]
) -> None:
    french = build("fr", (("paragraph", GRAPHICS_FR),))
    target = build("en", tuple(("paragraph", text) for text in english))
    beads = (Bead((0,), tuple(range(len(english))), 0.9),)
    found = check_one_sided(french, target, beads)
    assert [(f.code, f.severity, f.target) for f in found] == expected


def test_a_lone_sentence_that_the_previous_pair_covers_is_a_warning() -> None:
    french = build(
        "fr",
        (
            (
                "paragraph",
                "Nous continuerons à travailler ouvertement et à partager nos expériences.",
            ),
            ("paragraph", "Restez donc à l’affût des nouvelles ici et sur Twitter."),
        ),
    )
    english = build(
        "en",
        (
            (
                "paragraph",
                "We’ll continue to work in the open and share our experiences, so look for "
                "updates here and on Twitter.",
            ),
        ),
    )
    beads = (Bead((0,), (0,), 0.7), Bead((1,), (), 0.0))
    found = [(f.code, f.severity) for f in check_one_sided(french, english, beads)]
    assert found == [("AC101", "warning")]
