//! Properties of the evaluator and codecs over generated policies and requests (proptest, in every `cargo test`).
#![cfg(not(target_arch = "wasm32"))]

use cam_playground::catalog::Catalog;
use cam_playground::eval::{Decision, Evaluation};
use cam_playground::policy::PolicyKind;
use cam_playground::share::{self, View};
use cam_playground::workspace::{NamedPolicy, Tab, Workspace};
use proptest::prelude::*;

const ACTIONS: &[&str] = &[
    "*",
    "ccc:*",
    "ccc:Create*",
    "ccc:CreateStaff",
    "ccc:DeleteCCCSkillGroup",
    "ccc:Describe*",
    "name/ccc:CreateStaff",
    "cos:*",
];
const RESOURCES: &[&str] = &[
    "*",
    "qcs::ccc::uin/100000000001:SdkAppId/1400000000",
    "qcs::ccc::uin/100000000001:SdkAppId/*",
    "qcs::ccc::uin/100000000001:SdkAppId/1400000001",
    "qcs::ccc:::SdkAppId/1400000000",
];
const CONDITIONS: &[&str] = &[
    "",
    r#", "condition": {"ip_equal": {"qcs:ip": ["10.0.0.0/8"]}}"#,
    r#", "condition": {"ip_not_equal": {"qcs:ip": ["10.0.0.0/8", "192.168.0.0/16"]}}"#,
    r#", "condition": {"date_less_than": {"qcs:current_time": "2026-12-01T00:00:00Z"}}"#,
    r#", "condition": {"for_any_value:string_equal": {"qcs:resource_tag": ["team&support"]}}"#,
    r#", "condition": {"for_all_value:string_equal": {"qcs:request_tag": ["env&prod"]}}"#,
    r#", "condition": {"string_equal_if_exist": {"ccc:k": "v"}}"#,
];
const REQUESTS: &[&str] = &[
    r#"{"action": "ccc:CreateStaff", "params": {"SdkAppId": 1400000000}, "principal": {"uin": "100000000011", "owner_uin": "100000000001"}, "context": {"qcs:ip": "10.1.2.3", "qcs:current_time": "2026-11-28T12:00:00Z", "qcs:resource_tag": ["team&support"]}}"#,
    r#"{"action": "ccc:DeleteCCCSkillGroup", "params": {"SdkAppId": 1400000000}, "principal": {"uin": "100000000011", "owner_uin": "100000000001"}, "context": {"qcs:ip": "8.8.8.8"}}"#,
    r#"{"action": "ccc:DescribeTelCdr", "params": {"SdkAppId": [1400000000, 1400000001]}, "principal": {"uin": "100000000011", "owner_uin": "100000000001"}, "context": {"qcs:request_tag": ["env&prod"]}}"#,
];

#[derive(Clone, Debug)]
struct Statement {
    deny: bool,
    action: usize,
    resource: usize,
    condition: usize,
}

impl Statement {
    fn text(&self) -> String {
        format!(
            r#"{{"effect": "{}", "action": "{}", "resource": "{}"{}}}"#,
            if self.deny { "deny" } else { "allow" },
            ACTIONS[self.action],
            RESOURCES[self.resource],
            CONDITIONS[self.condition]
        )
    }
}

fn statement() -> impl Strategy<Value = Statement> {
    (
        any::<bool>(),
        0..ACTIONS.len(),
        0..RESOURCES.len(),
        0..CONDITIONS.len(),
    )
        .prop_map(|(deny, action, resource, condition)| Statement {
            deny,
            action,
            resource,
            condition,
        })
}

fn policies() -> impl Strategy<Value = Vec<Vec<Statement>>> {
    prop::collection::vec(prop::collection::vec(statement(), 1..5), 0..4)
}

fn policy_text(statements: &[Statement]) -> String {
    let body: Vec<String> = statements.iter().map(Statement::text).collect();
    format!(
        r#"{{"version": "2.0", "statement": [{}]}}"#,
        body.join(", ")
    )
}

