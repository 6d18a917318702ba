"""Units of a document: paragraphs, headings, list items, broken lines."""

from __future__ import annotations

import pytest

from align_check.reading.blocks import text_blocks
from align_check.reading.markdown import markdown_blocks


def kinds_and_texts(text: str, markdown: bool = False) -> list[tuple[str, str]]:
    blocks = markdown_blocks(text) if markdown else text_blocks(text)
    return [(block.kind, block.text) for block in blocks]


BULLETS = ["- ", "• ", "\uf0b7 ", "\u00a0", "* "]


@pytest.mark.parametrize("marker", BULLETS, ids=["dash", "bullet", "symbol-font", "nbsp", "star"])
def test_each_bullet_line_is_an_item(marker: str) -> None:
    text = f"Nous nous engageons :\n\n{marker}renforcer la sécurité\n{marker}partager les données\n"
    assert kinds_and_texts(text) == [
        ("paragraph", "Nous nous engageons :"),
        ("item", "renforcer la sécurité"),
        ("item", "partager les données"),
    ]


def test_a_sentence_broken_by_a_blank_line_is_joined() -> None:
    text = "the shared threat we face from terrorism and\n\nextremism, as well as migration.\n"
    assert kinds_and_texts(text) == [
        (
            "paragraph",
            "the shared threat we face from terrorism and extremism, as well as migration.",
        )
    ]


def test_a_finished_sentence_is_not_joined_to_the_next_paragraph() -> None:
    text = "The meeting ended.\n\nthe next day, talks resumed.\n"
    assert [kind for kind, _ in kinds_and_texts(text)] == ["paragraph", "paragraph"]


def test_soft_wrapped_lines_are_one_paragraph() -> None:
    text = "Les ministres se sont\nrencontrés à Paris.\n"
    assert kinds_and_texts(text) == [("paragraph", "Les ministres se sont rencontrés à Paris.")]


def test_an_indented_line_continues_the_list_item() -> None:
    text = "- Share on Facebook (https://example.org/a%2F\n %2Fb)\n- Share on Twitter\n"
    assert kinds_and_texts(text) == [
        ("item", "Share on Facebook (https://example.org/a%2F %2Fb)"),
        ("item", "Share on Twitter"),
    ]


HEADINGS = [
    ("1. Renforcement de la lutte contre le terrorisme", "heading"),
    ("Reinforcing the fight against terrorism", "heading"),
    ("The ministers met in Paris on 30 August 2016.", "paragraph"),
    ("Specifically, we will in the coming months:", "paragraph"),
]


@pytest.mark.parametrize(("line", "kind"), HEADINGS, ids=["numbered", "plain", "sentence", "colon"])
def test_short_unpunctuated_lines_are_headings(line: str, kind: str) -> None:
    assert kinds_and_texts(f"{line}\n\nBody text follows here.\n")[0] == (kind, line)


def test_markdown_markup_is_removed_from_the_text() -> None:
    text = (
        "# PARIS : Coopération\n\n**MINISTÈRE**  \nDE L'INTÉRIEUR\n\n"
        "- voir [le texte](http://x.org) *ici*\n"
    )
    assert kinds_and_texts(text, markdown=True) == [
        ("heading", "PARIS : Coopération"),
        ("paragraph", "MINISTÈRE DE L'INTÉRIEUR"),
        ("item", "voir le texte ici"),
    ]


def test_markdown_that_is_not_prose_is_left_out() -> None:
    text = (
        "---\ntitle: Communiqué\n---\n\n"
        "Le ministre a parlé.<!-- relu le 12 -->\n\n"
        "<!-- note\ninterne 14 -->\n\n"
        "```\nalign-check compare a.md b.md\n```\n\n"
        "    code indenté 99\n\n"
        "Fin du texte.\n"
    )
    assert kinds_and_texts(text, markdown=True) == [
        ("paragraph", "Le ministre a parlé."),
        ("paragraph", "Fin du texte."),
    ]


def test_each_markdown_table_row_is_a_unit_without_the_rule() -> None:
    text = "| Site | Agents |\n|:---|---:|\n| **Calais** | 160 |\n| Dunkerque | 40 |\n"
    blocks = markdown_blocks(text)
    assert [(b.kind, b.text, b.lines[0].line) for b in blocks] == [
        ("row", "Site | Agents", 1),
        ("row", "Calais | 160", 3),
        ("row", "Dunkerque | 40", 4),
    ]


def test_an_indented_paragraph_inside_a_markdown_list_is_kept() -> None:
    text = "- premier point\n\n    suite du premier point.\n\n- second point\n"
    assert kinds_and_texts(text, markdown=True) == [
        ("item", "premier point suite du premier point."),
        ("item", "second point"),
    ]


