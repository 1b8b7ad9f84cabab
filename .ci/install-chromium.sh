#!/usr/bin/env bash
# Debian's Chromium for the browser tests (playwright-core drives it; `npx playwright install`
# would download a browser build, which this network does not allow). Idempotent and quiet.
set -euo pipefail
if [[ -x /usr/bin/chromium ]]; then
  exit 0
fi
echo "install-chromium: installing Debian's chromium" >&2
if ! apt-get install -y -qq chromium >/dev/null 2>&1; then
  apt-get update -qq >/dev/null
  apt-get install -y -qq chromium >/dev/null
fi
