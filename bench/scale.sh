#!/usr/bin/env bash
# Times dossier's commands on stores of growing size.
#
# It generates one corpus (fixtures/gen) of the largest size and 100
# documents more, then for each size N makes a store of the first N
# documents and prints the time and peak memory of: ingest (dossier and
# its worker processes together, sampled), projects, diff of the project
# with the most documents, documents --failed, export --format json (to a
# file), report of that project (--draft, to a file), and an ingest of the
# next 100 documents into the store of N. Read commands run three times;
# the median time and the largest peak are shown, with the CPU time (user
# and system, of every process of the command) beside the wall clock: on
# a loaded machine the wall clock waits for a CPU, CPU time does not.
# Memory is GNU time's largest resident set of one process, in MiB (for
# ingest, also the sampled sum of dossier and its workers).
#
# Usage: bench/scale.sh                       (SIZES="1000 10000 100000" SEED=1)
#        SIZES="1000 10000" bench/scale.sh
#        DOSSIER=/path/to/dossier bench/scale.sh   (another build, e.g. an older one)
#        WORK=/tmp/scale KEEP=1 bench/scale.sh     (keep, and reuse, the corpus and stores)
#        CORPUS=DIR bench/scale.sh                 (a corpus gen wrote, of at least the largest size + 100)
#        WORK=DIR KEEP=1 REUSE=1 bench/scale.sh     (time the read commands again on the stores a kept run made)
# Needs /usr/bin/time (Debian package time); installs it when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${SIZES:-"1000 10000 100000"}
SEED=${SEED:-1}
P=${P:-$(nproc)}
WORK=${WORK:-}
KEEP=${KEEP:-}
REUSE=${REUSE:-}

if [ ! -x /usr/bin/time ]; then
	echo "installing: time" >&2
	sudo=""
	[ "$(id -u)" = 0 ] || sudo=sudo
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends time >/dev/null
fi

if [ -z "$WORK" ]; then
	WORK=$(mktemp -d)
fi
mkdir -p "$WORK"
if [ -z "$KEEP" ]; then
	trap 'rm -rf "$WORK"' EXIT
fi

largest=0
for n in $SIZES; do
	if ((n > largest)); then largest=$n; fi
done
total=$((largest + 100))

bin=${DOSSIER:-}
if [ -z "$bin" ]; then
	bin="$WORK/dossier"
	go build -o "$bin" ./cmd/dossier
fi
corpus=${CORPUS:-"$WORK/corpus-$total-seed$SEED"}
if [ ! -f "$corpus/.manifest.json" ]; then
	echo "generating $total documents (seed $SEED) in $corpus" >&2
	go build -o "$WORK/gen" ./fixtures/gen
	"$WORK/gen" -n "$total" -o "$corpus" -seed "$SEED"
fi

# subset DIR FROM TO: hard links to documents FROM..TO-1 of the corpus.
subset() {
	local dir=$1 from=$2 to=$3
	rm -rf "$dir"
	mkdir -p "$dir"
	find "$corpus" -maxdepth 1 -name 'doc-*' | awk -v a="$from" -v b="$to" -F/ \
		'{ i = substr($NF, 5, 6) + 0; if (i >= a && i < b) print }' | xargs -r ln -t "$dir"
}

# tree_rss_kb PID: resident memory of PID and its children, in KiB.
tree_rss_kb() {
	{ ps -o rss= -p "$1" --ppid "$1" 2>/dev/null || true; } | awk '{s += $1} END {print s + 0}'
}

