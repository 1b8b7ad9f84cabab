#!/usr/bin/env bash
# Debian's Chromium for the webview tests (playwright-core drives it; `npx playwright install`
# would download a browser, which this machine cannot). Idempotent and quiet.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
export DEBIAN_FRONTEND=noninteractive
apt-get -o DPkg::Lock::Timeout=600 update -qq >/dev/null
apt-get -o DPkg::Lock::Timeout=600 install -y -qq chromium >/dev/null
