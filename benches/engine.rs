//! Criterion benchmarks of the engine's phases: parse, evaluate, and the whole pipeline the UI runs per keystroke.

use std::hint::black_box;

use cam_playground::catalog::Catalog;
use cam_playground::eval::{evaluate, Detail};
use cam_playground::json;
use cam_playground::policy::parse_policy;
use cam_playground::request::parse_request;
use cam_playground::workspace::{evaluate_kinds, evaluate_parsed_with, NamedPolicy, Workspace};
use cam_playground::PolicyKind;
use criterion::{criterion_group, criterion_main, Criterion};

// The readers' comparison of `tests/it/json_reader`; the bench uses its jsonc-parser settings.
#[allow(dead_code)]
#[path = "../tests/it/json_reader/compare.rs"]
mod compare;

/// Ten statements with conditions: a realistic, busy ccc policy.
fn ten_statement_policy() -> String {
    let statements: Vec<String> = (0..10)
        .map(|i| {
            format!(
                r#"{{"effect": "{}", "action": ["ccc:Describe*", "ccc:Create{i}*", "ccc:CreateStaff"],
                 "resource": ["qcs::ccc::uin/100000000001:SdkAppId/14000000{i:02}", "qcs::ccc::uin/100000000001:SdkAppId/1400000000"],
                 "condition": {{"ip_equal": {{"qcs:ip": ["10.0.0.0/8", "192.168.{i}.0/24"]}},
                               "date_less_than": {{"qcs:current_time": "2027-01-01T00:00:00Z"}},
                               "for_any_value:string_equal": {{"qcs:request_tag": ["team&support", "env&{i}"]}}}}}}"#,
                if i == 9 { "deny" } else { "allow" }
            )
        })
        .collect();
    format!(
        r#"{{"version": "2.0", "statement": [{}]}}"#,
        statements.join(",\n")
    )
}

const REQUEST: &str = r#"{"action": "ccc:CreateStaff", "params": {"SdkAppId": 1400000000},
  "principal": {"uin": "100000000011", "owner_uin": "100000000001", "app_id": "1250000001"},
  "context": {"qcs:ip": "10.1.2.3", "qcs:current_time": "2026-11-28T12:00:00Z", "qcs:request_tag": ["team&support"]}}"#;

/// The shape of `tests/e2e/large.test.mjs`'s 1 MB policy: 650 statements of 30 ccc actions each, with
/// conditions (here 0.65 MB, written without indents).
fn big_policy(catalog: &Catalog) -> String {
    let apis: Vec<String> = catalog
        .actions()
        .map(|(name, _, _)| name.to_string())
        .collect();
    let statements: Vec<String> = (0..650)
        .map(|i| {
            let actions: Vec<String> = (0..30)
                .map(|k| format!("\"{}\"", apis[(i * 7 + k) % apis.len()]))
                .collect();
            format!(
                r#"{{"effect":"{}","action":[{}],"resource":["qcs::ccc::uin/100000000001:SdkAppId/{}"],"condition":{{"ip_equal":{{"qcs:ip":["10.0.0.0/8","192.168.{}.0/24"]}}}}}}"#,
                if i % 7 != 0 { "allow" } else { "deny" },
                actions.join(","),
                1400000000 + i,
                i % 256
            )
        })
        .collect();
    format!(
        r#"{{"version":"2.0","statement":[{}]}}"#,
        statements.join(",")
    )
}

