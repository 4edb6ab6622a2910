//! A second product, defined only by a test fixture (`tests/fixtures/second-product.json`: four APIs whose
//! resources are `instance/${InstanceId}`, with authorization by tag), goes through every feature with no code
//! of its own: the engine knows products only as catalog data.

use cam_playground::analysis::{diff, generate, matrix, GeneratorInput};
use cam_playground::catalog::{Catalog, Granularity, Product};
use cam_playground::eval::Decision;
use cam_playground::i18n::Locale;
use cam_playground::workspace::{NamedPolicy, Workspace};
use cam_playground::{parse_policy, Policy};

fn catalog() -> Catalog {
    let lab: Product = serde_json::from_str(include_str!("../fixtures/second-product.json"))
        .expect("the fixture reads");
    let ccc = Catalog::builtin().product("ccc").expect("ccc").clone();
    Catalog::new(vec![ccc, lab])
}

fn workspace(policy: &str, request: &str) -> Workspace {
    Workspace {
        policies: vec![NamedPolicy {
            name: "p".into(),
            text: policy.into(),
            ..Default::default()
        }],
        boundary: Vec::new(),
        request: request.into(),
        ..Default::default()
    }
}

const INSTANCE_GRANT: &str = r#"{"version": "2.0", "statement": [{"effect": "allow",
    "action": ["lab:StartInstance", "lab:CreateInstance"],
    "resource": ["qcs::lab::uin/100000000001:instance/ins-1"]}]}"#;

fn request(action: &str, params: &str) -> String {
    format!(
        r#"{{"action": "{action}", "params": {params},
            "principal": {{"uin": "100000000011", "owner_uin": "100000000001"}}}}"#
    )
}

fn policy(text: &str, catalog: &Catalog) -> Policy {
    let parsed = parse_policy(text, catalog);
    assert!(parsed.errors().next().is_none(), "{:?}", parsed.diagnostics);
    parsed.policy.expect("a policy")
}

#[test]
fn the_catalog_reads_its_parameters_and_resource_types() {
    let catalog = catalog();
    let lab = catalog.product("lab").expect("lab");
    assert_eq!(lab.resource_params(), ["InstanceId"]);
    assert_eq!(lab.resource_types(), ["instance"]);
    assert_eq!(lab.param_of_type("instance"), Some("InstanceId"));
    assert_eq!(
        catalog.resource_id_of("qcs::lab::uin/1:instance/ins-9"),
        Some(("InstanceId", "ins-9"))
    );
    // The request form asks for the action's own parameter, and for every product's while none is named.
    assert_eq!(catalog.form_params("lab:StartInstance"), ["InstanceId"]);
    assert_eq!(catalog.form_params("ccc:CreateStaff"), ["SdkAppId"]);
    assert_eq!(catalog.form_params(""), ["SdkAppId", "InstanceId"]);
    assert_eq!(
        Locale::En.action_placeholder(&catalog),
        "ccc:… / lab:… (type to search 185 APIs)"
    );
    assert_eq!(
        Locale::En.products_line(&catalog),
        "Tencent Cloud · Cloud Contact Center (ccc), Test Lab (lab)"
    );
}

