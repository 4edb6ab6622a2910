#!/usr/bin/env bash
# Trunk's post-build hook (Trunk.toml): in release builds, esbuild (npm) minifies the JavaScript that wasm-bindgen
# writes, boot.js and embed.js (which every page of a docs site loads), ~1.4 KB gzip less for every visit (Trunk minifies the stylesheet itself: the page holds its
# integrity hash, which a change after Trunk would break). Debug builds stay readable.
set -euo pipefail
[ "${TRUNK_PROFILE:-}" = release ] || exit 0
esbuild="$(cd "$(dirname "$0")/.." && pwd)/node_modules/.bin/esbuild"
cd "$TRUNK_STAGING_DIR"
for file in playground.js boot.js embed.js; do
  "$esbuild" "$file" --minify --outfile="$file" --allow-overwrite --log-level=warning
done
