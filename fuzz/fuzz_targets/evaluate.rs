#![no_main]
//! Structured input: a policy and a request built from fragments chosen by the fuzzer, so most inputs parse and
//! reach the evaluator and the explanation, including odd operators, values, wildcards and variables; a
//! decision-only evaluation (past 16 statements, with the action index) must conclude as the full one.
use cam_playground::catalog::Catalog;
use cam_playground::explain;
use cam_playground::workspace::{NamedPolicy, Workspace};
use libfuzzer_sys::fuzz_target;

const ACTIONS: &[&str] = &["*", "ccc:*", "ccc:Create*", "ccc:CreateStaff", "ccc:DeleteCCCSkillGroup", "name/ccc:*", "permid/1", "CCC:createstaff", "ccc:*Staff*", "cos:*"];
const RESOURCES: &[&str] = &["*", "qcs::ccc::uin/100000000001:SdkAppId/1400000000", "qcs::ccc::uin/100000000001:SdkAppId/*", "qcs::ccc:::SdkAppId/140000000?", "qcs::ccc::uin/${uin}:SdkAppId/1", "qcs::::uin/100000000001:*", "qcs:x:cos:ap:uid/1:prefix//a/*", "bad"];
const OPERATORS: &[&str] = &["string_equal", "string_not_equal_if_exist", "for_any_value:string_like", "for_all_value:string_equal", "ip_equal", "ip_not_equal", "numeric_less_than", "date_greater_than", "bool_equal", "null_equal", "binary_equal", "string_equal_ignore_case", "bogus_op"];
const KEYS: &[&str] = &["qcs:ip", "qcs:current_time", "qcs:resource_tag", "ccc:k", "qcs:IP"];
const VALUES: &[&str] = &["10.0.0.0/8", "10.217.182.3/24", "2026-01-01T00:00:00Z", "2026-01-01 00:00:00", "true", "1e3", "-0.0", "team&*", "${uin}", "${nope}", "", "::1", "x/33"];

fuzz_target!(|data: &[u8]| {
    let mut bytes = data.iter().copied();
    let mut pick = |list: &[&'static str]| list[bytes.next().unwrap_or(0) as usize % list.len()];
    let mut statements = Vec::new();
    for _ in 0..1 + data.len() % 4 {
        let effect = pick(&["allow", "deny"]);
        let condition = format!(
            r#"{{"{}": {{"{}": ["{}", "{}"]}}}}"#,
            pick(OPERATORS), pick(KEYS), pick(VALUES), pick(VALUES)
        );
        statements.push(format!(
            r#"{{"effect": "{effect}", "action": ["{}", "{}"], "resource": ["{}"], "condition": {condition}}}"#,
            pick(ACTIONS), pick(ACTIONS), pick(RESOURCES)
        ));
    }
    // Every other input repeats its statements past 16, where decision-only evaluation uses the action index.
    if data.len() % 2 == 0 {
        let written = statements.clone();
        while statements.len() < 17 {
            statements.extend(written.iter().cloned());
        }
    }
    let policy = format!(r#"{{"version": "2.0", "statement": [{}]}}"#, statements.join(","));
    let request = format!(
        r#"{{"action": "{}", "params": {{"SdkAppId": [1400000000, {}]}}, "resource": "{}", "principal": {{"uin": "{}", "owner_uin": "100000000001"}}, "context": {{"{}": ["{}"], "{}": "{}"}}}}"#,
        pick(&["ccc:CreateStaff", "ccc:DeleteCCCSkillGroup", "ccc:CreateAICall", "cos:GetObject", "ccc:Nope"]),
        pick(&["1400000001", "1400000000"]),
        pick(RESOURCES),
        pick(&["100000000011", "100000000001"]),
        pick(KEYS), pick(VALUES), pick(KEYS), pick(VALUES)
    );
    let workspace = Workspace {
        policies: vec![NamedPolicy { name: "p".into(), text: policy.clone() }],
        boundary: if data.len() % 3 == 0 { vec![NamedPolicy { name: "b".into(), text: policy }] } else { vec![] },
        request,
    };
    let result = workspace.run(Catalog::builtin());
    // Decision-only evaluation (no texts, the action index) concludes exactly as the full one.
    let decided = |e: &cam_playground::Evaluation| {
        format!("{:?} {} {:?} {:?} {:?} {:?} {:?}", e.decision, e.authoritative, e.deciding, e.assumptions, e.notes, e.resources, e.refused)
    };
    let decision_only = workspace.run_with(Catalog::builtin(), cam_playground::eval::Detail::DecisionOnly);
    assert_eq!(result.evaluation.as_ref().map(decided), decision_only.evaluation.as_ref().map(decided));
    if let (Some(evaluation), Some(request)) = (&result.evaluation, &result.request.request) {
        let steps = explain::steps(evaluation, request);
        for locale in cam_playground::i18n::Locale::ALL {
            let _ = locale.render_text(&steps);
            let _ = cam_playground::i18n::markdown(&workspace, &result, None, locale);
        }
    }
});
