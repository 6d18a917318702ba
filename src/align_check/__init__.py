"""align-check: keep the language versions of a statement honest."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("align-check")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"
