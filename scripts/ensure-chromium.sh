#!/usr/bin/env bash
# `npm test` runs this first (the `pretest` script): the HTML report's end-to-end test
# (test/e2e/html-report.test.ts) drives Debian's Chromium through playwright-core, which downloads no
# browser of its own. Installs the `chromium` package when it is missing; does nothing otherwise.
set -euo pipefail
if command -v chromium >/dev/null 2>&1; then exit 0; fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "The HTML report test needs Chromium: run 'apt-get install -y chromium' as root." >&2
    exit 1
  fi
fi
echo "Installing Debian's chromium for the HTML report test (apt-get)…" >&2
$SUDO apt-get update -qq
$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
