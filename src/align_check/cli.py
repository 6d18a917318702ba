"""The command line: parse options into values, call the library, map the result to an exit code.

This module is the only home of click.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from functools import wraps
from pathlib import Path
from typing import Any

import click

from align_check import __version__, cache
from align_check.baseline import apply_baseline
from align_check.batch import run_batch
from align_check.config import Config, load_config
from align_check.errors import InputError
from align_check.lang import LanguageTagError, check_tag
from align_check.model import FAIL_ON, Report, Run, reaches
from align_check.namelist import read_names
from align_check.output import FORMATS, OutputOptions
from align_check.output.files import write_all
from align_check.output.tmx import TmxOptions, merge_tmx, write_tmx
from align_check.pairing import pair_documents
from align_check.pairing.naming import name_tag
from align_check.pipeline import compare as compare_documents
from align_check.pipeline import result_key
from align_check.reading import ReadOptions, read_document
from align_check.settings import SIMILARITIES, Settings

EXIT_CLEAN = 0
"""No finding at or above the --fail-on severity."""
EXIT_FINDINGS = 1
"""At least one finding at or above the --fail-on severity."""
EXIT_ERROR = 2
"""Usage or input error: one line on stderr."""


class InputFailure(click.ClickException):
    """Unreadable or invalid input, reported like a usage error (exit 2)."""

    exit_code = EXIT_ERROR


def _reported(command: Callable[..., int]) -> Callable[..., int]:
    """Turn library errors into InputFailure, which main() reports as one line."""

    @wraps(command)
    def run(*args: Any, **kwargs: Any) -> int:
        try:
            return command(*args, **kwargs)
        except (InputError, LanguageTagError) as error:
            raise InputFailure(str(error)) from None

    return run


def _tag(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    try:
        return check_tag(value) if value else None
    except LanguageTagError as error:
        raise click.BadParameter(str(error)) from None


def _codes(ctx: click.Context, param: click.Parameter, values: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(code.strip().upper() for value in values for code in value.split(",") if code)


def _reports(
    ctx: click.Context, param: click.Parameter, values: tuple[str, ...]
) -> tuple[tuple[str, str], ...]:
    reports = tuple((name, path) for name, _, path in (value.partition(":") for value in values))
    for name, path in reports:
        if name not in FORMATS or not path or path == "-":
            choices = ", ".join(sorted(FORMATS))
            raise click.BadParameter(f"{name}:{path}: expected FORMAT:PATH, FORMAT in {choices}")
    return reports


def _cache_dir(help_text: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """The ``--cache-dir`` option (``ALIGN_CHECK_CACHE_DIR``) of compare, check and cache."""
    return click.option(
        "--cache-dir",
        type=click.Path(file_okay=False, path_type=Path),
        envvar="ALIGN_CHECK_CACHE_DIR",
        help=help_text,
    )


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="align-check")
def cli() -> None:
    """Align two language versions of a document and report where they diverge."""


@cli.command()
@click.argument("source", type=click.Path(dir_okay=True, allow_dash=True))
@click.argument("target", type=click.Path(dir_okay=True, allow_dash=True))
@click.option(
    "--source-lang", callback=_tag, help="BCP 47 tag of the source (fr, fr-FR); guessed if absent."
)
@click.option(
    "--target-lang", callback=_tag, help="BCP 47 tag of the target (en, en-GB); guessed if absent."
)
@click.option(
    "--segmented",
    is_flag=True,
    help="Inputs hold one sentence per line; a blank line ends a paragraph.",
)
@click.option(
    "--similarity",
    type=click.Choice(SIMILARITIES),
    default="auto",
    show_default=True,
    help="Signal for aligning: sentence embeddings (semantic) or characters (lexical).",
)
@click.option(
    "--format", "format_", type=click.Choice(sorted(FORMATS)), default="text", show_default=True
)
@click.option(
    "--output",
    "-o",
    type=click.Path(dir_okay=False, allow_dash=True),
    default="-",
    help="Write the report to this file instead of standard output.",
)
@click.option(
    "--tmx", type=click.Path(dir_okay=False), help="Write the aligned pairs as a TMX 1.4b memory."
)
@click.option(
    "--tmx-merge",
    type=click.Path(dir_okay=False),
    help="Add the aligned pairs to this existing TMX (units already there are skipped).",
)
@click.option(
    "--tmx-skip-flagged", is_flag=True, help="Leave pairs with an error finding out of the TMX."
)
@click.option(
    "--fail-on",
    type=click.Choice(FAIL_ON),
    help="Exit 1 when a finding has this severity or a higher one [default: error].",
)
@click.option(
    "--select",
    multiple=True,
    callback=_codes,
    help="Report only these codes or prefixes (AC2,AC301).",
)
@click.option(
    "--ignore", multiple=True, callback=_codes, help="Do not report these codes or prefixes."
)
@click.option(
    "--color", type=click.Choice(["auto", "always", "never"]), default="auto", show_default=True
)
@click.option(
    "--report",
    multiple=True,
    callback=_reports,
    metavar="FORMAT:PATH",
    help="Also write the report in FORMAT to PATH (repeatable): sarif:out.sarif.",
)
@click.option(
    "--baseline", type=click.Path(dir_okay=False), help="Report only findings not in this file."
)
@click.option("--update-baseline", is_flag=True, help="Write every current finding to --baseline.")
@click.option(
    "--names",
    "names_file",
    type=click.Path(dir_okay=False),
    help="CSV or TSV of names and their translations (first row: fr,en).",
)
@click.option(
    "--main",
    metavar="SELECTOR",
    help="Web pages: read this element (CSS selector) [default: the page's main landmark].",
)
@click.option(
    "--exclude",
    multiple=True,
    metavar="SELECTOR",
    help="Web pages: leave out the elements this CSS selector matches (repeatable).",
)
@_cache_dir(
    "Keep encoded sentences and unchanged pairs' results here [default: the user's cache folder]."
)
@click.option(
    "--no-cache",
    is_flag=True,
    envvar="ALIGN_CHECK_NO_CACHE",
    help="Neither read nor write the cache.",
)
@click.option(
    "--cache-limit",
    type=click.IntRange(min=1),
    default=cache.LIMIT_MB,
    show_default=True,
    metavar="MB",
    help="Drop the entries used longest ago when the cache grows past this size.",
)
@_reported
def compare(source: str, target: str, **options: Any) -> int:
    """Compare SOURCE with its translation TARGET ("-" reads one of them from standard input)."""
    if source == "-" and target == "-":
        raise click.UsageError("only one of SOURCE and TARGET can be read from standard input")
    config = load_config(Path.cwd())
    settings = _settings(options, config)
    source_lang = settings.source_lang or name_tag(source)
    target_lang = settings.target_lang or name_tag(target)

    def compared() -> Report:
        source_doc = read_document(source, source_lang, settings.segmented, settings.reading)
        target_doc = read_document(target, target_lang, settings.segmented, settings.reading)
        return compare_documents(source_doc, target_doc, settings)

    key = result_key((source, target), (source_lang, target_lang), settings)
    with cache.using(_cache_options(options)):
        report = cache.remembered(key, compared)
    return _finish(Run(reports=(report,)), options, config)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@click.option(
    "--source-lang",
    callback=_tag,
    default="fr",
    show_default=True,
    help="BCP 47 tag of the sources; each pair's other document is its target.",
)
@click.option("--target-lang", callback=_tag, help="Pair sources only with this language.")
@click.option("--manifest", type=click.Path(dir_okay=False), help="TOML or CSV file listing pairs.")
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=1,
    show_default=True,
    help="Compare this many pairs at once, in separate processes.",
)
@_reported
def check(paths: tuple[str, ...], **options: Any) -> int:
    """Pair the documents under PATHS with their other-language versions and compare each pair."""
    config = load_config(Path.cwd())
    settings = _settings(options, config)
    pairing = pair_documents(
        paths, options["source_lang"], options["target_lang"], options["manifest"]
    )
    run = run_batch(pairing, settings, options["jobs"], sys.stderr, _cache_options(options))
    return _finish(run, options, config)


_CHECK_OWN = {param.name for param in check.params}
check.params.extend(
    p for p in compare.params if isinstance(p, click.Option) and p.name not in _CHECK_OWN
)
"""check takes compare's output, policy and baseline options as they are."""


