#![no_main]
//! Any text: the JSON reader (`json::reader`) and jsonc-parser, the reader it replaces, give the same tree or the
//! same error (`tests/json_reader/compare.rs` says what "same" covers).
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/it/json_reader/compare.rs"]
mod compare;

fuzz_target!(|text: &str| {
    if let Some(difference) = compare::difference(text) {
        panic!("the readers differ\n{difference}");
    }
});
