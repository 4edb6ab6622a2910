#!/usr/bin/env bash
# Size of the release bundle in dist/, each file and in total, raw, gzip -9 and brotli (quality 11, as static hosts
# precompress). The rule (the owner's decision on issue 14): no growth without a reason, each issue stating its
# growth; a later goal is a first load of at most 200 KB brotli. The 200 KB gzip budget is retired.
set -euo pipefail
cd "$(dirname "$0")/.."
GOAL=$((200 * 1024))
brotli() { node -e 'const z = require("zlib"); process.stdout.write(String(z.brotliCompressSync(require("fs").readFileSync(process.argv[1]), { params: { [z.constants.BROTLI_PARAM_QUALITY]: 11 } }).length))' "$1"; }
total_raw=0; total_gz=0; total_br=0
printf '%-48s %10s %10s %10s\n' file raw gzip brotli
for f in dist/*; do
  [ -f "$f" ] || continue
  # The embed demo is a separate example page, and embed.js is what a docs page loads: neither is part of what
  # the playground loads (embed.js is reported on its own below).
  case "$(basename "$f")" in embed-demo.html|embed.js) continue ;; esac
  raw=$(stat -c %s "$f"); gz=$(gzip -9c "$f" | wc -c); br=$(brotli "$f")
  total_raw=$((total_raw + raw)); total_gz=$((total_gz + gz)); total_br=$((total_br + br))
  printf '%-48s %10d %10d %10d\n' "$(basename "$f")" "$raw" "$gz" "$br"
done
printf '%-48s %10d %10d %10d\n' total "$total_raw" "$total_gz" "$total_br"
echo "first load, brotli: $total_br bytes, against the later goal of $GOAL ($((total_br - GOAL)) to go)"
printf 'embed.js, for docs pages (not in the total): %d raw, %d gzip, %d brotli\n' "$(stat -c %s dist/embed.js)" \
  "$(gzip -9c dist/embed.js | wc -c)" "$(brotli dist/embed.js)"
echo "playground_bg.wasm by section (raw, and gzip -9 of each section on its own):"
node bench/wasm-sections.mjs dist/playground_bg.wasm
