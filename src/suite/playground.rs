//! The playground's Tests panel (issue 28): a workspace's pinned cases (`Workspace::cases`) run against its open
//! documents on every edit, with coverage; a case pinned from the current request and decision; and the same
//! test file `camctl test` reads, exported and imported.
//!
//! A test file maps onto tabs by name: each tab is a policy entry whose `id` is the tab's name (its `policy-0`
//! style name when the name is empty or taken), so a case's `deciding` (`id#N`) names a tab's statement. The
//! export gives every document inline (`text`), so the file runs under `camctl test` as it is; an imported entry
//! given by `path` is taken from the open tab of that name and kind, since the page cannot read files.

use super::run::{empty_coverage, failures, record};
use super::{read, Case, Coverage, Expect, Failure, StatementKey};
use crate::catalog::Catalog;
use crate::eval::{Decision, Detail};
use crate::json::shape::{InputError, Problem};
use crate::json::writer::{self, JsonWriter, ToJson};
use crate::json::Span;
use crate::policy::{ParsedPolicy, PolicyKind};
use crate::policy_kind::ScpNode;
use crate::request::parse_request;
use crate::text::input::{InputProblem, NameKind};
use crate::workspace::{
    evaluate_organized, write_case, NamedPolicy, PinnedCase, Tab, Workspace, WorkspaceResult,
};

/// Where the export points its `$schema` (the file's `$id`).
pub const SCHEMA_URL: &str = "https://cam-playground.local/schemas/camctl-test.schema.json";

/// What one pinned case gave under the open documents.
#[derive(Clone, Debug, PartialEq)]
pub enum Outcome {
    Passed,
    Failed(Vec<Failure>),
    /// It could not run: its request cannot be read, a policy's JSON cannot be read, or its `deciding` names a
    /// statement no tab has. Worded by `Locale::input_problem`.
    NotRun(Problem),
}

#[derive(Clone, Debug, PartialEq)]
pub struct CaseCheck {
    pub outcome: Outcome,
    pub decision: Option<Decision>,
    /// The statements that decided.
    pub deciding: Vec<StatementKey>,
}

impl CaseCheck {
    pub fn passed(&self) -> bool {
        self.outcome == Outcome::Passed
    }
}

/// Every pinned case's result, in order, and coverage over the cases that ran.
#[derive(Clone, Debug, PartialEq)]
pub struct Checked {
    pub cases: Vec<CaseCheck>,
    pub coverage: Coverage,
    ids: Vec<(Tab, String)>,
}

impl Checked {
    pub fn passed(&self) -> usize {
        self.cases.iter().filter(|c| c.passed()).count()
    }

    /// `id#N` (1-based), as the test file writes a statement: the tab's name and the statement's number.
    pub fn statement_name(&self, key: StatementKey) -> String {
        let id = self
            .ids
            .iter()
            .find(|(tab, _)| tab.source == key.source && tab.index == key.policy)
            .map_or("?", |(_, id)| id.as_str());
        format!("{id}#{}", key.statement + 1)
    }
}

/// Each tab and the id a test file names it by: its name, or its `policy-0` style name when the name is empty
/// or an earlier tab has it.
pub fn tab_ids(workspace: &Workspace) -> Vec<(Tab, String)> {
    let mut ids: Vec<(Tab, String)> = Vec::new();
    for (kind, set) in workspace.by_kind() {
        for (index, policy) in set.iter().enumerate() {
            let tab = Tab {
                source: kind,
                index,
            };
            let name = policy.name.trim();
            let id =
                if name.is_empty() || name.contains('#') || ids.iter().any(|(_, id)| id == name) {
                    tab.to_string()
                } else {
                    name.to_string()
                };
            ids.push((tab, id));
        }
    }
    ids
}

