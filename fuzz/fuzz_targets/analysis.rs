#![no_main]
//! Structured policies (as in `evaluate`) through the whole-catalog analysis: the matrix must equal one full
//! evaluation per API, and every offered fix must be verified (re-evaluating it gives the wanted decision; a
//! run after the workspace's own, taking the texts the fix left alone from it, equals a fresh run).
use cam_playground::analysis;
use cam_playground::catalog::Catalog;
use cam_playground::workspace::{NamedPolicy, Workspace};
use libfuzzer_sys::fuzz_target;

const ACTIONS: &[&str] = &["*", "ccc:*", "ccc:Create*", "ccc:CreateStaff", "ccc:DeleteCCCSkillGroup", "name/ccc:Describe*", "permid/1", "CCC:createstaff", "ccc:*Staff*", "cos:*"];
const RESOURCES: &[&str] = &["*", "qcs::ccc::uin/100000000001:SdkAppId/1400000000", "qcs::ccc::uin/100000000001:SdkAppId/*", "qcs::ccc:::SdkAppId/140000000?", "qcs::ccc::uin/${uin}:SdkAppId/1400000001", "qcs::::uin/100000000001:*"];
const CONDITIONS: &[&str] = &["", r#", "condition": {"ip_equal": {"qcs:ip": ["10.0.0.0/8"]}}"#, r#", "condition": {"bogus_op": {"ccc:k": "v"}}"#, r#", "condition": {"string_equal_if_exist": {"ccc:k": "v"}}"#, r#", "condition": {"for_any_value:string_equal": {"qcs:resource_tag": ["a&b"]}}"#];
const REQUESTS: &[&str] = &["ccc:CreateStaff", "ccc:DeleteCCCSkillGroup", "ccc:DescribeTelCdr"];

fuzz_target!(|data: &[u8]| {
    let mut bytes = data.iter().copied();
    let mut pick = |n: usize| bytes.next().unwrap_or(0) as usize % n;
    let mut policy = |count: usize| {
        let statements: Vec<String> = (0..count)
            .map(|_| {
                format!(
                    r#"{{"effect": "{}", "action": ["{}", "{}"], "resource": "{}"{}}}"#,
                    ["allow", "deny"][pick(2)],
                    ACTIONS[pick(ACTIONS.len())],
                    ACTIONS[pick(ACTIONS.len())],
                    RESOURCES[pick(RESOURCES.len())],
                    CONDITIONS[pick(CONDITIONS.len())]
                )
            })
            .collect();
        format!(r#"{{"version": "2.0", "statement": [{}]}}"#, statements.join(","))
    };
    let workspace = Workspace {
        policies: vec![NamedPolicy { name: "p".into(), text: policy(1 + data.len() % 5), ..Default::default() }],
        boundary: if data.len() % 3 == 0 { vec![NamedPolicy { name: "b".into(), text: policy(1 + data.len() % 2), ..Default::default() }] } else { vec![] },
        request: format!(
            r#"{{"action": "{}", "params": {{"SdkAppId": 1400000000}}, "principal": {{"uin": "100000000011", "owner_uin": "100000000001"}}, "context": {{"qcs:ip": "10.1.2.3"}}}}"#,
            REQUESTS[data.first().copied().unwrap_or(0) as usize % REQUESTS.len()]
        ),
        ..Default::default()
    };
    let catalog = Catalog::builtin();
    let result = workspace.run(catalog);
    let (Some(policies), Some(boundary), Some(request)) = (
        cam_playground::workspace::models(&result.policies),
        cam_playground::workspace::models(&result.boundary),
        cam_playground::request::read_request(&workspace.request),
    ) else {
        return;
    };
    assert_eq!(
        analysis::matrix(&policies, &boundary, &request, catalog),
        analysis::matrix_by_definition(&policies, &boundary, &request, catalog)
    );
    let wanted_allow = result.evaluation.as_ref().is_some_and(|e| e.decision != cam_playground::eval::Decision::Allow);
    for fix in analysis::fixes(&workspace, &result, catalog) {
        let fresh = fix.workspace.run(catalog);
        // A run after the workspace's own (texts the fix left alone taken from it) is the fresh run.
        let after = fix.workspace.run_after(catalog, cam_playground::eval::Detail::Full, Some((&workspace, &result)));
        assert_eq!(after, fresh);
        let decision = fresh.evaluation.map(|e| e.decision);
        assert_eq!(decision.map(|d| d == cam_playground::eval::Decision::Allow), Some(wanted_allow), "{}", cam_playground::i18n::en::analysis::fix(&fix.description));
    }
});
