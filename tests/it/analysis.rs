//! Whole-catalog analysis end to end: the matrix, the generator proven on the full matrix, and the diff.

use cam_playground::analysis::{diff, generate, matrix, GeneratorInput};
use cam_playground::catalog::{Catalog, Granularity};
use cam_playground::eval::Decision;
use cam_playground::policy::Policy;
use cam_playground::request::{read_request, ContextValue, Request};

fn policy(text: &str) -> Policy {
    let parsed = cam_playground::parse_policy(text, Catalog::builtin());
    assert!(parsed.errors().next().is_none(), "{:?}", parsed.diagnostics);
    parsed.policy.unwrap()
}

fn base(sdk_app_id: u64, ip: &str) -> Request {
    let mut request = read_request(&format!(
        r#"{{"action": "ccc:CreateStaff", "params": {{"SdkAppId": {sdk_app_id}}},
            "principal": {{"uin": "100000000011", "owner_uin": "100000000001"}},
            "context": {{"qcs:current_time": "2026-11-28T12:00:00Z"}}}}"#
    ))
    .unwrap();
    request
        .context
        .insert("qcs:ip".into(), ContextValue::One(ip.into()));
    request
}

fn allowed(rows: &[cam_playground::analysis::MatrixRow]) -> Vec<String> {
    rows.iter()
        .filter(|r| r.decision == Some(Decision::Allow))
        .map(|r| r.action.clone())
        .collect()
}

const TRAP: &str = r#"{"version": "2.0", "statement": [{"effect": "allow", "action": "ccc:*", "resource": "qcs::ccc::uin/100000000001:SdkAppId/1400000000"}]}"#;

#[test]
fn matrix_shows_the_operation_level_trap_across_the_catalog() {
    let trap = policy(TRAP);
    let rows = matrix(
        &[&trap],
        &[],
        &base(1400000000, "10.1.2.3"),
        Catalog::builtin(),
    );
    assert_eq!(rows.len(), 181);
    let allow = allowed(&rows);
    // Every resource-level API whose resource names the SdkAppId; no operation-level API at all.
    assert_eq!(allow.len(), 112, "{allow:?}");
    assert!(rows
        .iter()
        .filter(|r| r.granularity == Granularity::Operation)
        .all(|r| r.decision == Some(Decision::ImplicitDeny)));
    assert!(
        !allow.contains(&"ccc:DescribeCustomNumberList".to_string()),
        "its resource is uin/…:*, not an SdkAppId"
    );
    let other = matrix(
        &[&trap],
        &[],
        &base(1400000001, "10.1.2.3"),
        Catalog::builtin(),
    );
    assert!(allowed(&other).is_empty());
}

#[test]
fn generated_policies_allow_exactly_the_chosen_apis_on_the_full_matrix() {
    let catalog = Catalog::builtin();
    let product = catalog.product("ccc").unwrap();
    // A spread of APIs: every fifth one, plus the quirky templates and operation-level ones.
    let mut chosen: Vec<String> = product
        .apis
        .iter()
        .step_by(5)
        .map(|a| format!("ccc:{}", a.name))
        .collect();
    for extra in [
        "ccc:DescribeCustomNumberList",
        "ccc:CreateAICall",
        "ccc:DeleteCCCSkillGroup",
        "ccc:CreateStaff",
    ] {
        if !chosen.iter().any(|c| c == extra) {
            chosen.push(extra.into());
        }
    }
    let input = GeneratorInput {
        actions: chosen.clone(),
        resource_ids: vec!["1400000000".into(), "1400000002".into()],
        owner_uin: "100000000001".into(),
        ip_ranges: vec!["10.0.0.0/8".into()],
        time_window: Some(("2026-11-28T01:00:00Z".into(), "2026-11-28T13:00:00Z".into())),
    };
    let text = generate(&input, catalog);
    let generated = policy(&text);
    let lint = cam_playground::lint::lint(&cam_playground::parse_policy(&text, catalog), catalog);
    assert!(
        lint.iter().all(|d| !d.is_error()),
        "the generated policy has lint errors: {lint:?}"
    );

    let mut expected = chosen.clone();
    expected.sort();
    for id in [1400000000, 1400000002] {
        let mut allow = allowed(&matrix(&[&generated], &[], &base(id, "10.9.9.9"), catalog));
        allow.sort();
        assert_eq!(allow, expected, "SdkAppId {id}");
    }
    // Another SdkAppId gets only what does not depend on the SdkAppId.
    let independent: Vec<String> = chosen
        .iter()
        .filter(|a| {
            catalog
                .api_for_action(a)
                .is_some_and(|(_, api)| !api.resource_template.contains("${SdkAppId}"))
        })
        .cloned()
        .collect();
    let mut allow = allowed(&matrix(
        &[&generated],
        &[],
        &base(1400000001, "10.9.9.9"),
        catalog,
    ));
    allow.sort();
    let mut independent_sorted = independent;
    independent_sorted.sort();
    assert_eq!(allow, independent_sorted);
    // Outside the office network nothing is allowed.
    assert!(allowed(&matrix(
        &[&generated],
        &[],
        &base(1400000000, "8.8.8.8"),
        catalog
    ))
    .is_empty());
    assert!(
        text.matches("\"effect\"").count() >= 2,
        "operation-level APIs get their own statement:\n{text}"
    );
}

