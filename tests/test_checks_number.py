"""AC201/AC202: figures that differ within an aligned pair, French and English formats read."""

from __future__ import annotations

import pytest

from align_check.checks.number import check_numbers
from checkpairs import assert_codes, findings, one_bead

SAME = [
    ("digits-in-a-name", "pendant la pandémie", "during the COVID-19 pandemic"),
    ("fiscal-year", "le budget de 2017-2018", "the 2017-18 budget"),
    ("day-range", "Du 4 au 17 juillet 2024, l'étude", "From July 4 to 17, 2024, the study"),
    ("dotted-abbreviation", "envoyez votre C.V. complet", "send your full CV"),
    ("digits-in-a-compound", "l'authentification à deux facteurs", "2-FA authentication"),
    ("dot-thousands", "1.000 policiers", "1,000 police officers"),
    ("foreign-grouping", "1,000 policiers", "1,000 police officers"),
    ("space-thousands", "1 000 policiers", "1,000 police officers"),
    ("nbsp-thousands", "1\u00a0000 policiers", "1,000 police officers"),
    ("narrow-nbsp-thousands", "1\u202f000 policiers", "1,000 police officers"),
    ("decimal-comma", "une hausse de 31,4", "a rise of 31.4"),
    ("percent-space", "41 % des sondés", "41% of those asked"),
    ("percent-words", "cinq pour cent", "5 per cent"),
    ("millions-of-euros", "100 millions d'euros", "100 million euros"),
    ("euro-sign-million", "100 millions d’euros", "€100 million"),
    ("euro-sign-m", "100 millions d'euros", "€100m"),
    ("mega-euro", "100 M€", "€100m"),
    ("canadian-mega-dollar", "5 M$ dans le projet", "$5 million in the project"),
    ("canadian-giga-dollar", "soit 1,2 G$ sur dix ans", "or $1.2 billion over ten years"),
    ("milliards", "2,5 milliards", "2.5 billion"),
    ("words-with-currency", "deux millions d'euros", "€2m"),
    ("deux-two", "deux pays", "two countries"),
    ("deux-2", "Nos deux pays reconnaissent", "The 2 countries recognise"),
    ("onze", "onze pays", "11 countries"),
    ("quatorze", "quatorze pays", "fourteen countries"),
    ("quatorze-14", "quatorze pays", "14 countries"),
    ("quatre-vingt-dix", "quatre-vingt-dix jours", "90 days"),
    ("vingt-et-un", "vingt et un jours", "twenty-one days"),
    ("vague-centaine", "une centaine de migrants", "about 100 migrants"),
    ("vague-centaine-words", "une centaine de migrants", "a hundred migrants"),
    ("vague-milliers", "des milliers de personnes", "5,000 people"),
    ("article-un", "depuis un an", "over the last year"),
    ("article-a", "un total de 100 millions", "A total of 100 million"),
    ("both-countries", "Nos deux pays reconnaissent", "Both countries recognise"),
    ("ordinal-1er", "le 1er groupe", "the 1st group"),
    ("ordinal-9e", "la 9e réunion", "the 9th meeting"),
    ("ordinal-ninth", "la 9e réunion", "the Ninth meeting"),
    ("ordinal-premiere", "Cette première rencontre", "This very first meeting"),
    ("roman-century", "au XIXe siècle", "in the 19th century"),
    ("range-thousands", "entre 15 et 20 000 personnes", "15,000 to 20,000 people"),
    ("range-millions", "de 15 à 20 millions d'euros", "€15m to €20m"),
    ("range-percent", "de 5 à 10 %", "5-10%"),
    ("roman-dublin", "le règlement Dublin III", "the Dublin III regulation"),
    ("heading-number", "1. Renforcement de la lutte", "Reinforcing the fight"),
    ("section-number", "2.3 Traitement conjoint", "Addressing the situation"),
    ("time", "à 14h30", "at 2.30pm"),
    ("time-hour", "à 14 h", "at 2pm"),
    ("same-year", "depuis 2015", "since 2015"),
    ("date-not-figures", "le 30 août 2016", "on 30 August 2016"),
    ("months", "des 18 derniers mois", "over the last 18 months"),
    (
        "seed-28",
        "28 filières démantelées en 2015, suivis de 28 autres",
        "28 criminal networks have been disrupted in 2015, and an additional 28",
    ),
    ("seed-2700", "plus de 2.700 migrants irréguliers", "more than 2,700 illegal migrants"),
    ("url", "voir https://gov.fr/2016/5", "see https://gov.uk/2016/6"),
    ("model-number", "un A380", "an A380"),
    (
        "name-digits-spaced",
        "pendant la crise de la COVID 19, le Bureau",
        "during the COVID-19 crisis",
    ),
    ("name-digits-spaced-en", "pendant la crise de la COVID-19", "during the COVID 19 crisis"),
    (
        "statute-section",
        "institutions fédérales Les institutions suivantes du gouvernement fédéral :",
        "2 In this Act, federal institution means any of the following institutions",
    ),
    (
        "statute-section-elided",
        "L’aide au développement officielle ne peut être fournie que si :",
        "4 (1) Official development assistance may be provided only if",
    ),
    (
        "statute-section-article",
        "6 La déclaration écrite n’est pas un texte réglementaire.",
        "A written declaration of royal assent is not a statutory instrument.",
    ),
    (
        "statute-subsection",
        "La politique du gouvernement fédéral en matière de multiculturalisme consiste :",
        "3 (1) It is hereby declared to be the policy of the Government of Canada to",
    ),
    ("ordinal-word-and-digits", "le soutien de premier niveau", "1st line support"),
    ("qualifier-same-direction", "plus de 2 700 migrants", "over 2,700 migrants"),
    ("qualifier-at-least-more-than", "au moins 50 personnes", "more than 50 people"),
    ("qualifier-both-below", "près de 100 pays", "almost 100 countries"),
    (
        "qualifier-one-side-only",
        "Il soutient 180 programmes.",
        "It now supports over 180 programs.",
    ),
    ("qualifier-about-vs-above", "environ 100 pays", "more than 100 countries"),
    (
        "negated-more-than",
        "l'étude porte sur au plus trente sujets",
        "it shall not involve more than 30 subjects",
    ),
    ("negated-less-than", "au moins 10 jours", "it will not take less than 10 days"),
    (
        "subsection-after-a-section-identifier",
        "(1) Sous réserve du paragraphe (2), le ministre",
        "C.03.318 (1) Subject to subsection (2), the Minister",
    ),
    ("section-number-before-a-lower-case-word", "8.3 TIC fixes", "8.3 Stationary ICT"),
    ("address-number", "au 200, promenade Tunney's Pasture", "200 Tunney's Pasture Driveway"),
    ("fraction-digits-and-glyph", "un espace de 6,4 mm (1/4 po)", "a space of 6.4 mm (¼ inch)"),
    ("mixed-fraction", "pendant 1½ heure", "for 1.5 hours"),
    ("un-opening-a-range", "prévoir un à deux mois", "allow 1 to 2 months"),
    ("une-opening-a-range", "une à trois puces", "1-3 bullet points"),
    (
        "negated-more-than-words-apart",
        "Il ne doit pas y avoir plus de trois niveaux",
        "No more than three levels",
    ),
    ("digits-written-against-a-name", "selon les WCAG2.1 et", "under WCAG 2.1 and"),
    ("ratio-decimal-comma", "un rapport de contraste de 4,5:1", "a contrast ratio of 4.5:1"),
    ("abridged-range-end", "aux pages 727-728 du numéro", "on pages 727–28 of the issue"),
    ("listed-days", "un atelier les 8 et 9 mars 2012", "a workshop on March 8 and 9, 2012"),
    ("clause-number-opening", "6.2.1 Fourniture du TTR", "6.2.1 RTT provision"),
    ("clause-number-alone", "4.2.1 Utilisation sans vision", "4.2.1."),
    ("clause-reference", "selon l'article 4.2.10", "under clause 4.2.10"),
    ("dot-thousands-millions", "1.000.000 d'euros", "€1,000,000"),
]

