#!/bin/sh
# make.sh rebuilds the test PDFs of package extract from their sources, with
# the real producers the PDFs stand for. Run it from anywhere; it writes next
# to itself. Tests never run it: its outputs are committed.
#
#   chromium-two-column.pdf   Chromium headless print-to-PDF of two-column.html
#   chromium-newspaper.pdf    the same of newspaper.html (three justified
#                             columns, level lines, a narrow gutter)
#   chromium-prose-beside-table.pdf  the same of prose-beside-table.html
#   libreoffice-table.pdf     LibreOffice Writer export of table.fodt
#   libreoffice-protected.pdf the same, with an owner password (128-bit RC4)
#   gofpdf-utf8.pdf           gofpdf with the Go fonts as UTF-8 TrueType (gen/)
#   gofpdf-encrypted.pdf      the same, opened only with a user password
#   gofpdf-owner-encrypted.pdf  the same, encrypted with an owner password only
#   handmade-encodings.pdf    written object by object (gen/): /Differences,
#                             a bfrange array CMap, no /Widths, /Rotate 90
#   handmade-ligatures.pdf    ligature glyphs by name and by ToUnicode (gen/cases.go)
#   handmade-symbol.pdf       Symbol, ZapfDingbats and a Type 1 built-in encoding
#   handmade-hyphens.pdf      words hyphenated at a line's end, and kept hyphens
#   gofpdf-latex-two-column.pdf  latex-two-column.txt set as LaTeX sets two
#                             columns (gen/latex.go)
#   libreoffice-ligatures.pdf LibreOffice Writer export of ligatures.fodt
#   libreoffice-rtl.pdf       LibreOffice Writer export of rtl.fodt (Arabic,
#                             Hebrew; DejaVu Sans)
#   libreoffice-brief.pdf     LibreOffice Writer export of brief.fodt (a table of
#                             two equal columns, a heading under it)
#   libreoffice-tight-table.pdf  the same of tight-table.fodt (a table's cells
#                             a padding apart, a list set with a bullet and a tab)
#   libreoffice-label-table-then-figures.pdf  the same of
#                             label-table-then-figures.fodt (a label table of
#                             two wide columns, a heading, a table of figures)
#
# Needs chromium, soffice (LibreOffice) and go.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
	--disable-background-networking --disable-component-update --disable-sync \
	--user-data-dir="$tmp/chromium" --no-pdf-header-footer \
	--print-to-pdf="$here/chromium-two-column.pdf" "file://$here/two-column.html" 2>/dev/null
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
	--disable-background-networking --disable-component-update --disable-sync \
	--user-data-dir="$tmp/chromium" --no-pdf-header-footer \
	--print-to-pdf="$here/chromium-newspaper.pdf" "file://$here/newspaper.html" 2>/dev/null
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
	--disable-background-networking --disable-component-update --disable-sync \
	--user-data-dir="$tmp/chromium" --no-pdf-header-footer \
	--print-to-pdf="$here/chromium-prose-beside-table.pdf" "file://$here/prose-beside-table.html" 2>/dev/null

soffice -env:UserInstallation="file://$tmp/soffice" --headless \
	--convert-to pdf --outdir "$tmp" "$here/table.fodt" >/dev/null 2>&1
mv "$tmp/table.pdf" "$here/libreoffice-table.pdf"
# The same with permissions set by an owner password: 128-bit RC4, no
# password needed to open it.
soffice -env:UserInstallation="file://$tmp/soffice" --headless \
	--convert-to 'pdf:writer_pdf_Export:{"RestrictPermissions":{"type":"boolean","value":"true"},"PermissionPassword":{"type":"string","value":"owner"}}' \
	--outdir "$tmp" "$here/table.fodt" >/dev/null 2>&1
mv "$tmp/table.pdf" "$here/libreoffice-protected.pdf"

for f in ligatures rtl brief tight-table label-table-then-figures; do
	soffice -env:UserInstallation="file://$tmp/soffice" --headless \
		--convert-to pdf --outdir "$tmp" "$here/$f.fodt" >/dev/null 2>&1
	mv "$tmp/$f.pdf" "$here/libreoffice-$f.pdf"
done

(cd "$here/../../.." && go run ./extract/testdata/pdf/gen "$here")

ls -l "$here"/*.pdf
