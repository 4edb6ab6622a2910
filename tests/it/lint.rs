//! Every lint check, as data (`tests/lint/checks.json`): a policy that must produce the finding and one that
//! must not. Runs natively and in Chromium.

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

use cam_playground::catalog::Catalog;
use cam_playground::i18n::Locale;
use cam_playground::lint;
use cam_playground::PolicyKind;
use serde::Deserialize;

#[derive(Deserialize)]
struct Check {
    check: String,
    /// The kind both policies are read as (rule K1); an identity policy when absent.
    #[serde(default)]
    kind: PolicyKind,
    fails: serde_json::Value,
    passes: serde_json::Value,
}

fn codes(policy: &serde_json::Value, kind: PolicyKind) -> Vec<&'static str> {
    let text = serde_json::to_string_pretty(policy).unwrap();
    let parsed = cam_playground::parse_policy_as(&text, kind, Catalog::builtin());
    lint::findings(&parsed, Catalog::builtin())
        .iter()
        .map(|d| d.code)
        .collect()
}

#[test]
fn every_check_fires_on_its_bad_policy_and_not_on_its_good_one() {
    let checks: Vec<Check> = serde_json::from_str(include_str!("../lint/checks.json")).unwrap();
    assert!(checks.len() >= 20, "only {} checks", checks.len());
    let mut failures = Vec::new();
    for check in &checks {
        let bad = codes(&check.fails, check.kind);
        if !bad.contains(&check.check.as_str()) {
            failures.push(format!(
                "{}: not reported on its failing policy (got {bad:?})",
                check.check
            ));
        }
        let good = codes(&check.passes, check.kind);
        if good.contains(&check.check.as_str()) {
            failures.push(format!("{}: reported on its passing policy", check.check));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_lint_code_in_the_source_has_a_case() {
    let checks: Vec<Check> = serde_json::from_str(include_str!("../lint/checks.json")).unwrap();
    // Every code a lint kind gives is written in its facts table.
    let source = include_str!("../../src/text/lint.rs");
    for code in source
        .split('"')
        .filter(|s| s.starts_with("lint/") && !s.contains(' '))
    {
        assert!(
            checks.iter().any(|c| c.check == code),
            "{code} has no case in tests/lint/checks.json"
        );
    }
}

#[test]
fn findings_are_sorted_and_carry_help_and_rule() {
    let text = serde_json::to_string_pretty(&serde_json::json!({"version": "2.0", "statement": [
        {"effect": "allow", "action": ["ccc:*"], "resource": ["*"], "condition": {"ip_equal": {"qcs:ip": "10.0.0.0/8"}}},
        {"effect": "allow", "action": ["ccc:CreateStaff", "ccc:DeleteCCCSkillGroup"], "resource": ["qcs::ccc::uin/100000000001:SdkAppId/1400000000"]}
    ]}))
    .unwrap();
    let parsed = cam_playground::parse_policy(&text, Catalog::builtin());
    let findings = lint::findings(&parsed, Catalog::builtin());
    assert!(findings
        .windows(2)
        .all(|w| w[0].span.start <= w[1].span.start));
    assert!(
        findings
            .iter()
            .all(|d| !d.words(Locale::En).help.is_empty() && d.rule.is_some()),
        "{findings:?}"
    );
    let op = findings
        .iter()
        .find(|d| d.code == "lint/operation-level-scoped")
        .unwrap();
    let words = op.words(Locale::En);
    assert!(
        words
            .message
            .starts_with("DeleteCCCSkillGroup is operation level"),
        "{}",
        words.message
    );
    assert!(words.help.contains("`ccc:DeleteCCCSkillGroup`"));
}

/// Rule C9: ccc has no authorization by tag, so a tag condition on ccc actions never holds (or, with
/// `_if_exist`, always does). What that means depends on the effect: a deny that blocks nothing is the dangerous
/// case and is a security warning.
#[test]
fn tag_conditions_on_ccc_say_what_they_really_do() {
    use cam_playground::diagnostic::Severity;
    let finding = |effect: &str, operator: &str| {
        let policy = serde_json::json!({"version": "2.0", "statement": [
            {"effect": effect, "action": "ccc:DeleteStaff", "resource": "*",
             "condition": {operator: {"qcs:resource_tag": ["env&prod"]}}}
        ]});
        let text = serde_json::to_string_pretty(&policy).unwrap();
        let parsed = cam_playground::parse_policy(&text, Catalog::builtin());
        lint::findings(&parsed, Catalog::builtin())
            .into_iter()
            .find(|d| d.rule == Some(cam_playground::rules::Rule::C9))
            .map(|d| (d.code, d.severity, d.words(Locale::En).message))
            .unwrap()
    };
    let (code, severity, message) = finding("deny", "for_any_value:string_equal");
    assert_eq!(
        (code, severity),
        ("lint/tag-deny-blocks-nothing", Severity::SecurityWarning)
    );
    assert!(message.contains("blocks nothing") && message.contains("Cloud Contact Center"));
    let (code, severity, message) = finding("allow", "for_any_value:string_equal");
    assert_eq!(
        (code, severity),
        ("lint/tag-allow-grants-nothing", Severity::Warning)
    );
    assert!(message.contains("grants nothing"), "{message}");
    let (code, severity, _) = finding("allow", "for_any_value:string_equal_if_exist");
    assert_eq!(
        (code, severity),
        ("lint/tag-condition-always-holds", Severity::SecurityWarning)
    );
    let (_, severity, _) = finding("deny", "for_any_value:string_equal_if_exist");
    assert_eq!(severity, Severity::Warning);
}

/// Issue 13: once the fix "grant it in a new statement with resource `*`" holds, the scoped statement's finding
/// stops asking for it (the problems list matches the text after Apply).
#[test]
fn an_operation_level_api_granted_on_star_elsewhere_is_not_reported_again() {
    let scoped = serde_json::json!({"effect": "allow", "action": ["ccc:CreateStaff", "ccc:DeleteCCCSkillGroup"],
        "resource": ["qcs::ccc::uin/100000000001:SdkAppId/1400000000"]});
    let before = serde_json::json!({"version": "2.0", "statement": [scoped.clone()]});
    let after = serde_json::json!({"version": "2.0", "statement": [scoped,
        {"effect": "allow", "action": ["ccc:DeleteCCCSkillGroup"], "resource": ["*"]}]});
    assert!(codes(&before, PolicyKind::Identity).contains(&"lint/operation-level-scoped"));
    assert!(!codes(&after, PolicyKind::Identity).contains(&"lint/operation-level-scoped"));
}
