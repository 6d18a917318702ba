"""TMX 1.4b translation memories: the aligned pairs of reports for CAT tools, read and merged."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from lxml import etree

from align_check import __version__
from align_check.errors import InputError
from align_check.lang import base_language
from align_check.model import Bead, Finding, Report, severity_rank

TMX_VERSION = "1.4"
"""The root's version attribute, as the TMX 1.4b specification and its DTD give it."""

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
DECLARATION = b'<?xml version="1.0" encoding="UTF-8"?>\n'
INLINE_CODES = frozenset({"bpt", "ept", "it", "ph", "ut"})
"""Seg children that hold native codes, not text."""

_FORBIDDEN = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
"""Characters XML 1.0 does not allow (production 2, Char), lone surrogates included."""

_LAYOUT_SPACE = re.compile("[ \t\n\r\f\v]+")
"""Layout whitespace; no-break spaces are text to CAT tools and stay as they are."""


@dataclass(frozen=True)
class TmxOptions:
    """How a memory is written: its date, which pairs to leave out, tool version and signature."""

    created: datetime
    skip_flagged: bool = False
    tool_version: str = __version__
    signature: str = ""


@dataclass(frozen=True)
class TmxUnit:
    """One pair of a memory: source and target text with their language tags, and the tu's props."""

    tuid: str
    source_lang: str
    source: str
    target_lang: str
    target: str
    props: tuple[tuple[str, str], ...] = ()


def write_tmx(reports: Sequence[Report], options: TmxOptions) -> bytes:
    """Return a TMX document holding the two-sided pairs of the reports."""
    srclang = reports[0].source.lang if reports else "*all*"
    root = etree.Element("tmx", version=TMX_VERSION)
    root.append(_header(srclang, options))
    body = etree.SubElement(root, "body")
    body.extend(_fresh_elements(reports, options, srclang, set()))
    etree.indent(root, space="  ")
    return _serialize(etree.ElementTree(root))


def merge_tmx(existing: bytes, reports: Sequence[Report], options: TmxOptions) -> bytes:
    """Return the existing TMX with the reports' pairs it does not hold yet added at the end.

    The existing bytes come back untouched when there is nothing to add; an empty existing
    memory (a file not written yet) gives what write_tmx gives.
    """
    if not existing.strip():
        return write_tmx(reports, options)
    tree = _parse(existing)
    root = tree.getroot()
    header, body = _parts(root)
    srclang = header.get("srclang", "*all*")
    seen = {_key(unit.source, unit.target) for unit in _read_units(root)}
    fresh = list(_fresh_elements(reports, options, srclang, seen))
    if not fresh:
        return existing
    header.set("changedate", _tmx_date(options.created))
    _append_indented(body, fresh)
    return _serialize(tree)


def read_tmx(data: bytes) -> tuple[TmxUnit, ...]:
    """Return the pairs of a TMX document: one per tu and target language."""
    return tuple(_read_units(_parse(data).getroot()))


def clean_text(text: str) -> str:
    """Return the text without the characters XML 1.0 forbids."""
    return _FORBIDDEN.sub("", text)


def tuid_of(source: str, target: str) -> str:
    """Return the stable tuid of a pair: a hash of its two texts."""
    digest = hashlib.sha256(f"{source}\x00{target}".encode())
    return digest.hexdigest()[:16]


def _header(srclang: str, options: TmxOptions) -> etree._Element:
    """Return the header element with the attributes TMX 1.4b asks for and the signature."""
    header = etree.Element(
        "header",
        {
            "creationtool": "align-check",
            "creationtoolversion": clean_text(options.tool_version),
            "segtype": "sentence",
            "o-tmf": "align-check",
            "adminlang": "en",
            "srclang": clean_text(srclang),
            "datatype": "plaintext",
            "creationdate": _tmx_date(options.created),
        },
    )
    _add_prop(header, "x-signature", options.signature)
    return header


def _tmx_date(moment: datetime) -> str:
    """Return a moment as a TMX date, YYYYMMDDThhmmssZ in UTC (a naive moment is taken as UTC)."""
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC)
    return moment.strftime("%Y%m%dT%H%M%SZ")


def _fresh_elements(
    reports: Sequence[Report], options: TmxOptions, srclang: str, seen: set[tuple[str, str]]
) -> Iterator[etree._Element]:
    """Yield a tu for each pair of the reports whose texts are not in seen (which grows)."""
    for report in reports:
        for bead in report.beads:
            source, target = _bead_texts(report, bead)
            key = _key(source, target)
            if not (key[0] and key[1]) or key in seen:
                continue
            findings = [f for f in report.findings if _concerns(f, bead)]
            if options.skip_flagged and any(f.severity == "error" for f in findings):
                continue
            seen.add(key)
            yield _tu(report, (source, target), _props(report, bead, findings), srclang)


def _bead_texts(report: Report, bead: Bead) -> tuple[str, str]:
    """Return the two sides of a bead as segments, each side's sentences joined by one space."""
    source = " ".join(clean_text(report.source.sentences[i].text) for i in bead.source)
    target = " ".join(clean_text(report.target.sentences[i].text) for i in bead.target)
    return source, target


def _tu(
    report: Report, texts: tuple[str, str], props: Sequence[tuple[str, str]], srclang: str
) -> etree._Element:
    """Return the tu of a pair: its tuid, props and the two tuvs."""
    tu = etree.Element("tu", tuid=tuid_of(*texts))
    if report.source.lang != srclang:
        tu.set("srclang", clean_text(report.source.lang))
    for kind, value in props:
        _add_prop(tu, kind, value)
    _add_tuv(tu, report.source.lang, texts[0])
    _add_tuv(tu, report.target.lang, texts[1])
    return tu