# measure NAME COMMAND...: runs COMMAND under GNU time, sampling the
# memory of its process tree; sets SECS, MAXRSS_MB (largest process) and
# TREE_MB (sampled peak of the tree). Standard output goes to
# $WORK/out-NAME.
measure() {
	local name=$1
	shift
	/usr/bin/time -v -o "$WORK/time-$name" "$@" >"$WORK/out-$name" 2>"$WORK/err-$name" &
	local tpid=$! peak=0 kb pid
	sleep 0.02
	pid=$(pgrep -P "$tpid" | head -1 || true)
	while kill -0 "$tpid" 2>/dev/null; do
		if [ -n "$pid" ]; then
			kb=$(tree_rss_kb "$pid")
			if ((kb > peak)); then peak=$kb; fi
		fi
		sleep 0.05
	done
	local rc=0
	wait "$tpid" || rc=$?
	# 3 is "finished, some documents failed", which a corpus may have.
	if ((rc != 0 && rc != 3)); then
		echo "$name failed ($rc):" >&2
		tail -5 "$WORK/err-$name" >&2
		exit 1
	fi
	SECS=$(awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + t[i]; print s}' "$WORK/time-$name")
	CPU=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.2f", s}' "$WORK/time-$name")
	MAXRSS_MB=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$WORK/time-$name")
	TREE_MB=$(awk -v k="$peak" 'BEGIN {if (k == 0) print "-"; else printf "%.0f", k / 1024}')
}

# measure3 NAME COMMAND...: measure three times; SECS and CPU are the
# medians, MAXRSS_MB the largest.
measure3() {
	local name=$1
	shift
	local secs=() cpus=() mb=0
	for k in 1 2 3; do
		measure "$name" "$@"
		secs+=("$SECS")
		cpus+=("$CPU")
		if ((MAXRSS_MB > mb)); then mb=$MAXRSS_MB; fi
	done
	SECS=$(printf '%s\n' "${secs[@]}" | sort -g | sed -n 2p)
	CPU=$(printf '%s\n' "${cpus[@]}" | sort -g | sed -n 2p)
	MAXRSS_MB=$mb
}

row() { printf '%-8s %-46s %9s %8s %10s %10s\n' "$1" "$2" "$3" "$4" "$5" "$6"; }

printf '\nload average: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
row "docs" "command" "seconds" "CPU s" "peak MiB" "tree MiB"
for n in $SIZES; do
	docs="$WORK/docs-$n"
	more="$WORK/more-$n"
	db="$WORK/store-$n.db"
	if [ -n "$REUSE" ] && [ -f "$db" ]; then
		row "$n" "ingest (store reused)" "-" "-" "-" "-"
	else
		subset "$docs" 0 "$n"
		subset "$more" "$n" "$((n + 100))"
		rm -f "$db" "$db-wal" "$db-shm"
		measure "ingest-$n" "$bin" ingest --db "$db" --workers "$P" --progress none "$docs"
		row "$n" "ingest" "$SECS" "$CPU" "$MAXRSS_MB" "$TREE_MB"
	fi

	measure3 "projects-$n" "$bin" projects --db "$db"
	row "$n" "projects ($(($(wc -l <"$WORK/out-projects-$n") - 1)) projects)" "$SECS" "$CPU" "$MAXRSS_MB" "-"
	# The project with the most documents (the first such, in id order).
	project=$(awk 'NR > 1 && $(NF-1) > most {most = $(NF-1); id = $1} END {print id}' "$WORK/out-projects-$n")

	measure3 "diff-$n" "$bin" diff --db "$db" "$project"
	row "$n" "diff ($project, $(wc -c <"$WORK/out-diff-$n") bytes)" "$SECS" "$CPU" "$MAXRSS_MB" "-"

	measure3 "failed-$n" "$bin" documents --failed --db "$db"
	row "$n" "documents --failed" "$SECS" "$CPU" "$MAXRSS_MB" "-"

	measure "export-$n" "$bin" export --format json --db "$db"
	row "$n" "export ($(($(wc -c <"$WORK/out-export-$n") / 1000000)) MB)" "$SECS" "$CPU" "$MAXRSS_MB" "-"
	rm -f "$WORK/out-export-$n"

	measure3 "report-$n" "$bin" report --db "$db" --draft -o "$WORK/report-$n.pdf" "$project"
	row "$n" "report $project" "$SECS" "$CPU" "$MAXRSS_MB" "-"

	if [ -n "$REUSE" ]; then
		continue
	fi
	DOSSIER_STATS=1 measure "more-$n" "$bin" ingest --db "$db" --workers "$P" --progress none "$more"
	row "$n" "ingest 100 more" "$SECS" "$CPU" "$MAXRSS_MB" "$TREE_MB"
	grep -h '^reconciled' "$WORK/err-more-$n" 2>/dev/null | sed 's/^/         /' || true
done
