//! The malformed-input corpus (`tests/malformed/`, listed in `MANIFEST.tsv`): every file yields its expected
//! diagnostic code at its expected line and column, natively and in WASM (Chromium), and never a panic.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

use cam_playground::catalog::Catalog;
use cam_playground::diagnostic::Diagnostic;
use cam_playground::PolicyKind;

mod corpus {
    include!(concat!(env!("OUT_DIR"), "/malformed_cases.rs"));
}

/// A file's kind is its second extension: `.request.json`, `.policy.json` (an identity policy), `.trust.json`,
/// `.session.json`, `.bucket.json`, `.scp.json`.
fn diagnostics(file: &str, text: &str) -> Vec<Diagnostic> {
    let catalog = Catalog::builtin();
    if file.ends_with(".request.json") {
        return cam_playground::parse_request(text, catalog).diagnostics;
    }
    let kind = file
        .trim_end_matches(".json")
        .rsplit('.')
        .next()
        .and_then(PolicyKind::named)
        .unwrap_or_else(|| panic!("{file}: no kind of document in its name"));
    cam_playground::parse_policy_as(text, kind, catalog).diagnostics
}

#[test]
fn every_malformed_input_gets_its_located_diagnostic() {
    assert!(
        corpus::CASES.len() >= 100,
        "only {} cases",
        corpus::CASES.len()
    );
    let mut failures = Vec::new();
    for (file, text, code, line, column) in corpus::CASES {
        let found = diagnostics(file, text);
        if !found
            .iter()
            .any(|d| d.code == *code && d.span.line == *line && d.span.column == *column)
        {
            let got: Vec<String> = found
                .iter()
                .map(|d| format!("{} {}:{}", d.code, d.span.line, d.span.column))
                .collect();
            failures.push(format!(
                "{file}: expected {code} at {line}:{column}, got {got:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} failed:\n{}",
        failures.len(),
        corpus::CASES.len(),
        failures.join("\n")
    );
}

#[cfg(not(target_arch = "wasm32"))]
#[test]
fn every_corpus_file_is_in_the_manifest() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/malformed");
    for entry in std::fs::read_dir(dir).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        if name != "MANIFEST.tsv" {
            assert!(
                corpus::CASES.iter().any(|c| c.0 == name),
                "tests/malformed/{name} is not in MANIFEST.tsv"
            );
        }
    }
}