#[test]
fn diff_lists_what_the_fix_gained() {
    let before = policy(TRAP);
    let after = policy(
        r#"{"version": "2.0", "statement": [
        {"effect": "allow", "action": "ccc:*", "resource": "qcs::ccc::uin/100000000001:SdkAppId/1400000000"},
        {"effect": "allow", "action": "ccc:DeleteCCCSkillGroup", "resource": "*"}]}"#,
    );
    let rows = diff(
        (&[&before], &[]),
        (&[&after], &[]),
        &base(1400000000, "10.1.2.3"),
        Catalog::builtin(),
    )
    .rows;
    // The grant on `*` holds on every SdkAppId: the request's own and one that no policy names.
    assert_eq!(rows.len(), 2, "{rows:?}");
    assert_eq!(
        rows.iter().map(|r| r.resource.other).collect::<Vec<_>>(),
        [false, true]
    );
    assert!(rows.iter().all(|r| r.action == "ccc:DeleteCCCSkillGroup"));
    assert_eq!(
        (rows[0].before, rows[0].after),
        (Some(Decision::ImplicitDeny), Some(Decision::Allow))
    );
    assert_eq!(rows[0].example.action, "ccc:DeleteCCCSkillGroup");
    assert!(diff(
        (&[&before], &[]),
        (&[&before], &[]),
        &base(1400000000, "10.1.2.3"),
        Catalog::builtin()
    )
    .rows
    .is_empty());
}

fn fixes_for(id: &str) -> Vec<cam_playground::analysis::Fix> {
    let example = cam_playground::examples::gallery()
        .iter()
        .find(|e| e.id == id)
        .unwrap();
    let workspace = example.workspace();
    let result = workspace.run(Catalog::builtin());
    cam_playground::analysis::fixes(&workspace, &result, Catalog::builtin())
}

/// A fix's description in English, as the fix panel shows it (before capitalizing).
fn described(fix: &cam_playground::analysis::Fix) -> String {
    cam_playground::i18n::en::analysis::fix(&fix.description)
}

#[test]
fn minimal_fixes_are_verified_and_smallest_first() {
    let trap = fixes_for("operation-level-trap");
    assert!(
        described(&trap[0])
            .contains("operation level: grant it in a new statement with resource `*`"),
        "{:?}",
        trap.iter().map(described).collect::<Vec<_>>()
    );
    let fixed = trap[0].workspace.run(Catalog::builtin());
    assert_eq!(fixed.evaluation.unwrap().decision, Decision::Allow);
    assert!(trap[0].workspace.policies[0].text.contains(
        r#"{"effect": "allow", "action": ["ccc:DeleteCCCSkillGroup"], "resource": ["*"]}"#
    ));

    let office = fixes_for("office-ip-only");
    assert!(
        office
            .iter()
            .any(|f| described(f).contains("change the request's qcs:ip to `10.0.0.1`")),
        "{:?}",
        office.iter().map(described).collect::<Vec<_>>()
    );

    let deny = fixes_for("deny-wins");
    assert!(deny
        .iter()
        .any(|f| described(f).starts_with("remove the deny statement 1 of policy 2")));

    let allowed = fixes_for("operation-level-fix");
    assert!(!allowed.is_empty());
    for fix in &allowed {
        assert_ne!(
            fix.workspace
                .run(Catalog::builtin())
                .evaluation
                .unwrap()
                .decision,
            Decision::Allow,
            "{}",
            described(fix)
        );
    }
    assert!(allowed.windows(2).all(|w| w[0].cost <= w[1].cost));
}

/// A policy with `n` allow statements that do not apply to the example's request (other SdkAppIds).
fn many_statements(n: usize) -> cam_playground::workspace::Workspace {
    let statements: Vec<String> = (0..n)
        .map(|i| {
            format!(
                r#"{{"effect": "allow", "action": ["ccc:CreateStaff", "ccc:DescribeStaffInfoList"], "resource": ["qcs::ccc::uin/100000000001:SdkAppId/{}"]}}"#,
                1500000000 + i
            )
        })
        .collect();
    let mut workspace = cam_playground::examples::gallery()[0].workspace();
    workspace.policies[0].text = format!(
        "{{\"version\": \"2.0\", \"statement\": [\n{}\n]}}",
        statements.join(",\n")
    );
    workspace.request = workspace
        .request
        .replace("DeleteCCCSkillGroup", "CreateStaff");
    workspace
}

