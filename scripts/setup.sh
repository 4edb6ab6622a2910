#!/usr/bin/env bash
# Installs what the project needs, skipping whatever is already there at the right version.
#   scripts/setup.sh          build tools: wasm32 target, trunk, wasm-bindgen-cli, npm packages
#   scripts/setup.sh browser  the above plus Debian's chromium and chromedriver, and the docs generators of
#                             examples/docs-sites (for tests)
# Versions are those verified on this machine kind (see ARCHITECTURE.md, "Toolchain").
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
MDBOOK_VERSION=0.5.4
# wasm-bindgen-cli must equal the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# The release web build's nightly (scripts/trunk.sh). Optional: without it the build uses stable, larger.
source scripts/toolchain.env
if ! nightly_ready; then
  say "installing $NIGHTLY with rust-src and wasm32 (about 20 seconds): the release wasm's std, built for size"
  rustup toolchain install "$NIGHTLY" --profile minimal --component rust-src --target wasm32-unknown-unknown \
    --no-self-update || say "could not install $NIGHTLY: release builds will use stable (about 39 KB gzip larger)"
fi
# -Z build-std resolves std's own dependencies, and Trunk builds offline: fetch them here (a no-op once cached).
# A fresh machine has none of them, and the offline build would fail on the first one.
if nightly_ready && ! nightly_std_fetched; then
  say "fetching the crates $NIGHTLY's std depends on"
  cargo "+$NIGHTLY" fetch --manifest-path "$(nightly_library)/Cargo.toml" \
    || say "could not fetch std's crates: release builds will use stable (about 39 KB gzip larger)"
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 8 minutes on 2 cores)"
  cargo install --locked "trunk@$TRUNK_VERSION"
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 2 minutes)"
  # Not --locked: a crate its lock file pins is missing from the registry mirror here.
  cargo install --force "wasm-bindgen-cli@$WASM_BINDGEN_VERSION"
fi

# npm: binaryen (wasm-opt for release builds) and playwright-core (browser tests). Reinstall only when the lock
# file changed since the last install.
if [ ! -f node_modules/.package-lock.json ] || ! cmp -s package-lock.json node_modules/.setup-stamp; then
  say "installing npm packages"
  npm ci --no-audit --no-fund
  cp package-lock.json node_modules/.setup-stamp
fi

if [ "${1:-}" = "browser" ]; then
  if [ "$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi
  apt_install() { DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "$@" >/dev/null; }
  if ! command -v chromium >/dev/null || ! command -v chromedriver >/dev/null; then
    say "installing Debian's chromium and chromium-driver"
    $SUDO apt-get update -qq
    apt_install chromium chromium-driver
  fi
  # A fresh Debian has no font with Chinese glyphs: screenshots of the Chinese page would show boxes. Users'
  # systems have one; this small one (1.6 MB) is for judging the page here. Optional: no test reads glyphs.
  if ! fc-list :lang=zh 2>/dev/null | grep -q .; then
    say "installing a font with Chinese glyphs (fonts-wqy-microhei) for screenshots of the Chinese page"
    apt_install fonts-wqy-microhei 2>/dev/null || { $SUDO apt-get update -qq && apt_install fonts-wqy-microhei; } \
      || say "could not install fonts-wqy-microhei: screenshots of the Chinese page will show boxes"
  fi
  # Hugo (Debian's package) for the docs-site tests; optional: without it those tests check VitePress and Docusaurus.
  if ! command -v hugo >/dev/null; then
    say "installing Hugo (Debian's hugo) for the docs-site tests"
    apt_install hugo 2>/dev/null || { $SUDO apt-get update -qq && apt_install hugo; } \
      || say "could not install hugo: the docs-site tests will check VitePress and Docusaurus only"
  fi
  # mdBook for the docs-site tests, from crates.io (about 4 minutes on 2 cores; no server or watcher features).
  # Optional, like Hugo.
  if [ "$(mdbook --version 2>/dev/null)" != "mdbook v$MDBOOK_VERSION" ]; then
    say "installing mdbook $MDBOOK_VERSION for the docs-site tests (about 4 minutes on 2 cores)"
    cargo install --locked "mdbook@$MDBOOK_VERSION" --no-default-features --features search \
      || say "could not install mdbook: the docs-site tests will leave the mdBook site out"
  fi
  # The docs sites the embedding tests build (VitePress, Docusaurus), from examples/docs-sites/package-lock.json.
  sites=examples/docs-sites
  if [ ! -f "$sites/node_modules/.package-lock.json" ] || ! cmp -s "$sites/package-lock.json" "$sites/node_modules/.setup-stamp"; then
    say "installing the docs generators the embedding tests build (VitePress, Docusaurus; about 3 minutes)"
    (cd "$sites" && npm ci --no-audit --no-fund)
    cp "$sites/package-lock.json" "$sites/node_modules/.setup-stamp"
  fi
fi
say "tools ready"
