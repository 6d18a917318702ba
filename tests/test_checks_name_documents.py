"""Names read against the whole pair of documents: acronyms each document defines and pairs,
translated common words, the documents' setting, and names a document misspells."""

from __future__ import annotations

import pytest

from align_check.checks.acronyms import definitions, is_acronym, spelled_out
from align_check.checks.name import check_names
from align_check.model import Bead, Finding
from checkpairs import assert_codes, document


def aligned(pairs: list[tuple[str, str]]) -> list[Finding]:
    """What the name check finds on documents aligned pair by pair, French as the source."""
    french = document("fr", *(fr for fr, _ in pairs))
    english = document("en", *(en for _, en in pairs))
    beads = tuple(Bead((n,), (n,), 0.9) for n in range(len(pairs)))
    return list(check_names(french, english, beads))


TRANSLATED = [
    (
        "acronyms-defined",
        "Le Service numérique canadien (SNC) aide les ministères.",
        "The Canadian Digital Service (CDS) helps departments.",
    ),
    (
        "acronym-spelled-out",
        "Le gouvernement du Canada publie ses données.",
        "The GC publishes its data.",
    ),
    ("initials-in-french-order", "sur un disque compact", "on a CD"),
    ("capitalised-common-words", "Voir la section Inconvénients.", "See the Drawbacks section."),
    ("emphasis-capitals", "Attendu que le Parlement reconnaît", "WHEREAS Parliament recognizes"),
    ("translated-compound", "au Nouveau-Brunswick", "in New Brunswick"),
    (
        "acronym-in-compound",
        "nous aidons les entreprises fondées sur les LL",
        "we help OSS-based businesses",
    ),
    ("it-and-ti", "le service TI", "the IT department"),
    (
        "institution-without-its-country",
        "Le Conseil national de recherches du Canada utilise Apache.",
        "The National Research Council uses Apache.",
    ),
]


@pytest.mark.parametrize(
    ("fr", "en"), [case[1:] for case in TRANSLATED], ids=[c[0] for c in TRANSLATED]
)
def test_translated_names_and_capitalised_words_are_not_reported(fr: str, en: str) -> None:
    assert_codes(check_names, fr, en)


OPEN_SOURCE = [
    ("Les logiciels libres (LL) sont partout.", "Open source software (OSS) is everywhere."),
    ("Les LL réduisent les coûts.", "OSS reduces costs."),
    ("Nous publions nos LL.", "We publish our OSS."),
]


AGENCY = [
    (
        "Le Service numérique canadien (SNC) aide les ministères.",
        "The Canadian Digital Service (CDS) helps departments.",
    ),
    ("Le SNC publie son code.", "CDS publishes its code."),
    ("Le SNC recrute.", "CDS is hiring."),
]


def test_a_bodys_acronym_whose_counterpart_the_documents_pair_is_reported_when_missing() -> None:
    found = aligned(
        [*AGENCY, ("Ils ont une expérience des services.", "They have CDS experience.")]
    )
    assert [(f.code, f.target, f.target_marks) for f in found] == [("AC301", (3,), ("CDS",))]


@pytest.mark.parametrize(
    ("definition", "acronym"),
    [
        (("Les logiciels libres (LL) sont partout.", "Open source software (OSS) is here."), "OSS"),
        (
            ("L'intelligence artificielle (IA) avance.", "Artificial Intelligence (AI) advances."),
            "AI",
        ),
    ],
)
def test_the_acronym_of_a_common_term_is_no_name(definition: tuple[str, str], acronym: str) -> None:
    """A term's acronym is translated, spelled out or stood for by a pronoun ("if it only
    benefits you" for "si la mise en œuvre de l'IA bénéficie seulement vous")."""
    later = ("Ils ont une expérience des services.", f"They have {acronym} experience.")
    assert aligned([definition, later]) == []


def test_an_acronym_is_held_by_a_word_of_its_counterparts_long_form() -> None:
    assert (
        aligned(
            [
                *OPEN_SOURCE,
                ("Les applications libres coûtent peu.", "OSS applications cost little."),
            ]
        )
        == []
    )


def test_a_name_the_other_document_writes_elsewhere_is_reported_where_it_is_missing() -> None:
    found = aligned(
        [
            ("La licence GPL est réciproque.", "The GPL licence is reciprocal."),
            (
                "Les licences réciproques, comme celle-ci, obligent.",
                "Reciprocal licences such as the GPL bind.",
            ),
        ]
    )
    assert [(f.code, f.target) for f in found] == [("AC301", (1,))]


