#![no_main]
//! Any text as a policy through the linter: findings, never a panic; every finding located inside the text, with
//! a message and a code.
use cam_playground::catalog::Catalog;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    let catalog = Catalog::builtin();
    // Every kind has its own checks (trust, bucket, SCP, session): each reads the same text.
    for kind in cam_playground::PolicyKind::ALL {
        let parsed = cam_playground::parse_policy_as(text, kind, catalog);
        for d in cam_playground::lint::findings(&parsed, catalog) {
            assert!(d.span.line >= 1 && d.span.column >= 1 && d.span.end <= text.len().max(1), "{d:?}");
            for locale in cam_playground::i18n::Locale::ALL {
                assert!(!d.words(locale).message.is_empty() && !d.code.is_empty(), "{d:?}");
            }
        }
    }
});