#[test]
fn fixes_stay_bounded_for_big_policies() {
    let catalog = Catalog::builtin();
    // Hundreds of statements, each a candidate: the search is capped but still finds verified fixes.
    let medium = many_statements(300);
    assert!(medium.text_len() < cam_playground::analysis::FIXES_SEARCHED_UP_TO_BYTES);
    let result = medium.run(catalog);
    assert_eq!(
        result.evaluation.as_ref().unwrap().decision,
        Decision::ImplicitDeny
    );
    let fixes = cam_playground::analysis::fixes(&medium, &result, catalog);
    assert!((1..=3).contains(&fixes.len()), "{} fixes", fixes.len());
    for fix in &fixes {
        let decision = fix.workspace.run(catalog).evaluation.unwrap().decision;
        assert_eq!(decision, Decision::Allow, "{}", described(fix));
    }
    // Above the limit, none are searched (the UI says why).
    let big = many_statements(600);
    assert!(big.text_len() > cam_playground::analysis::FIXES_SEARCHED_UP_TO_BYTES);
    let result = big.run(catalog);
    assert!(cam_playground::analysis::fixes(&big, &result, catalog).is_empty());
}

#[test]
fn diffs_of_big_policies_compare_fewer_resource_ids() {
    let catalog = Catalog::builtin();
    let parsed = |w: &cam_playground::workspace::Workspace| {
        cam_playground::parse_policy(&w.policies[0].text, catalog)
            .policy
            .unwrap()
    };
    let (small, big) = (many_statements(3), many_statements(600));
    let (small_policy, big_policy) = (parsed(&small), parsed(&big));
    let base = cam_playground::request::read_request(&big.request).unwrap();
    let (ids, named) = cam_playground::analysis::compared_resource_ids(
        (&[&small_policy], &[]),
        (&[], &[]),
        &base,
        catalog,
    );
    assert_eq!((ids.len(), named), (5, 4), "{ids:?}");
    assert_eq!(
        (ids[0].param.as_str(), ids[0].id.as_str()),
        ("SdkAppId", "1400000000"),
        "the request's own SdkAppId comes first"
    );
    assert_eq!(
        (ids[1].id.as_str(), ids[1].other),
        ("1500000003", true),
        "then one that no policy names"
    );
    let (ids, named) = cam_playground::analysis::compared_resource_ids(
        (&[&big_policy], &[]),
        (&[], &[]),
        &base,
        catalog,
    );
    let ids: Vec<&str> = ids.iter().map(|r| r.id.as_str()).collect();
    assert_eq!((ids, named), (vec!["1400000000"], 601));
    // The diff itself covers exactly the compared SdkAppIds.
    let rows = diff((&[&big_policy], &[]), (&[], &[]), &base, catalog).rows;
    assert!(rows.iter().all(|r| r.resource.id == "1400000000"));
}

/// Issue 27, finding 5: widening `SdkAppId/1400000000` to `SdkAppId/*` changes decisions on every other
/// SdkAppId, and the diff shows them on an id nobody names, even with the request on 1400000000.
#[test]
fn a_widening_edit_shows_on_an_unnamed_resource_id() {
    let catalog = Catalog::builtin();
    let text = |resource: &str| {
        format!(
            r#"{{"version": "2.0", "statement": [{{"effect": "allow", "action": ["ccc:*"], "resource": ["qcs::ccc::uin/100000000001:SdkAppId/{resource}"]}}]}}"#
        )
    };
    let parse = |t: &str| cam_playground::parse_policy(t, catalog).policy.unwrap();
    let (before, after) = (parse(&text("1400000000")), parse(&text("*")));
    let base = cam_playground::request::read_request(
        r#"{"action": "ccc:CreateStaff", "params": {"SdkAppId": 1400000000}, "principal": {"uin": "100000000011", "owner_uin": "100000000001"}}"#,
    )
    .unwrap();
    let changes = diff((&[&before], &[]), (&[&after], &[]), &base, catalog);
    assert!(changes.rows.len() > 100, "{} rows", changes.rows.len());
    assert!(changes
        .rows
        .iter()
        .all(|r| r.resource.other && r.resource.id == "1400000001"));
    assert!(changes
        .rows
        .iter()
        .all(|r| r.after == Some(Decision::Allow)));
    // Narrowing back shows the same rows lost.
    let back = diff((&[&after], &[]), (&[&before], &[]), &base, catalog);
    assert_eq!(back.rows.len(), changes.rows.len());
}

