#!/usr/bin/env bash
# Rebuilds staff-restaurant-menu.pdf from staff-restaurant-menu.html with
# Chromium's print to PDF, a real producer, as fixtures/make-docs.sh does
# for the seed brochure. Needs the Debian package chromium.
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
timeout 180 chromium --headless --no-sandbox --disable-gpu --disable-quic \
	--no-first-run --disable-background-networking --disable-component-update \
	--disable-sync --user-data-dir="$work/chromium" --no-pdf-header-footer \
	--print-to-pdf="$work/menu.pdf" "file://$PWD/staff-restaurant-menu.html" \
	>"$work/chromium.log" 2>&1
mv "$work/menu.pdf" staff-restaurant-menu.pdf
