#!/usr/bin/env bash
# The HTML report of a French Word file against its English PDF, as Chromium draws it:
# docs/screenshots/mixed-docx-pdf-report.png. Needs Debian's chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(mktemp -d)
.venv/bin/align-check compare tests/data/mixed/a11y-word.fr.docx tests/data/mixed/a11y-word.en.pdf \
  --format html -o "$out/report.html" || [ $? -eq 1 ]
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$out/profile" --hide-scrollbars --window-size=1400,1500 \
  --screenshot=docs/screenshots/mixed-docx-pdf-report.png "file://$out/report.html" 2>/dev/null