/// Runs every pinned case against the documents `result` read from `workspace` (every kind in its layer).
pub fn check(workspace: &Workspace, result: &WorkspaceResult, catalog: &Catalog) -> Checked {
    let ids = tab_ids(workspace);
    let sets = result.kind_sets();
    let mut coverage = empty_coverage(&sets);
    // A policy whose JSON cannot be read stops every case, for the reason its first error gives.
    let unreadable = sets
        .iter()
        .flat_map(|(_, set)| set.iter())
        .filter(|p| p.policy.is_none())
        .find_map(|p| p.errors().next())
        .map(|d| Problem::Diagnostic(d.text.clone()));
    let nodes = workspace.scp_nodes();
    let cases = workspace
        .cases
        .iter()
        .map(|pinned| {
            let not_run = |problem: Problem| CaseCheck {
                outcome: Outcome::NotRun(problem),
                decision: None,
                deciding: Vec::new(),
            };
            let case = match to_case(pinned, &ids, &sets, catalog) {
                Ok(case) => case,
                Err(problem) => return not_run(problem),
            };
            if let Some(problem) = &unreadable {
                return not_run(problem.clone());
            }
            let Some(evaluation) = evaluate_organized(&sets, &nodes, &case.request, Detail::Full)
            else {
                return not_run(Problem::Input(InputProblem::RequestOrMatrix));
            };
            record(&mut coverage, &evaluation);
            let found = failures(&case, &evaluation);
            CaseCheck {
                outcome: if found.is_empty() {
                    Outcome::Passed
                } else {
                    Outcome::Failed(found)
                },
                decision: Some(evaluation.decision),
                deciding: evaluation.deciding.iter().map(StatementKey::from).collect(),
            }
        })
        .collect();
    Checked {
        cases,
        coverage,
        ids,
    }
}

/// A pinned case as the runner's `Case`: its request read, its `deciding` resolved against the tabs.
fn to_case(
    pinned: &PinnedCase,
    ids: &[(Tab, String)],
    sets: &[(PolicyKind, &[ParsedPolicy])],
    catalog: &Catalog,
) -> Result<Case, Problem> {
    let request = parse_request(&pinned.request, catalog);
    if let Some(d) = request.diagnostics.iter().find(|d| d.is_error()) {
        return Err(Problem::Diagnostic(d.text.clone()));
    }
    let deciding = if pinned.deciding.is_empty() {
        None
    } else {
        Some(
            pinned
                .deciding
                .iter()
                .map(|written| resolve(written, ids, sets))
                .collect::<Result<Vec<_>, _>>()?,
        )
    };
    Ok(Case {
        name: pinned.name.clone(),
        span: Span::default(),
        request,
        request_text: pinned.request.clone(),
        expect: pinned.expect,
        deciding,
        authoritative: pinned.authoritative,
    })
}

/// `id#N` → the statement of the tab named `id`.
fn resolve(
    written: &str,
    ids: &[(Tab, String)],
    sets: &[(PolicyKind, &[ParsedPolicy])],
) -> Result<StatementKey, Problem> {
    let bad = || {
        Problem::Input(InputProblem::BadStatementRef {
            given: written.to_string(),
        })
    };
    let (id, number) = written.rsplit_once('#').ok_or_else(bad)?;
    let number: usize = number.parse().ok().filter(|n| *n >= 1).ok_or_else(bad)?;
    let (tab, _) = ids.iter().find(|(_, known)| known == id).ok_or_else(|| {
        Problem::Input(InputProblem::UnknownName {
            what: NameKind::Policy,
            name: id.to_string(),
            known: ids.iter().map(|(_, id)| id.clone()).collect(),
        })
    })?;
    let count = sets
        .iter()
        .find(|(kind, _)| *kind == tab.source)
        .and_then(|(_, set)| set.get(tab.index))
        .and_then(|p| p.policy.as_ref())
        .map_or(0, |p| p.statements.len());
    if number > count {
        return Err(Problem::Input(InputProblem::NoSuchStatement {
            policy: id.to_string(),
            statement: number,
            count,
        }));
    }
    Ok(StatementKey {
        source: tab.source,
        policy: tab.index,
        statement: number - 1,
    })
}

/// The current request and the decision it gets, as a case that expects exactly that decision; named by its
/// action (and a number when a case has that name already). `None` without a decision.
pub fn pin(workspace: &Workspace, result: &WorkspaceResult) -> Option<PinnedCase> {
    let evaluation = result.evaluation.as_ref()?;
    let action = result
        .request
        .request
        .as_ref()
        .map_or("", |r| r.request.action.as_str());
    let expect = Expect::exactly(evaluation.decision);
    let base = format!("{action} → {}", expect.as_str());
    let taken = |name: &str| workspace.cases.iter().any(|c| c.name == name);
    let name = (1..)
        .map(|n| {
            if n == 1 {
                base.clone()
            } else {
                format!("{base} ({n})")
            }
        })
        .find(|name| !taken(name))
        .unwrap_or(base);
    Some(PinnedCase {
        name,
        request: workspace.request.clone(),
        expect,
        deciding: Vec::new(),
        authoritative: None,
    })
}