/// The scenario of bench/scenarios.mjs: three small policies and a request.
fn three_small_policies() -> Workspace {
    let small = |statement: &str| NamedPolicy {
        name: "p".into(),
        text: format!(r#"{{"version":"2.0","statement":[{statement}]}}"#),
        ..Default::default()
    };
    Workspace {
        policies: vec![
            small(r#"{"effect":"allow","action":["ccc:CreateStaff"],"resource":["qcs::ccc::uin/100000000001:SdkAppId/1400000000"],"condition":{"ip_equal":{"qcs:ip":["10.0.0.0/8"]}}}"#),
            small(r#"{"effect":"allow","action":["ccc:DescribeTelCdr","ccc:DescribeTelSession"],"resource":["qcs::ccc::uin/100000000001:SdkAppId/1400000000"]}"#),
            small(r#"{"effect":"deny","action":["ccc:DeleteStaff"],"resource":["*"]}"#),
        ],
        boundary: vec![],
        request: r#"{"action":"ccc:CreateStaff","params":{"SdkAppId":1400000000},"principal":{"uin":"100000000011","owner_uin":"100000000001"},"context":{"qcs:ip":"10.1.2.3"}}"#.into(),
        ..Default::default()
    }
}

fn benches(c: &mut Criterion) {
    let catalog = Catalog::builtin();
    let policy_text = ten_statement_policy();
    let parsed = parse_policy(&policy_text, catalog);
    let policy = parsed.policy.expect("the bench policy parses");
    assert!(
        parsed.diagnostics.iter().all(|d| !d.is_error()),
        "{:?}",
        parsed.diagnostics
    );
    let request = parse_request(REQUEST, catalog)
        .request
        .expect("the bench request resolves");

    c.bench_function("parse/10-statement policy", |b| {
        b.iter(|| parse_policy(black_box(&policy_text), catalog))
    });
    c.bench_function("parse/request", |b| {
        b.iter(|| parse_request(black_box(REQUEST), catalog))
    });
    c.bench_function("evaluate/10-statement policy with conditions", |b| {
        b.iter(|| evaluate(black_box(&[&policy]), &[], black_box(&request)))
    });
    let workspace = Workspace {
        policies: vec![NamedPolicy {
            name: "bench".into(),
            text: policy_text.clone(),
            ..Default::default()
        }],
        boundary: vec![],
        request: REQUEST.into(),
        ..Default::default()
    };
    c.bench_function("pipeline/parse + evaluate (per keystroke)", |b| {
        b.iter(|| black_box(&workspace).run(catalog))
    });
    // The scenario of bench/scenarios.mjs (side by side with cedar-wasm and iam-simulate), natively.
    let three = three_small_policies();
    c.bench_function(
        "pipeline/three small policies (side-by-side scenario)",
        |b| b.iter(|| black_box(&three).run(catalog)),
    );
    // What the playground runs on a keystroke in the request: the policies' texts are unchanged, so they are
    // taken from the run before (`Workspace::run_after`).
    let earlier = three.run(catalog);
    let mut typed = three.clone();
    typed.request = typed.request.replace("10.1.2.3", "10.1.2.34");
    c.bench_function(
        "pipeline/three small policies, a key typed in the request",
        |b| b.iter(|| black_box(&typed).run_after(catalog, Detail::Full, Some((&three, &earlier)))),
    );
    // Prepared policies (parsed once) answering requests for a decision, on a big policy: the action index
    // leaves out the statements that cannot concern the request.
    let big = parse_policy(&big_policy(catalog), catalog);
    let request_text = REQUEST.replace("10.1.2.3", "192.168.3.4");
    let big_request = parse_request(&request_text, catalog);
    c.bench_function(
        "evaluate/prepared 650-statement policy, decision only",
        |b| {
            b.iter(|| {
                evaluate_parsed_with(
                    black_box(std::slice::from_ref(&big)),
                    &[],
                    black_box(&big_request),
                    Detail::DecisionOnly,
                )
            })
        },
    );
    // Issue 26's budget: the scenario decided through all six layers at once costs at most 3× one layer. The
    // caller is a role session of a member account, so the SCP, the allow pool with a bucket policy, the boundary
    // and the session policy are all consulted; the trust policy is traced (it is not a role assumption).
    let (one, six) = layered_scenario(catalog);
    let (one_layer, six_layers) = (by_kind(&one), by_kind(&six));
    let mut group = c.benchmark_group("layers");
    group.bench_function("one identity layer, decision only", |b| {
        b.iter(|| evaluate_kinds(black_box(&one_layer), &one.request, Detail::DecisionOnly))
    });
    group.bench_function("six layers, decision only", |b| {
        b.iter(|| evaluate_kinds(black_box(&six_layers), &six.request, Detail::DecisionOnly))
    });
    group.bench_function("six layers, full trace", |b| {
        b.iter(|| evaluate_kinds(black_box(&six_layers), &six.request, Detail::Full))
    });
    group.finish();
    // The floor of that scenario: its four texts read as JSON with no model (serde_json, skipping every value).
    let texts = scenario_texts(&three);
    c.bench_function("floor/read the scenario's JSON, no model", |b| {
        b.iter(|| {
            black_box(&texts)
                .iter()
                .all(|t| serde_json::from_str::<serde::de::IgnoredAny>(t).is_ok())
        })
    });
}

/// The side-by-side scenario parsed as one identity layer, and with one document of each other kind added, for a
/// role session of a member account.
fn layered_scenario(
    catalog: &Catalog,
) -> (
    cam_playground::WorkspaceResult,
    cam_playground::WorkspaceResult,
) {
    let one = three_small_policies();
    let document = |statements: &str| NamedPolicy {
        name: "k".into(),
        text: format!(r#"{{"version":"2.0","statement":[{statements}]}}"#),
        ..Default::default()
    };
    let principal = r#""principal":{"qcs":["qcs::cam::uin/100000000001:roleName/ops"]}"#;
    let mut six = one.clone();
    six.request = six.request.replace(
        r#""principal":{"uin":"100000000011","owner_uin":"100000000001"}"#,
        r#""principal":{"type":"role","owner_uin":"100000000001","role":"ops"}"#,
    );
    six.boundary = vec![document(
        r#"{"effect":"allow","action":["ccc:*"],"resource":["*"]}"#,
    )];
    six.session = vec![document(
        r#"{"effect":"allow","action":["ccc:Create*"],"resource":["*"]}"#,
    )];
    six.scp = vec![document(
        r#"{"effect":"deny","action":["ccc:Delete*"],"resource":["*"]}"#,
    )];
    six.trust = vec![document(&format!(
        r#"{{"effect":"allow","action":["name/sts:AssumeRole"],{principal}}}"#
    ))];
    six.bucket = vec![document(&format!(
        r#"{{"effect":"allow","action":["name/ccc:CreateStaff"],"resource":["*"],{principal}}}"#
    ))];
    let (one, six) = (one.run(catalog), six.run(catalog));
    assert!(one.evaluation.is_some() && six.evaluation.is_some());
    (one, six)
}

/// A run's parsed documents as `evaluate_kinds` takes them.
fn by_kind(
    result: &cam_playground::WorkspaceResult,
) -> Vec<(PolicyKind, &[cam_playground::ParsedPolicy])> {
    result
        .by_kind()
        .map(|(kind, set)| (kind, set.as_slice()))
        .collect()
}

/// The scenario's four texts: three policies and the request.
fn scenario_texts(workspace: &Workspace) -> Vec<&str> {
    (workspace.policies.iter())
        .map(|p| p.text.as_str())
        .chain([workspace.request.as_str()])
        .collect()
}

/// The reader the engine used before `json::reader`: jsonc-parser with every extension off (`tests/it/json_reader`
/// compares the two).
fn read_with_jsonc(text: &str) -> jsonc_parser::ast::Value<'_> {
    let result = jsonc_parser::parse_to_ast(text, &Default::default(), &compare::strict_jsonc());
    result.unwrap().value.unwrap()
}

fn read_with_reader(text: &str) -> json::reader::ast::Value<'_> {
    json::reader::read(text).unwrap().unwrap()
}

/// Reading JSON into a located tree: jsonc-parser against the engine's own reader, `json::reader`.
fn json_bench(c: &mut Criterion) {
    let policy = ten_statement_policy();
    let three = three_small_policies();
    let scenario = scenario_texts(&three);
    let mut group = c.benchmark_group("json");
    group.bench_function("jsonc-parser/10-statement policy", |b| {
        b.iter(|| read_with_jsonc(black_box(&policy)))
    });
    group.bench_function("reader/10-statement policy", |b| {
        b.iter(|| read_with_reader(black_box(&policy)))
    });
    group.bench_function("jsonc-parser/scenario's four texts", |b| {
        b.iter(|| {
            for text in &scenario {
                black_box(read_with_jsonc(black_box(text)));
            }
        })
    });
    group.bench_function("reader/scenario's four texts", |b| {
        b.iter(|| {
            for text in &scenario {
                black_box(read_with_reader(black_box(text)));
            }
        })
    });
    group.finish();
}

fn matrix_bench(c: &mut Criterion) {
    let catalog = Catalog::builtin();
    let example = cam_playground::examples::default_example().workspace();
    let policy = parse_policy(&example.policies[0].text, catalog)
        .policy
        .unwrap();
    let request = cam_playground::request::read_request(&example.request).unwrap();
    c.bench_function("matrix/all 181 APIs (trap example)", |b| {
        b.iter(|| cam_playground::analysis::matrix(&[&policy], &[], black_box(&request), catalog))
    });
}

criterion_group!(engine, benches, matrix_bench, json_bench);
criterion_main!(engine);
