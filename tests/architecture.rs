//! The dependency directions ARCHITECTURE.md promises, checked on the sources: a module that imports one above
//! it fails here, not in a review.

use std::path::Path;

/// Every `.rs` file under `dir` (or the file itself), with its text.
fn sources(path: &str) -> Vec<(String, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    let mut found = Vec::new();
    let mut pending = vec![root];
    while let Some(path) = pending.pop() {
        if path.is_dir() {
            pending.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            found.push((path.display().to_string(), text));
        }
    }
    assert!(!found.is_empty(), "no sources under {path}");
    found
}

/// Checks the code above a file's `#[cfg(test)]` module: tests may reach anywhere.
fn assert_never_imports(path: &str, forbidden: &[&str], why: &str) {
    for (file, text) in sources(path) {
        let code = text.split("#[cfg(test)]").next().unwrap_or_default();
        for module in forbidden {
            for (number, line) in code.lines().enumerate() {
                assert!(
                    !line.contains(&format!("crate::{module}")),
                    "{file}:{}: imports `crate::{module}` ({why}): {line}",
                    number + 1
                );
            }
        }
    }
}

#[test]
fn the_parser_never_imports_the_evaluator() {
    assert_never_imports(
        "src/policy",
        &["eval", "lint", "analysis", "explain", "wire"],
        "values and variables it shares with the evaluator live in policy::values and policy::variables",
    );
}

#[test]
fn the_request_reader_stands_on_its_own() {
    assert_never_imports(
        "src/request",
        &["policy", "eval", "lint", "analysis", "wire"],
        "did-you-mean is crate::suggest",
    );
}

#[test]
fn the_lowest_layers_import_no_phase() {
    for file in [
        "src/span.rs",
        "src/json",
        "src/suggest.rs",
        "src/glob.rs",
        "src/resource_name.rs",
        "src/embed.rs",
    ] {
        assert_never_imports(
            file,
            &[
                "policy", "request", "eval", "lint", "analysis", "explain", "wire", "share",
            ],
            "they sit below every phase",
        );
    }
}

#[test]
fn spans_and_the_phases_words_sit_below_the_diagnostic() {
    // `diagnostic` names every phase's text kind; those kinds must not name it back, or the two would be one
    // knot. `span` is below both.
    assert_never_imports(
        "src/span.rs",
        &["json", "diagnostic", "i18n"],
        "a span is plain data",
    );
    assert_never_imports(
        "src/text",
        &["diagnostic::", "i18n::Words"],
        "diagnostic.rs turns each kind into a diagnostic text",
    );
}

#[test]
fn the_engine_never_imports_the_web_layer() {
    for (file, text) in sources("src") {
        if file.contains("/src/web/")
            || file.ends_with("/src/main.rs")
            || file.contains("/src/js_api/")
        {
            continue;
        }
        for forbidden in ["yew::", "web_sys::", "gloo::", "wasm_bindgen::"] {
            assert!(
                !text.contains(forbidden),
                "{file} uses {forbidden}: the engine compiles natively"
            );
        }
    }
}