CHANGED = [
    ("fiscal-year-changed", "le budget de 2017-2018", "the 2017-19 budget", "AC201"),
    ("pofilter-5-50", "5 migrants", "50 migrants", "AC201"),
    ("pofilter-12,5%-125%", "12,5 %", "125%", "AC201"),
    ("160-150", "complété par 160 agents", "reinforced with 150 officers", "AC201"),
    ("thousands-changed", "1.000 policiers", "1,500 police officers", "AC201"),
    ("decimal-changed", "31,4", "34.1", "AC201"),
    ("percent-changed", "41 %", "14%", "AC201"),
    ("scale-changed", "2,5 milliards", "2.5 million", "AC201"),
    ("millions-changed", "100 millions d'euros", "€10m", "AC201"),
    ("words-changed", "deux pays", "three countries", "AC201"),
    ("word-vs-digits", "onze pays", "12 countries", "AC201"),
    ("ordinal-changed", "la 9e réunion", "the 10th meeting", "AC201"),
    ("roman-changed", "Dublin III", "Dublin II", "AC201"),
    ("range-changed", "entre 15 et 20 000 personnes", "15,000 to 25,000 people", "AC201"),
    ("figure-dropped", "complété par 160 agents", "reinforced with additional officers", "AC201"),
    ("figure-added", "complété par des agents", "reinforced with 160 officers", "AC201"),
    ("currency-changed", "100 millions d'euros", "£100 million", "AC201"),
    ("currency-and-amount", "31,4 millions d'euros", "£28.1 million", "AC202"),
    ("time-changed", "à 14h30", "at 3.30pm", "AC201"),
    ("grouping-is-not-a-decimal", "2.000 demandeurs", "2 asylum seekers", "AC201"),
    ("decimal-comma-is-not-grouping", "2,5 tonnes", "25 tonnes", "AC201"),
    (
        "more-than-almost",
        "aidé plus de deux millions de personnes à trouver de l'aide",
        "helped almost two million people find financial help",
        "AC201",
    ),
    ("less-than-at-least", "en moins de 10 jours", "in at least 10 days", "AC201"),
    (
        "up-to-more-than",
        "une peine allant jusqu'à 5 ans",
        "a sentence of more than 5 years",
        "AC201",
    ),
    (
        "other-digits-than-the-name",
        "La COVID-19 a touché 19 pays.",
        "COVID-19 hit many countries.",
        "AC201",
    ),
    ("numbers-inside-a-sentence", "Il y a 2 défis.", "There are challenges.", "AC201"),
    (
        "negated-more-than-is-not-more-than",
        "plus de 30 sujets",
        "it shall not involve more than 30 subjects",
        "AC201",
    ),
    ("ratio-changed-is-one-finding", "(rapport de 4:5:1)", "(ratio 4.5:1)", "AC201"),
    ("fraction-changed", "(1/4 po)", "(½ inch)", "AC201"),
    ("abridged-range-end-changed", "aux pages 727-729", "on pages 727–28", "AC201"),
    ("clause-reference-changed", "selon l'article 4.2.1", "under clause 4.2.2", "AC201"),
    ("clause-reference-is-not-a-decimal", "selon l'article 4.2.1", "under clause 4.2", "AC201"),
]


