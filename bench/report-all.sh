#!/usr/bin/env bash
# Times `dossier report --all` on a generated corpus of about a thousand
# projects.
#
# fixtures/gen writes DOCS documents (5,400 with seed 1 describe 1,000
# projects); they are ingested into a fresh store (not timed),
# then `report --all` writes every project's report into a folder, and
# again with `--donor Canada`. Reports of projects that still have open
# reviews are drafts (--draft), so every project gets one. Prints the
# projects, reports, seconds, reports a second and the peak memory.
#
# Usage: bench/report-all.sh                  (DOCS=5400 SEED=1)
#        DOCS=1000 bench/report-all.sh
#        DOSSIER=/path/to/dossier bench/report-all.sh   (time another build)
#        FLAGS= bench/report-all.sh           (without --draft, for a build that lacks it)
#        INGEST_DOSSIER=/path/to/old/dossier bench/report-all.sh
#            (ingest with that build: to compare two builds on the same
#            facts, ingest with the same one; extraction changes move
#            documents between projects)
# Needs /usr/bin/time (Debian package time); installs it when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

DOCS=${DOCS:-5400}
SEED=${SEED:-1}
FLAGS=${FLAGS---draft}

if [ ! -x /usr/bin/time ]; then
	echo "installing: time" >&2
	sudo=""
	[ "$(id -u)" = 0 ] || sudo=sudo
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends time >/dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dossier=${DOSSIER:-}
if [ -z "$dossier" ]; then
	go build -o "$work/dossier" ./cmd/dossier
	dossier=$work/dossier
fi
go build -o "$work/gen" ./fixtures/gen
n=$DOCS
echo "generating $n documents (seed $SEED) and ingesting them into $work/bench.db" >&2
"$work/gen" -n "$n" -o "$work/corpus" -seed "$SEED"
"${INGEST_DOSSIER:-$dossier}" ingest --db "$work/bench.db" --progress none "$work/corpus" >"$work/ingest.out" 2>&1 || true
tail -1 "$work/ingest.out" >&2
projects=$(("$("$dossier" projects --db "$work/bench.db" | wc -l)" - 1)) # less the header

# measure NAME ARGS...: runs dossier report ARGS under GNU time; sets SECS,
# MB and REPORTS (PDFs written).
measure() {
	local name=$1
	shift
	mkdir -p "$work/$name"
	local rc=0
	/usr/bin/time -v -o "$work/time-$name" "$dossier" report --db "$work/bench.db" --all -o "$work/$name" "$@" \
		>"$work/out-$name" 2>"$work/err-$name" || rc=$?
	if [ "$rc" != 0 ] && [ "$rc" != 3 ]; then
		echo "$name failed (exit $rc):" >&2
		tail -5 "$work/err-$name" >&2
		exit 1
	fi
	SECS=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$work/time-$name")
	MB=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$work/time-$name")
	REPORTS=$(find "$work/$name" -name '*.pdf' | wc -l)
	CPU=$(awk -F': ' '/Percent of CPU/ {print $2}' "$work/time-$name")
}

printf '\n%-40s %8s %8s %8s %10s %6s %8s\n' "run" "projects" "reports" "seconds" "reports/s" "CPU" "peak MB"
row() { printf '%-40s %8d %8d %8.2f %10s %6s %8s\n' "$1" "$projects" "$REPORTS" "$SECS" "$(awk -v n="$REPORTS" -v s="$SECS" 'BEGIN {printf "%.1f", n / s}')" "$CPU" "$MB"; }

# shellcheck disable=SC2086 # FLAGS is a list of flags
measure all $FLAGS
row "report --all $FLAGS" all
# shellcheck disable=SC2086
measure canada $FLAGS --donor Canada
row "report --all $FLAGS --donor Canada" canada
echo "nproc: $(nproc); load average: $(cut -d' ' -f1-3 /proc/loadavg)"
