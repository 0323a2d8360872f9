#!/usr/bin/env bash
# Installs kg with its test tools into .venv (and, as root, Debian's rapper and chromium for the
# independent-parser and browser tests), then runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v rapper >/dev/null || ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq raptor2-utils chromium chromium-driver >/dev/null
  else
    echo "note: rapper/chromium missing and not root: those tests will be skipped" >&2
  fi
fi
python3 -m venv .venv
.venv/bin/pip install --quiet --upgrade pip
.venv/bin/pip install --quiet -e ".[test]"
.venv/bin/python -m pytest -q "$@"