@cli.command("cache")
@_cache_dir("The cache folder [default: the user's cache folder].")
@click.option("--clear", is_flag=True, help="Drop every entry.")
@_reported
def cache_command(cache_dir: Path | None, clear: bool) -> int:
    """Say where the cache is and what it holds; with --clear, empty it."""
    folder = cache_dir or cache.default_folder()
    store = cache.Store(cache.CacheOptions(folder))
    if clear:
        store.clear()
    click.echo(f"cache: {folder / cache.FILE}")
    for table, (entries, size) in store.sizes().items():
        what = {"features": "sentences encoded", "results": "pair results"}[table]
        click.echo(f"{what}: {entries} ({size / 1e6:.1f} MB)")
    return EXIT_CLEAN


def _cache_options(options: dict[str, Any]) -> cache.CacheOptions:
    """The cache a comparison uses: none with --no-cache."""
    if options["no_cache"]:
        return cache.NO_CACHE
    folder = options["cache_dir"] or cache.default_folder()
    return cache.CacheOptions(folder, options["cache_limit"])


def _settings(options: dict[str, Any], config: Config) -> Settings:
    """The comparison's settings: command-line options over the configuration file."""
    return Settings(
        source_lang=options["source_lang"],
        target_lang=options["target_lang"],
        segmented=options["segmented"],
        similarity=options["similarity"],
        select=options["select"] or config.select,
        ignore=config.ignore + options["ignore"],
        severities=config.severities,
        names=config.names + (read_names(options["names_file"]) if options["names_file"] else ()),
        reading=ReadOptions(
            main=options["main"] or config.main, exclude=config.exclude + options["exclude"]
        ),
    )