def test_the_documents_setting_is_not_reported_where_one_version_leaves_it_implicit() -> None:
    canada = [
        (f"Le Canada a signé l'accord {n}.", f"Canada signed agreement {n}.") for n in range(4)
    ]
    found = aligned(
        [
            *canada,
            ("La politique du gouvernement fédéral", "The policy of the Government of Canada"),
        ]
    )
    assert found == []


def test_a_country_missing_in_a_single_pair_is_still_reported() -> None:
    found = aligned(
        [
            ("avec le Royaume-Uni", "with the United Kingdom"),
            ("les filières vers le Royaume-Uni", "the networks"),
        ]
    )
    assert [(f.code, f.source_marks) for f in found] == [("AC301", ("Royaume-Uni",))]


def test_a_name_a_document_misspells_is_reported_with_the_usual_spelling() -> None:
    found = aligned(
        [
            ("Le Canada publie.", "Canada publishes."),
            ("Le Canada traduit.", "Canada translates."),
            ("Le Canada aide.", "Canada helps."),
            (
                "Pour le gouvernement du Canda, il s'agit d'héberger le code.",
                "For the GC, it is to host the code.",
            ),
        ]
    )
    assert [(f.code, f.source, f.message) for f in found] == [
        (
            "AC302",
            (3,),
            "name Canda in the French is probably a misspelling of Canada"
            " (written so 3 times in the French)",
        )
    ]


