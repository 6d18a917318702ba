"""AC403: a clause negated on one side of a confidently aligned pair and stated on the other."""

from __future__ import annotations

import pytest

from align_check.checks.negation import check_negation
from align_check.model import Bead
from checkpairs import assert_codes, document, findings

REVERSED = [
    (
        "second-clause-lost-its-negation",
        "Les licences de LL ne créent pas d'obligations sur la simple utilisation de logiciels "
        "et elles ne réduisent pas les risques juridiques accrus associés aux solutions "
        "exclusives.",
        "OSS licenses don't create obligations on the mere use of software and reduce the "
        "increased legal risks associated with closed-source solutions.",
    ),
    (
        "french-negated",
        "Le ministre ne peut pas autoriser la communication de ces renseignements.",
        "The Minister may authorize the release of that information.",
    ),
    (
        "english-negated",
        "Les données des clients sont conservées au Canada.",
        "Customer data is not stored in Canada.",
    ),
    (
        "never-always",
        "Ce service n'a jamais été offert en ligne.",
        "This service has always been offered online.",
    ),
    (
        "negative-subject",
        "Aucun frais n'est exigé pour le renouvellement.",
        "A fee is charged for the renewal.",
    ),
    (
        "statute-applies",
        "Le présent article s'applique aux sociétés d'État.",
        "This section does not apply to Crown corporations.",
    ),
    (
        "aucunement",
        "Cette mesure ne vise aucunement les petites entreprises.",
        "This measure targets small businesses.",
    ),
    (
        "statute-required",
        "Le ministre n'est pas tenu de publier le rapport.",
        "The Minister is required to publish the report.",
    ),
    (
        "contraction",
        "Les employés peuvent travailler à distance.",
        "Employees can't work remotely.",
    ),
]

SAME = [
    (
        "tokenised-contraction",
        "Le ministère ne publie pas ces données chaque année.",
        "The department doesn 't publish these data every year.",
    ),
    (
        "both-negated",
        "Le ministre ne peut pas autoriser la communication de ces renseignements.",
        "The Minister may not authorize the disclosure of that information.",
    ),
    (
        "ne-que-is-only",
        "L'aide ne peut être fournie que si le ministre est d'avis qu'elle contribue à la "
        "réduction de la pauvreté.",
        "Assistance may be provided only if the minister is of the opinion that it contributes "
        "to poverty reduction.",
    ),
    (
        "ne-plus-que-is-only",
        "Il ne reste plus que deux places.",
        "Only two seats remain.",
    ),
    (
        "sans-delai",
        "Le formulaire est transmis sans délai au bureau.",
        "The form is sent promptly.",
    ),
    ("sans-frais", "Les demandes sont traitées sans frais.", "Applications are processed free."),
    ("aucun-no", "Aucun frais n'est exigé.", "No fee is charged."),
    ("pas-de-no", "Il n'y a pas de frais.", "There is no fee."),
    (
        "non-prefix",
        "Loi sur la non-discrimination génétique",
        "Genetic Non-Discrimination Act",
    ),
    ("unclear", "Le texte de la loi n'est pas clair.", "The text of the Act is unclear."),
    ("unavailable", "Le service n'est pas disponible.", "The service is unavailable."),
    ("litotes-hesitate", "N'hésitez pas à communiquer avec nous.", "Feel free to contact us."),
    ("litotes-forget", "N'oubliez pas de signer le formulaire.", "Remember to sign the form."),
    (
        "litotes-limit",
        "La conception inclusive ne se limite pas à la conformité.",
        "Inclusive design is more than meeting compliance.",
    ),
    (
        "litotes-not-limited",
        "La démocratie comprend notamment les droits politiques.",
        "Democracy includes, but is not limited to, political rights.",
    ),
    (
        "litotes-finish",
        "L'écriture inclusive n'a pas fini de faire couler de l'encre.",
        "Inclusive writing will continue to be widely discussed.",
    ),
    (
        "not-exceeding",
        "une amende maximale de un million de dollars",
        "a fine not exceeding one million dollars",
    ),
    (
        "not-later-than",
        "Dans les cinq premiers jours de séance, le ministre dépose un rapport.",
        "The Minister shall table a report not later than the fifth sitting day.",
    ),
    (
        "whether-or-not",
        "Ces paramètres doivent indiquer si le service est numérique de bout en bout.",
        "These metrics should include whether or not the service is digital from end to end.",
    ),
    (
        "or-wasnt",
        "Les personnes doutaient de la présence ou non de l'IA dans les images.",
        "People doubted that AI was or wasn't used in an image.",
    ),
    ("cant-wait", "Nous avons hâte de vous rencontrer!", "We can't wait to meet you!"),
    (
        "not-only",
        "Les participants peuvent ajouter leur participation à leur C.V.",
        "Not only can participants add their involvement to a C.V.",
    ),
    (
        "on-ne-peut-plus",
        "une langue on ne peut plus genrée",
        "a thoroughly gendered language",
    ),
    (
        "not-doing",
        "Les utilisateurs auront, ce faisant, une expérience élégante.",
        "Users will have a stylish experience not doing it.",
    ),
    (
        "instead-of",
        "Concentrez-vous sur les tâches des clients au lieu des tâches de l'organisation.",
        "Focus on what the customer does, not what the organization does.",
    ),
    (
        "expletive-ne",
        "Il faut agir avant que la situation ne s'aggrave.",
        "We must act before the situation gets worse.",
    ),
    (
        "nothing-in-this-act",
        "La présente loi n'a pas pour effet de porter atteinte aux droits des peuples autochtones.",
        "Nothing in this Act shall be construed as abrogating the rights of Indigenous peoples.",
    ),
    ("nul-ne", "Nul ne peut exploiter une installation sans permis.", "No person shall operate."),
    ("forbidden", "Il est interdit de fumer dans l'immeuble.", "Smoking is not permitted here."),
    ("non-hyphen", "Les frais ne sont pas remboursables.", "Fees are non-refundable."),
    ("no-longer", "Ces données ne sont plus disponibles.", "This data is no longer available."),
    ("disagree", "Je ne suis pas d'accord avec cette décision.", "I disagree with this decision."),
    ("n-importe", "Utilisez n'importe quel appareil.", "Use any device."),
    ("ne-manquez-pas", "Ne manquez pas notre prochain article!", "Watch for our next post!"),
    (
        "pas-rare",
        "Il n'est pas rare que les demandes arrivent en retard.",
        "Late requests are common.",
    ),
    (
        "aucun-doute",
        "Il ne fait aucun doute que le service sera amélioré.",
        "Clearly, the service will be improved.",
    ),
    (
        "negative-question",
        "Ce formulaire s'ouvre-t-il facilement ?",
        "Doesn't this form open easily?",
    ),
    ("question-tag", "Vous avez bien reçu ma lettre.", "You did get my letter, didn't you?"),
    (
        "negated-comparison",
        "Je ne connais rien de plus utile que ce guide.",
        "This guide is the most useful thing I know.",
    ),
    ("devoid", "Le rapport n'a pas de conclusions.", "The report is devoid of conclusions."),
    (
        "scarcely",
        "Les participants ne comprennent pas la décision.",
        "Participants scarcely understand the decision.",
    ),
    (
        "negation-moved-to-another-clause",
        "Le texte est prêt mais il n'est pas encore publié.",
        "The text is not yet published but it is ready.",
    ),
]


