//! The conformance suite: table-driven vectors under `tests/vectors/`, one file per rule family, run natively by
//! `cargo test` and in headless Chromium by `wasm-bindgen-test` (same file, same data).
//!
//! A vector file is `{"defaults": {"request": {…}}, "cases": [case…]}`. A case has `name`, the `rules` it covers,
//! `policies` (each a policy object, a statement list as shorthand, or raw text as a string), optional
//! `boundary`, `trust`, `session`, `bucket` and `scp` (the other kinds of document, rule K1), a `request` (merged
//! key by key over the defaults) and `expect`: `decision`, `deciding`
//! (`[{"policy": i, "statement": j, "source"?: "boundary"}]`), `layer` (the deciding layer, rule L2),
//! `assume_role` (rule T5's halves), `scp_node` (the node whose SCPs decided, rule O2; `scp_nodes` lists where
//! each SCP is bound), `assumptions`, `authoritative` (default true),
//! `notes` (note kinds), `refused` (the CreatePolicy error codes of policies CAM would refuse, rule G9), and `diagnostics` / `request_diagnostics` (`[{"code", "line"?, "column"?}]`: exactly
//! the errors and warnings expected; infos are checked only when listed).

#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::wasm_bindgen_test as test;

use cam_playground::analysis;
use cam_playground::catalog::Catalog;
use cam_playground::diagnostic::{Diagnostic, Severity};
use cam_playground::i18n::Locale;
use cam_playground::policy_kind::ScpNode;
use cam_playground::rules::Rule;
use cam_playground::workspace::{NamedPolicy, Workspace};
use cam_playground::PolicyKind;
use serde::Deserialize;
use serde_json::Value;

const FILES: &[(&str, &str)] = &[
    ("grammar", include_str!("../vectors/grammar.json")),
    ("actions", include_str!("../vectors/actions.json")),
    ("resources", include_str!("../vectors/resources.json")),
    ("variables", include_str!("../vectors/variables.json")),
    ("conditions", include_str!("../vectors/conditions.json")),
    ("evaluation", include_str!("../vectors/evaluation.json")),
    (
        "tencent-examples",
        include_str!("../vectors/tencent-examples.json"),
    ),
    ("kinds", include_str!("../vectors/kinds.json")),
    ("layers", include_str!("../vectors/layers.json")),
];

