#!/usr/bin/env bash
# Compares `dossier ingest` with pdftotext on one generated corpus.
#
# On the PDFs of a corpus written by fixtures/gen, it times dossier (reading,
# fact extraction and storing, PDFs parsed in worker processes) against
# pdftotext (text only, one process per file) at the same parallelism
# (xargs -P), and prints the ratio of documents per second. Then it times
# dossier on the whole corpus (web pages too) at two sizes, to show how
# ingest time grows, and a re-run over the unchanged corpus. Peak memory
# comes from GNU time (the largest single process) and from sampling the
# resident memory of dossier and its workers together.
#
# Usage: bench/compare.sh            (N=10000 SMALL=1000 P=$(nproc) SEED=1)
#        N=2000 SMALL=500 bench/compare.sh
# Needs pdftotext (Debian package poppler-utils) and /usr/bin/time (time);
# installs them when missing, as scripts/test.sh does.
set -euo pipefail
cd "$(dirname "$0")/.."

N=${N:-10000}
SMALL=${SMALL:-1000}
P=${P:-$(nproc)}
SEED=${SEED:-1}

need=()
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
[ -x /usr/bin/time ] || need+=(time)
if ((${#need[@]})); then
	echo "installing: ${need[*]}" >&2
	sudo=""
	[ "$(id -u)" = 0 ] || sudo=sudo
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "building dossier and generating $N documents (seed $SEED) in $work" >&2
go build -o "$work/dossier" ./cmd/dossier
go build -o "$work/gen" ./fixtures/gen
"$work/gen" -n "$N" -o "$work/corpus" -seed "$SEED"
"$work/gen" -n "$SMALL" -o "$work/small" -seed "$SEED"
mkdir "$work/pdf"
find "$work/corpus" -maxdepth 1 -name '*.pdf' -exec ln -t "$work/pdf" {} +
npdf=$(find "$work/pdf" -name '*.pdf' | wc -l)

# tree_rss_kb PID: resident memory of PID and its children, in KiB.
tree_rss_kb() {
	{ ps -o rss= -p "$1" --ppid "$1" 2>/dev/null || true; } | awk '{s += $1} END {print s + 0}'
}

# measure NAME COMMAND...: runs COMMAND under GNU time, sampling the
# memory of its process tree; sets SECS, MAXRSS_MB (largest process) and
# TREE_MB (sampled peak of the tree).
measure() {
	local name=$1
	shift
	/usr/bin/time -v -o "$work/time-$name" "$@" >"$work/out-$name" 2>"$work/err-$name" &
	local tpid=$! peak=0 kb pid
	sleep 0.05
	pid=$(pgrep -P "$tpid" | head -1 || true)
	while kill -0 "$tpid" 2>/dev/null; do
		if [ -n "$pid" ]; then
			kb=$(tree_rss_kb "$pid")
			if ((kb > peak)); then peak=$kb; fi
		fi
		sleep 0.1
	done
	wait "$tpid" || { echo "$name failed:" >&2; tail -5 "$work/err-$name" >&2; exit 1; }
	SECS=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$work/time-$name")
	MAXRSS_MB=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$work/time-$name")
	TREE_MB=$(awk -v k="$peak" 'BEGIN {if (k == 0) print "-"; else printf "%.0f", k / 1024}')
}

rate() { awk -v n="$1" -v s="$2" 'BEGIN {printf "%.1f", n / s}'; }

printf '\n%-44s %7s %8s %8s %12s %10s\n' "run" "docs" "seconds" "docs/s" "largest MB" "tree MB"
row() { printf '%-44s %7d %8.2f %8s %12s %10s\n' "$1" "$2" "$3" "$(rate "$2" "$3")" "$4" "$5"; }

measure pdftotext sh -c "find '$work/pdf' -name '*.pdf' -print0 | xargs -0 -P $P -I{} pdftotext -q {} /dev/null"
pdftotext_secs=$SECS
row "pdftotext, $P at a time (text only)" "$npdf" "$SECS" "$MAXRSS_MB" "-"

measure dossier-pdf "$work/dossier" ingest --db "$work/pdf.db" --workers "$P" --progress none "$work/pdf"
dossier_pdf_secs=$SECS
row "dossier ingest, same PDFs, --workers $P" "$npdf" "$SECS" "$MAXRSS_MB" "$TREE_MB"

measure dossier-small "$work/dossier" ingest --db "$work/small.db" --workers "$P" --progress none "$work/small"
small_secs=$SECS
row "dossier ingest, whole corpus of $SMALL" "$SMALL" "$SECS" "$MAXRSS_MB" "$TREE_MB"

measure dossier-all "$work/dossier" ingest --db "$work/all.db" --workers "$P" --progress none "$work/corpus"
all_secs=$SECS
row "dossier ingest, whole corpus of $N" "$N" "$SECS" "$MAXRSS_MB" "$TREE_MB"

measure dossier-rerun "$work/dossier" ingest --db "$work/all.db" --workers "$P" --progress none "$work/corpus"
rerun_secs=$SECS
row "dossier ingest again, unchanged" "$N" "$SECS" "$MAXRSS_MB" "$TREE_MB"

echo
awk -v a="$pdftotext_secs" -v b="$dossier_pdf_secs" \
	'BEGIN {printf "dossier vs pdftotext on the same PDFs: %.2fx the documents per second (goal: at least 2x)\n", a / b}'
awk -v s="$small_secs" -v l="$all_secs" -v ns="$SMALL" -v nl="$N" \
	'BEGIN {printf "ingest time, %d vs %d documents: %.2fx for %.0fx the documents (linear: %.0fx)\n", nl, ns, l / s, nl / ns, nl / ns}'
awk -v f="$all_secs" -v r="$rerun_secs" \
	'BEGIN {printf "re-run over the unchanged corpus: %.0fx faster than the first run (goal: at least 50x)\n", f / r}'
grep -h '^ingested' "$work/out-dossier-all" "$work/out-dossier-rerun" | sed 's/^/  /'
