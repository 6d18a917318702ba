"""Export the names of places, languages and currencies in French and English from Unicode CLDR
(through Babel) and ISO 3166-2 (through pycountry's translations) into
``src/align_check/data/places.json``, which the name check reads: "Colombie" and "Colombia",
"Nouvelle-Écosse" and "Nova Scotia", "Londres" and "London" are one place.

    .venv/bin/python scripts/export_places.py          # writes the file
    .venv/bin/python scripts/export_places.py --check  # exit 1 when the file is not what it writes

Babel and pycountry are needed only here (the ``test`` extra installs both); align-check itself
reads the JSON file. What is kept:

- territories: every country and region CLDR names in both languages (ISO 3166-1 codes, and UN
  M.49 codes such as 150 for Europe), but "World", unknown and private-use regions;
- cities: the time-zone cities whose French and English names differ (Londres, London);
- subdivisions: the ISO 3166-2 provinces, states and regions that pycountry translates into
  French with another spelling than the English one (Nouvelle-Écosse, Nova Scotia);
- languages with an ISO 639-1 code, and currencies (their current names), as CLDR names them in
  both languages (anglais, English; dollar canadien, Canadian dollar); a language whose likely
  country starts like it carries that country's code third (norvégien, Norwegian, NO), as its
  English name is the country's demonym too.

Keys are ``T:CA`` (territory), ``Z:Europe/London`` (city), ``S:CA-NS`` (subdivision),
``L:fr`` (language), ``C:CAD`` (currency); the name check merges territories with its own
table's keys (``CA``).
"""

from __future__ import annotations

import argparse
import gettext
import json
import sys
import unicodedata
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "align_check" / "data" / "places.json"
LEFT_OUT = {"001", "ZZ", "QO", "XA", "XB", "EZ", "UN"}
"""World, unknown, outlying and pseudo regions; the euro area and the UN are organisations the
name check's own table knows."""


def _plain(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _pairs(french: dict[str, str], english: dict[str, str], prefix: str) -> dict[str, list[str]]:
    return {
        f"{prefix}{key}": [french[key], english[key]]
        for key in sorted(french.keys() & english.keys())
        if _usable(french[key]) and _usable(english[key])
    }


def _usable(name: str) -> bool:
    """A name as texts write it: not a historic form "(1927–2002)", not a code."""
    return bool(name) and not any(c.isdigit() or c in "()[]" for c in name)


def export() -> dict[str, dict[str, list[str]]]:
    from babel import Locale
    from babel.core import get_global

    fr, en = Locale("fr"), Locale("en")
    table: dict[str, dict[str, list[str]]] = {}
    territories = {k: v for k, v in fr.territories.items() if k not in LEFT_OUT}
    table["territories"] = _pairs(territories, dict(en.territories), "T:")
    major = {k: v for k, v in fr.languages.items() if len(k) == 2}
    table["languages"] = _demonyms(_pairs(major, dict(en.languages), "L:"), en)
    table["currencies"] = _pairs(dict(fr.currencies), dict(en.currencies), "C:")
    cities = {}
    for zone in sorted(get_global("zone_territories")):
        if "/" not in zone or zone.startswith("Etc/"):
            continue
        default = zone.rsplit("/", 1)[1].replace("_", " ")
        french = dict(fr.time_zones.get(zone, {})).get("city", default)
        english = dict(en.time_zones.get(zone, {})).get("city", default)
        if _plain(french) != _plain(english):
            cities[f"Z:{zone}"] = [french, english]
    table["cities"] = cities
    table["subdivisions"] = _subdivisions()
    return table


def _demonyms(languages: dict[str, list[str]], en: object) -> dict[str, list[str]]:
    """Each language with the country whose people its English name also names ("Norwegian":
    Norway), where CLDR's likely country for it starts like its one-word name: a third entry."""
    from babel.core import get_global

    likely = get_global("likely_subtags")
    territories = en.territories  # type: ignore[attr-defined]
    for key, names in languages.items():
        tag = likely.get(key[2:], "")
        country = tag.split("_")[-1] if tag.count("_") == 2 else ""
        name = territories.get(country, "")
        if name and " " not in names[1] and _plain(name)[:3] == _plain(names[1])[:3]:
            names.append(country)
    return languages


def _subdivisions() -> dict[str, list[str]]:
    import pycountry

    french = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["fr"])
    found = {}
    for subdivision in sorted(pycountry.subdivisions, key=lambda s: s.code):
        english = subdivision.name
        translated = french.gettext(english)
        if _usable(english) and "," not in english and _plain(translated) != _plain(english):
            found[f"S:{subdivision.code}"] = [translated, english]
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args()
    text = json.dumps(export(), ensure_ascii=False, indent=0, sort_keys=True) + "\n"
    if args.check:
        sys.exit(0 if OUT.read_text(encoding="utf-8") == text else 1)
    OUT.write_text(text, encoding="utf-8")
    print(f"{OUT}: {sum(len(v) for v in json.loads(text).values())} names")


if __name__ == "__main__":
    main()
