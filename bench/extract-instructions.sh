#!/usr/bin/env bash
# Compares the cost of fact extraction per document (BenchmarkExtract in
# facts/, the seed fixtures) at HEAD and at an older commit, in machine
# instructions counted by valgrind's callgrind: unlike seconds, the count
# is the same whatever else the machine is doing.
#
# The garbage collector is off (GOGC=off): its work moves with the heap's
# history more than with extraction's, and with it on, a Go binary under
# valgrind now and then dies in its runtime.
#
# Each side runs the benchmark at 5 and at 15 iterations; the difference,
# divided by the 50 extractions between them, is the cost of one document
# without the setup (reading the PDFs and pages, loading the lexicon).
#
# Usage: bench/extract-instructions.sh [BASE]   (BASE defaults to 037fdbd,
#        the code before issue 9's work on extraction)
# Needs valgrind (Debian package valgrind); installs it when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

base=${1:-037fdbd}
if ! command -v valgrind >/dev/null 2>&1; then
	echo "installing: valgrind" >&2
	sudo=""
	[ "$(id -u)" = 0 ] || sudo=sudo
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends valgrind >/dev/null
fi

work=$(mktemp -d)
trap 'git worktree remove --force "$work/base" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
git worktree add --detach "$work/base" "$base" >/dev/null 2>&1
go test -c -o "$work/head.test" ./facts
(cd "$work/base" && go test -c -o "$work/base.test" ./facts)

# count BIN DIR N: instructions of a run of N iterations.
count() {
	local out="$work/cg-$(basename "$1")-$3.out"
	rm -f "$out"
	# valgrind may exit non-zero after a complete run of a Go binary; what
	# counts is that the benchmark finished ("PASS") and callgrind wrote
	# its totals.
	# A Go binary under valgrind now and then dies in its runtime (a
	# register dump): such a run is tried again, up to three times.
	for try in 1 2 3; do
		rm -f "$out"
		(cd "$2" && GOGC=off GODEBUG=asyncpreemptoff=1 GOMAXPROCS=1 valgrind --tool=callgrind \
			--callgrind-out-file="$out" "$1" -test.run '^$' -test.bench 'Extract$' \
			-test.benchtime "${3}x" >"$out.log" 2>&1) || true
		if grep -q '^PASS' "$out.log" && grep -q '^totals:' "$out" 2>/dev/null; then
			break
		fi
		echo "valgrind run $try of $(basename "$1") ($3 iterations) died; again" >&2
	done
	if ! grep -q '^PASS' "$out.log" || ! grep -q '^totals:' "$out" 2>/dev/null; then
		echo "valgrind run of $1 ($3 iterations) did not finish:" >&2
		grep -v '^==' "$out.log" | tail -5 >&2
		exit 1
	fi
	awk '/^totals:/ {print $2}' "$out"
}

per_doc() { # BIN DIR
	local a b docs
	docs=$(ls "$2/../fixtures/docs" | wc -l)
	a=$(count "$1" "$2" 5)
	b=$(count "$1" "$2" 15)
	# Ten more runs must cost more; if not, a run was cut short.
	if [ -z "$a" ] || [ -z "$b" ] || ((b <= a)); then
		echo "callgrind totals make no sense for $1: $a at 5, $b at 15 iterations" >&2
		exit 1
	fi
	echo $(((b - a) / (10 * docs)))
}

head_i=$(per_doc "$work/head.test" "$PWD/facts")
base_i=$(per_doc "$work/base.test" "$work/base/facts")
echo "instructions per document: HEAD $head_i, $base ${base_i}"
awk -v h="$head_i" -v b="$base_i" 'BEGIN {printf "HEAD / %s: %.2f\n", "'"$base"'", h / b}'
