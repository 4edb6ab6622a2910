#!/usr/bin/env bash
# Runs Trunk (`make build`, `make serve`). With the pinned nightly installed (scripts/setup.sh), the release wasm
# compiles std itself, for size, with panics that abort at once: ~39 KB gzip less than stable's prebuilt std and
# its panic formatting. A panic already ends the page, with or without a message. Without that nightly (it
# could not be downloaded), the build falls back to stable and says so.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/toolchain.env
# The pinned tools of scripts/setup.sh, never a download (also when this script is run by hand).
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export TRUNK_OFFLINE=true
if nightly_ready && nightly_std_fetched; then
  export RUSTUP_TOOLCHAIN="$NIGHTLY"
  export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
  # std's own switch for size: its smaller algorithms (sorts, integer formatting, searching) where it has a fast
  # and a small one. Same results, ~11.5 KB gzip less (session 14, BENCHMARKS.md).
  export CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size
  export RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none"
  # Its own target folder: stable builds and this one would otherwise rebuild each other's crates.
  export CARGO_TARGET_DIR="$PWD/target/nightly"
else
  echo "trunk.sh: $NIGHTLY (with rust-src and std's crates, scripts/setup.sh) is not ready: building with stable, about 39 KB gzip larger" >&2
fi
exec trunk "$@"
