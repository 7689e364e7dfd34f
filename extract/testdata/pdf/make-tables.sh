#!/bin/sh
# make-tables.sh renders the label/value table test PDFs of package extract
# from their sources, with the producers and flags fixtures/corpus/render.sh
# uses, and pins their dates (2021-06-01 12:00:00) and /ID (the MD5 of the
# source) without changing their length, so re-renders on the same tool
# versions give the same bytes. Tests never run it: its outputs are
# committed.
#
#   chromium-tables.pdf     Chromium headless print-to-PDF of tables.html
#   libreoffice-tables.pdf  LibreOffice Writer export of tables.fodt
#   chromium-bold-lead.pdf  Chromium headless print-to-PDF of bold-lead.html
#   chromium-justified-heading.pdf  the same of justified-heading.html
#   chromium-fact-sheet.pdf  the same of fact-sheet.html
#
# Needs chromium, soffice (LibreOffice), perl and md5sum.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export TZ=UTC
date=20210601120000

# pin_pdf FILE DATE SOURCE (scripts/pin-pdf.sh)
. "$here/../../../scripts/pin-pdf.sh"
pin() { pin_pdf "$1" "$date" "$2"; }

# print SOURCE: Chromium's headless print of SOURCE.html to
# chromium-SOURCE.pdf, pinned.
print() {
	chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
		--disable-background-networking --disable-component-update --disable-sync \
		--user-data-dir="$tmp/chromium" --no-pdf-header-footer \
		--print-to-pdf="$tmp/chromium-$1.pdf" "file://$here/$1.html" 2>/dev/null
	pin "$tmp/chromium-$1.pdf" "$here/$1.html"
	mv "$tmp/chromium-$1.pdf" "$here/chromium-$1.pdf"
}
print tables
print bold-lead
print justified-heading
print fact-sheet

soffice -env:UserInstallation="file://$tmp/soffice" --headless \
	--convert-to pdf --outdir "$tmp" "$here/tables.fodt" >/dev/null 2>&1
pin "$tmp/tables.pdf" "$here/tables.fodt"
mv "$tmp/tables.pdf" "$here/libreoffice-tables.pdf"

ls -l "$here/chromium-tables.pdf" "$here/libreoffice-tables.pdf" "$here/chromium-bold-lead.pdf" "$here/chromium-justified-heading.pdf" "$here/chromium-fact-sheet.pdf"
