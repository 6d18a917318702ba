"""AC211/AC212: dates that differ within an aligned pair, numeric and written forms."""

from __future__ import annotations

import pytest

from align_check.checks.date import check_dates
from checkpairs import assert_codes, findings

SAME = [
    ("day-range", "Du 4 au 17 juillet 2024, l'étude", "From July 4 to 17, 2024, the study"),
    ("listed-days", "un atelier les 8 et 9 mars 2012", "a workshop on March 8 and 9, 2012"),
    ("listed-days-day-first", "les 8, 9 et 10 mars", "on 8, 9 and 10 March"),
    ("middle-of-a-month", "À la mi-mars, nous avons", "In mid-March, we"),
    ("middle-of-a-month-spelled", "À la mi-mars, nous avons", "In the middle of March, we"),
    ("written", "le 30 août 2016", "on 30 August 2016"),
    ("month-first", "le 30 août 2016", "on August 30, 2016"),
    ("numeric", "le 30 août 2016", "on 30/08/2016"),
    ("numeric-dots", "le 30.08.2016", "on 30 August 2016"),
    ("iso", "le 30 août 2016", "on 2016-08-30"),
    ("month-year", "la déclaration d'août 2015", "the declaration of August 2015"),
    ("first-of-month", "le 1er mai 2017", "on 1 May 2017"),
    ("ordinal-day", "le 1er mai", "on the 1st of May"),
    ("weekday", "le mardi 30 août", "on Tuesday 30 August"),
    ("weekday-one-side", "le mardi 30 août", "on 30 August"),
    ("month-alone", "en août", "in August"),
    ("bare-year", "depuis 2015", "since 2015"),
    ("year-inside-date", "en 2016, le 30 août 2016", "on 30 August 2016"),
    ("year-as-count", "plus de 2000 demandeurs", "more than 2,000 asylum seekers"),
    ("may-the-name", "Mme Theresa May", "Theresa May"),
    ("may-the-verb", "cela peut arriver", "it may happen"),
    ("no-date", "depuis un an", "over the last year"),
    (
        "year-written-apart",
        "Les ministères auront jusqu'au jour du poisson d'avril 2023 pour la mettre en œuvre.",
        "Departments will have until April Fool's Day, 2023 to implement it.",
    ),
]

CHANGED = [
    ("pofilter-3-mai-may-30", "le 3 mai", "on May 30", "AC211"),
    ("day-changed", "le 30 août 2016", "on 31 August 2016", "AC211"),
    ("month-changed", "le 30 août 2016", "on 30 July 2016", "AC211"),
    ("year-changed", "le 30 août 2016", "on 30 August 2015", "AC211"),
    ("numeric-changed", "le 30 août 2016", "on 30/09/2016", "AC211"),
    ("month-year-changed", "la déclaration d'août 2015", "the declaration of July 2015", "AC211"),
    ("bare-year-changed", "depuis 2015", "since 2016", "AC211"),
    (
        "year-written-apart-changed",
        "jusqu'au jour du poisson d'avril 2023 pour la mettre en œuvre",
        "until April Fool's Day, 2024 to implement it",
        "AC211",
    ),
    ("weekday-changed", "le mardi 30 août", "on Wednesday 30 August", "AC211"),
    ("day-dropped", "le 16 août 2015", "in August 2015", "AC211"),
    ("date-dropped", "se sont rencontrés le 30 août 2016", "met in Paris", "AC211"),
    ("year-added", "le 16 août", "On 16 August 2015", "AC212"),
    ("year-dropped", "en 2015", "last year", "AC212"),
]


@pytest.mark.parametrize(("fr", "en"), [case[1:] for case in SAME], ids=[c[0] for c in SAME])
def test_dates_written_differently_are_not_reported(fr: str, en: str) -> None:
    assert_codes(check_dates, fr, en)


@pytest.mark.parametrize(
    ("fr", "en", "code"), [case[1:] for case in CHANGED], ids=[c[0] for c in CHANGED]
)
def test_dates_that_differ_are_reported(fr: str, en: str, code: str) -> None:
    assert_codes(check_dates, fr, en, code)


def test_a_changed_day_names_both_dates() -> None:
    (finding,) = findings(check_dates, "le 3 mai", "on May 30")
    assert finding.message == "date 3 mai in the French has May 30 in the English"
    assert (finding.source_marks, finding.target_marks, finding.severity) == (
        ("3 mai",),
        ("May 30",),
        "error",
    )


def test_a_year_on_one_side_only_is_information() -> None:
    (finding,) = findings(check_dates, "le 16 août", "On 16 August 2015")
    assert (finding.code, finding.severity) == ("AC212", "info")
    assert finding.message == (
        "date 16 août in the French has 16 August 2015 in the English: "
        "the year is given on one side only"
    )