@pytest.mark.parametrize(("fr", "en"), [case[1:] for case in SAME], ids=[c[0] for c in SAME])
def test_figures_written_differently_are_not_reported(fr: str, en: str) -> None:
    assert_codes(check_numbers, fr, en)


@pytest.mark.parametrize(
    ("fr", "en", "code"), [case[1:] for case in CHANGED], ids=[c[0] for c in CHANGED]
)
def test_figures_that_differ_are_reported(fr: str, en: str, code: str) -> None:
    assert_codes(check_numbers, fr, en, code)


def test_a_heading_number_is_numbering_when_the_reader_says_heading() -> None:
    source, target, beads = one_bead("1.2 Renforcement", "Reinforcing", kind="heading")
    assert list(check_numbers(source, target, beads)) == []


MESSAGES = [
    (
        "changed",
        "complété par 160 agents",
        "reinforced with 150 officers",
        "figure 160 in the French has 150 in the English",
    ),
    (
        "missing",
        "complété par 160 agents",
        "reinforced with officers",
        "figure 160 in the French is missing from the English",
    ),
    (
        "bounded-opposite",
        "aidé plus de deux millions de personnes",
        "helped almost two million people",
        "figure plus de deux millions in the French has almost two million in the English: the "
        "French puts the number above it, the English below it",
    ),
    (
        "currency",
        "31,4 millions d'euros",
        "£28.1 million",
        "amount 31,4 millions d'euros in the French has £28.1 million in the English: both the "
        "amount and the currency differ (EUR, GBP)",
    ),
]


