"""Page furniture: text that web pages carry around a statement, not the statement.

A stamp is told from prose by what follows its word: "Published on 16/06/2017",
"First published: 30 August 2016" are stamps; "published the Government's first policy"
is a sentence (the verb has an object).
"""

from __future__ import annotations

import re

PATTERNS = (
    r"^share (this page|on \w+)",
    r"^(print|email) this page",
    r"^(first |last )?published(\s*[:,(]|\s+(on|by)\b|\s+\d|\s*$)",
    r"\bfirst published\s*:",
    r"^(last )?updated\s*:",
    r"^from\s*:",
    r"^skip to (main )?content",
    r"^(cookies|accept (all )?cookies)",
    r"^(partager|imprimer) (cette page|sur \w+)",
    r"^partager sur\b",
    r"^(publié|mis à jour) le\b",
    r"^(date de )?(première )?publication\s*:",
    r"^retour en haut de page",
    r"^https?://\S+$",
)
_FURNITURE = re.compile("|".join(f"(?:{p})" for p in PATTERNS), re.IGNORECASE)


def is_boilerplate(text: str) -> bool:
    """True for share links, publication stamps and similar page furniture."""
    return bool(_FURNITURE.search(text.strip().replace("\u00a0", " ")))
