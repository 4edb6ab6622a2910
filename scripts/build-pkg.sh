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
# The class PreparedPolicies has a `[Symbol.dispose]`: its lib comes with the types, so a client compiles whatever
# its `lib` setting (TypeScript >= 5.2).
sed -i '1i /// <reference lib="esnext.disposable" />' pkg/cam_playground.d.ts
# The bench* exports (`make bench`) are not part of the API: their functions have no types (skip_typescript), and
# the raw wasm exports' types leave them out too. They stay callable.
sed -i '/^    readonly bench[A-Z][A-Za-z]*: /d' pkg/cam_playground.d.ts
sed -i '/^export const bench[A-Z][A-Za-z]*: /d' pkg/cam_playground_bg.wasm.d.ts
if grep -qE '\bbench[A-Z]' pkg/cam_playground.d.ts pkg/cam_playground_bg.wasm.d.ts; then echo "build-pkg.sh: bench exports left in the types" >&2; exit 1; fi
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