const RULE_BOOK: &str = include_str!("../../docs/cam-semantics.md");

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct VectorFile {
    #[serde(default)]
    defaults: Defaults,
    cases: Vec<Case>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
struct Defaults {
    #[serde(default)]
    request: serde_json::Map<String, Value>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    rules: Vec<String>,
    #[serde(default)]
    doc: Option<String>,
    #[serde(default)]
    policies: Vec<Value>,
    #[serde(default)]
    boundary: Vec<Value>,
    #[serde(default)]
    trust: Vec<Value>,
    #[serde(default)]
    session: Vec<Value>,
    #[serde(default)]
    bucket: Vec<Value>,
    #[serde(default)]
    scp: Vec<Value>,
    /// The organization node each SCP is bound to, in order (rule O2); the member account's when absent.
    #[serde(default)]
    scp_nodes: Vec<String>,
    #[serde(default)]
    request: Value,
    expect: Expect,
}

impl Case {
    /// The case's documents of one kind.
    fn of(&self, kind: PolicyKind) -> &[Value] {
        match kind {
            PolicyKind::Identity => &self.policies,
            PolicyKind::Boundary => &self.boundary,
            PolicyKind::Trust => &self.trust,
            PolicyKind::Session => &self.session,
            PolicyKind::Bucket => &self.bucket,
            PolicyKind::Scp => &self.scp,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Expect {
    decision: Option<String>,
    #[serde(default)]
    deciding: Vec<Deciding>,
    #[serde(default)]
    assumptions: Vec<String>,
    #[serde(default = "yes")]
    authoritative: bool,
    #[serde(default)]
    notes: Vec<String>,
    /// The CreatePolicy error codes CAM would answer, policy by policy in order (rule G9).
    #[serde(default)]
    refused: Vec<String>,
    diagnostics: Option<Vec<ExpectedDiagnostic>>,
    request_diagnostics: Option<Vec<ExpectedDiagnostic>>,
    /// The layer that decided (rule L2), as the JSON names it; checked when given.
    layer: Option<String>,
    /// A role assumption's halves (rule T5): `{"caller": decision | null, "trust": decision}`.
    assume_role: Option<Value>,
    /// The organization node whose SCPs decided (rule O2).
    scp_node: Option<String>,
}

fn yes() -> bool {
    true
}

#[derive(Deserialize, Debug, PartialEq)]
#[serde(deny_unknown_fields)]
struct Deciding {
    #[serde(default = "policy_source")]
    source: String,
    policy: usize,
    statement: usize,
}

fn policy_source() -> String {
    "policy".into()
}

#[derive(Deserialize, Debug)]
#[serde(deny_unknown_fields)]
struct ExpectedDiagnostic {
    code: String,
    line: Option<usize>,
    column: Option<usize>,
}

fn policy_text(value: &Value) -> String {
    match value {
        Value::String(raw) => raw.clone(),
        Value::Array(_) => {
            serde_json::to_string_pretty(&serde_json::json!({"version": "2.0", "statement": value}))
                .unwrap()
        }
        other => serde_json::to_string_pretty(other).unwrap(),
    }
}

fn request_text(defaults: &Defaults, request: &Value) -> String {
    match request {
        Value::String(raw) => raw.clone(),
        Value::Object(fields) => {
            let mut merged = defaults.request.clone();
            for (k, v) in fields {
                merged.insert(k.clone(), v.clone());
            }
            merged.retain(|_, v| !v.is_null());
            serde_json::to_string_pretty(&merged).unwrap()
        }
        _ => serde_json::to_string_pretty(&defaults.request).unwrap(),
    }
}

fn load() -> Vec<(String, Defaults, Case)> {
    FILES
        .iter()
        .flat_map(|(file, text)| {
            let parsed: VectorFile = serde_json::from_str(text)
                .unwrap_or_else(|e| panic!("tests/vectors/{file}.json: {e}"));
            let defaults = parsed.defaults;
            parsed.cases.into_iter().map(move |c| {
                (
                    file.to_string(),
                    Defaults {
                        request: defaults.request.clone(),
                    },
                    c,
                )
            })
        })
        .collect()
}

fn check_diagnostics(
    label: &str,
    what: &str,
    actual: &[&Diagnostic],
    expected: &[ExpectedDiagnostic],
    failures: &mut Vec<String>,
) {
    for e in expected {
        let found = actual.iter().any(|d| {
            d.code == e.code
                && e.line.is_none_or(|l| d.span.line == l)
                && e.column.is_none_or(|c| d.span.column == c)
        });
        if !found {
            failures.push(format!(
                "{label}: expected {what} {e:?}, got {:?}",
                summary(actual)
            ));
        }
    }
    for d in actual.iter().filter(|d| d.severity != Severity::Info) {
        if !expected.iter().any(|e| e.code == d.code) {
            failures.push(format!("{label}: unexpected {what} {}", summary(&[d])[0]));
        }
    }
}

fn summary(ds: &[&Diagnostic]) -> Vec<String> {
    ds.iter()
        .map(|d| {
            format!(
                "{} {}:{} {}",
                d.code,
                d.span.line,
                d.span.column,
                d.words(Locale::En).message
            )
        })
        .collect()
}

fn run_case(defaults: &Defaults, case: &Case) -> Vec<String> {
    let label = &case.name;
    let named = |set: &[Value]| {
        set.iter()
            .enumerate()
            .map(|(i, v)| NamedPolicy {
                name: format!("p{i}"),
                text: policy_text(v),
                ..Default::default()
            })
            .collect()
    };
    let mut workspace = Workspace {
        request: request_text(defaults, &case.request),
        ..Default::default()
    };
    for kind in PolicyKind::ALL {
        *workspace.policies_in_mut(kind) = named(case.of(kind));
    }
    for (scp, node) in workspace.scp.iter_mut().zip(&case.scp_nodes) {
        scp.node = ScpNode::named(node).unwrap_or_else(|| panic!("{label}: node {node:?}"));
    }
    let result = workspace.run(Catalog::builtin());
    let mut failures = Vec::new();
    // The decision-only evaluation (JavaScript `explain: false`, the matrix) must conclude exactly alike.
    let decided = |e: &cam_playground::Evaluation| {
        format!(
            "{:?} {} {:?} {:?} {:?} {:?} {:?}",
            e.decision, e.authoritative, e.deciding, e.assumptions, e.notes, e.resources, e.refused
        )
    };
    let decision_only = workspace.run_with(
        Catalog::builtin(),
        cam_playground::eval::Detail::DecisionOnly,
    );
    if result.evaluation.as_ref().map(decided) != decision_only.evaluation.as_ref().map(decided) {
        failures.push(format!(
            "{label}: the decision-only evaluation concludes differently"
        ));
    }
    let policy_diagnostics: Vec<&Diagnostic> = result
        .by_kind()
        .flat_map(|(_, set)| set)
        .flat_map(|p| &p.diagnostics)
        .collect();
    if let Some(expected) = &case.expect.diagnostics {
        check_diagnostics(
            label,
            "diagnostic",
            &policy_diagnostics,
            expected,
            &mut failures,
        );
    }
    let request_diagnostics: Vec<&Diagnostic> = result.request.diagnostics.iter().collect();
    match &case.expect.request_diagnostics {
        Some(expected) => check_diagnostics(
            label,
            "request diagnostic",
            &request_diagnostics,
            expected,
            &mut failures,
        ),
        None => {
            if let Some(d) = request_diagnostics.iter().find(|d| d.is_error()) {
                failures.push(format!(
                    "{label}: unexpected request error {}",
                    summary(&[d])[0]
                ));
            }
        }
    }
    match (&case.expect.decision, &result.evaluation) {
        (None, None) => {}
        (None, Some(e)) => failures.push(format!(
            "{label}: expected no evaluation, got {:?}",
            e.decision
        )),
        (Some(want), None) => failures.push(format!(
            "{label}: expected {want}, but nothing was evaluated: {:?}",
            summary(&policy_diagnostics)
        )),
        (Some(want), Some(evaluation)) => {
            if evaluation.decision.as_str() != want {
                failures.push(format!(
                    "{label}: decision {} != expected {want}",
                    evaluation.decision.as_str()
                ));
            }
            let deciding: Vec<Deciding> = evaluation
                .deciding
                .iter()
                .map(|d| Deciding {
                    source: serde_json::to_value(d.source)
                        .unwrap()
                        .as_str()
                        .unwrap()
                        .to_string(),
                    policy: d.policy,
                    statement: d.statement,
                })
                .collect();
            if deciding != case.expect.deciding {
                failures.push(format!(
                    "{label}: deciding {deciding:?} != expected {:?}",
                    case.expect.deciding
                ));
            }
            let assumptions: Vec<String> = evaluation
                .assumptions
                .iter()
                .map(|r| r.id().to_string())
                .collect();
            let mut expected_assumptions = case.expect.assumptions.clone();
            expected_assumptions.sort_by_key(|id| Rule::ALL.iter().position(|r| r.id() == id));
            if assumptions != expected_assumptions {
                failures.push(format!(
                    "{label}: assumptions {assumptions:?} != expected {expected_assumptions:?}"
                ));
            }
            if evaluation.authoritative != case.expect.authoritative {
                failures.push(format!(
                    "{label}: authoritative {} != expected {}",
                    evaluation.authoritative, case.expect.authoritative
                ));
            }
            let notes: Vec<String> = evaluation
                .notes
                .iter()
                .map(|n| {
                    serde_json::to_value(n).unwrap()["kind"]
                        .as_str()
                        .unwrap()
                        .to_string()
                })
                .collect();
            if notes != case.expect.notes {
                failures.push(format!(
                    "{label}: notes {notes:?} != expected {:?}",
                    case.expect.notes
                ));
            }
            let refused: Vec<&str> = evaluation
                .refused
                .iter()
                .flat_map(|r| r.errors.iter().map(|e| e.cam_error))
                .collect();
            if refused != case.expect.refused {
                failures.push(format!(
                    "{label}: refused {refused:?} != expected {:?}",
                    case.expect.refused
                ));
            }
            if let Some(want) = &case.expect.layer {
                let got = evaluation.layer.map(|k| k.as_str());
                if got != Some(want.as_str()) {
                    failures.push(format!("{label}: layer {got:?} != expected {want}"));
                }
            }
            if let Some(want) = &case.expect.scp_node {
                let got = evaluation.scp_node.as_ref().map(ToString::to_string);
                if got.as_ref() != Some(want) {
                    failures.push(format!("{label}: scp_node {got:?} != expected {want}"));
                }
            }
            if let Some(want) = &case.expect.assume_role {
                let got = serde_json::to_value(evaluation.assume_role).unwrap();
                if &got != want {
                    failures.push(format!("{label}: assume_role {got} != expected {want}"));
                }
            }
            if evaluation.hypothetical() && evaluation.authoritative {
                failures.push(format!("{label}: a hypothetical decision is authoritative"));
            }
            // Every evaluation explains itself in every locale, and the steps are the same data whatever the
            // language (decisions never depend on it).
            let request = result.request.request.as_ref().unwrap();
            let steps = cam_playground::explain::steps(evaluation, request);
            for locale in Locale::ALL {
                assert!(
                    !locale.render_text(&steps).is_empty(),
                    "{label} in {locale:?}"
                );
            }
        }
    }
    failures
}

#[test]
fn vectors_hold() {
    let cases = load();
    assert!(cases.len() >= 80, "only {} vectors", cases.len());
    let mut failures = Vec::new();
    for (file, defaults, case) in &cases {
        for failure in run_case(defaults, case) {
            failures.push(format!("[{file}] {failure}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} vector failure(s):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// The whole-catalog matrix evaluates each kind of API once; for every vector's policies and request it must
/// equal one full evaluation per API.
#[test]
fn the_matrix_equals_its_definition_for_every_vector() {
    let catalog = Catalog::builtin();
    let mut compared = 0;
    for (file, defaults, case) in &load() {
        let parse = |set: &[Value]| -> Option<Vec<cam_playground::Policy>> {
            set.iter()
                .map(|v| cam_playground::parse_policy(&policy_text(v), catalog).policy)
                .collect()
        };
        // The matrix is over identity policies and a boundary.
        if PolicyKind::ALL[2..].iter().any(|k| !case.of(*k).is_empty()) {
            continue;
        }
        let (Some(policies), Some(boundary), Some(request)) = (
            parse(&case.policies),
            parse(&case.boundary),
            cam_playground::request::read_request(&request_text(defaults, &case.request)),
        ) else {
            continue;
        };
        let (policies, boundary): (Vec<_>, Vec<_>) =
            (policies.iter().collect(), boundary.iter().collect());
        assert_eq!(
            analysis::matrix(&policies, &boundary, &request, catalog),
            analysis::matrix_by_definition(&policies, &boundary, &request, catalog),
            "[{file}] {}",
            case.name
        );
        compared += 1;
    }
    assert!(compared >= 100, "only {compared} vectors compared");
}

#[test]
fn every_rule_of_the_rule_book_has_vectors() {
    // The rules are the sections before "## Changes", which names rule ids in passing.
    let rules = RULE_BOOK.split("\n## Changes").next().unwrap_or_default();
    let book: Vec<String> = rules
        .split("**")
        .filter_map(|chunk| {
            let (id, _) = chunk.split_once(' ')?;
            let well_formed = id.len() >= 2
                && id[1..].bytes().all(|b| b.is_ascii_digit())
                && "GARVCEKTSBOL".contains(&id[..1]);
            well_formed.then(|| id.to_string())
        })
        .collect();
    let known: Vec<&str> = Rule::ALL.iter().map(|r| r.id()).collect();
    assert_eq!(book, known, "the rule book and `Rule` list different ids");
    let cases = load();
    let uncovered: Vec<&String> = book
        .iter()
        .filter(|id| {
            !cases
                .iter()
                .any(|(_, _, c)| c.rules.iter().any(|r| r == *id))
        })
        .collect();
    assert!(uncovered.is_empty(), "rules without vectors: {uncovered:?}");
    for (file, _, case) in &cases {
        for rule in &case.rules {
            assert!(
                known.contains(&rule.as_str()),
                "[{file}] {}: unknown rule {rule}",
                case.name
            );
        }
        assert!(case.doc.as_deref().is_none_or(|d| !d.is_empty()));
    }
}

#[cfg(not(target_arch = "wasm32"))]
#[test]
fn every_vector_file_is_listed() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/vectors");
    for entry in std::fs::read_dir(dir).unwrap() {
        let name = entry.unwrap().file_name().into_string().unwrap();
        let stem = name.trim_end_matches(".json");
        assert!(
            FILES.iter().any(|(f, _)| *f == stem),
            "tests/vectors/{name} is not listed in FILES"
        );
    }
}
