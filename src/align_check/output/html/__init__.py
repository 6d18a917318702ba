"""The HTML report: one self-contained page with both versions side by side."""

from __future__ import annotations

from align_check.output.html.page import format_html

__all__ = ["format_html"]
