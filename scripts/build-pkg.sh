#!/usr/bin/env bash
# Builds the JavaScript package into pkg/: the engine as an ES module for browsers and Node (wasm-bindgen
# --target web), with TypeScript types, optimized by wasm-opt.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
cargo build --lib --profile pkg --target wasm32-unknown-unknown --features js-api
rm -rf pkg
wasm-bindgen --target web --out-dir pkg --out-name cam_playground target/wasm32-unknown-unknown/pkg/cam_playground.wasm
wasm-opt -O3 --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals \
  --enable-reference-types --enable-multivalue pkg/cam_playground_bg.wasm -o pkg/cam_playground_bg.wasm
version=$(awk -F'"' '/^version = /{print $2; exit}' Cargo.toml)
cat > pkg/package.json <<JSON
{
  "name": "cam-playground",
  "version": "$version",
  "description": "Tencent Cloud CAM policy evaluator with step-by-step reasoning (WebAssembly)",
  "type": "module",
  "main": "cam_playground.js",
  "types": "cam_playground.d.ts",
  "files": ["cam_playground.js", "cam_playground.d.ts", "cam_playground_bg.wasm", "cam_playground_bg.wasm.d.ts", "snippets"],
  "license": "MIT"
}
JSON
for f in pkg/cam_playground.js pkg/cam_playground_bg.wasm; do
  printf '%-32s %8d raw %8d gzip\n' "$(basename "$f")" "$(stat -c %s "$f")" "$(gzip -9c "$f" | wc -c)"
done
