#!/usr/bin/env bash
# Renders each page of a report PDF as a PNG, to look at:
#   scripts/report-pngs.sh REPORT.pdf OUTDIR
# writes OUTDIR/REPORT-1.png, OUTDIR/REPORT-2.png, … at 60 dpi.
set -euo pipefail
if [ $# -ne 2 ]; then
	echo "usage: $0 REPORT.pdf OUTDIR" >&2
	exit 2
fi
pdf=$1
out=$2
if ! command -v pdftoppm >/dev/null 2>&1; then
	echo "pdftoppm not found: install poppler-utils" >&2
	exit 1
fi
mkdir -p "$out"
pdftoppm -png -r 60 "$pdf" "$out/$(basename "${pdf%.pdf}")"
ls "$out"/"$(basename "${pdf%.pdf}")"-*.png