def test_an_inflection_is_not_a_misspelling() -> None:
    pairs = [("Les Canadiens votent.", "Canadians vote.")] * 3 + [
        ("Un Canadien vote.", "A Canadian votes.")
    ]
    assert aligned(pairs) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le Service numérique canadien (SNC) aide", [("SNC", "Service numérique canadien")]),
        ("the Government of Canada (GC) provides", [("GC", "Government of Canada")]),
        ("OSS (open source software) is", [("OSS", "open source software")]),
        ("le président-directeur général (PDG)", [("PDG", "président-directeur général")]),
        ("in 2020 (see above)", []),
    ],
)
def test_acronym_definitions_are_read_with_their_long_form(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert definitions(text) == expected


@pytest.mark.parametrize(
    ("word", "acronym"),
    [
        ("GC", True),
        ("DoD", True),
        ("PCs", True),
        ("MPLv2", True),
        ("Merriam-Webster", False),
        ("Canada", False),
    ],
)
def test_an_acronym_is_mostly_capitals(word: str, acronym: bool) -> None:
    assert is_acronym(word) is acronym


def test_an_acronym_is_spelled_out_in_the_other_languages_word_order() -> None:
    assert spelled_out("CD", "un disque compact") == [(3, 17)]
    assert spelled_out("FAQ", "la foire aux questions") == [(3, 22)]
    assert spelled_out("CRA", "l'Agence a dit") == []


def test_a_name_inside_what_an_acronym_spells_out_is_explained_wherever_the_run_stands() -> None:
    fr = "Cependant, le gouvernement du Canada a établi une orientation claire."
    assert_codes(check_names, fr, "However, the GC has set a clear direction.")


PLACES = [
    ("country-list", "la Colombie, le Guyana et le Pérou", "Colombia, Guyana and Peru"),
    ("province", "en Nouvelle-Écosse", "in Nova Scotia"),
    ("city", "au Caire", "in Cairo"),
    ("demonym-by-language", "le gouvernement de la Norvège", "the Norwegian government"),
]


@pytest.mark.parametrize(("fr", "en"), [c[1:] for c in PLACES], ids=[c[0] for c in PLACES])
def test_places_cldr_names_in_both_languages_are_one(fr: str, en: str) -> None:
    assert_codes(check_names, fr, en)


def test_a_country_dropped_from_a_list_is_reported_by_its_cldr_name() -> None:
    found = aligned([("la Colombie, le Guyana et le Pérou", "Colombia and Peru")])
    assert [(f.code, f.source_marks) for f in found] == [("AC303", ("Guyana",))]


def test_a_province_name_that_is_an_ordinary_word_is_not_a_place() -> None:
    assert_codes(check_names, "Est nommé le ministre", "The Minister is appointed")


def test_a_name_misspelled_across_the_versions_is_found_at_the_start_of_a_sentence() -> None:
    assert_codes(
        check_names,
        "PLLSOne, l'un des principaux éditeurs, s'attend à ce que le code soit publié.",
        "PLOSOne, one of the premier publishers, expects that the code be released.",
        "AC302",
    )


def test_a_rare_word_one_letter_from_a_word_of_the_document_is_a_misspelling() -> None:
    found = aligned(
        [
            ("Le numérique avance.", "Digital moves on."),
            ("Bureau de la transformation numérique", "Digitial Transformation Office"),
        ]
    )
    assert [(f.code, f.target_marks) for f in found] == [("AC302", ("Digitial",))]


def test_an_attested_word_is_no_misspelling_of_its_neighbour() -> None:
    pairs = [("Le texte est abrégé.", "The text is shortened.")] * 2
    assert aligned([*pairs, ("[Abrogé, 2018, ch. 27]", "[Repealed, 2018, c. 27]")]) == []


NAMED_OTHERWISE = [
    (
        "closed-compound",
        "Ils ont publié le Livre blanc sur les données ouvertes.",
        "They published the Open Data Whitepaper.",
    ),
    (
        "people-of-a-place",
        "avec le gouvernement de la Nouvelle-Écosse et ses citoyens",
        "with the Government of Nova Scotia and Nova Scotians",
    ),
    (
        "product-built-on-an-acronym",
        "Notification GC peut maintenant envoyer des messages texte.",
        "Notify can now send text messages.",
    ),
    (
        "country-as-owner",
        "une disparité qui concerne aussi nos langues officielles",
        "a difference evident even between Canada's official languages",
    ),
    (
        "country-as-owner-of",
        "des crédits pour l'administration publique fédérale",
        "sums for the public service of Canada",
    ),
    (
        "language-names",
        "à maintenir et valoriser l'usage des autres langues",
        "preserve the use of languages other than English and French",
    ),
    ("hashtag", "un gazouillis avec le mot-clic #Canadapointca", "a tweet with #CanadaDotCa"),
]


@pytest.mark.parametrize(
    ("fr", "en"), [case[1:] for case in NAMED_OTHERWISE], ids=[c[0] for c in NAMED_OTHERWISE]
)
def test_a_name_the_other_version_writes_its_own_way_is_not_reported(fr: str, en: str) -> None:
    assert [f for f in aligned([(fr, en)]) if f.severity != "info"] == []


def test_a_country_as_owner_is_reported_where_the_other_side_names_another_country() -> None:
    found = aligned([("les langues officielles de la Suisse", "Canada's official languages")])
    assert [f.code for f in found if f.severity != "info"] == ["AC301"]


def test_an_acronym_the_other_document_never_writes_is_only_info() -> None:
    """Either document may translate it ("CEO", "premier dirigeant"): no claim to act on."""
    found = aligned(
        [
            (
                "Aaron Snow se joint à nous en tant que premier dirigeant.",
                "Aaron Snow is joining us as our first CEO.",
            )
        ]
    )
    assert [(f.code, f.severity) for f in found] == [("AC301", "info")]


def test_a_name_built_of_names_is_reported_where_the_other_side_cites_another() -> None:
    """ "Merriam-Webster" is no everyday word though "Webster" alone may be read as one."""
    found = aligned(
        [
            (
                "D’après le dictionnaire, le mot « épicène » désigne les termes invariables.",
                "According to the Merriam-Webster dictionary, the term “epicene” means either sex.",
            )
        ]
    )
    assert [(f.code, f.target_marks) for f in found] == [("AC301", ("Merriam-Webster",))]


def test_a_surname_of_two_short_words_is_still_a_name() -> None:
    found = aligned([("Le ministre a rencontré les représentants.", "The minister met Goodson.")])
    assert [(f.code, f.target_marks) for f in found] == [("AC301", ("Goodson",))]


def test_a_member_dropped_from_a_list_is_reported_though_it_is_an_ordinary_word() -> None:
    found = aligned(
        [
            (
                "Envoyez-nous vos commentaires par courriel, LinkedIn ou Twitter.",
                "Send us your comments by email or LinkedIn.",
            )
        ]
    )
    assert [(f.code, f.source_marks) for f in found] == [("AC303", ("Twitter",))]


def test_a_word_of_a_longer_name_in_a_list_is_not_a_dropped_member() -> None:
    found = aligned(
        [
            (
                "avec la Société Radio-Canada, l'ONF et Téléfilm",
                "with the Canadian Broadcasting Corporation, the NFB and Telefilm",
            )
        ]
    )
    assert [f for f in found if f.severity != "info" and "Corporation" in f.message] == []
