#!/usr/bin/env bash
# Issue 14's before/after table on this machine: builds the JavaScript package of 503a25e (the last commit before
# the issue's work) in a worktree under target/, once, and times it against pkg/ (bench/before-after.mjs).
# BEFORE=<commit> compares with another commit.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
before=${BEFORE:-503a25e}
tree="$PWD/target/before-$before"
if [ ! -f "$tree/pkg/cam_playground_bg.wasm" ]; then
  git worktree remove --force "$tree" 2>/dev/null || rm -rf "$tree"
  git worktree add --force --detach "$tree" "$before" >/dev/null
  (cd "$tree" && bash scripts/build-pkg.sh >/dev/null)
fi
node bench/before-after.mjs "$tree/pkg" pkg