MARKDOWN_EDGES = [
    (
        "comment-marker-inside-code",
        "Écrire :\n\n```\n<!-- début\n```\n\nLe budget est de 15 millions.\n\n"
        "<!-- relu -->\n\nFin.\n",
        [("Écrire :", 1, 1), ("Le budget est de 15 millions.", 7, 1), ("Fin.", 11, 1)],
    ),
    ("longer-fence-holds-a-shorter-one", "````\n```\ncode\n````\nAprès.\n", [("Après.", 5, 1)]),
    ("info-string-does-not-close", "```\na\n```python\nb\n```\nAprès.\n", [("Après.", 6, 1)]),
    (
        "inline-comment-cut-out",
        "Il <!-- note --> part. Puis rentre.\n",
        [("Il part. Puis rentre.", 1, 1)],
    ),
    (
        "comment-over-two-lines-keeps-columns",
        "<!-- a\nb --> Suite ici.\n",
        [("Suite ici.", 2, 7)],
    ),
    ("front-matter-with-crlf", "---\r\ntitle: X\r\n---\r\nBonjour.\r\n", [("Bonjour.", 4, 1)]),
    ("rules-are-not-front-matter", "---\n\nEntre deux.\n\n---\n", [("Entre deux.", 3, 1)]),
    ("setext-underline", "Titre\n=====\n\nCorps.\n", [("Titre", 1, 1), ("Corps.", 4, 1)]),
    ("unclosed-comment-hides-the-rest", "Début.\n\n<!-- note\n\ncaché.\n", [("Début.", 1, 1)]),
    (
        "comment-over-lines-with-crlf",
        "Intro.\r\n\r\n<!-- a\r\nb -->\r\nAprès.\r\n",
        [("Intro.", 1, 1), ("Après.", 5, 1)],
    ),
    (
        "comment-opener-in-a-code-span-is-text",
        "Écrire `<!--` pour commencer.\n\nLa suite reste.\n",
        [("Écrire <!-- pour commencer.", 1, 1), ("La suite reste.", 3, 1)],
    ),
    (
        "comment-opener-in-indented-code",
        "Exemple :\n\n    x = '<!--'\n\nLa suite reste.\n",
        [("Exemple :", 1, 1), ("La suite reste.", 5, 1)],
    ),
    ("fence-in-a-block-quote", "> ```\n> code\n> ```\n\nAprès.\n", [("Après.", 5, 1)]),
    (
        "fence-in-a-list-item",
        "1. Étape :\n\n    ```\n    code\n    ```\n\nAprès.\n",
        [("Étape :", 1, 4), ("Après.", 7, 1)],
    ),
    (
        "nested-quotes-keep-their-columns",
        "> Citation.\n\n> > Dans une citation.\n",
        [("Citation.", 1, 3), ("Dans une citation.", 3, 5)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [case[1:] for case in MARKDOWN_EDGES], ids=[c[0] for c in MARKDOWN_EDGES]
)
def test_markdown_prose_keeps_its_lines_and_columns(
    text: str, expected: list[tuple[str, int, int]]
) -> None:
    blocks = markdown_blocks(text)
    assert [(b.text, b.lines[0].line, b.lines[0].column) for b in blocks] == expected


@pytest.mark.parametrize(
    "text",
    ["> | A | B |\n> |---|---|\n> | 1 | 2 |\n", "A | B\n--- | ---\n1 | 2\n"],
    ids=["in-a-block-quote", "without-outer-bars"],
)
def test_table_rows_are_units_however_the_table_is_written(text: str) -> None:
    assert [(b.kind, b.text) for b in markdown_blocks(text)] == [("row", "A | B"), ("row", "1 | 2")]


def test_lines_and_columns_point_into_the_file() -> None:
    blocks = text_blocks("Title here\n\n\u00a0Bullet one\n  - nested bullet\n")
    assert [(b.kind, b.lines[0].line, b.lines[0].column) for b in blocks] == [
        ("heading", 1, 1),
        ("item", 3, 2),
        ("item", 4, 5),
    ]


def test_a_setext_underline_makes_the_line_above_a_heading() -> None:
    text = "Pourquoi cela compte ?\n---------------\nle corps du texte.\n"
    assert kinds_and_texts(text, markdown=True) == [
        ("heading", "Pourquoi cela compte ?"),
        ("paragraph", "le corps du texte."),
    ]


MARKUP = [
    ("entity", "Le guide d&#39;accessibilité est prêt.", "Le guide d'accessibilité est prêt."),
    ("superscript", "Le 1<sup>er</sup> avril 2021.", "Le 1er avril 2021."),
    ("image-source", '<img src="AI-mo-canada-en-1.png" alt="x"> Une image.', "Une image."),
    (
        "raw-html",
        '<p><a href="https://x.ca/?id=3912"><strong>La rédaction</strong></a> aide.</p>',
        "La rédaction aide.",
    ),
    (
        "italics-over-lines",
        "La _Free Software\nFoundation_ publie.",
        "La Free Software Foundation publie.",
    ),
    (
        "link-target-on-next-line",
        "Voir [l'étude\n](https://blog.canada.ca/2020/10/02/etude) ici.",
        "Voir l'étude ici.",
    ),
]


@pytest.mark.parametrize(("text", "shown"), [c[1:] for c in MARKUP], ids=[c[0] for c in MARKUP])
def test_markup_inside_markdown_is_never_read_as_text(text: str, shown: str) -> None:
    assert [block.text for block in markdown_blocks(text)] == [shown]


def test_a_rule_in_html_is_no_unit() -> None:
    assert [block.text for block in markdown_blocks("Avant.\n\n<hr>\n\nAprès.")] == [
        "Avant.",
        "Après.",
    ]