/// Written by `ToJson`, as the `Serialize` derive (the reference its test holds that writing to) writes it.
#[derive(serde::Serialize)]
struct ExportFile<'a> {
    #[serde(rename = "$schema")]
    schema: &'a str,
    description: &'a str,
    policies: Vec<ExportPolicy<'a>>,
    cases: Vec<ExportCase<'a>>,
}

#[derive(serde::Serialize)]
struct ExportPolicy<'a> {
    id: &'a str,
    kind: &'static str,
    /// An SCP's organization node, when not the member account (rule O2).
    #[serde(skip_serializing_if = "ScpNode::is_account")]
    node: &'a ScpNode,
    text: &'a str,
}

#[derive(serde::Serialize)]
struct ExportCase<'a> {
    name: &'a str,
    request: serde_json::Value,
    expect: Expect,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    deciding: &'a [String],
    #[serde(skip_serializing_if = "Option::is_none")]
    authoritative: Option<bool>,
}

impl ToJson for ExportFile<'_> {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object();
        w.field("$schema", self.schema);
        w.field("description", self.description);
        w.field("policies", &self.policies);
        w.field("cases", &self.cases);
        w.end_object();
    }
}

impl ToJson for ExportPolicy<'_> {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object();
        w.field("id", self.id);
        w.field("kind", self.kind);
        if !self.node.is_account() {
            w.field("node", &self.node.to_string());
        }
        w.field("text", self.text);
        w.end_object();
    }
}

impl ToJson for ExportCase<'_> {
    fn write_json(&self, w: &mut JsonWriter) {
        write_case(
            w,
            self.name,
            &self.request,
            self.expect,
            self.deciding,
            self.authoritative,
        );
    }
}

/// The workspace's documents and pinned cases as a `camctl test` file (`schemas/camctl-test.schema.json`): each
/// tab an inline policy named by its id, each case with its request written out. `import` reads it back to the
/// same workspace (requests pretty-printed), and `camctl test` runs it as it is.
pub fn export(workspace: &Workspace) -> String {
    let ids = tab_ids(workspace);
    let mut text = writer::pretty(&export_file(workspace, &ids));
    text.push('\n');
    text
}

/// The test file `export` writes, its policies named by `ids` (`tab_ids`).
fn export_file<'a>(workspace: &'a Workspace, ids: &'a [(Tab, String)]) -> ExportFile<'a> {
    let policies = ids
        .iter()
        .filter_map(|(tab, id)| {
            let policy = workspace.policies_in(tab.source).get(tab.index)?;
            Some(ExportPolicy {
                id,
                kind: tab.source.as_str(),
                node: &policy.node,
                text: &policy.text,
            })
        })
        .collect();
    let cases = workspace
        .cases
        .iter()
        .map(|case| ExportCase {
            name: &case.name,
            // A request that is not JSON is written as its text: `camctl test` and `import` then point at it.
            request: match crate::json::reader::read(&case.request) {
                Ok(Some(value)) => crate::json::shape::to_serde(&value),
                _ => serde_json::Value::String(case.request.clone()),
            },
            expect: case.expect,
            deciding: &case.deciding,
            authoritative: case.authoritative,
        })
        .collect();
    ExportFile {
        schema: SCHEMA_URL,
        description: "Exported from the CAM Policy Playground; run it with `camctl test`.",
        policies,
        cases,
    }
}

