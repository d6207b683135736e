#!/usr/bin/env bash
# Installs Debian's Chromium for the report page's browser test, if it is not there yet.
# (Playwright's own browser download cannot work without internet access; the tests drive
# /usr/bin/chromium through playwright-core.)
set -euo pipefail
if [ -x /usr/bin/chromium ]; then exit 0; fi
sudo_cmd=""
if [ "$(id -u)" != "0" ]; then sudo_cmd="sudo"; fi
$sudo_cmd apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
/usr/bin/chromium --version