/// Issue 27, finding 15: a fix on a boundary's statement says it is the boundary's, not policy 1's.
#[test]
fn fixes_name_the_document_of_their_statement() {
    let boundary = fixes_for("permissions-boundary");
    let words: Vec<String> = boundary.iter().map(described).collect();
    assert!(
        words.iter().any(|w| w.contains("of boundary 1")),
        "{words:?}"
    );
    let chinese: Vec<String> = boundary
        .iter()
        .map(|f| cam_playground::i18n::zh_cn::analysis::fix(&f.description))
        .collect();
    assert!(
        chinese.iter().any(|w| w.contains("权限边界 1 的语句")),
        "{chinese:?}"
    );
}

/// Issue 27, finding 16: the office-IP example's fixes: changing the request says so, and the new statement
/// that goes around the IP condition says it bypasses it.
#[test]
fn fixes_say_what_they_change_and_what_they_bypass() {
    let office = fixes_for("office-ip-only");
    let request: Vec<&cam_playground::analysis::Fix> = office
        .iter()
        .filter(|f| f.description.changes_request())
        .collect();
    assert!(!request.is_empty());
    assert!(request
        .iter()
        .all(|f| described(f).contains("change the request's qcs:ip")));
    let widening = office
        .iter()
        .find(|f| {
            matches!(
                f.description,
                cam_playground::analysis::FixText::AddAllowStatement { .. }
            )
        })
        .expect("a new statement");
    assert!(
        described(widening).ends_with("(this bypasses the condition on qcs:ip)"),
        "{}",
        described(widening)
    );
    assert!(
        cam_playground::i18n::zh_cn::analysis::fix(&widening.description)
            .contains("这会绕过对 qcs:ip 的条件限制")
    );
    // Where no condition failed, nothing is said to be bypassed.
    let trap = fixes_for("operation-level-trap");
    assert!(trap.iter().all(|f| !described(f).contains("bypasses")));
}

/// What the web's matrix, diff and generator panels ask the engine (issue 29 item 8: the web re-derives nothing):
/// the kinds they leave out, the workspace's matrix, the diff since a snapshot and the generator's owner.
#[test]
fn the_tools_panels_read_the_workspace_through_the_engine() {
    use cam_playground::analysis::{owner_for, workspace_matrix, Snapshot};
    use cam_playground::policy::PolicyKind;
    use cam_playground::workspace::{NamedPolicy, Workspace};
    let named = |text: &str| NamedPolicy {
        name: "p".into(),
        text: text.into(),
        node: Default::default(),
    };
    let catalog = Catalog::builtin();
    let request = r#"{"action": "ccc:CreateStaff", "params": {"SdkAppId": 1400000000},
        "principal": {"uin": "100000000011", "owner_uin": "200000000002"}}"#;
    let mut workspace = Workspace {
        policies: vec![named(TRAP)],
        request: request.into(),
        ..Workspace::default()
    };
    assert_eq!(workspace.kinds_outside_tools(), []);
    workspace
        .scp
        .push(named(r#"{"version": "2.0", "statement": []}"#));
    workspace
        .trust
        .push(named(r#"{"version": "2.0", "statement": []}"#));
    assert_eq!(
        workspace.kinds_outside_tools(),
        [PolicyKind::Trust, PolicyKind::Scp],
        "in PolicyKind::ALL order"
    );

    let rows = workspace_matrix(&workspace.run(catalog), request, catalog).unwrap();
    let expected = matrix(
        &[&policy(TRAP)],
        &[],
        &read_request(request).unwrap(),
        catalog,
    );
    assert_eq!(rows, expected);
    assert_eq!(rows.len(), 181);
    assert!(workspace_matrix(&workspace.run(catalog), "{", catalog).is_none());

    let snapshot = Snapshot::of(&workspace);
    workspace.policies[0] = named(
        r#"{"version": "2.0", "statement": [{"effect": "allow", "action": "ccc:DeleteCCCSkillGroup", "resource": "*"}]}"#,
    );
    let since = snapshot
        .diff(&workspace.run(catalog), request, catalog)
        .unwrap();
    assert!(
        since
            .rows
            .iter()
            .any(|r| r.action == "ccc:DeleteCCCSkillGroup" && r.after == Some(Decision::Allow)),
        "{:?}",
        since.rows
    );
    let unchanged = Snapshot::of(&workspace).diff(&workspace.run(catalog), request, catalog);
    assert!(unchanged.unwrap().rows.is_empty());
    workspace.policies[0] = named("{ broken");
    assert!(
        snapshot
            .diff(&workspace.run(catalog), request, catalog)
            .is_none(),
        "now unreadable"
    );
    assert!(
        Snapshot::of(&workspace)
            .diff(&workspace.run(catalog), request, catalog)
            .is_none(),
        "then unreadable"
    );

    assert_eq!(owner_for(request), "200000000002");
    assert_eq!(owner_for("not a request"), "100000000001");
}
