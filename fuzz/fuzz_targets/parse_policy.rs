#![no_main]
//! Any text as a policy of every kind (rule K1): diagnostics, never a panic; every diagnostic located inside the
//! text; the kind inferred from its shape is one of them.
use cam_playground::catalog::Catalog;
use cam_playground::PolicyKind;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let _ = cam_playground::infer_kind(text);
    for kind in PolicyKind::ALL {
        let parsed = cam_playground::parse_policy_as(text, kind, Catalog::builtin());
        assert_eq!(parsed.kind, kind);
        for d in &parsed.diagnostics {
            assert!(d.span.line >= 1 && d.span.column >= 1 && d.span.end <= text.len().max(1), "{d:?}");
        }
    }
    let _ = cam_playground::json::format(text);
    let _ = cam_playground::highlight::pieces(text, &[]);
});
