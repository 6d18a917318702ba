"""The whole HTML page: head with inlined style and script, summary, then each comparison."""

from __future__ import annotations

import base64
import hashlib
from functools import cache
from importlib.resources import files

from lxml.html import tostring

from align_check import __version__
from align_check.lang import language_name
from align_check.model import Report, Run
from align_check.output.html.alignment import alignment_table
from align_check.output.html.anchors import pair_id
from align_check.output.html.elements import E, Element, classes, text
from align_check.output.html.findings import findings_list
from align_check.output.html.summary import pairs_section, summary_section
from align_check.output.options import OutputOptions


def format_html(run: Run, options: OutputOptions) -> str:
    """One self-contained page (no network): both versions side by side, findings marked."""
    style, script = asset("report.css"), asset("report.js")
    page = E.html({"lang": "en"}, _head(run, style, script), _body(run, script))
    html: str = tostring(page, doctype="<!DOCTYPE html>", encoding="unicode")
    return html + "\n"


@cache
def asset(name: str) -> str:
    """The text of a stylesheet or script shipped beside this module."""
    return files("align_check.output.html").joinpath(name).read_text(encoding="utf-8")


def _head(run: Run, style: str, script: str) -> Element:
    policy = (
        f"default-src 'none'; style-src '{_digest(style)}'; "
        f"script-src '{_digest(script)}'; img-src data:; form-action 'none'"
    )
    return E.head(
        E.meta({"charset": "utf-8"}),
        E.meta({"http-equiv": "Content-Security-Policy", "content": policy}),
        E.meta({"name": "viewport", "content": "width=device-width, initial-scale=1"}),
        E.meta({"name": "generator", "content": f"align-check {__version__}"}),
        E.title(text(_title(run))),
        E.style(style),
    )


def _digest(source: str) -> str:
    """The CSP source that allows exactly this inline text."""
    digest = hashlib.sha256(source.encode("utf-8")).digest()
    return "sha256-" + base64.b64encode(digest).decode("ascii")


def _title(run: Run) -> str:
    if run.batch:
        return f"align-check: {len(run.reports)} pairs, {len(run.unpaired)} unpaired"
    report = run.reports[0]
    return f"align-check: {report.source.path} → {report.target.path}"


def _body(run: Run, script: str) -> Element:
    main = E.main({"id": "main"}, summary_section(run))
    if run.batch:
        main.append(pairs_section(run))
    main.extend(_report(report, n, run.batch) for n, report in enumerate(run.reports, start=1))
    return E.body(
        E.a({"href": "#main", **classes("skip")}, "Skip to the report"),
        E.header(E.h1("align-check report"), *_signatures(run)),
        main,
        E.script(script),
    )


def _signatures(run: Run) -> list[Element]:
    signatures = sorted({report.signature for report in run.reports})
    return [E.p(classes("signature"), "Signature: ", text(s)) for s in signatures]


def _report(report: Report, n: int, batch: bool) -> Element:
    """The section of one comparison: its documents, findings and alignment."""
    source, target = report.source, report.target
    heading = f"pair-{n}-title"
    return E.section(
        {"id": pair_id(n), "aria-labelledby": heading},
        E.h2(
            {"id": heading},
            f"Pair {n}: " if batch else "",
            E.span(classes("path"), text(source.path)),
            " → ",
            E.span(classes("path"), text(target.path)),
        ),
        E.p(classes("facts"), _facts(report)),
        *_notices(report),
        E.h3(f"Findings ({len(report.findings)})"),
        findings_list(report, n),
        E.h3("Alignment"),
        alignment_table(report, n),
    )


def _notices(report: Report) -> list[Element]:
    """What the readers left out or decided, one line a document that has notices."""
    return [
        E.p(classes("notices"), f"Read {document.path}: ", text("; ".join(document.notices)))
        for document in (report.source, report.target)
        if document.notices
    ]


def _facts(report: Report) -> str:
    source, target = report.source, report.target
    pairs = sum(1 for bead in report.beads if bead.two_sided)
    lone = len(report.beads) - pairs
    return (
        f"{len(source.sentences)} {language_name(source.lang)} sentences, "
        f"{len(target.sentences)} {language_name(target.lang)} sentences; "
        f"{pairs} aligned pairs, {lone} on one side only."
    )
