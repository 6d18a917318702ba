"""The planted-divergence benchmark plants what a translation gets wrong, where a sentence
carries it: a figure stated as a number (not a section's, an item's or a version's number), a
name both versions write (for one the checks read as a name), a list member, a date."""

from __future__ import annotations

import sys

from paths import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

from plants import (  # noqa: E402
    Plant,
    apply,
    changed_figure,
    dates,
    lists,
    names,
    renamed,
    sides,
    stated_figures,
)

from align_check.checks.mentions import Mention  # noqa: E402
from align_check.model import Bead, Document, Report, Sentence  # noqa: E402


def _stated(text: str, lang: str) -> list[str]:
    return [figure.text for figure in stated_figures(text, lang)]


def test_a_count_or_a_share_is_a_stated_figure() -> None:
    assert _stated("Au total, 1 513 Canadiens et Canadiennes ont participé.", "fr") == ["1 513"]
    assert _stated("The OSI has approved more than 80 open source licences.", "en") == ["80"]
    assert _stated("Du 4 au 17 juillet 2024, 3 % des personnes ont été invitées.", "fr") == ["3 %"]


def test_section_item_and_version_numbers_are_not_stated_figures() -> None:
    assert (
        _stated("3 (1) La politique du gouvernement fédéral en matière de multiculturalisme.", "fr")
        == []
    )
    assert _stated("b) les sociétés d’État au sens de l’article 2 de la Loi.", "fr") == []
    assert _stated("Image 1 : Visage provenant d’une banque d’images", "fr") == []
    assert (
        _stated("(k) appointed under subsection 79.1(1) of the Parliament of Canada Act.", "en")
        == []
    )
    assert _stated("Unlike the Apache Version 2.0 licence, it allows counterclaims.", "en") == []
    assert _stated("Call 1-800-622-6232 for help.", "en") == []
    assert _stated("(g) and (h) [Repealed, 1995, c. 11, s. 18]", "en") == []
    assert _stated("Des organisations telles que 18F des États-Unis.", "fr") == []


def test_a_figure_changes_by_a_zero_or_its_first_digit() -> None:
    text = "The OSI has approved more than 80 open source licences."
    figure = stated_figures(text, "en")[0]
    assert changed_figure(text, figure, grow=True) == text.replace("80", "800")
    assert changed_figure(text, figure, grow=False) == text.replace("80", "90")


def test_a_place_renamed_takes_the_article_the_new_name_takes() -> None:
    canada = Mention("Canada", 0, 0, "CA", entity=True)
    assert renamed("Une équipe travaillant partout au Canada.", canada, "Malte", "fr") == (
        "Une équipe travaillant partout à Malte."
    )
    assert renamed("Le Canada est partie à la Convention.", canada, "Malte", "fr") == (
        "Malte est partie à la Convention."
    )
    assert renamed("A team working across Canada.", canada, "Malta", "en") == (
        "A team working across Malta."
    )


def _pair(french: str, english: str) -> Report:
    source = Document("fr.txt", "fr", (Sentence(french, 1),))
    target = Document("en.txt", "en", (Sentence(english, 1),))
    return Report(source, target, (Bead((0,), (0,), 0.9),), (), "")


def test_a_shared_name_is_replaced_by_one_neither_version_mentions() -> None:
    report = _pair(
        "Les ministres se sont rencontrés à Paris avec M. Bernard Cazeneuve.",
        "The ministers met in Paris with Bernard Cazeneuve.",
    )
    planted = [p for side in sides(report) for p in names(side)]
    assert len(planted) == 2
    for plant in planted:
        assert "Cazeneuve" not in plant.after or "Paris" not in plant.after


def test_a_capitalised_common_word_is_no_name_to_replace() -> None:
    report = _pair(
        "Merci à l’équipe des ressources humaines du Secrétariat du Conseil du Trésor.",
        "Thanks to the Treasury Board Secretariat’s Human Resources team.",
    )
    assert [p for side in sides(report) for p in names(side)] == []


def test_a_list_member_both_versions_name_is_dropped() -> None:
    report = _pair(
        "Nous apprenons avec des gens comme Mike Bracken et Olivia Neal.",
        "We learn from folks like Mike Bracken and Olivia Neal.",
    )
    planted = [p for side in sides(report) for p in lists(side)]
    assert [p.after for p in planted] == [
        "Nous apprenons avec des gens comme Mike Bracken.",
        "We learn from folks like Mike Bracken.",
    ]


def test_words_an_acronym_spells_out_are_no_list_of_names() -> None:
    report = _pair(
        "Le protocole DMARC (Domain-based Message Authentication, Reporting, and Conformance).",
        "The Domain-based Message Authentication, Reporting, and Conformance (DMARC) protocol.",
    )
    assert [p for side in sides(report) for p in lists(side)] == []


def test_a_date_moves_to_the_next_month_or_another_day() -> None:
    report = _pair(
        "Les ministres se sont rencontrés à Paris le 30 août 2016.",
        "The ministers met in Paris on 30 August 2016.",
    )
    changed = {(p.kind, p.after) for side in sides(report) for p in dates(side)}
    assert changed == {
        ("month", "Les ministres se sont rencontrés à Paris le 30 septembre 2016."),
        ("day", "Les ministres se sont rencontrés à Paris le 4 août 2016."),
        ("month", "The ministers met in Paris on 30 September 2016."),
        ("day", "The ministers met in Paris on 4 August 2016."),
    }


def test_a_deleted_or_added_sentence_changes_only_its_side() -> None:
    document = Document("en.txt", "en", (Sentence("One.", 1), Sentence("Two.", 2)))
    deleted = Plant("delete", "target", 0, "One.", "", (0,), "source", "delete")
    added = Plant("insert", "target", 1, "", "Added.", (1,), "target", "insert")
    assert [s.text for s in apply(deleted, document).sentences] == ["Two."]
    assert [s.text for s in apply(added, document).sentences] == ["One.", "Added.", "Two."]


def test_a_month_in_a_name_is_no_date_to_move() -> None:
    report = _pair(
        "Les ministères auront jusqu’au jour du poisson d’avril 2023 pour la mettre en œuvre.",
        "Departments will have until April Fool's Day, 2023 to implement it.",
    )
    assert [p.after for p in dates(sides(report)[1])] == []
