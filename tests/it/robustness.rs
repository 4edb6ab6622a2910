//! Bad input never crashes: malformed, hostile and mutated documents all come back as located diagnostics or a
//! trace, never a panic or a hang. (Coverage-guided fuzzing is separate; this runs in every `cargo test`.)

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

use cam_playground::catalog::Catalog;
use cam_playground::examples;
use cam_playground::explain;
use cam_playground::i18n::Locale;

use super::support::one_policy;
use cam_playground::PolicyKind;

fn run(policy: &str, request: &str) -> cam_playground::WorkspaceResult {
    let result = one_policy(policy, request).run(Catalog::builtin());
    for d in result
        .policies
        .iter()
        .flat_map(|p| &p.diagnostics)
        .chain(&result.request.diagnostics)
    {
        assert!(
            d.span.line >= 1 && d.span.column >= 1,
            "unlocated diagnostic {d:?}"
        );
        assert!(
            d.span.start <= d.span.end && d.span.end <= policy.len().max(request.len()),
            "{d:?}"
        );
        for locale in Locale::ALL {
            let words = d.words(locale);
            assert!(
                !words.message.is_empty() && !words.help.is_empty(),
                "diagnostic without words in {locale:?}: {d:?}"
            );
        }
    }
    if let (Some(evaluation), Some(request)) = (&result.evaluation, &result.request.request) {
        let steps = explain::steps(evaluation, request);
        for locale in Locale::ALL {
            assert!(!locale.render_text(&steps).is_empty());
        }
    }
    result
}

const REQUEST: &str = r#"{"action": "ccc:CreateStaff", "params": {"SdkAppId": 1400000000},
 "principal": {"uin": "100000000011", "owner_uin": "100000000001"}, "context": {"qcs:ip": "10.1.2.3"}}"#;

/// A small deterministic generator, so failures reproduce.
struct XorShift(u64);

impl XorShift {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

const SPLICES: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    ",",
    ":",
    "\"",
    "\\",
    "null",
    "true",
    "-",
    "1e999",
    "\u{feff}",
    "\u{0}",
    "é",
    "🙂",
    "*",
    "${",
    "\"ip_equal\"",
    "\"for_all_value:string_equal\"",
    "\"qcs:ip\"",
    "\"10.0.0.0/33\"",
    "\"permid/1\"",
    "[]",
    "{}",
];

fn mutate(rng: &mut XorShift, text: &str) -> String {
    let mut chars: Vec<char> = text.chars().collect();
    for _ in 0..1 + rng.below(4) {
        let at = rng.below(chars.len() + 1);
        match rng.below(3) {
            0 if !chars.is_empty() => {
                let end = (at + 1 + rng.below(8)).min(chars.len());
                chars.drain(at.min(end)..end);
            }
            1 => {
                let splice = SPLICES[rng.below(SPLICES.len())];
                chars.splice(at..at, splice.chars());
            }
            _ => {
                if let Some(c) = chars.get_mut(at) {
                    *c = SPLICES[rng.below(SPLICES.len())]
                        .chars()
                        .next()
                        .unwrap_or('x');
                }
            }
        }
    }
    chars.into_iter().collect()
}

#[test]
fn mutated_gallery_documents_never_panic() {
    let mut rng = XorShift(0x5eed_cafe_f00d_d00d);
    let mut evaluated = 0;
    for example in examples::gallery() {
        let workspace = example.workspace();
        // Every document of every kind (trust, bucket, SCP … read in their own grammar, rule K1) gets mutants.
        let documents: Vec<(PolicyKind, usize)> = workspace
            .by_kind()
            .flat_map(|(kind, set)| (0..set.len()).map(move |i| (kind, i)))
            .collect();
        for round in 0..400 {
            let (kind, index) = documents[round % documents.len()];
            let mut mutant = workspace.clone();
            let text = &mut mutant.policies_in_mut(kind)[index].text;
            *text = mutate(&mut rng, text);
            if mutant.run(Catalog::builtin()).evaluation.is_some() {
                evaluated += 1;
            }
            mutant.request = mutate(&mut rng, &workspace.request);
            mutant.run(Catalog::builtin());
        }
    }
    assert!(
        evaluated > 0,
        "no mutant was evaluable: the mutator is too destructive to test evaluation"
    );
}

#[test]
fn deep_nesting_is_an_error_not_a_stack_overflow() {
    let deep = "[".repeat(100_000) + &"]".repeat(100_000);
    let result = run(&deep, &deep);
    assert_eq!(result.policies[0].diagnostics[0].code, "json/too-deep");
    assert_eq!(result.request.diagnostics[0].code, "json/too-deep");
    let nested_condition = format!(
        r#"{{"version":"2.0","statement":[{{"effect":"allow","action":"*","resource":"*","condition":{}}}]}}"#,
        "{\"a\":".repeat(400) + "1" + &"}".repeat(400)
    );
    assert!(run(&nested_condition, REQUEST).policies[0]
        .errors()
        .next()
        .is_some());
}

#[test]
fn oversized_documents_are_refused_with_a_message() {
    let huge = format!("\"{}\"", "a".repeat(2 << 20));
    let result = run(&huge, REQUEST);
    assert_eq!(result.policies[0].diagnostics[0].code, "json/too-large");
}

#[test]
fn many_statements_and_values_are_capped_with_a_message() {
    let statement = r#"{"effect":"allow","action":["ccc:Describe*"],"resource":"*","condition":{"ip_equal":{"qcs:ip":["10.0.0.0/8"]}}}"#;
    let policy = format!(
        r#"{{"version":"2.0","statement":[{}]}}"#,
        vec![statement; 2000].join(",")
    );
    let result = run(&policy, REQUEST);
    assert!(result.policies[0]
        .errors()
        .any(|d| d.code == "policy/too-many-statements"));
    assert_eq!(
        result.evaluation.unwrap().policies[0].statements.len(),
        1024
    );
    let values = format!(
        r#"{{"version":"2.0","statement":[{{"effect":"allow","action":"*","resource":"*","condition":{{"string_equal":{{"k":[{}]}}}}}}]}}"#,
        vec!["\"v\""; 5000].join(",")
    );
    let result = run(&values, REQUEST);
    assert!(result.policies[0]
        .errors()
        .any(|d| d.code == "policy/too-many-values"));
    let hostile_glob = format!(
        r#"{{"version":"2.0","statement":[{{"effect":"allow","action":"{}","resource":"*"}}]}}"#,
        "*a".repeat(2000)
    );
    assert!(run(&hostile_glob, REQUEST).evaluation.is_some());
}

#[test]
fn odd_text_is_located_correctly() {
    let policy = "\u{feff}{\"version\": \"2.0\", \"statement\": [{\"effect\": \"允许\", \"action\": \"ccc:*\", \"resource\": \"*\"}]}";
    let result = run(policy, REQUEST);
    let error = result.policies[0].errors().next().unwrap();
    assert_eq!(error.code, "policy/bad-effect");
    assert_eq!((error.span.line, error.span.column), (1, 45));
    for text in [
        "",
        " ",
        "\u{0}",
        "\"\\ud800\"",
        "{\"version\": \"2.0\", \"statement\": [{\"effect\": \"allow\"}]}\u{0}",
    ] {
        run(text, text);
    }
}
