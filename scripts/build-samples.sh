#!/usr/bin/env bash
# Installs kg into .venv and builds the sample articles into output/ (graph.ttl, graph.html).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m venv .venv
.venv/bin/pip install --quiet --upgrade pip
.venv/bin/pip install --quiet -e .
.venv/bin/kg build examples/seeds -o output
