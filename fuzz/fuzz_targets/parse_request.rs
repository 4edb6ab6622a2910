#![no_main]
//! Any text as a request, and as a pasted error message.
use cam_playground::catalog::Catalog;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let parsed = cam_playground::parse_request(text, Catalog::builtin());
    for d in &parsed.diagnostics {
        assert!(d.span.line >= 1 && d.span.column >= 1, "{d:?}");
    }
    let _ = cam_playground::request::read_error_message(text);
});
