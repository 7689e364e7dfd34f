#!/usr/bin/env bash
# Documents per second of distributed ingestion: a generated corpus
# (go run ./fixtures/gen) enqueued into one PostgreSQL store and ingested
# by 1, 2 and 4 `dossier worker` processes (each --jobs 1, parsing in its
# own worker subprocess), against one `dossier ingest --workers 1` into a
# SQLite file, on this machine. The server is a throwaway cluster (initdb
# and postgres from Debian's postgresql, as an unprivileged user when run
# as root) on a free loopback port, removed at the end.
#
# The time of a queued run is from the first worker's start to the last's
# exit (--exit-when-idle), enqueueing not included (printed apart).
#
# Usage: bench/workers.sh            (N=2000 SEED=1 WORKERS="1 2 4" JOBS=1)
#        WORKER_FLAGS=--isolate=false bench/workers.sh   (parse in the worker itself)
set -euo pipefail
cd "$(dirname "$0")/.."
N=${N:-2000}
SEED=${SEED:-1}
WORKERS=${WORKERS:-"1 2 4"}

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ -z "$bin" ]; then
	sudo=""
	[ "$(id -u)" = 0 ] || sudo=sudo
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends postgresql >/dev/null
	bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi

work=$(mktemp -d)
as=()
if [ "$(id -u)" = 0 ]; then
	user=postgres
	id postgres >/dev/null 2>&1 || user=nobody
	chown "$user" "$work"
	as=(runuser -u "$user" --)
fi
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
stop() {
	"${as[@]}" "$bin/pg_ctl" -D "$work/data" -m fast stop >/dev/null 2>&1 || true
	rm -rf "$work"
}
trap stop EXIT
"${as[@]}" "$bin/initdb" -D "$work/data" -U postgres --auth=trust --encoding=UTF8 --locale=C --no-sync >/dev/null
"${as[@]}" "$bin/pg_ctl" -D "$work/data" -l "$work/server.log" -w -o "-p $port -c listen_addresses=127.0.0.1 -c unix_socket_directories=$work -c max_connections=200" start >/dev/null
server="postgres://postgres@127.0.0.1:$port"

go build -o "$work/dossier" ./cmd/dossier
mkdir -p "$work/corpus"
go run ./fixtures/gen -n "$N" -seed "$SEED" -o "$work/corpus" >/dev/null
chmod -R a+rX "$work"
docs=$(find "$work/corpus" -type f ! -name '*.json' | wc -l)
echo "corpus: $docs documents (fixtures/gen -n $N -seed $SEED); $(nproc) cores; load $(cut -d' ' -f1-3 /proc/loadavg)"

rate() { python3 -c "print(f'{$1/$2:.0f}')"; }

start=$(date +%s.%N)
"$work/dossier" --db "$work/sqlite.db" ingest --workers 1 --progress none "$work/corpus" >/dev/null || true
end=$(date +%s.%N)
secs=$(python3 -c "print(f'{$end-$start:.2f}')")
echo "sqlite, dossier ingest --workers 1: ${secs}s, $(rate "$docs" "$secs") docs/s"
start=$(date +%s.%N)
"$work/dossier" --db "$work/sqlite2.db" ingest --workers 2 --progress none "$work/corpus" >/dev/null || true
end=$(date +%s.%N)
secs=$(python3 -c "print(f'{$end-$start:.2f}')")
echo "sqlite, dossier ingest --workers 2: ${secs}s, $(rate "$docs" "$secs") docs/s"

n=0
for w in $WORKERS; do
	n=$((n + 1))
	db="$server/bench$n?sslmode=disable"
	"${as[@]}" "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres "bench$n"
	t0=$(date +%s.%N)
	"$work/dossier" --db "$db" ingest --enqueue "$work/corpus" >/dev/null
	t1=$(date +%s.%N)
	pids=()
	for _ in $(seq "$w"); do
		"$work/dossier" --db "$db" worker --jobs "${JOBS:-1}" --exit-when-idle --poll 200ms ${WORKER_FLAGS:-} >/dev/null &
		pids+=($!)
	done
	wait "${pids[@]}"
	t2=$(date +%s.%N)
	secs=$(python3 -c "print(f'{$t2-$t1:.2f}')")
	enq=$(python3 -c "print(f'{$t1-$t0:.2f}')")
	echo "postgres, $w worker(s): ${secs}s, $(rate "$docs" "$secs") docs/s (enqueue ${enq}s)"
done
