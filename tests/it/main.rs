//! The integration tests, as one test binary: each file of this folder is a module (one binary links the
//! library once, where one binary per file linked it seventeen times; issue 29, item 10). `cargo test --test it`
//! runs them all, `cargo test --test it vectors::` one file's. Data stays where it was (`tests/vectors/`,
//! `tests/fixtures/`, …).
//!
//! `vectors`, `robustness`, `malformed` and `lint` also run in headless Chromium (`make test-wasm`, through
//! `wasm-bindgen-test`); the other modules are native only (they spawn `camctl`, read files, or use native-only
//! crates).

#[cfg(target_arch = "wasm32")]
wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);

mod lint;
mod malformed;
mod robustness;
mod support;
mod vectors;

#[cfg(not(target_arch = "wasm32"))]
mod analysis;
#[cfg(not(target_arch = "wasm32"))]
mod architecture;
#[cfg(not(target_arch = "wasm32"))]
mod catalog;
#[cfg(not(target_arch = "wasm32"))]
mod ci;
#[cfg(not(target_arch = "wasm32"))]
mod cli;
#[cfg(not(target_arch = "wasm32"))]
mod examples;
#[cfg(not(target_arch = "wasm32"))]
mod json_reader;
#[cfg(not(target_arch = "wasm32"))]
mod newcomer3;
#[cfg(not(target_arch = "wasm32"))]
mod properties;
#[cfg(not(target_arch = "wasm32"))]
mod second_product;
#[cfg(not(target_arch = "wasm32"))]
mod share;
#[cfg(not(target_arch = "wasm32"))]
mod terraform;
#[cfg(not(target_arch = "wasm32"))]
mod zh_cli;
