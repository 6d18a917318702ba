"""``python -m align_check``: the same as the align-check command."""

from align_check.cli import run

run()
