#!/usr/bin/env bash
# Time-boxed fuzzing of recon's parsers, extraction and corpus loading.
#   fuzz/run.sh [SECONDS_PER_HARNESS]     (default 60)
# Exits non-zero as soon as a harness finds a crash; the crashing input is
# left in fuzz/crashes/ (replay with: python fuzz/fuzz_X.py fuzz/crashes/crash-…).
set -euo pipefail
secs="${1:-60}"
here="$(cd "$(dirname "$0")" && pwd)"
python -c "import atheris" 2>/dev/null || { echo "fuzz: atheris is not installed (pip install atheris)" >&2; exit 2; }
mkdir -p "$here/crashes" "$here/corpus"
status=0
for h in parse_quantity parse_date extract load_corpus; do
  echo "== fuzz_$h (${secs}s)"
  mkdir -p "$here/corpus/$h"
  if ! python "$here/fuzz_$h.py" -max_total_time="$secs" -timeout=20 -rss_limit_mb=2048 \
       -artifact_prefix="$here/crashes/$h-" "$here/corpus/$h" >"$here/crashes/$h.log" 2>&1; then
    echo "fuzz_$h: CRASH (see $here/crashes/$h.log)" >&2
    tail -n 30 "$here/crashes/$h.log" >&2
    status=1
  else
    grep -E "^(#[0-9]+|Done)" "$here/crashes/$h.log" | tail -n 1 || true
  fi
done
exit "$status"
