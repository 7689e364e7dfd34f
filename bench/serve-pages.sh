#!/usr/bin/env bash
# Times dossier serve's pages on a generated store.
#
# It generates a corpus (fixtures/gen), ingests it into a new store, starts
# dossier serve on it, then fetches every project's page, the projects list
# (all, and needs review), documents pages and a document's text, and
# prints for each kind of page the median, 90th percentile and largest time
# (curl's time_total, on loopback), and the time of a decision posted
# through the form, which reconciles its project as it is stored.
#
# Usage: bench/serve-pages.sh            (N=10000 SEED=1)
#        N=1000 bench/serve-pages.sh
#        DB=path/to/dossier.db bench/serve-pages.sh   (an existing store)
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-10000}
SEED=${SEED:-1}
PORT=${PORT:-18080}

work=$(mktemp -d)
server=""
cleanup() {
	if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
	rm -rf "$work"
}
trap cleanup EXIT

go build -o "$work/dossier" ./cmd/dossier
db=${DB:-}
if [ -z "$db" ]; then
	go build -o "$work/gen" ./fixtures/gen
	echo "generating $N documents (seed $SEED) and ingesting them" >&2
	"$work/gen" -n "$N" -o "$work/corpus" -seed "$SEED"
	db="$work/dossier.db"
	"$work/dossier" ingest --db "$db" --progress none "$work/corpus" >&2
fi

"$work/dossier" serve --db "$db" --addr "127.0.0.1:$PORT" >"$work/serve.log" 2>&1 &
server=$!
base="http://127.0.0.1:$PORT"
for _ in $(seq 100); do
	grep -q "open http" "$work/serve.log" 2>/dev/null && break
	sleep 0.1
done

# time_of URL: seconds curl took to get it (fails on a status other than 200).
time_of() {
	curl -sf -o /dev/null -w '%{time_total}\n' "$1"
}

# stats NAME: median, 90th percentile and largest of the times on stdin, in ms.
stats() {
	sort -n | awk -v name="$1" '{t[NR] = $1 * 1000} END {
		if (NR == 0) { print name ": no samples"; exit }
		p50 = t[int((NR + 1) / 2)]; p90 = t[int(NR * 0.9 + 0.999)]
		printf "%-34s %6d pages  median %7.1f ms  p90 %7.1f ms  max %7.1f ms\n", name, NR, p50, p90, t[NR] }'
}

echo "first request: $(time_of "$base/") s"
"$work/dossier" projects --db "$db" | awk 'NR > 1 {print $1}' >"$work/projects"
echo "$(wc -l <"$work/projects") projects, $(sqlite3 "$db" 'select count(*) from documents' 2>/dev/null || echo "?") documents"

while read -r p; do time_of "$base/projects/$p"; done <"$work/projects" | stats "project page (every project)"
biggest=$("$work/dossier" projects --db "$db" | awk 'NR > 1 {print $(NF-1), $1}' | sort -rn | awk 'NR == 1 {print $2}')
for _ in $(seq 20); do time_of "$base/projects/$biggest"; done | stats "project page ($biggest, most documents)"
for _ in $(seq 20); do time_of "$base/"; done | stats "projects list"
for _ in $(seq 20); do time_of "$base/?review=1"; done | stats "projects list, needs review"
echo "documents list, first (reads the documents): $(time_of "$base/documents") s"
for i in $(seq 20); do time_of "$base/documents?page=$i"; done | stats "documents list, pages 1-20"
for _ in $(seq 20); do time_of "$base/documents?state=failed&q=cyber"; done | stats "documents list, filtered"
doc=$(curl -sf "$base/documents" | grep -o 'href="/documents/[0-9a-f]\{64\}"' | awk -F'"' 'NR == 1 {print $2}')
for _ in $(seq 20); do time_of "$base$doc"; done | stats "document text"

# A decision: the form's post (stores it, and reconciles the project in
# the same transaction), then the page it leads to.
jar="$work/cookies"
page=$(curl -sf -c "$jar" "$base/projects/$biggest")
csrf=$(printf '%s' "$page" | grep -o 'name="csrf" value="[^"]*"' | awk -F'"' 'NR == 1 {print $4}')
field=$(printf '%s' "$page" | grep -o 'name="field" value="[^"]*"' | awk -F'"' 'NR == 1 {print $4}')
post=$(curl -s -b "$jar" -o /dev/null -w '%{http_code} %{time_total}' -H "Origin: $base" \
	--data-urlencode "csrf=$csrf" --data-urlencode "field=$field" --data-urlencode "candidate=1" \
	--data-urlencode "note=bench" --data-urlencode "reviewer=bench" "$base/projects/$biggest/decisions")
echo "decision on $biggest $field: post $post s (status, seconds); page after it: $(time_of "$base/projects/$biggest") s; again: $(time_of "$base/projects/$biggest") s"