#[test]
fn it_evaluates_from_its_templates() {
    let catalog = catalog();
    let run = |policy: &str, request: &str| workspace(policy, request).run(&catalog);
    // A resource-level API: the template is filled with the request's InstanceId.
    let result = run(
        INSTANCE_GRANT,
        &request("lab:StartInstance", r#"{"InstanceId": "ins-1"}"#),
    );
    let evaluation = result.evaluation.expect("evaluated");
    assert_eq!(evaluation.decision, Decision::Allow);
    assert_eq!(
        evaluation.resources[0].resource,
        "qcs::lab::uin/100000000001:instance/ins-1"
    );
    // Several ids make several resources (rule R7).
    let result = run(
        INSTANCE_GRANT,
        &request("lab:StartInstance", r#"{"InstanceId": ["ins-1", "ins-2"]}"#),
    );
    let evaluation = result.evaluation.expect("evaluated");
    assert_eq!(evaluation.resources.len(), 2);
    assert_eq!(evaluation.decision, Decision::ImplicitDeny);
    // The operation-level trap: the same grant does not give CreateInstance (rule R5).
    let result = run(INSTANCE_GRANT, &request("lab:CreateInstance", "{}"));
    let evaluation = result.evaluation.expect("evaluated");
    assert_eq!(evaluation.decision, Decision::ImplicitDeny);
    assert_eq!(evaluation.resources[0].resource, "*");
    // Without its parameter the request names the parameter, located at the action.
    let result = run(INSTANCE_GRANT, &request("lab:StartInstance", "{}"));
    assert!(result.evaluation.is_none());
    let missing = &result.request.diagnostics[0];
    assert_eq!(missing.code, "request/missing-resource-param");
    assert_eq!(missing.path, "$.params.InstanceId");
    let words = missing.words(Locale::En);
    assert!(
        words.message.contains("names the InstanceId"),
        "{}",
        words.message
    );
    assert!(Locale::ZhCn
        .words(&missing.text)
        .message
        .contains("InstanceId"));
}

#[test]
fn its_tags_are_compared_because_it_has_authorization_by_tag() {
    let catalog = catalog();
    let tagged = r#"{"version": "2.0", "statement": [{"effect": "allow", "action": ["lab:*", "ccc:*"],
        "resource": ["*"], "condition": {"string_equal": {"qcs:resource_tag": ["team&lab"]}}}]}"#;
    let with_tag = |action: &str, params: &str| {
        let text = format!(
            r#"{{"action": "{action}", "params": {params},
                "principal": {{"uin": "100000000011", "owner_uin": "100000000001"}},
                "context": {{"qcs:resource_tag": ["team&lab"]}}}}"#
        );
        workspace(tagged, &text)
            .run(&catalog)
            .evaluation
            .expect("evaluated")
            .decision
    };
    // lab has tags for CAM to compare; ccc has none (rule C9), so the same condition fails there.
    assert_eq!(with_tag("lab:DescribeInstances", "{}"), Decision::Allow);
    assert_eq!(
        with_tag("ccc:DescribeStaffInfoList", r#"{"SdkAppId": 1400000000}"#),
        Decision::ImplicitDeny
    );
}

#[test]
fn it_is_linted_with_its_own_resource_form() {
    let catalog = catalog();
    let codes = |text: &str| -> Vec<&'static str> {
        cam_playground::lint::findings(&parse_policy(text, &catalog), &catalog)
            .iter()
            .map(|d| d.code)
            .collect()
    };
    assert!(codes(INSTANCE_GRANT).contains(&"lint/operation-level-scoped"));
    let wrong_type = r#"{"version": "2.0", "statement": [{"effect": "allow", "action": ["lab:StartInstance"],
        "resource": ["qcs::lab::uin/100000000001:SdkAppId/1"]}]}"#;
    let findings = cam_playground::lint::findings(&parse_policy(wrong_type, &catalog), &catalog);
    let unknown = findings
        .iter()
        .find(|d| d.code == "lint/unknown-resource-type")
        .expect("the resource type is checked against lab's templates");
    let words = unknown.words(Locale::En);
    let said = format!("{} {}", words.message, words.help);
    assert!(
        said.contains("lab API") && said.contains(":instance/<id>"),
        "{said}"
    );
    let right = r#"{"version": "2.0", "statement": [{"effect": "allow", "action": ["lab:StartInstance"],
        "resource": ["qcs::lab::uin/100000000001:instance/ins-1"]}]}"#;
    assert!(codes(right).is_empty(), "{:?}", codes(right));
}

