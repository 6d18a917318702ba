"""Markdown read as CommonMark, and the HTML inside it as a browser shows it: the text a page
shows, in units of the right kind, each word placed where the file writes it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from align_check.reading import read_document
from align_check.reading.markdown import markdown_blocks


def units(text: str) -> list[tuple[str, str]]:
    return [(block.kind, block.text) for block in markdown_blocks(text)]


def test_an_html_list_is_read_item_by_item() -> None:
    text = (
        "<ul>\n<li>Les directeurs sont responsables.\n<ul>\n"
        "<li>The directors are responsible.</li>\n</ul>\n</li>\n"
        "<li>La direction est responsable.</li>\n</ul>\n"
    )
    assert units(text) == [
        ("item", "Les directeurs sont responsables."),
        ("item", "The directors are responsible."),
        ("item", "La direction est responsable."),
    ]


def test_html_headings_paragraphs_and_breaks_split_units_as_a_page_shows_them() -> None:
    text = (
        "<h2>Les solutions au SNC</h2>\n"
        "<p><strong>Les néologismes non binaires</strong><br>Ce sont des termes créés"
        " pour n’être ni masculins ni féminins.</p>\n"
    )
    assert units(text) == [
        ("heading", "Les solutions au SNC"),
        ("heading", "Les néologismes non binaires"),
        ("paragraph", "Ce sont des termes créés pour n’être ni masculins ni féminins."),
    ]


def test_attributes_scripts_and_comments_of_html_are_never_text() -> None:
    text = (
        '<div class="row">\n<figure>\n<img alt="Un diagramme à barres" src="2025-03-fig1.png">\n'
        '<figcaption>Confiance envers les solutions d’IA <a href="https://x.ca/?id=3912">'
        "(résultats)</a></figcaption>\n<!-- 47 % -->\n<script>var total = 957;</script>\n"
        "</figure>\n</div>\n"
    )
    assert units(text) == [("paragraph", "Confiance envers les solutions d’IA (résultats)")]


def test_inline_html_joins_the_text_around_it_and_entities_are_read() -> None:
    text = "Le 1<sup>er</sup> avril, le taux était de 0,10&nbsp;% <b>selon</b> l&#39;étude.\n"
    assert units(text) == [
        ("paragraph", "Le 1er avril, le taux était de 0,10\u00a0% selon l'étude."),
    ]


def test_an_html_table_is_read_row_by_row() -> None:
    text = (
        "<table>\n<tr><td>&nbsp;</td><th>A) Accueil</th><th>B) Canada.ca</th></tr>\n"
        "<tr><td>Tâche du thème</td><td>56 %</td><td>54 %</td></tr>\n</table>\n"
    )
    assert units(text) == [
        ("row", "A) Accueil | B) Canada.ca"),
        ("row", "Tâche du thème | 56 % | 54 %"),
    ]


def test_template_tags_are_not_text_and_links_through_them_keep_their_text() -> None:
    text = (
        "{% include components/gc-simple-img.html\n"
        '   alt="Le gros chat paresseux beige."\n   file="2022-04-01b.png"\n%}\n\n'
        '- [Lire comment nous identifions les tâches]( {{ "/2017/12/11/100-taches.html"'
        " | prepend: site.urlalt[ page.language ] }} )\n"
        '{{% roadmap/div class="no-page-break" %}}\n\n'
        "{% comment %}\nÀ relire : 12 millions ?\n\n{% endcomment %}\n"
        "## 1\\. Prioriser le développement des services\n"
    )
    assert units(text) == [
        ("item", "Lire comment nous identifions les tâches"),
        ("heading", "1. Prioriser le développement des services"),
    ]


def test_reference_links_attribute_lists_and_autolinks_read_as_the_page_shows_them() -> None:
    text = (
        'Voir [le guide de rédaction][guide]{:target="_blank"} du site.\n'
        "{: .lead}\n\n"
        '[guide]: https://www.canada.ca/fr/guide.html "Guide 2020"\n\n'
        "Écrivez à <mailto:contrats@tbs-sct.gc.ca>.\n"
    )
    assert units(text) == [
        ("paragraph", "Voir le guide de rédaction du site."),
        ("paragraph", "Écrivez à mailto:contrats@tbs-sct.gc.ca."),
    ]


def test_a_list_item_and_the_item_inside_it_are_two_units() -> None:
    text = (
        "- Comparabilité analytique\n"
        "  - l’efficacité des outils varie\n"
        "  - certains outils échantillonnent les visites\n"
        "- Visites et pages vues\n"
    )
    assert units(text) == [
        ("item", "Comparabilité analytique"),
        ("item", "l’efficacité des outils varie"),
        ("item", "certains outils échantillonnent les visites"),
        ("item", "Visites et pages vues"),
    ]


def test_a_block_quote_after_a_sentence_is_a_unit_of_its_own() -> None:
    text = "La licence MPLv2 indique ce qui suit :\n> Le logiciel est fourni tel quel.\n"
    assert units(text) == [
        ("paragraph", "La licence MPLv2 indique ce qui suit :"),
        ("paragraph", "Le logiciel est fourni tel quel."),
    ]


def test_an_underscore_inside_a_word_is_text() -> None:
    assert units("Le fichier align_check_fr est prêt.\n") == [
        ("paragraph", "Le fichier align_check_fr est prêt."),
    ]


WHERE = [
    ("after-an-entity", "Il l&#39;a dit. Elle part.\n", "Elle part.", (1, 17)),
    ("after-a-link-target", "Voir [le guide](https://x.ca/a) ici. Puis rentre.\n", "Puis", (1, 38)),
    (
        "in-an-html-block",
        "<div>\n  <p>Avant.</p><p>Après &amp; encore.</p>\n</div>\n",
        "Après",
        (2, 19),
    ),
    ("in-a-nested-item", "- Un\n\n  > - Deux points.\n", "Deux points.", (3, 7)),
    ("in-a-table-cell", "| Site | Agents |\n|---|---|\n| Calais | 160 |\n", "Calais", (3, 3)),
    ("after-a-template-tag", "Écrire à {{ site.email }} ou appeler.\n", "Écrire", (1, 1)),
]


@pytest.mark.parametrize(
    ("text", "start", "place"), [case[1:] for case in WHERE], ids=[case[0] for case in WHERE]
)
def test_each_sentence_starts_where_the_file_writes_it(
    tmp_path: Path, text: str, start: str, place: tuple[int, int]
) -> None:
    path = tmp_path / "texte.md"
    path.write_text(text, encoding="utf-8")
    sentence = next(
        s for s in read_document(str(path), "fr", segmented=False).sentences if start in s.text
    )
    assert (sentence.line, sentence.column) == place
    written = text.split("\n")[sentence.line - 1]
    assert written[sentence.column - 1 :].startswith(sentence.text.split()[0])


def test_plain_text_is_read_without_loading_the_markdown_parser() -> None:
    code = "import sys, align_check.cli; print('markdown_it' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


@pytest.mark.parametrize("tag", ["<BR>", "<Br/>", "<P>"])
def test_an_html_tag_is_read_whatever_its_case(tag: str) -> None:
    """HTML names are case-insensitive: a break in capitals still parts the words."""
    assert units(f"Un{tag}deux et trois.") == units(f"Un{tag.lower()}deux et trois.")