@pytest.mark.parametrize(("fr", "en"), [c[1:] for c in REVERSED], ids=[c[0] for c in REVERSED])
def test_a_clause_negated_on_one_side_only_is_reported(fr: str, en: str) -> None:
    assert_codes(check_negation, fr, en, "AC403")


@pytest.mark.parametrize(("fr", "en"), [c[1:] for c in SAME], ids=[c[0] for c in SAME])
def test_a_negation_rewritten_is_not_reported(fr: str, en: str) -> None:
    assert_codes(check_negation, fr, en)


def test_the_message_quotes_both_clauses_and_marks_them() -> None:
    fr = "Le ministre ne peut pas autoriser la communication."
    en = "The Minister may authorize the release."
    (found,) = findings(check_negation, fr, en)
    assert found.message == (
        "the French negates «Le ministre ne peut pas autoriser la communication»; the English "
        "states it: «The Minister may authorize the release»"
    )
    assert found.source_marks == ("Le ministre ne peut pas autoriser la communication",)
    assert found.target_marks == ("The Minister may authorize the release",)
    assert (found.code, found.severity) == ("AC403", "error")


def test_the_english_side_negated_is_marked_on_the_english_side() -> None:
    (found,) = findings(check_negation, "Les données sont conservées.", "Data is not stored.")
    assert found.target_marks == ("Data is not stored",)
    assert found.source_marks == ("Les données sont conservées",)
    assert found.message.startswith("the English negates «Data is not stored»")


def test_a_pair_aligned_without_confidence_is_not_compared() -> None:
    fr, en = "Le ministre ne peut pas autoriser.", "The Minister may authorize."
    assert findings(check_negation, fr, en, score=0.3) == []


def test_only_one_to_one_pairs_are_compared() -> None:
    source = document("fr", "Le ministre ne peut pas autoriser.", "Il décide seul.")
    target = document("en", "The Minister may authorize and decides alone.")
    assert list(check_negation(source, target, (Bead((0, 1), (0,), 0.9),))) == []