#[test]
fn it_appears_in_the_matrix_the_generator_and_the_diff() {
    let catalog = catalog();
    let base = cam_playground::request::read_request(&request(
        "lab:StartInstance",
        r#"{"InstanceId": "ins-1", "SdkAppId": 1400000000}"#,
    ))
    .expect("a request");
    // The generator writes lab's resources from its template, operation-level APIs on `*`.
    let generated = generate(
        &GeneratorInput {
            actions: vec!["lab:StartInstance".into(), "lab:CreateInstance".into()],
            resource_ids: vec!["ins-1".into()],
            owner_uin: "100000000001".into(),
            ..GeneratorInput::default()
        },
        &catalog,
    );
    assert!(
        generated.contains("qcs::lab::uin/100000000001:instance/ins-1"),
        "{generated}"
    );
    let generated = policy(&generated, &catalog);
    // The matrix evaluates lab's four APIs like ccc's: exactly the two generated are allowed.
    let rows = matrix(&[&generated], &[], &base, &catalog);
    let lab: Vec<_> = rows
        .iter()
        .filter(|r| r.action.starts_with("lab:"))
        .collect();
    assert_eq!(lab.len(), 4);
    let allowed: Vec<&str> = rows
        .iter()
        .filter(|r| r.decision == Some(Decision::Allow))
        .map(|r| r.action.as_str())
        .collect();
    assert_eq!(allowed, ["lab:CreateInstance", "lab:StartInstance"]);
    assert!(lab
        .iter()
        .any(|r| r.granularity == Granularity::Operation && r.decision.is_some()));
    // The diff compares lab's instance ids, named by its parameter.
    let narrower = policy(INSTANCE_GRANT, &catalog);
    let changes = diff((&[&generated], &[]), (&[&narrower], &[]), &base, &catalog);
    assert!(changes
        .compared
        .iter()
        .any(|r| r.param == "InstanceId" && r.id == "ins-1"));
    let lost: Vec<&str> = changes
        .rows
        .iter()
        .filter(|r| r.resource.param == "InstanceId")
        .map(|r| r.action.as_str())
        .collect();
    // Operation level: lost on ins-1 and on an instance no policy names alike.
    assert_eq!(lost, ["lab:CreateInstance", "lab:CreateInstance"]);
    assert!(changes
        .rows
        .iter()
        .any(|r| r.resource.other && r.resource.id == "other"));
}

/// Messages quote a product's example (`ccc:CreateStaff`, `SdkAppId`, `1400000000`) from its catalog data; a
/// product whose file names none gets its first resource-level write and first read API.
#[test]
fn examples_in_messages_come_from_the_catalog() {
    let catalog = catalog();
    let ccc = catalog.product("ccc").expect("ccc").example();
    assert_eq!(ccc.action, "ccc:CreateStaff");
    assert_eq!(ccc.read_action, "ccc:DescribeStaffInfoList");
    assert_eq!(
        (ccc.param.as_str(), ccc.id.as_str()),
        ("SdkAppId", "1400000000")
    );
    assert_eq!(
        ccc.resource("100000000001", &ccc.id),
        "qcs::ccc::uin/100000000001:SdkAppId/1400000000"
    );
    let lab = catalog.product("lab").expect("lab").example();
    assert_eq!(lab.action, "lab:StartInstance");
    assert_eq!(lab.read_action, "lab:DescribeInstances");
    assert_eq!((lab.param.as_str(), lab.id.as_str()), ("InstanceId", "1"));
    assert_eq!(
        lab.resource("<root uin>", "<id>"),
        "qcs::lab::uin/<root uin>:instance/<id>"
    );
}

/// The operation-level finding's fix names the APIs as the product's own actions (`lab:CreateInstance`), not
/// as ccc's.
#[test]
fn the_operation_level_fix_names_the_products_actions() {
    let catalog = catalog();
    let parsed = cam_playground::parse_policy(INSTANCE_GRANT, &catalog);
    let findings = cam_playground::lint::lint(&parsed, &catalog);
    let scoped = findings
        .iter()
        .find(|d| d.code == "lint/operation-level-scoped")
        .unwrap_or_else(|| panic!("{findings:?}"));
    for locale in Locale::ALL {
        let help = scoped.words(locale).help;
        assert!(help.contains("`lab:CreateInstance`"), "{help}");
        assert!(!help.contains("ccc:"), "{help}");
    }
}
