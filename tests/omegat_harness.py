"""Run OmegaT headless on a one-document project whose tm/auto holds a TMX, for the tests."""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from align_check.output.tmx import read_tmx

OMEGAT_JAR = Path(os.environ.get("OMEGAT_JAR", "/usr/share/omegat/OmegaT.jar"))
"""Where Debian's omegat package puts OmegaT; OMEGAT_JAR points elsewhere."""

TIMEOUT = 120
"""Seconds one OmegaT run may take (about 4 on a small project)."""

PROJECT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <source_dir_excludes><mask>**/.svn/**</mask></source_dir_excludes>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
    <source_lang>{source}</source_lang>
    <target_lang>{target}</target_lang>
    <source_tok>org.omegat.tokenizer.LuceneFrenchTokenizer</source_tok>
    <target_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</target_tok>
    <sentence_seg>true</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
"""
"""An OmegaT 3.6 project file: French to English, sentence segmentation on."""

FILTERS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<filters>
  <filter className="org.omegat.filters2.text.TextFilter" enabled="true">
    <files sourceFilenameMask="*.txt" targetFilenamePattern="${filename}"
           sourceEncoding="UTF-8" targetEncoding="UTF-8"/>
    <option name="segmentOn" value="BREAKS"/>
  </filter>
</filters>
"""
"""The project's file filters: UTF-8 text, each line a unit (as align-check reads bullet lines)."""


@dataclass(frozen=True)
class Translation:
    """What OmegaT made of a document: its source segments, the pairs it used, the result."""

    segments: frozenset[str]
    pairs: frozenset[tuple[str, str]]
    text: str


def omegat_missing() -> str | None:
    """Return why OmegaT cannot run on this machine, or None when it can."""
    if shutil.which("java") is None:
        return "java is not installed (apt-get install -y omegat brings it)"
    if not OMEGAT_JAR.is_file():
        return f"OmegaT is not installed: no {OMEGAT_JAR} (apt-get install -y omegat)"
    return None


def translate(folder: Path, document: Path, memory: bytes, langs: tuple[str, str]) -> Translation:
    """Translate a document with OmegaT, our memory in tm/auto.

    OmegaT's pseudo-translated memory gives its segments; the project memory it exports
    after translating gives the pairs it took from ours.
    """
    project = make_project(folder / "project", document, memory, langs)
    pseudo = folder / "segments.tmx"
    run_omegat(
        project,
        "console-createpseudotranslatetmx",
        f"--pseudotranslatetmx={pseudo}",
        "--pseudotranslatetype=equal",
    )
    run_omegat(project, "console-translate")
    segments = frozenset(unit.source for unit in read_tmx(pseudo.read_bytes()))
    used = read_tmx((project / f"{project.name}-omegat.tmx").read_bytes())
    text = (project / "target" / document.name).read_text(encoding="utf-8")
    return Translation(segments, frozenset((unit.source, unit.target) for unit in used), text)


def make_project(folder: Path, document: Path, memory: bytes, langs: tuple[str, str]) -> Path:
    """Build an OmegaT project holding one source document and our TMX in tm/auto.

    OmegaT's own sentence rules apply: the config dir is fresh, so they are its defaults.
    """
    for name in ("source", "target", "tm/auto", "omegat", "glossary", "dictionary"):
        (folder / name).mkdir(parents=True, exist_ok=True)
    source, target = langs
    (folder / "omegat.project").write_text(PROJECT.format(source=source, target=target), "utf-8")
    (folder / "omegat" / "filters.xml").write_text(FILTERS, "utf-8")
    shutil.copyfile(document, folder / "source" / document.name)
    (folder / "tm" / "auto" / "align-check.tmx").write_bytes(memory)
    return folder


def run_omegat(project: Path, mode: str, *options: str) -> None:
    """Run OmegaT in a console mode on a project, without a display or the user's settings."""
    home = project.parent / "home"
    command = [
        "java",
        "-Djava.awt.headless=true",
        "-Dfile.encoding=UTF-8",
        f"-Duser.home={home}",
        "-jar",
        str(OMEGAT_JAR),
        str(project),
        f"--mode={mode}",
        f"--config-dir={home / 'omegat'}",
        "--disable-project-locking",
        "--no-team",
        "--quiet",
        *options,
    ]
    env = {**os.environ, "LC_ALL": "C.UTF-8"}
    done = subprocess.run(command, capture_output=True, text=True, timeout=TIMEOUT, env=env)
    if done.returncode != 0:
        raise RuntimeError(f"OmegaT {mode} failed ({done.returncode}):\n{done.stderr[-2000:]}")
