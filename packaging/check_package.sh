#!/usr/bin/env bash
# Smoke test of the PyInstaller build, headless: packaging/check_package.sh dist/regulars/regulars
# Runs --version, demo, customers find and a card print from the built binary; any failure stops it loudly.
set -euo pipefail
binary=${1:-dist/regulars/regulars}
[ -x "$binary" ] || { echo "FAIL: $binary is missing; run make package first" >&2; exit 1; }
work=$(mktemp -d /tmp/regulars-package-check.XXXXXX)
trap 'rm -rf "$work"' EXIT
export QT_QPA_PLATFORM=offscreen
unset REGULARS_DATABASE_URL REGULARS_DATA_DIR REGULARS_OWNER_PIN
run() {
  echo "+ regulars $*" >&2
  if ! "$binary" --data-dir "$work/data" "$@" > "$work/out" 2> "$work/err"; then
    echo "FAIL: regulars $* exited with an error:" >&2
    cat "$work/err" "$work/out" >&2
    exit 1
  fi
  cat "$work/out"
}
fail() { echo "FAIL: $*" >&2; exit 1; }

run --version | grep -q '^regulars [0-9]' || fail "--version did not print a version"
run demo --customers 40 --visits 400 --seed 7
run --json customers find zoe | grep -q '"name": "Zoë' || fail "customers find zoe did not find Zoë"
run cards print --out "$work/cards.pdf" --layout avery-c32011 --customer 1 --customer 2
[ -s "$work/cards.pdf" ] || fail "cards print wrote no PDF"
if command -v pdffonts > /dev/null; then
  pdffonts "$work/cards.pdf" | grep -q 'DejaVuSans' || fail "the card sheet does not embed the bundled DejaVu Sans"
fi
run export visits --date today --format pdf --out "$work/day.pdf"
run export visits --date today --format xlsx --out "$work/day.xlsx"
[ -s "$work/day.pdf" ] && [ -s "$work/day.xlsx" ] || fail "export visits wrote no file"
echo "package check passed: $binary"
