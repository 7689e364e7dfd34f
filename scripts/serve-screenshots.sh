#!/usr/bin/env bash
# Saves screenshots of dossier serve's pages for a person to look at: the
# projects (all, and those needing review), each seed project's diff page
# (its top, and the whole page), the documents, a source's text with its
# quote highlighted, and a project made from a hostile page and that
# page's text (web/testdata/hostile.html: script, onerror= and javascript:
# in its text and title).
#
# It ingests fixtures/docs and the hostile page into a new store, runs
# dossier serve on it, and drives Debian's headless Chromium (installed
# when missing, as scripts/test.sh does) through web/internal/screenshot.
# Screenshots depend on the fonts installed; no test compares them.
#
# Usage: scripts/serve-screenshots.sh [OUT]     (OUT defaults to ./screenshots)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-screenshots}
PORT=${PORT:-18081}

if ! command -v chromium >/dev/null 2>&1 && ! command -v chromium-browser >/dev/null 2>&1; then
	echo "installing: chromium" >&2
	sudo=""
	[ "$(id -u)" = 0 ] || sudo=sudo
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi

work=$(mktemp -d)
server=""
cleanup() {
	if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
	rm -rf "$work"
}
trap cleanup EXIT

go build -o "$work/dossier" ./cmd/dossier
go build -o "$work/screenshot" ./web/internal/screenshot
db="$work/dossier.db"
"$work/dossier" ingest --db "$db" --progress none fixtures/docs web/testdata/hostile.html >&2
"$work/dossier" serve --db "$db" --addr "127.0.0.1:$PORT" --uploads "$work/uploads" >"$work/serve.log" 2>&1 &
server=$!
base="http://127.0.0.1:$PORT"
for _ in $(seq 100); do
	grep -q "open http" "$work/serve.log" 2>/dev/null && break
	sleep 0.1
done

# A source with a quote: the Cybil page's "Finished", as the diff page links it.
link=$(curl -sf "$base/projects/octopus-project" | grep -o 'href="/documents/[0-9a-f]\{64\}?q=Finished[^"]*"' | awk -F'"' 'NR == 1 {print $2}' | sed 's/&amp;/\&/g')

# The hostile page's text, as the documents page links it.
hostile=$(curl -sf "$base/documents?q=hostile" | grep -o 'href="/documents/[0-9a-f]\{64\}"' | awk -F'"' 'NR == 1 {print $2}' | sed 's|/documents/||')

pdfpage=$(curl -sf -o /dev/null -w '%{redirect_url}' "$base$(curl -sf "$base/projects/cybercrime-octopus" | grep -o 'href="/documents/[0-9a-f]\{64\}/page?page=2[^"]*"' | awk -F'"' 'NR == 1 {print $2}' | sed 's/&amp;/\&/g')" | sed "s|^$base||")

"$work/screenshot" -base "$base" -out "$out" \
	projects=/ \
	projects-needs-review=/?review=1 \
	diff-octopus-project-top@1800=/projects/octopus-project \
	diff-octopus-project=/projects/octopus-project \
	diff-cybercrime-octopus=/projects/cybercrime-octopus \
	documents=/documents \
	source-text@1200="$link" \
	diff-hostile=/projects/evil-project?all=1 \
	source-hostile="/documents/$hostile"
# A PDF source opened at page 2 from the diff page, in Chromium's viewer.
"$work/screenshot" -base "$base" -out "$out" -wait 3s pdf-page-2@900="$pdfpage"
echo "screenshots in $out/" >&2