def _finish(run: Run, options: dict[str, Any], config: Config) -> int:
    """Leave out what the baseline accepts, write every output and return the exit code."""
    run, baseline = apply_baseline(run, options["baseline"], options["update_baseline"])
    fail_on = options["fail_on"] or config.fail_on or "error"
    _write(run, options, baseline, fail_on)
    return exit_code(run, fail_on)


def _write(run: Run, options: dict[str, Any], extra: dict[str, bytes], fail_on: str) -> None:
    """Render every requested output, then write them all at once (extra files too)."""
    color = _color(options["color"], options["output"])
    report = FORMATS[options["format_"]](run, OutputOptions(color=color, fail_on=fail_on))
    outputs = _tmx_outputs(run, options) | extra
    for name, path in options["report"]:
        outputs[path] = FORMATS[name](run, OutputOptions(fail_on=fail_on)).encode("utf-8")
    if options["output"] != "-":
        outputs[options["output"]] = report.encode("utf-8")
    write_all(outputs)
    if options["output"] == "-":
        click.echo(report, nl=False, color=color)


def _tmx_outputs(run: Run, options: dict[str, Any]) -> dict[str, bytes]:
    tmx_options = TmxOptions(
        created=creation_time(),
        skip_flagged=options["tmx_skip_flagged"],
        tool_version=__version__,
        signature=run.reports[0].signature if run.reports else "",
    )
    outputs: dict[str, bytes] = {}
    if options["tmx"]:
        outputs[options["tmx"]] = write_tmx(run.reports, tmx_options)
    if options["tmx_merge"]:
        path = options["tmx_merge"]
        try:
            outputs[path] = merge_tmx(_read_existing(path), run.reports, tmx_options)
        except InputError as error:
            raise InputError(f"{path}: {error}") from None
    return outputs


def _read_existing(path: str) -> bytes:
    """The memory to merge into; a file that does not exist yet is an empty memory."""
    try:
        with open(path, "rb") as stream:
            return stream.read()
    except FileNotFoundError:
        return b""
    except OSError as error:
        raise InputError(f"{path}: cannot read it ({error.strerror})") from None


def creation_time() -> datetime:
    """Now, or SOURCE_DATE_EPOCH when set, so the same inputs give the same bytes."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch is None:
        return datetime.now(UTC).replace(microsecond=0)
    try:
        return datetime.fromtimestamp(int(epoch), UTC)
    except ValueError:
        raise InputError(f"SOURCE_DATE_EPOCH={epoch!r} is not a whole number of seconds") from None


def _color(choice: str, output: str) -> bool:
    if choice != "auto":
        return choice == "always"
    return output == "-" and sys.stdout.isatty() and "NO_COLOR" not in os.environ


def exit_code(run: Run, fail_on: str) -> int:
    """EXIT_FINDINGS when a finding reaches the --fail-on severity, else EXIT_CLEAN."""
    failing = any(reaches(f.severity, fail_on) for f in run.findings)
    return EXIT_FINDINGS if failing else EXIT_CLEAN


def main(argv: list[str] | None = None) -> int:
    """Run align-check with these arguments and return its exit code; the one exit point."""
    try:
        code = cli.main(args=argv, prog_name="align-check", standalone_mode=False)
    except click.ClickException as error:
        click.echo(f"align-check: error: {error.format_message()}", err=True)
        return EXIT_ERROR if isinstance(error, click.UsageError) else error.exit_code
    except click.Abort:
        click.echo("align-check: interrupted", err=True)
        return EXIT_ERROR
    return code if isinstance(code, int) else EXIT_CLEAN


def run() -> None:
    """Entry point of the align-check console script."""
    sys.exit(main())
