"""The configuration file: align-check.toml, or [tool.align-check] in pyproject.toml."""

from __future__ import annotations

from pathlib import Path

import pytest

from align_check.config import Config, load_config
from align_check.errors import InputError


def test_no_file_gives_the_defaults(tmp_path: Path) -> None:
    assert load_config(tmp_path) == Config()


def test_pyproject_table_is_read(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.align-check]\nignore = ["ac103"]\nfail-on = "warning"\n'
        'severity = { name = "error", AC212 = "warning" }\n',
        encoding="utf-8",
    )
    config = load_config(tmp_path)
    assert (config.ignore, config.fail_on) == (("AC103",), "warning")
    assert config.severities == (("AC212", "warning"), ("name", "error"))


def test_align_check_toml_comes_before_pyproject(tmp_path: Path) -> None:
    (tmp_path / "align-check.toml").write_text('select = ["AC2"]\n', encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.align-check]\nselect = ["AC3"]\n', encoding="utf-8"
    )
    assert load_config(tmp_path).select == ("AC2",)


def test_a_pyproject_without_the_table_gives_the_defaults(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    assert load_config(tmp_path) == Config()


BAD = [
    ('severity = { name = "fatal" }\n', "use info, warning or error"),
    ('severity = { colour = "error" }\n', "not a category or a code"),
    ('fail-on = "sometimes"\n', "fail-on"),
    ('select = "AC2"\n', "take a list of codes"),
    ('selekt = ["AC2"]\n', "unknown setting 'selekt'"),
    ("select = [\n", "cannot read the configuration"),
]


@pytest.mark.parametrize(
    ("text", "message"), BAD, ids=["severity", "category", "fail-on", "select", "unknown", "syntax"]
)
def test_a_bad_configuration_is_an_input_error(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "align-check.toml").write_text(text, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        load_config(tmp_path)
