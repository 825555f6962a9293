#!/usr/bin/env bash
# The one test command of smedx: installs what the browser tests need when it
# is missing (Debian's chromium and a CJK font), then vets, checks gofmt and
# runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."
export GOTOOLCHAIN=local

if ! command -v chromium >/dev/null 2>&1 || ! fc-list 2>/dev/null | grep -qi "WenQuanYi"; then
  if [ "$(id -u)" = 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null
  else
    echo "chromium or fonts-wqy-microhei missing: sudo apt-get install -y chromium fonts-wqy-microhei" >&2
  fi
fi

unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))
if [ -n "$unformatted" ]; then
  echo "gofmt would change: $unformatted" >&2
  exit 1
fi
go vet ./...
# go test runs GOMAXPROCS packages at a time, started in the order listed.
# The browser journeys (uitest) are the longest package by far and wait on
# Chromium much of the time: listed first they run beside all the others
# instead of alone at the end (./... then adds every other package once).
go test -count=1 -timeout 20m ./uitest/ ./...
