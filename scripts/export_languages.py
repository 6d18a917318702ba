"""Export the ISO 639-1 language codes (through pycountry, which ships the ISO 639 tables of
Debian's iso-codes) into ``src/align_check/data/iso639-1.txt``, one code a line, which the
language-tag check reads: ``fr-CA`` is accepted, ``xx`` and ``fe`` are not.

    .venv/bin/python scripts/export_languages.py          # writes the file
    .venv/bin/python scripts/export_languages.py --check  # exit 1 when the file is not what it writes

pycountry is needed only here (the ``test`` extra installs it).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "align_check" / "data" / "iso639-1.txt"


def table() -> str:
    """The codes, sorted, one a line."""
    import pycountry

    codes = sorted(
        language.alpha_2 for language in pycountry.languages if hasattr(language, "alpha_2")
    )
    return "".join(f"{code}\n" for code in codes)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args()
    written = table()
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == written
        print(f"{OUT.name}: {'up to date' if same else 'differs from what the export writes'}")
        return 0 if same else 1
    OUT.write_text(written, encoding="utf-8")
    print(f"{OUT.name}: {written.count(chr(10))} codes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