fn evaluate(
    policies: &[Vec<Statement>],
    boundary: &[Vec<Statement>],
    request: usize,
) -> Evaluation {
    let named = |set: &[Vec<Statement>]| {
        set.iter()
            .enumerate()
            .map(|(i, s)| NamedPolicy {
                name: format!("p{i}"),
                text: policy_text(s),
                ..Default::default()
            })
            .collect()
    };
    let workspace = Workspace {
        policies: named(policies),
        boundary: named(boundary),
        request: REQUESTS[request].into(),
        ..Default::default()
    };
    let result = workspace.run(Catalog::builtin());
    assert!(
        result.policies.iter().all(|p| p.is_complete()),
        "generated policies parse"
    );
    result.evaluation.expect("generated workspaces evaluate")
}

/// The deciding statements as their texts, so reordering does not change them.
fn deciding_texts(evaluation: &Evaluation, policies: &[Vec<Statement>]) -> Vec<String> {
    let mut texts: Vec<String> = evaluation
        .deciding
        .iter()
        .map(|d| policies[d.policy][d.statement].text())
        .collect();
    texts.sort();
    texts
}

fn allowed(d: Decision) -> bool {
    d == Decision::Allow
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn deny_always_wins(policies in policies(), request in 0..REQUESTS.len()) {
        let mut with_deny = policies.clone();
        with_deny.push(vec![Statement { deny: true, action: 0, resource: 0, condition: 0 }]);
        prop_assert_eq!(evaluate(&with_deny, &[], request).decision, Decision::ExplicitDeny);
    }

    #[test]
    fn order_never_matters(policies in policies(), request in 0..REQUESTS.len(), seed in any::<u64>()) {
        let before = evaluate(&policies, &[], request);
        let mut shuffled = policies.clone();
        let mut state = seed | 1;
        let mut next = |n: usize| { state ^= state << 13; state ^= state >> 7; state ^= state << 17; (state % n as u64) as usize };
        for statements in &mut shuffled {
            for i in (1..statements.len()).rev() { let j = next(i + 1); statements.swap(i, j); }
        }
        for i in (1..shuffled.len()).rev() { let j = next(i + 1); shuffled.swap(i, j); }
        let after = evaluate(&shuffled, &[], request);
        prop_assert_eq!(before.decision, after.decision);
        prop_assert_eq!(deciding_texts(&before, &policies), deciding_texts(&after, &shuffled));
    }

    #[test]
    fn adding_an_allow_never_denies_what_was_allowed(policies in policies(), extra in statement(), request in 0..REQUESTS.len()) {
        let before = evaluate(&policies, &[], request);
        let mut more = policies.clone();
        more.push(vec![Statement { deny: false, ..extra }]);
        let after = evaluate(&more, &[], request);
        prop_assert!(!allowed(before.decision) || allowed(after.decision));
    }

    #[test]
    fn adding_a_deny_never_allows_what_was_denied(policies in policies(), extra in statement(), request in 0..REQUESTS.len()) {
        let before = evaluate(&policies, &[], request);
        let mut more = policies.clone();
        more.push(vec![Statement { deny: true, ..extra }]);
        let after = evaluate(&more, &[], request);
        prop_assert!(allowed(before.decision) || !allowed(after.decision));
    }

    #[test]
    fn a_boundary_never_widens_access(policies in policies(), boundary in policies(), request in 0..REQUESTS.len()) {
        let without = evaluate(&policies, &[], request);
        let with = evaluate(&policies, &boundary, request);
        prop_assert!(!allowed(with.decision) || allowed(without.decision) || boundary.is_empty());
    }

    #[test]
    fn share_encode_decode_is_the_identity(
        names in prop::collection::vec(".{0,20}", 0..3),
        text in "(?s).{0,400}",
        request in "(?s).{0,200}",
        decision in prop::option::of(prop::sample::select(Decision::ALL.to_vec())),
        boundary_tab in any::<bool>(),
        index in 0usize..20,
        raw in any::<bool>(),
    ) {
        let workspace = Workspace {
            policies: names.iter().map(|n| NamedPolicy { name: n.clone(), text: text.clone(), ..Default::default() }).collect(),
            boundary: vec![NamedPolicy { name: "b".into(), text: request.clone(), ..Default::default() }],
            request,
            ..Default::default()
        };
        let source = if boundary_tab { PolicyKind::Boundary } else { PolicyKind::Identity };
        let view = View { tab: Tab { source, index }, raw_request: raw };
        let shared = share::decode(&share::encode(&workspace, &view, decision)).unwrap();
        prop_assert_eq!(shared.workspace, workspace);
        prop_assert_eq!(shared.view, view);
        prop_assert_eq!(shared.stamp.decision, Decision::name_of(decision));
    }

    #[test]
    fn parse_print_parse_is_stable(policies in policies()) {
        for statements in &policies {
            let text = policy_text(statements);
            let printed = cam_playground::json::format(&text).unwrap();
            prop_assert_eq!(cam_playground::json::format(&printed).unwrap(), printed.clone());
            let model = |t: &str| {
                let policy = cam_playground::parse_policy(t, Catalog::builtin()).policy.unwrap();
                policy.statements.iter().map(|s| (s.effect.value, s.actions.iter().map(|a| a.value.clone()).collect::<Vec<_>>(), s.resources.iter().map(|r| r.value.clone()).collect::<Vec<_>>(), s.conditions.len())).collect::<Vec<_>>()
            };
            prop_assert_eq!(model(&text), model(&printed));
        }
    }

    /// The matrix evaluates each kind of API once, without the statements that cannot take part: for any
    /// policies it must equal one full evaluation per API. Actions and conditions here include the odd ones
    /// (permid, case-only matches, an unknown operator) that make statements not evaluated or not authoritative.
    #[test]
    fn the_matrix_equals_its_definition(
        policies in prop::collection::vec(prop::collection::vec((any::<bool>(), 0..MATRIX_ACTIONS.len(), 0..RESOURCES.len(), 0..MATRIX_CONDITIONS.len()), 1..6), 1..3),
        boundary in prop::collection::vec(prop::collection::vec((any::<bool>(), 0..MATRIX_ACTIONS.len(), 0..RESOURCES.len(), 0..MATRIX_CONDITIONS.len()), 1..4), 0..2),
        request in 0..REQUESTS.len(),
    ) {
        let catalog = Catalog::builtin();
        let parse = |set: &[Vec<(bool, usize, usize, usize)>]| -> Vec<cam_playground::Policy> {
            set.iter()
                .map(|statements| {
                    let body: Vec<String> = statements
                        .iter()
                        .map(|&(deny, a, r, c)| format!(
                            r#"{{"effect": "{}", "action": ["{}", "ccc:DescribeTelCdr"], "resource": "{}"{}}}"#,
                            if deny { "deny" } else { "allow" }, MATRIX_ACTIONS[a], RESOURCES[r], MATRIX_CONDITIONS[c]
                        ))
                        .collect();
                    let text = format!(r#"{{"version": "2.0", "statement": [{}]}}"#, body.join(", "));
                    cam_playground::parse_policy(&text, catalog).policy.unwrap()
                })
                .collect()
        };
        let (policies, boundary) = (parse(&policies), parse(&boundary));
        let (policies, boundary): (Vec<_>, Vec<_>) = (policies.iter().collect(), boundary.iter().collect());
        let base = cam_playground::request::read_request(REQUESTS[request]).unwrap();
        prop_assert_eq!(
            cam_playground::analysis::matrix(&policies, &boundary, &base, catalog),
            cam_playground::analysis::matrix_by_definition(&policies, &boundary, &base, catalog)
        );
    }
}

const MATRIX_ACTIONS: &[&str] = &[
    "*",
    "ccc:*",
    "ccc:Create*",
    "ccc:CreateStaff",
    "CCC:createstaff",
    "ccc:*Staff*",
    "ccc:DeleteCCCSkillGroup",
    "name/ccc:Describe*",
    "permid/7",
    "cos:*",
];
const MATRIX_CONDITIONS: &[&str] = &[
    "",
    r#", "condition": {"ip_equal": {"qcs:ip": ["10.0.0.0/8"]}}"#,
    r#", "condition": {"for_any_value:string_equal": {"qcs:resource_tag": ["team&support"]}}"#,
    r#", "condition": {"string_equal_if_exist": {"ccc:k": "v"}}"#,
    r#", "condition": {"bogus_operator": {"ccc:k": "v"}}"#,
];
