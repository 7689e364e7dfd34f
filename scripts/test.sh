#!/usr/bin/env bash
# Runs every test. Installs, from Debian's packages, the outside tools the
# tests use when they are missing, then runs go vet and go test.
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)   # PDF text cross-checks
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)     # XML checks
command -v chromium >/dev/null 2>&1 || need+=(chromium)          # web pages as a browser shows them
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)  # the store suite on PostgreSQL (a throwaway cluster per test binary)
if ((${#need[@]})); then
	echo "installing: ${need[*]}" >&2
	sudo=""
	[ "$(id -u)" = 0 ] || sudo=sudo
	$sudo apt-get update -qq
	DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))
if [ -n "$unformatted" ]; then
	echo "gofmt would change:" >&2
	echo "$unformatted" >&2
	exit 1
fi
go vet ./...
go test -count=1 ./... "$@"
