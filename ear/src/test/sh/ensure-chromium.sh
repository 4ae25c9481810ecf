#!/usr/bin/env bash
# The browser tests drive Debian's headless Chromium through Debian's chromedriver (never a browser
# a tool downloads). Installs the two packages when they are missing and we may (root with apt).
set -euo pipefail
chromium=${RELAY_CHROMIUM:-/usr/bin/chromium}
chromedriver=${RELAY_CHROMEDRIVER:-/usr/bin/chromedriver}
if [ -x "$chromium" ] && [ -x "$chromedriver" ]; then
  exit 0
fi
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "Installing Debian's chromium and chromium-driver for the browser tests ..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium chromium-driver >/dev/null
  exit 0
fi
echo "The browser tests need Chromium and chromedriver at $chromium and $chromedriver." >&2
echo "Install Debian's chromium and chromium-driver, or set RELAY_CHROMIUM and RELAY_CHROMEDRIVER." >&2
exit 1
