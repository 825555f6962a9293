#!/usr/bin/env bash
# The fast test command: every API test (a real app on a temporary data
# dir, over HTTP, for every role) without the browser journeys of uitest/,
# so it needs neither chromium nor a CJK font. Extra arguments go to
# `go test`, e.g. scripts/test-api.sh -run TestSMS.
# scripts/test.sh is the full one (gofmt, vet, API and browser tests).
set -euo pipefail
cd "$(dirname "$0")/.."
export GOTOOLCHAIN=local

pkgs=(. ./hooks/... ./demo/ ./smedxtest/)
go vet "${pkgs[@]}"
go test -count=1 -timeout 20m "$@" "${pkgs[@]}"
