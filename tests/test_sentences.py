"""Sentence splitting: Punkt plus the abbreviations and numbering it lacks."""

from __future__ import annotations

import pytest

from align_check.reading.sentences import available, split_spans


def split(text: str, language: str) -> list[str]:
    return [text[start:end] for start, end in split_spans(text, language)]


FRENCH = [
    (
        "M. Cazeneuve est arrivé. Il a salué Mme\u00a0Rudd.",
        ["M. Cazeneuve est arrivé.", "Il a salué Mme\u00a0Rudd."],
    ),
    (
        "MM. Dupont et Durand sont là. La séance commence.",
        ["MM. Dupont et Durand sont là.", "La séance commence."],
    ),
    (
        "Le Dr Martin et le Dr. Petit ont signé. Voilà.",
        ["Le Dr Martin et le Dr. Petit ont signé.", "Voilà."],
    ),
    (
        "Voir l\u2019art. 5 du règlement. Le texte est clair.",
        ["Voir l\u2019art. 5 du règlement.", "Le texte est clair."],
    ),
    (
        "Selon l'art. L. 121 du code, rien ne change. La loi s'applique.",
        ["Selon l'art. L. 121 du code, rien ne change.", "La loi s'applique."],
    ),
    (
        "Il habite au n° 5. Voir la p. 4 du rapport.",
        ["Il habite au n° 5.", "Voir la p. 4 du rapport."],
    ),
    (
        "La réunion du 3 janv. 2017 a eu lieu. Elle fut brève.",
        ["La réunion du 3 janv. 2017 a eu lieu.", "Elle fut brève."],
    ),
    (
        "1. Renforcement de la lutte contre le terrorisme",
        ["1. Renforcement de la lutte contre le terrorisme"],
    ),
    (
        "Les autorités mettent à disposition 1.000 policiers. Ce dispositif a été renforcé.",
        ["Les autorités mettent à disposition 1.000 policiers.", "Ce dispositif a été renforcé."],
    ),
    (
        "dans le Calaisis\u00a0: un total de 100 millions d\u2019euros a été débloqué. "
        "En outre, rien.",
        [
            "dans le Calaisis\u00a0: un total de 100 millions d\u2019euros a été débloqué.",
            "En outre, rien.",
        ],
    ),
    (
        "qui exploitent les personnes vulnérables. 28 filières ont été démantelées en 2015",
        ["qui exploitent les personnes vulnérables.", "28 filières ont été démantelées en 2015"],
    ),
    ("Est-ce possible ? Oui ! Nous le ferons.", ["Est-ce possible ?", "Oui !", "Nous le ferons."]),
    (
        "Elle demande «\u00a0Quand recevrai-je mon passeport?\u00a0». Il s'agit d'une liste.",
        ["Elle demande «\u00a0Quand recevrai-je mon passeport?\u00a0».", "Il s'agit d'une liste."],
    ),
]

ENGLISH = [
    ("Mr. Smith met Dr. Jones. They talked.", ["Mr. Smith met Dr. Jones.", "They talked."]),
    (
        "The Rt. Hon. Amber Rudd spoke. Then she left.",
        ["The Rt. Hon. Amber Rudd spoke.", "Then she left."],
    ),
    (
        "It was signed on 3 Sept. 2016 in Paris. It came into force later.",
        ["It was signed on 3 Sept. 2016 in Paris.", "It came into force later."],
    ),
    (
        "See p. 12 and art. 4 of the treaty. Next item.",
        ["See p. 12 and art. 4 of the treaty.", "Next item."],
    ),
    ("St. Pancras is in London. The train left.", ["St. Pancras is in London.", "The train left."]),
    (
        "The U.K. and France agreed. The E.U. welcomed it.",
        ["The U.K. and France agreed.", "The E.U. welcomed it."],
    ),
    ("2. Addressing the situation in Calais", ["2. Addressing the situation in Calais"]),
    (
        "The tunnel. A total of 100 million euros was provided. Work will be taken forward.",
        [
            "The tunnel.",
            "A total of 100 million euros was provided.",
            "Work will be taken forward.",
        ],
    ),
    (
        "They provided 1,000 police. It cost 2.5 billion.",
        ["They provided 1,000 police.", "It cost 2.5 billion."],
    ),
]


@pytest.mark.parametrize(("text", "sentences"), FRENCH, ids=[f"fr{i}" for i in range(len(FRENCH))])
def test_french_sentences(text: str, sentences: list[str]) -> None:
    assert split(text, "fr") == sentences


@pytest.mark.parametrize(
    ("text", "sentences"), ENGLISH, ids=[f"en{i}" for i in range(len(ENGLISH))]
)
def test_english_sentences(text: str, sentences: list[str]) -> None:
    assert split(text, "en") == sentences


def test_spans_index_the_original_text_with_its_no_break_spaces() -> None:
    text = "Mme\u00a0Rudd est là. M.\u00a0Cazeneuve aussi."
    assert split(text, "fr") == ["Mme\u00a0Rudd est là.", "M.\u00a0Cazeneuve aussi."]


def test_french_and_english_parameters_ship_with_the_package() -> None:
    assert {"fr", "en", "de"} <= set(available())


def test_a_language_without_parameters_falls_back_to_english_rules() -> None:
    assert split("Dit is een zin. Dit ook.", "sv") == ["Dit is een zin.", "Dit ook."]
