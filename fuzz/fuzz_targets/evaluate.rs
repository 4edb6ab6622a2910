#![no_main]
//! Structured input: a policy and a request built from fragments chosen by the fuzzer, so most inputs parse and
//! reach the evaluator and the explanation, including odd operators, values, wildcards and variables; a
//! decision-only evaluation (past 16 statements, with the action index) must conclude as the full one. The same
//! statements also serve as the other kinds of document (with principals), chosen by the input, and the request's
//! principal is any kind of caller, so every layer of rule L1 and its combinations are reached.
use cam_playground::catalog::Catalog;
use cam_playground::explain;
use cam_playground::workspace::{NamedPolicy, Workspace};
use libfuzzer_sys::fuzz_target;

const ACTIONS: &[&str] = &["*", "ccc:*", "ccc:Create*", "ccc:CreateStaff", "ccc:DeleteCCCSkillGroup", "name/ccc:*", "permid/1", "CCC:createstaff", "ccc:*Staff*", "cos:*"];
const RESOURCES: &[&str] = &["*", "qcs::ccc::uin/100000000001:SdkAppId/1400000000", "qcs::ccc::uin/100000000001:SdkAppId/*", "qcs::ccc:::SdkAppId/140000000?", "qcs::ccc::uin/${uin}:SdkAppId/1", "qcs::::uin/100000000001:*", "qcs:x:cos:ap:uid/1:prefix//a/*", "bad"];
const OPERATORS: &[&str] = &["string_equal", "string_not_equal_if_exist", "for_any_value:string_like", "for_all_value:string_equal", "ip_equal", "ip_not_equal", "numeric_less_than", "date_greater_than", "bool_equal", "null_equal", "binary_equal", "string_equal_ignore_case", "bogus_op"];
const KEYS: &[&str] = &["qcs:ip", "qcs:current_time", "qcs:resource_tag", "ccc:k", "qcs:IP"];
const PRINCIPALS: &[&str] = &["\"*\"", "{\"qcs\": [\"qcs::cam::anyone:anyone\"]}", "{\"qcs\": [\"qcs::cam::uin/100000000001:root\"]}", "{\"qcs\": [\"qcs::cam::uin/100000000001:uin/100000000011\"]}", "{\"qcs\": [\"qcs::cam::uin/100000000001:groupid/7\"]}", "{\"service\": \"scf.qcloud.com\"}", "{\"federated\": [\"qcs::cam::uin/1:saml-provider/idp\"]}", "{\"bogus\": 1}", "[]"];
const CALLERS: &[&str] = &["{\"uin\": \"100000000011\", \"owner_uin\": \"100000000001\", \"groups\": [\"7\"]}", "{\"uin\": \"100000000001\", \"owner_uin\": \"100000000001\"}", "{\"type\": \"anonymous\"}", "{\"type\": \"role\", \"owner_uin\": \"100000000001\", \"role\": \"r\"}", "{\"type\": \"service\", \"service\": \"scf.qcloud.com\"}", "{\"type\": \"federated\", \"provider\": \"qcs::cam::uin/1:saml-provider/idp\"}", "{\"uin\": \"2\", \"owner_uin\": \"200000000002\"}", "{\"type\": \"robot\"}"];
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
    // The other kinds: the same statements with a principal, in the layers the input's bits choose.
    let with_principal = format!(
        r#"{{"version": "2.0", "principal": {}, "statement": [{}]}}"#,
        pick(PRINCIPALS),
        statements.join(",")
    );
    let layers = data.last().copied().unwrap_or(0);
    let one = |text: &String, on: bool| if on { vec![NamedPolicy { name: "k".into(), text: text.clone(), ..Default::default() }] } else { vec![] };
    let caller = pick(CALLERS);
    let request = request.replacen(
        r#""principal": {"uin": "100000000011", "owner_uin": "100000000001"}"#,
        &format!(r#""principal": {caller}"#),
        1,
    ).replacen(r#""principal": {"uin": "100000000001", "owner_uin": "100000000001"}"#, &format!(r#""principal": {caller}"#), 1);
    let request = if layers & 64 != 0 {
        request.replacen(r#""action": ""#, r#""resource_owner_uin": "300000000003", "organization": {"full_qcloud_access": false}, "action": ""#, 1)
    } else {
        request
    };
    let workspace = Workspace {
        policies: vec![NamedPolicy { name: "p".into(), text: policy.clone(), ..Default::default() }],
        boundary: one(&policy, data.len() % 3 == 0),
        trust: one(&with_principal, layers & 1 != 0),
        session: one(&policy, layers & 2 != 0),
        bucket: one(&with_principal, layers & 4 != 0),
        scp: one(&policy, layers & 8 != 0),
        request: if layers & 16 != 0 { request.replacen("ccc:CreateStaff", "sts:AssumeRole", 1) } else { request },
        ..Default::default()
    };
    // Rule O2: a second SCP (the identity policy's text) at a node the input chooses, the first at another.
    let mut workspace = workspace;
    if layers & 8 != 0 && layers & 32 != 0 {
        use cam_playground::policy_kind::ScpNode;
        let nodes = [ScpNode::Account, ScpNode::Root, ScpNode::Department("a".into()), ScpNode::Department("a/b".into())];
        let node = |bits: u8| nodes[usize::from(bits) % nodes.len()].clone();
        let second = data.first().copied().unwrap_or(0);
        workspace.scp[0].node = node(second >> 2);
        workspace.scp.push(NamedPolicy { name: "o".into(), text: policy.clone(), node: node(second) });
    }
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
