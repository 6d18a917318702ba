"""Errors that reach the user as one line and exit code 2."""


class InputError(Exception):
    """Bad input: reported as one line, exit code 2."""
