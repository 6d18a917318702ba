"""README.md keeps its promises: the Quick start CI runs, and every finding code is documented."""

from __future__ import annotations

import re

import pytest

from align_check.codes import CODES
from paths import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def quick_start() -> list[str]:
    """The commands of the Quick start section, in order."""
    section = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```sh\n(.+?)\n```", section, flags=re.DOTALL)


def test_the_quick_start_has_exactly_two_commands() -> None:
    commands = quick_start()
    assert len(commands) == 2
    assert "align-check compare seeds/001_" in commands[0] and "pytest" in commands[1]


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    assert quick_start()[1] in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()


@pytest.mark.parametrize("code", sorted(CODES))
def test_every_code_is_documented_with_its_category_severity_and_an_example(code: str) -> None:
    row = next((line for line in README.splitlines() if line.startswith(f"| {code} |")), "")
    cells = [cell.strip() for cell in row.strip("|").split("|")]
    assert cells[:3] == [code, CODES[code].category, CODES[code].severity]
    assert len(cells) == 5 and cells[4], "each code needs an example"
