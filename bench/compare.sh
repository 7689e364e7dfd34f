#!/usr/bin/env bash
# Compares `dossier ingest` with pdftotext on documents like users' and on a
# generated corpus.
#
# The real-producer corpus is made of the PDFs and web pages in fixtures/
# (the seed fixtures in fixtures/docs and the blind corpus's dev split in
# fixtures/corpus/dev/docs: PDFs printed by Chromium and LibreOffice, with
# embedded subset fonts, 33-88 KB; pages of 2-14 KB), each copied COPIES
# times. Every copy is made unique without changing its text, so that
# dossier reads each as new bytes: a PDF gets a comment line after its
# %%EOF, a page an HTML comment at its end. The test split
# (fixtures/corpus/test) is not used.
#
# dossier (reading, fact extraction and storing into a fresh store, every
# document parsed in worker processes) is timed against pdftotext (text
# only, one process per file, `xargs -P`) at the same parallelism. The runs
# alternate (pdftotext, dossier on the PDFs, dossier on the mixed corpus),
# ROUNDS times, so that a load that comes and goes on a shared machine
# falls on both; the median ratio of documents per second is printed:
#
#   - PDFs: dossier's documents/s on the PDFs ÷ pdftotext's on the same PDFs;
#   - mixed: dossier's documents/s on the PDFs and the pages together ÷
#     pdftotext's on the PDFs (pdftotext reads no web page: it is the
#     yardstick of a text extractor's speed, not the same work).
#
# Then the same comparison on the PDFs of a corpus written by fixtures/gen
# (1-2 pages, 2.3 KB, no embedded fonts: mostly process start for
# pdftotext), and a re-run of dossier over the unchanged generated corpus.
#
# Usage: bench/compare.sh                 (COPIES=20 P=$(nproc) ROUNDS=3 N=2000 SEED=1)
#        DOSSIER=/tmp/dossier-old bench/compare.sh   (time a binary built elsewhere)
#        PROFILE=/tmp/prof bench/compare.sh          (CPU profiles of the first
#                      real-producer run: main process and each worker)
#        SCALE=1 bench/compare.sh         (also the whole generated corpus at
#                      N and SMALL=N/10 documents, to show how time grows)
# Needs pdftotext (Debian package poppler-utils) and /usr/bin/time (time);
# installs them when missing, as scripts/test.sh does.
set -euo pipefail
cd "$(dirname "$0")/.."

COPIES=${COPIES:-20}
P=${P:-$(nproc)}
ROUNDS=${ROUNDS:-3}
N=${N:-2000}
SMALL=${SMALL:-$((N / 10))}
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

if [ -n "${DOSSIER:-}" ]; then
	cp "$DOSSIER" "$work/dossier"
else
	echo "building dossier in $work" >&2
	go build -o "$work/dossier" ./cmd/dossier
fi
go build -o "$work/gen" ./fixtures/gen

