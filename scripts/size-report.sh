#!/usr/bin/env bash
# Size of the release bundle in dist/, each file and in total, raw and gzip -9, against the 200 KB gzip budget.
set -euo pipefail
cd "$(dirname "$0")/.."
BUDGET=$((200 * 1024))
total_raw=0; total_gz=0
printf '%-48s %10s %10s\n' file raw gzip
for f in dist/*; do
  [ -f "$f" ] || continue
  # The embed demo is a separate example page, and embed.js is what a docs page loads: neither is part of what
  # the playground loads (embed.js is reported on its own below).
  case "$(basename "$f")" in embed-demo.html|embed.js) continue ;; esac
  raw=$(stat -c %s "$f"); gz=$(gzip -9c "$f" | wc -c)
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz))
  printf '%-48s %10d %10d\n' "$(basename "$f")" "$raw" "$gz"
done
printf '%-48s %10d %10d\n' total "$total_raw" "$total_gz"
if [ "$total_gz" -le "$BUDGET" ]; then
  echo "within the budget of $BUDGET bytes gzip"
else
  echo "OVER the budget of $BUDGET bytes gzip by $((total_gz - BUDGET))"
fi
printf 'embed.js, for docs pages (not in the total): %d raw, %d gzip\n' "$(stat -c %s dist/embed.js)" "$(gzip -9c dist/embed.js | wc -c)"
echo "playground_bg.wasm by section (raw, and gzip -9 of each section on its own):"
node bench/wasm-sections.mjs dist/playground_bg.wasm