def _concerns(finding: Finding, bead: Bead) -> bool:
    """True when a finding is about a sentence of the bead."""
    return bool(set(finding.source) & set(bead.source) or set(finding.target) & set(bead.target))


def _props(report: Report, bead: Bead, findings: Sequence[Finding]) -> list[tuple[str, str]]:
    """Return the props a CAT tool shows beside a pair: score, files and findings."""
    props = [
        ("x-score", f"{bead.score:.3f}"),
        ("x-source-file", report.source.path),
        ("x-target-file", report.target.path),
    ]
    if findings:
        worst = max((f.severity for f in findings), key=severity_rank)
        props.append(("x-findings", " ".join(sorted({f.code for f in findings}))))
        props.append(("x-severity", worst))
    return props


def _add_prop(parent: etree._Element, kind: str, value: str) -> None:
    """Append a prop of the given type to a header or tu."""
    etree.SubElement(parent, "prop", type=kind).text = clean_text(value)


def _add_tuv(tu: etree._Element, lang: str, text: str) -> None:
    """Append a tuv in the given language holding one segment."""
    tuv = etree.SubElement(tu, "tuv", {XML_LANG: clean_text(lang)})
    etree.SubElement(tuv, "seg").text = text


def _append_indented(body: etree._Element, fresh: list[etree._Element]) -> None:
    """Append units at the end of a body, indented like the body's first unit."""
    closing = body[-1].tail if len(body) else None
    step = body.text if len(body) and body.text and not body.text.strip() else "\n    "
    for element in fresh:
        etree.indent(element, space="  ", level=2)
        if len(body):
            body[-1].tail = step
        else:
            body.text = step
        body.append(element)
    body[-1].tail = closing if closing and not closing.strip() else "\n  "


def _serialize(tree: etree._ElementTree) -> bytes:
    """Return a document as UTF-8 bytes with an XML declaration."""
    text: bytes = etree.tostring(tree, encoding="UTF-8", xml_declaration=False)
    return DECLARATION + text + b"\n"


def _parse(data: bytes) -> etree._ElementTree:
    """Parse a TMX without DTD loading, entity expansion or network access."""
    parser = etree.XMLParser(
        resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False
    )
    try:
        tree = etree.fromstring(data, parser).getroottree()
    except etree.XMLSyntaxError as error:
        raise InputError(f"TMX is not well-formed XML: {_first_line(error)}") from None
    _refuse_entities(tree)
    return tree


def _refuse_entities(tree: etree._ElementTree) -> None:
    """Refuse a document that declares entities: no TMX needs them and they can attack a reader."""
    subset = tree.docinfo.internalDTD
    if subset is not None and any(True for _ in subset.iterentities()):
        raise InputError("TMX declares entities in its DOCTYPE; refusing to read it")


def _first_line(error: Exception) -> str:
    """Return the first line of an error's message."""
    lines = str(error).splitlines()
    return lines[0] if lines else type(error).__name__


def _parts(root: etree._Element) -> tuple[etree._Element, etree._Element]:
    """Return the header and body of a TMX root, or raise InputError when it is not one."""
    header, body = root.find("header"), root.find("body")
    if root.tag != "tmx" or header is None or body is None:
        raise InputError(f"not a TMX document: root <{root.tag}> lacks <header> and <body>")
    return header, body


def _read_units(root: etree._Element) -> Iterator[TmxUnit]:
    """Yield the pairs of a TMX root, one per tu and target tuv."""
    header, body = _parts(root)
    for tu in body.findall("tu"):
        yield from _tu_units(tu, tu.get("srclang") or header.get("srclang") or "")


def _tu_units(tu: etree._Element, srclang: str) -> Iterator[TmxUnit]:
    """Yield the pairs of one tu: its source tuv (chosen by srclang) with each other tuv."""
    tuvs = [
        (tuv.get(XML_LANG) or tuv.get("lang") or "", _seg_text(tuv)) for tuv in tu.findall("tuv")
    ]
    if len(tuvs) < 2:
        return
    index = _source_index([lang for lang, _ in tuvs], srclang)
    (source_lang, source), others = tuvs[index], tuvs[:index] + tuvs[index + 1 :]
    props = tuple((prop.get("type", ""), prop.text or "") for prop in tu.findall("prop"))
    tuid = tu.get("tuid", "")
    for target_lang, target in others:
        yield TmxUnit(tuid, source_lang, source, target_lang, target, props)


def _source_index(langs: Sequence[str], srclang: str) -> int:
    """Return the index of the tag matching srclang: exactly, then by language; else 0."""
    tags = [lang.lower() for lang in langs]
    wanted = srclang.lower()
    if wanted in tags:
        return tags.index(wanted)
    primaries = [base_language(tag) for tag in tags]
    primary = base_language(wanted)
    return primaries.index(primary) if primary in primaries else 0


def _seg_text(tuv: etree._Element) -> str:
    """Return the text of a tuv's seg, leaving out the native codes of inline elements."""
    seg = tuv.find("seg")
    return "" if seg is None else "".join(_text_parts(seg))


def _text_parts(element: etree._Element) -> Iterator[str]:
    """Yield the text of an element and its highlighted children, skipping inline codes."""
    yield element.text or ""
    for child in element:
        if isinstance(child.tag, str) and child.tag not in INLINE_CODES:
            yield from _text_parts(child)
        yield child.tail or ""


def _key(source: str, target: str) -> tuple[str, str]:
    """Return the merge key of a pair: both texts with layout whitespace folded."""
    return (_LAYOUT_SPACE.sub(" ", source).strip(" "), _LAYOUT_SPACE.sub(" ", target).strip(" "))