/// Reads a test file into the workspace it describes: its policies as tabs named by their ids (an entry given
/// by `path` is taken from the open tab of that name and kind), its cases pinned (a matrix's cells each one
/// case, named principals and contexts written in place). The request stays the current one. A file that
/// cannot be read is a located error and `workspace` is left as it was.
pub fn import(text: &str, workspace: &Workspace) -> Result<Workspace, InputError> {
    let file = read(text)?;
    let open = tab_ids(workspace);
    let mut next = Workspace {
        request: workspace.request.clone(),
        ..Workspace::default()
    };
    for entry in &file.policies {
        let text = match &entry.text {
            Some(text) => text.clone(),
            None => open
                .iter()
                .find(|(tab, id)| *id == entry.id && tab.source == entry.kind)
                .and_then(|(tab, _)| workspace.policies_in(tab.source).get(tab.index))
                .map(|p| p.text.clone())
                .ok_or_else(|| {
                    InputError::new(
                        entry.span,
                        "$.policies",
                        InputProblem::PolicyNotOpen {
                            id: entry.id.clone(),
                            path: entry.path.clone(),
                        },
                    )
                })?,
        };
        next.policies_in_mut(entry.kind).push(NamedPolicy {
            name: entry.id.clone(),
            text,
            node: entry.node.clone(),
        });
    }
    for def in &file.cases {
        for (name, request) in &def.requests {
            next.cases.push(PinnedCase {
                name: name.clone(),
                request: writer::pretty(request),
                expect: def.expect,
                deciding: def
                    .deciding
                    .iter()
                    .flatten()
                    .map(|(written, _, _)| written.clone())
                    .collect(),
                authoritative: def.authoritative,
            });
        }
    }
    Ok(next)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::examples::default_example;
    use crate::json::writer::tests::assert_writes_as_serde;
    use crate::request::Request;
    use crate::workspace::tests::any_workspace;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn any_export_is_written_as_serde_writes_it(mut workspace in any_workspace()) {
            // Requests that are JSON are written as values, the others as strings.
            if let Some(case) = workspace.cases.first_mut() {
                case.request = Request::default().to_json_text();
            }
            assert_writes_as_serde(&export_file(&workspace, &tab_ids(&workspace)));
        }
    }

    fn run(workspace: &Workspace) -> (WorkspaceResult, Checked) {
        let catalog = Catalog::builtin();
        let result = workspace.run(catalog);
        let checked = check(workspace, &result, catalog);
        (result, checked)
    }

    fn pinned(workspace: &Workspace) -> Workspace {
        let result = workspace.run(Catalog::builtin());
        let mut next = workspace.clone();
        next.cases
            .push(pin(workspace, &result).expect("a decision"));
        next
    }

    #[test]
    fn a_pinned_case_passes_until_an_edit_breaks_it_and_says_why() {
        let workspace = pinned(&default_example().workspace());
        let (result, checked) = run(&workspace);
        let decision = result.evaluation.as_ref().unwrap().decision;
        assert_eq!(workspace.cases[0].expect, Expect::exactly(decision));
        assert!(workspace.cases[0].name.contains(" → "));
        assert_eq!(checked.cases.len(), 1);
        assert!(checked.cases[0].passed(), "{:?}", checked.cases[0]);
        // An edit that changes the decision (the example's trap is an implicit deny): a policy allowing all.
        let mut edited = workspace.clone();
        edited.policies[0].text =
            r#"{"version": "2.0", "statement": [{"effect": "allow", "action": ["*"], "resource": ["*"]}]}"#
                .into();
        let (after, checked) = run(&edited);
        let now = after.evaluation.as_ref().unwrap().decision;
        assert_ne!(now, decision, "the flip changes the decision");
        match &checked.cases[0].outcome {
            Outcome::Failed(f) => assert_eq!(
                f,
                &vec![Failure::Decision {
                    expected: Expect::exactly(decision),
                    got: now
                }]
            ),
            other => panic!("{other:?}"),
        }
        assert_eq!(checked.passed(), 0);
    }

    #[test]
    fn pinning_twice_numbers_the_name_and_coverage_counts_the_cases() {
        let once = pinned(&default_example().workspace());
        let twice = pinned(&once);
        assert_eq!(twice.cases.len(), 2);
        assert_eq!(twice.cases[1].name, format!("{} (2)", twice.cases[0].name));
        let (_, checked) = run(&twice);
        assert!(!checked.coverage.statements.is_empty());
        // Nothing pinned: nothing run, nothing covered.
        let (_, none) = run(&default_example().workspace());
        assert!(none.cases.is_empty());
        assert!(none.coverage.statements.iter().all(|s| s.decided == 0));
    }

    fn workspace_with_cases() -> Workspace {
        Workspace {
            policies: vec![NamedPolicy {
                name: "support".into(),
                text: r#"{"version": "2.0", "statement": [
  {"effect": "allow", "action": ["ccc:CreateStaff"], "resource": ["*"]},
  {"effect": "deny", "action": ["ccc:DeleteStaff"], "resource": ["*"], "condition": {"ip_not_equal": {"qcs:ip": ["10.0.0.0/8"]}}}
]}"#
                .into(),
                ..Default::default()
            }],
            boundary: vec![NamedPolicy {
                name: String::new(),
                text: r#"{"version": "2.0", "statement": [{"effect": "allow", "action": ["ccc:*"], "resource": ["*"]}]}"#.into(),
                ..Default::default()
            }],
            request: r#"{"action": "ccc:CreateStaff", "params": {"SdkAppId": 1400000000}}"#.into(),
            cases: vec![
                PinnedCase {
                    name: "staff".into(),
                    request: r#"{"action": "ccc:CreateStaff", "params": {"SdkAppId": 1400000000}, "principal": {"uin": "100000000011", "owner_uin": "100000000001"}}"#.into(),
                    expect: Expect::Allow,
                    deciding: vec!["support#1".into(), "boundary-0#1".into()],
                    authoritative: Some(true),
                },
                PinnedCase {
                    name: "no delete from home".into(),
                    request: r#"{"action": "ccc:DeleteStaff", "params": {"SdkAppId": 1400000000}, "principal": {"uin": "100000000011", "owner_uin": "100000000001"}, "context": {"qcs:ip": "203.0.113.7"}}"#.into(),
                    expect: Expect::ExplicitDeny,
                    deciding: Vec::new(),
                    authoritative: None,
                },
            ],
            ..Workspace::default()
        }
    }

    #[test]
    fn deciding_names_tabs_and_coverage_sees_the_condition() {
        let workspace = workspace_with_cases();
        let (_, checked) = run(&workspace);
        assert!(checked.cases.iter().all(CaseCheck::passed), "{checked:?}");
        assert_eq!(
            checked.statement_name(checked.cases[0].deciding[0]),
            "support#1"
        );
        let key = &checked.coverage.keys[0];
        assert_eq!((key.key.as_str(), key.failed), ("qcs:ip", 0));
        assert_eq!(key.held, 1);
        // A reference to a statement no tab has: the case does not run, and says which.
        let mut broken = workspace.clone();
        broken.cases[0].deciding = vec!["support#7".into()];
        let (_, checked) = run(&broken);
        assert_eq!(
            checked.cases[0].outcome,
            Outcome::NotRun(Problem::Input(InputProblem::NoSuchStatement {
                policy: "support".into(),
                statement: 7,
                count: 2
            }))
        );
        // A policy whose JSON is broken stops every case, for its reason.
        let mut unreadable = workspace.clone();
        unreadable.policies[0].text.push_str("}}");
        let (_, checked) = run(&unreadable);
        assert!(matches!(
            checked.cases[1].outcome,
            Outcome::NotRun(Problem::Diagnostic(_))
        ));
    }

    /// An SCP's organization node (rule O2) is exported, read back, and decides under `camctl test`'s runner.
    #[test]
    fn an_scp_keeps_its_node_through_export_and_import() {
        let mut workspace = workspace_with_cases();
        workspace.scp = vec![NamedPolicy {
            name: "org".into(),
            text: r#"{"version": "2.0", "statement": [{"effect": "deny", "action": ["ccc:*"], "resource": ["*"]}]}"#.into(),
            node: ScpNode::Department("Contact".into()),
        }];
        let file = export(&workspace);
        assert!(file.contains(r#""node": "department/Contact""#), "{file}");
        let mut back = import(&file, &Workspace::default()).unwrap();
        assert_eq!(back.scp, workspace.scp);
        // The SCP denies every case's request at its node.
        back.request = back.cases[0].request.clone();
        let (result, checked) = run(&back);
        let evaluation = result.evaluation.unwrap();
        assert_eq!(
            evaluation.scp_node,
            Some(ScpNode::Department("Contact".into()))
        );
        assert_eq!(checked.cases[1].decision, Some(Decision::ExplicitDeny));
        // A node on another kind of document is refused where it is written.
        let wrong = file.replace(
            r#""kind": "policy","#,
            r#""kind": "policy", "node": "root","#,
        );
        let err = import(&wrong, &Workspace::default()).unwrap_err();
        assert!(
            matches!(&*err.problem, Problem::Input(InputProblem::UnknownField { field, .. }) if field == "node")
        );
        let unknown = file.replace("department/Contact", "ou-7");
        let err = import(&unknown, &Workspace::default()).unwrap_err();
        assert!(
            matches!(&*err.problem, Problem::Input(InputProblem::NotOneOf { given, .. }) if given == "ou-7")
        );
    }

    #[test]
    fn export_then_import_is_the_same_workspace_and_the_same_file() {
        let workspace = workspace_with_cases();
        let file = export(&workspace);
        assert!(file.contains("\"$schema\""));
        let back = import(&file, &Workspace::default()).unwrap();
        // Tabs come back under their ids (the unnamed boundary as `boundary-0`), the cases as written.
        assert_eq!(back.policies, workspace.policies);
        assert_eq!(back.boundary[0].name, "boundary-0");
        assert_eq!(back.boundary[0].text, workspace.boundary[0].text);
        assert_eq!(back.cases.len(), 2);
        for (a, b) in back.cases.iter().zip(&workspace.cases) {
            assert_eq!(
                (&a.name, a.expect, &a.deciding, a.authoritative),
                (&b.name, b.expect, &b.deciding, b.authoritative)
            );
        }
        assert_eq!(export(&back), file, "the file round-trips byte for byte");
        let (_, checked) = run(&back);
        assert_eq!(checked.passed(), 2);
    }

    /// Every prefix of an exported file, and every byte of it replaced by a brace: never a panic, an error that
    /// points inside the text, or a workspace.
    #[test]
    fn import_never_panics_and_every_error_is_located() {
        let file = export(&workspace_with_cases());
        let open = workspace_with_cases();
        let mut variants: Vec<String> = file
            .char_indices()
            .map(|(i, _)| file[..i].to_string())
            .collect();
        variants.extend(file.char_indices().step_by(7).map(|(i, c)| {
            let mut v = file.clone();
            v.replace_range(i..i + c.len_utf8(), "}");
            v
        }));
        for text in &variants {
            if let Err(e) = import(text, &open) {
                let lines = text.lines().count().max(1);
                assert!(
                    e.span.line >= 1 && e.span.line <= lines + 1,
                    "{e:?} in {text:?}"
                );
            }
        }
    }

    #[test]
    fn import_reads_camctl_files_and_locates_what_it_cannot() {
        // `examples/ci/cam-tests.json` names documents of main.tf: taken from open tabs of the same name and kind
        // (here the same documents, as JSON files).
        let text = include_str!("../../examples/ci/cam-tests.json");
        let err = import(text, &Workspace::default()).unwrap_err();
        assert_eq!(
            *err.problem,
            Problem::Input(InputProblem::PolicyNotOpen {
                id: "support".into(),
                path: "main.tf#tencentcloud_cam_policy.support".into()
            })
        );
        assert_eq!((err.span.line, err.span.column), (7, 15));
        let open = Workspace {
            policies: vec![NamedPolicy {
                name: "support".into(),
                text: include_str!("../../tests/fixtures/ci/support-team.json").into(),
                ..Default::default()
            }],
            boundary: vec![NamedPolicy {
                name: "guard".into(),
                text: include_str!("../../tests/fixtures/ci/boundary.json").into(),
                ..Default::default()
            }],
            ..Workspace::default()
        };
        let imported = import(text, &open).unwrap();
        // Matrices become one case per cell, all passing as they do under camctl test.
        // The example's 12 cases, 21 with its matrices' cells.
        assert_eq!(imported.cases.len(), 21);
        let (_, checked) = run(&imported);
        assert_eq!(checked.passed(), imported.cases.len(), "{checked:?}");
        // A malformed file: located, with the reader's words.
        let err = import("{\"policies\": [], \"cases\": [}", &open).unwrap_err();
        assert_eq!(err.span.line, 1);
        assert!(err.span.column > 1);
        let err = import(r#"{"policies": [{"id": "x"}], "cases": []}"#, &open).unwrap_err();
        assert_eq!(*err.problem, Problem::Input(InputProblem::PathOrText));
    }
}
