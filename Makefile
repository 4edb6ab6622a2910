# The README's two commands: `make serve` and `make test`. Everything else is a piece of those.
SHELL := /bin/bash
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/node_modules/.bin:$(PATH)
# Trunk must never download tools: the pinned versions come from scripts/setup.sh.
export TRUNK_OFFLINE := true
export CHROMEDRIVER ?= /usr/bin/chromedriver
export WASM_BINDGEN_TEST_TIMEOUT ?= 120

.PHONY: setup setup-browser serve build pkg test lint test-native test-wasm test-e2e test-js bench size clean

setup:
	@bash scripts/setup.sh

setup-browser:
	@bash scripts/setup.sh browser

## Builds the playground and serves it on http://127.0.0.1:8080/ (the default example is loaded).
serve: setup
	bash scripts/trunk.sh serve --release

build: setup
	bash scripts/trunk.sh build --release

## The JavaScript package (ES module + .d.ts + wasm) in pkg/.
pkg: setup
	bash scripts/build-pkg.sh

## Every check: format, lints, native tests, the vectors in headless Chromium, and end-to-end browser tests.
test: setup-browser lint test-native test-wasm build test-e2e pkg test-js

lint:
	cargo fmt --all -- --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --bins -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --lib --features js-api -- -D warnings

test-native:
	cargo test

test-wasm:
	cargo test --target wasm32-unknown-unknown --test it

test-e2e:
	node --test --test-timeout=300000 tests/e2e/

## The package in Node, then its TypeScript types as a strict client sees them (the README's examples and
## tests/ts/client.ts, `tsc --strict` without skipLibCheck).
test-js:
	node --test tests/js/
	node tests/ts/readme-examples.mjs
	tsc -p tests/ts --noEmit

## Criterion (native), issue 28's timed harness (benches/ci.rs: 10,000 test cases, lint of 1,000 files), then our WASM package side by side with cedar-wasm and iam-simulate (bench/compare.mjs),
## the docs sites of examples/docs-sites (bench/docs-sites.mjs), the package against the one before issue 14
## (scripts/before-after.sh), then the bundle size report. Results:
## BENCHMARKS.md (written by hand from these outputs, with date and machine).
bench: setup-browser pkg build
	cargo bench --bench engine
	cargo bench --bench ci
	cd bench && npm install --no-audit --no-fund && node compare.mjs && node first-result.mjs && node embeds.mjs && node docs-sites.mjs
	bash scripts/before-after.sh
	@bash scripts/size-report.sh

size: build
	@bash scripts/size-report.sh

clean:
	cargo clean
	rm -rf dist pkg
