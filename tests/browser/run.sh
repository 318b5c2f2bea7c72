#!/usr/bin/env bash
# Browser tests of the web app in headless Chromium (Debian's package, driven by
# playwright-core; no browser download). Installs what is missing (Debian's chromium, the
# npm packages of package-lock.json), builds the debug binary, serves the demo directory
# from a throw-away database and index on a free port, runs `node --test` on
# tests/browser/*.test.mjs (or the files NABO_BROWSER_TESTS names), keeps screenshots in
# $NABO_ARTIFACTS, stops the server.
# Exits non-zero on any failure.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
export NABO_ARTIFACTS="${NABO_ARTIFACTS:-$root/test-artifacts/browser}"
export NABO_CHROMIUM="${NABO_CHROMIUM:-/usr/bin/chromium}"
started=$SECONDS
step() { echo "-- $1 (${SECONDS}s)"; }

step "Chromium"
if [ ! -x /usr/bin/chromium ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
"$NABO_CHROMIUM" --version 2>/dev/null | grep -i chromium || { echo "ERROR: no Chromium at $NABO_CHROMIUM" >&2; exit 1; }

step "npm packages"
if ! cmp -s "$here/package-lock.json" "$here/node_modules/.nabo-package-lock.json"; then
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
  cp "$here/package-lock.json" "$here/node_modules/.nabo-package-lock.json"
fi
node --version

step "cargo build -p nabo (debug)"
cargo build -p nabo
bin="$root/target/debug/nabo"

step "server"
tmp="$(mktemp -d)"
server=""
stop_server() {
  if [ -n "$server" ] && kill -0 "$server" 2>/dev/null; then
    kill -TERM "$server" 2>/dev/null || true
    for _ in $(seq 1 100); do kill -0 "$server" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
  fi
  server=""
}
cleanup() {
  stop_server
  if [ -f "$tmp/server.log" ]; then cp "$tmp/server.log" "$NABO_ARTIFACTS/server.log" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

mkdir -p "$NABO_ARTIFACTS"
rm -f "$NABO_ARTIFACTS"/*.png "$NABO_ARTIFACTS/server.log" "$NABO_ARTIFACTS/junit.xml"
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
base="http://127.0.0.1:$port"
# Accounts for the editors' pages: an editor of København (dk-0101) and an admin; a
# volunteer of a local group, who records referrals (insights.test.mjs).
export NABO_TEST_PASSWORD="browser-test-password"
for account in "browser-editor --role editor --area dk-0101" "browser-admin --role admin" "browser-volunteer --role volunteer --group aarhus-gellerup"; do
  # shellcheck disable=SC2086
  echo "$NABO_TEST_PASSWORD" | NABO_DATABASE_URL="sqlite://$tmp/nabo.db" NABO_INDEX_DIR="$tmp/index" \
    "$bin" user add $account --password-stdin >/dev/null
done
# A partner site on another origin embeds the widget (widget.test.mjs): a key for it,
# and a second key allowing only 3 requests a minute.
export NABO_PARTNER_PORT="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
partner_key() {
  NABO_DATABASE_URL="sqlite://$tmp/nabo.db" NABO_INDEX_DIR="$tmp/index" \
    "$bin" key add --name "$1" --origins "http://127.0.0.1:$NABO_PARTNER_PORT" --rate "$2" | tail -n 1
}
NABO_WIDGET_KEY="$(partner_key "browser partner" 600)"
NABO_LIMITED_KEY="$(partner_key "browser limited partner" 3)"
export NABO_WIDGET_KEY NABO_LIMITED_KEY
NABO_DATABASE_URL="sqlite://$tmp/nabo.db" NABO_INDEX_DIR="$tmp/index" \
  "$bin" serve --addr "127.0.0.1:$port" >"$tmp/server.log" 2>&1 &
server=$!
for _ in $(seq 1 600); do
  if curl -sf "$base/healthz" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$server" 2>/dev/null; then
    echo "ERROR: nabo serve exited:" >&2; cat "$tmp/server.log" >&2; exit 1
  fi
  sleep 0.2
done
curl -sf "$base/healthz" || { echo "ERROR: $base/healthz did not answer" >&2; cat "$tmp/server.log" >&2; exit 1; }
echo

step "node --test ${NABO_BROWSER_TESTS:-tests/browser/*.test.mjs} against $base"
status=0
NABO_BASE_URL="$base" node --test --test-concurrency=2 \
  --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=junit --test-reporter-destination="$NABO_ARTIFACTS/junit.xml" \
  ${NABO_BROWSER_TESTS:-tests/browser/*.test.mjs} || status=$?

step "stop the server"
stop_server
if grep -q 'panicked' "$tmp/server.log"; then
  echo "ERROR: the server panicked during the browser tests:" >&2
  grep -A5 'panicked' "$tmp/server.log" >&2
  status=1
fi
echo "artifacts: $NABO_ARTIFACTS ($(ls "$NABO_ARTIFACTS"/*.png 2>/dev/null | wc -l) screenshots)"
echo "browser tests: exit $status after $((SECONDS - started))s"
exit "$status"
