#!/usr/bin/env bash
# Measures the terminal budgets of a release build with ../shared/tools/ttymeasure.py:
# first frame, bytes per selection move, idle bytes and CPU, resize, peak memory, and whether
# the terminal is restored after q and SIGHUP. Prints one JSON object per configuration.
# Budgets (120x40, xterm-256color): first frame < 100 ms and < 10 KB; one row move < 400 B;
# idle 0 bytes and < 0.1% CPU over 20 s; peak memory < 40 MB.
set -euo pipefail
cd "$(dirname "$0")/.."
measure=${TTYMEASURE:-../shared/tools/ttymeasure.py}
python3 -c 'import pyte' 2>/dev/null || pip install -q pyte
swift build -c release >&2
binary=.build/release/frontier
common=(--size 120x40 --term xterm-256color --runs "${RUNS:-3}" --keys j --compact)
echo "# default"; python3 "$measure" "${common[@]}" --idle 20 --resize 80x24,120x40 -- "$binary" --no-state
echo "# terminal closed instead of SIGHUP"; python3 "$measure" "${common[@]}" --idle 5 --hup-mode close -- "$binary" --no-state
echo "# NO_COLOR=1"; python3 "$measure" "${common[@]}" --idle 5 --env NO_COLOR=1 -- "$binary" --no-state
echo "# LANG=C"; python3 "$measure" "${common[@]}" --idle 5 --lang C -- "$binary" --no-state
