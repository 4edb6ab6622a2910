#![no_main]
//! Any text as a policy: diagnostics, never a panic; every diagnostic located inside the text.
use cam_playground::catalog::Catalog;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let parsed = cam_playground::parse_policy(text, Catalog::builtin());
    for d in &parsed.diagnostics {
        assert!(d.span.line >= 1 && d.span.column >= 1 && d.span.end <= text.len().max(1), "{d:?}");
    }
    let _ = cam_playground::json::format(text);
    let _ = cam_playground::highlight::pieces(text, &[]);
});