# The real-producer corpus: COPIES unique copies of each document.
mkdir -p "$work/real/pdf" "$work/real/html"
srcs=(fixtures/docs fixtures/corpus/dev/docs)
echo "copying the PDFs and pages of ${srcs[*]} $COPIES times" >&2
for d in "${srcs[@]}"; do
	for f in "$d"/*.pdf "$d"/*.html; do
		[ -f "$f" ] || continue
		base=$(basename "$f")
		ext=${base##*.}
		for ((c = 1; c <= COPIES; c++)); do
			out="$work/real/$ext/${base%.*}-$c.$ext"
			cp "$f" "$out"
			# A comment after the end: readers ignore it, the bytes differ.
			if [ "$ext" = pdf ]; then
				printf '\n%% dossier bench copy %d\n' "$c" >>"$out"
			else
				printf '\n<!-- dossier bench copy %d -->\n' "$c" >>"$out"
			fi
		done
	done
done
npdf=$(find "$work/real/pdf" -name '*.pdf' | wc -l)
nhtml=$(find "$work/real/html" -name '*.html' | wc -l)
nmixed=$((npdf + nhtml))
pdfbytes=$(du -sk "$work/real/pdf" | cut -f1)

echo "generating $N documents (seed $SEED)" >&2
"$work/gen" -n "$N" -o "$work/gen-corpus" -seed "$SEED" >/dev/null
mkdir "$work/gen-pdf"
find "$work/gen-corpus" -maxdepth 1 -name '*.pdf' -exec ln -t "$work/gen-pdf" {} +
ngen=$(find "$work/gen-pdf" -name '*.pdf' | wc -l)

# tree_rss_kb PID: resident memory of PID and its children, in KiB.
tree_rss_kb() {
	{ ps -o rss= -p "$1" --ppid "$1" 2>/dev/null || true; } | awk '{s += $1} END {print s + 0}'
}

# measure NAME COMMAND...: runs COMMAND under GNU time, sampling the
# memory of its process tree; sets SECS, CPU (user+system seconds of the
# whole tree), MAXRSS_MB (largest process) and TREE_MB (sampled peak).
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
	CPU=$(awk -F': ' '/User time|System time/ {s += $2} END {printf "%.1f", s}' "$work/time-$name")
	MAXRSS_MB=$(awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$work/time-$name")
	TREE_MB=$(awk -v k="$peak" 'BEGIN {if (k == 0) print "-"; else printf "%.0f", k / 1024}')
}

rate() { awk -v n="$1" -v s="$2" 'BEGIN {printf "%.1f", n / s}'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

row() { printf '%-46s %6d %8.2f %8s %7s %9s %8s\n' "$1" "$2" "$3" "$(rate "$2" "$3")" "$4" "$5" "$6"; }
header() { printf '\n%-46s %6s %8s %8s %7s %9s %8s\n' "$1" "docs" "seconds" "docs/s" "CPU s" "largest MB" "tree MB"; }

# One pdftotext process per file, as a shell loop or a pipeline calls it.
pdftotext_run() { # NAME DIR
	measure "$1" sh -c "find '$2' -name '*.pdf' -print0 | xargs -0 -P $P -I{} pdftotext -q {} /dev/null"
}

dossier_run() { # NAME DIR [ENV...]
	local name=$1 dir=$2
	shift 2
	rm -f "$work/$name.db" "$work/$name.db-wal" "$work/$name.db-shm"
	measure "$name" env "$@" "$work/dossier" ingest --db "$work/$name.db" --workers "$P" --progress none "$dir"
	if grep -q 'failed [1-9]' "$work/out-$name"; then
		echo "$name: some documents failed:" >&2
		grep -i 'fail' "$work/out-$name" | head -5 >&2
	fi
}

echo
echo "real-producer corpus: $npdf PDFs ($pdfbytes KB) and $nhtml web pages, $COPIES unique copies of each document in ${srcs[*]}; $P at a time"
pdf_ratios=() mixed_ratios=() pdf_cpu_ratios=() mixed_cpu_ratios=()
for ((r = 1; r <= ROUNDS; r++)); do
	header "round $r"
	pdftotext_run "pt-$r" "$work/real/pdf"
	pt=$SECS ptc=$CPU
	row "pdftotext, PDFs (text only)" "$npdf" "$SECS" "$CPU" "$MAXRSS_MB" "-"
	penv=()
	if [ -n "${PROFILE:-}" ] && [ "$r" = 1 ]; then
		mkdir -p "$PROFILE"
		penv=("DOSSIER_CPUPROFILE=$PROFILE/ingest-pdf.prof")
	fi
	dossier_run "dp-$r" "$work/real/pdf" "${penv[@]}"
	dp=$SECS dpc=$CPU
	row "dossier ingest, PDFs" "$npdf" "$SECS" "$CPU" "$MAXRSS_MB" "$TREE_MB"
	if [ -n "${PROFILE:-}" ] && [ "$r" = 1 ]; then
		penv=("DOSSIER_CPUPROFILE=$PROFILE/ingest-mixed.prof")
	fi
	dossier_run "dm-$r" "$work/real" "${penv[@]}"
	dm=$SECS dmc=$CPU
	row "dossier ingest, PDFs and pages (mixed)" "$nmixed" "$SECS" "$CPU" "$MAXRSS_MB" "$TREE_MB"
	# docs/s ratio: (n/dossier) / (npdf/pdftotext)
	pdf_ratios+=("$(ratio "$pt" "$dp")")
	mixed_ratios+=("$(awk -v nm="$nmixed" -v dm="$dm" -v np="$npdf" -v pt="$pt" 'BEGIN {printf "%.2f", (nm / dm) / (np / pt)}')")
	# The same per CPU second (user and system, every process): what a
	# document costs, whatever else the machine is doing.
	pdf_cpu_ratios+=("$(ratio "$ptc" "$dpc")")
	mixed_cpu_ratios+=("$(awk -v nm="$nmixed" -v dm="$dmc" -v np="$npdf" -v pt="$ptc" 'BEGIN {printf "%.2f", (nm / dm) / (np / pt)}')")
done

header "generated corpus ($N documents, seed $SEED): its $ngen PDFs"
gen_ratios=() gen_cpu_ratios=()
for ((r = 1; r <= ROUNDS; r++)); do
	pdftotext_run "gpt-$r" "$work/gen-pdf"
	pt=$SECS ptc=$CPU
	row "pdftotext, round $r" "$ngen" "$SECS" "$CPU" "$MAXRSS_MB" "-"
	dossier_run "gdp-$r" "$work/gen-pdf"
	row "dossier ingest, round $r" "$ngen" "$SECS" "$CPU" "$MAXRSS_MB" "$TREE_MB"
	gen_ratios+=("$(ratio "$pt" "$SECS")")
	gen_cpu_ratios+=("$(ratio "$ptc" "$CPU")")
done

header "generated corpus, whole ($N documents)"
dossier_run gall "$work/gen-corpus"
all_secs=$SECS
row "dossier ingest, whole corpus" "$N" "$SECS" "$CPU" "$MAXRSS_MB" "$TREE_MB"
measure grerun "$work/dossier" ingest --db "$work/gall.db" --workers "$P" --progress none "$work/gen-corpus"
rerun_secs=$SECS
row "dossier ingest again, unchanged" "$N" "$SECS" "$CPU" "$MAXRSS_MB" "$TREE_MB"
if [ -n "${SCALE:-}" ]; then
	"$work/gen" -n "$SMALL" -o "$work/gen-small" -seed "$SEED" >/dev/null
	dossier_run gsmall "$work/gen-small"
	small_secs=$SECS
	row "dossier ingest, whole corpus of $SMALL" "$SMALL" "$SECS" "$CPU" "$MAXRSS_MB" "$TREE_MB"
fi

echo
echo "dossier vs pdftotext, documents per second (median of $ROUNDS alternating rounds; per round in brackets):"
printf '  real-producer PDFs:            %sx  [%s]  (goal: at least 2x)\n' "$(median "${pdf_ratios[@]}")" "${pdf_ratios[*]}"
printf '  real-producer mixed corpus:    %sx  [%s]  (goal: at least 3x; pdftotext on the PDFs)\n' "$(median "${mixed_ratios[@]}")" "${mixed_ratios[*]}"
printf '  generated PDFs:                %sx  [%s]\n' "$(median "${gen_ratios[@]}")" "${gen_ratios[*]}"
echo "documents per CPU second (user and system time of every process; holds on a loaded machine, where"
echo "the wall-clock figures above move with the load, pdftotext's process starts hit hardest):"
printf '  real-producer PDFs:            %sx  [%s]\n' "$(median "${pdf_cpu_ratios[@]}")" "${pdf_cpu_ratios[*]}"
printf '  real-producer mixed corpus:    %sx  [%s]\n' "$(median "${mixed_cpu_ratios[@]}")" "${mixed_cpu_ratios[*]}"
printf '  generated PDFs:                %sx  [%s]\n' "$(median "${gen_cpu_ratios[@]}")" "${gen_cpu_ratios[*]}"
printf 'load average at the end: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
awk -v f="$all_secs" -v r="$rerun_secs" \
	'BEGIN {printf "re-run over the unchanged generated corpus: %.0fx faster than the first run (goal: at least 50x)\n", f / r}'
if [ -n "${SCALE:-}" ]; then
	awk -v s="$small_secs" -v l="$all_secs" -v ns="$SMALL" -v nl="$N" \
		'BEGIN {printf "ingest time, %d vs %d documents: %.2fx for %.0fx the documents (linear: %.0fx)\n", nl, ns, l / s, nl / ns, nl / ns}'
fi
grep -h '^ingested' "$work/out-dm-1" "$work/out-gall" "$work/out-grerun" | sed 's/^/  /'