@pytest.mark.parametrize(
    ("fr", "en", "message"), [c[1:] for c in MESSAGES], ids=[c[0] for c in MESSAGES]
)
def test_messages_say_what_differs(fr: str, en: str, message: str) -> None:
    assert [finding.message for finding in findings(check_numbers, fr, en)] == [message]


WEAK = [
    (
        "a-whole",
        "Si vous générez un texte avec l'IA, vous devriez absolument le divulguer.",
        "If you generate text with AI, 100% say you did.",
    ),
    (
        "an-ordinal-used-as-a-word",
        "le nombre de contrats de soutien de tiers augmentera",
        "the number of 3rd party support contracts will increase",
    ),
]


@pytest.mark.parametrize(("fr", "en"), [c[1:] for c in WEAK], ids=[c[0] for c in WEAK])
def test_a_whole_or_a_small_ordinal_on_one_side_only_is_info(fr: str, en: str) -> None:
    assert [(f.code, f.severity) for f in findings(check_numbers, fr, en)] == [("AC201", "info")]


def test_a_larger_ordinal_or_a_part_on_one_side_only_stays_an_error() -> None:
    for fr, en in (("la 9e réunion", "the meeting"), ("50 % des participants", "the participants")):
        assert [(f.code, f.severity) for f in findings(check_numbers, fr, en)] == [
            ("AC201", "error")
        ]


def test_a_figure_on_one_side_of_a_pair_of_headings_is_a_warning() -> None:
    source, target, beads = one_bead("Inobservation de l’article 3", "Saving", kind="heading")
    assert [(f.code, f.severity) for f in check_numbers(source, target, beads)] == [
        ("AC201", "warning")
    ]


def test_a_figure_that_differs_between_headings_stays_an_error() -> None:
    source, target, beads = one_bead("Les 10 tâches", "The 12 tasks", kind="heading")
    assert [(f.code, f.severity) for f in check_numbers(source, target, beads)] == [
        ("AC201", "error")
    ]


def test_a_small_count_of_things_named_on_one_side_only_is_a_warning() -> None:
    fr = "Il est préférable que les termes soient bien distincts."
    en = "It's better for the terms to be distinct as the 2 terms may appear close together."
    assert [(f.code, f.severity) for f in findings(check_numbers, fr, en)] == [("AC201", "warning")]


def test_a_count_that_is_no_reference_stays_an_error() -> None:
    for en in ("the 12 terms may appear together", "2 terms may appear together"):
        found = findings(check_numbers, "les termes peuvent apparaître ensemble", en)
        assert [(f.code, f.severity) for f in found] == [("AC201", "error")]


def test_marks_are_the_figures_as_written() -> None:
    (finding,) = findings(check_numbers, "1\u202f000 agents et 5 %", "1,000 officers and 50%")
    assert (finding.source_marks, finding.target_marks) == (("5 %",), ("50%",))
    assert (finding.source, finding.target, finding.severity) == ((0,), (0,), "error")
