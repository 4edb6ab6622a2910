//! A workspace is what a user edits: named policies, an optional permissions boundary and a request, as text.
//! `Workspace::run` is the whole pipeline the UI and the CLI share: parse everything, evaluate when possible.

use serde::{Deserialize, Serialize};

use crate::catalog::Catalog;
use crate::eval::{self, Detail, Evaluation, Layers, Refusal, RefusalError};
use crate::json::writer::{JsonWriter, ToJson};
use crate::policy::PolicyKind;
use crate::policy::{parse_policy_as, ParsedPolicy, Policy};
use crate::policy_kind::ScpNode;
use crate::request::{parse_request, ParsedRequest};
use crate::rules::Rule;

/// The texts of each kind (rule K1) are kept in their own list, in the order of their tabs: a policy is named
/// by its kind and its place in that list (`Tab`). The identity policies and the boundary are written as they
/// were before there were kinds, so older workspaces read the same.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Workspace {
    pub policies: Vec<NamedPolicy>,
    #[serde(default)]
    pub boundary: Vec<NamedPolicy>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub trust: Vec<NamedPolicy>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub session: Vec<NamedPolicy>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bucket: Vec<NamedPolicy>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub scp: Vec<NamedPolicy>,
    pub request: String,
    /// Pinned test cases (the Tests panel, issue 28): each a request and the decision it expects, checked on
    /// every edit (`suite::playground`). Written only when there are some, so older workspaces read the same.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cases: Vec<PinnedCase>,
}

/// A test case kept with a workspace: a request text and what it expects, as a `camctl test` case writes it
/// (`deciding` as `id#N`, the id being a tab's name).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PinnedCase {
    pub name: String,
    pub request: String,
    pub expect: Expect,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub deciding: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authoritative: Option<bool>,
}

/// The decision a case expects: `deny` is either kind of deny.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Expect {
    Allow,
    Deny,
    ExplicitDeny,
    ImplicitDeny,
}

impl Expect {
    pub const ALL: [Expect; 4] = [
        Expect::Allow,
        Expect::Deny,
        Expect::ExplicitDeny,
        Expect::ImplicitDeny,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Expect::Allow => "allow",
            Expect::Deny => "deny",
            Expect::ExplicitDeny => "explicit_deny",
            Expect::ImplicitDeny => "implicit_deny",
        }
    }

    pub fn met_by(self, decision: eval::Decision) -> bool {
        use eval::Decision as D;
        match self {
            Expect::Allow => decision == D::Allow,
            Expect::Deny => decision != D::Allow,
            Expect::ExplicitDeny => decision == D::ExplicitDeny,
            Expect::ImplicitDeny => decision == D::ImplicitDeny,
        }
    }

    /// The expectation a decision meets exactly: what pinning it asks for.
    pub fn exactly(decision: eval::Decision) -> Expect {
        match decision {
            eval::Decision::Allow => Expect::Allow,
            eval::Decision::ExplicitDeny => Expect::ExplicitDeny,
            eval::Decision::ImplicitDeny => Expect::ImplicitDeny,
        }
    }

    pub fn named(word: &str) -> Option<Expect> {
        Expect::ALL.into_iter().find(|e| e.as_str() == word)
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct NamedPolicy {
    pub name: String,
    pub text: String,
    /// For an SCP, the organization node it is bound to (rule O2); written only when not the member account.
    #[serde(default, skip_serializing_if = "ScpNode::is_account")]
    pub node: ScpNode,
}

/// A policy tab: which set (policies or the permissions boundary) and which policy in it. Written `policy-0` or
/// `boundary-1` in share links (`View::tab`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tab {
    pub source: PolicyKind,
    pub index: usize,
}

impl std::fmt::Display for Tab {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}-{}", self.source.as_str(), self.index)
    }
}

impl std::str::FromStr for Tab {
    type Err = ();
    fn from_str(text: &str) -> Result<Tab, ()> {
        let (set, index) = text.split_once('-').ok_or(())?;
        let source = PolicyKind::named(set).ok_or(())?;
        let index = index.parse().map_err(|_| ())?;
        Ok(Tab { source, index })
    }
}

impl Tab {
    /// Where this tab is once `removed` is gone from its list: `None` when it is the one removed; later tabs of
    /// the same kind move up by one.
    pub fn after_removal(self, removed: Tab) -> Option<Tab> {
        match (
            self.source == removed.source,
            self.index.cmp(&removed.index),
        ) {
            (true, std::cmp::Ordering::Equal) => None,
            (true, std::cmp::Ordering::Greater) => Some(Tab {
                index: self.index - 1,
                ..self
            }),
            _ => Some(self),
        }
    }
}

impl Serialize for Tab {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl ToJson for Tab {
    fn write_json(&self, w: &mut JsonWriter) {
        w.string(&self.to_string());
    }
}

/// The kinds other than the identity policies and the boundary are written only when there are some, as the
/// `Serialize` derive writes them.
impl ToJson for Workspace {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object();
        w.field("policies", &self.policies);
        w.field("boundary", &self.boundary);
        write_other_kinds(w, [&self.trust, &self.session, &self.bucket, &self.scp]);
        w.field("request", &self.request);
        if !self.cases.is_empty() {
            w.field("cases", &self.cases);
        }
        w.end_object();
    }
}

/// The trust, session, bucket and SCP lists (in that order) that are not empty: a workspace and a share link's
/// payload write them alike.
pub(crate) fn write_other_kinds(
    w: &mut JsonWriter,
    [trust, session, bucket, scp]: [&[NamedPolicy]; 4],
) {
    for (key, list) in [
        ("trust", trust),
        ("session", session),
        ("bucket", bucket),
        ("scp", scp),
    ] {
        if !list.is_empty() {
            w.field(key, list);
        }
    }
}

impl ToJson for NamedPolicy {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object();
        w.field("name", &self.name);
        w.field("text", &self.text);
        if !self.node.is_account() {
            w.field("node", &self.node.to_string());
        }
        w.end_object();
    }
}

impl ToJson for PinnedCase {
    fn write_json(&self, w: &mut JsonWriter) {
        write_case(
            w,
            &self.name,
            &self.request,
            self.expect,
            &self.deciding,
            self.authoritative,
        );
    }
}

/// A case as share links and `camctl test` files write it (the request as text in one, written out in the
/// other): `deciding` and `authoritative` only when given.
pub(crate) fn write_case(
    w: &mut JsonWriter,
    name: &str,
    request: &(impl ToJson + ?Sized),
    expect: Expect,
    deciding: &[String],
    authoritative: Option<bool>,
) {
    w.begin_object();
    w.field("name", name);
    w.field("request", request);
    w.field("expect", expect.as_str());
    if !deciding.is_empty() {
        w.field("deciding", deciding);
    }
    if let Some(authoritative) = authoritative {
        w.field("authoritative", &authoritative);
    }
    w.end_object();
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WorkspaceResult {
    pub policies: Vec<ParsedPolicy>,
    pub boundary: Vec<ParsedPolicy>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub trust: Vec<ParsedPolicy>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub session: Vec<ParsedPolicy>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub bucket: Vec<ParsedPolicy>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub scp: Vec<ParsedPolicy>,
    pub request: ParsedRequest,
    /// Present when the request resolved and every policy's JSON could be read; statements with errors are
    /// then traced as *not evaluated*.
    pub evaluation: Option<Evaluation>,
}

/// The policy models of a parsed set, when every policy's JSON could be read.
pub fn models(set: &[ParsedPolicy]) -> Option<Vec<&Policy>> {
    set.iter().map(|p| p.policy.as_ref()).collect()
}

crate::policy_kind::by_kind!(Workspace, NamedPolicy);
crate::policy_kind::by_kind!(WorkspaceResult, ParsedPolicy);

impl WorkspaceResult {
    /// Each kind's parsed documents with its kind, as `evaluate_organized` takes them.
    pub fn kind_sets(&self) -> Vec<(PolicyKind, &[ParsedPolicy])> {
        self.by_kind()
            .map(|(kind, set)| (kind, set.as_slice()))
            .collect()
    }

    /// Each kind's parsed documents, by `PolicyKind::index`.
    pub fn sets(&self) -> [&[ParsedPolicy]; 6] {
        let mut sets: [&[ParsedPolicy]; 6] = Default::default();
        for (kind, set) in self.by_kind() {
            sets[kind.index()] = set;
        }
        sets
    }

    /// The errors that keep the workspace from a decision, each with its document's tab (`None`: the request):
    /// those of every document that could not be read, then the request's if it could not be. A document read
    /// despite its errors (one CAM would refuse, rule G9) is evaluated, so its errors block nothing.
    pub fn blocking_errors(&self) -> Vec<(Option<Tab>, &crate::diagnostic::Diagnostic)> {
        // Loops, not an iterator chain: the page carries this, and the chain's adapters cost it 1.4 KB of wasm.
        let mut errors = Vec::new();
        for (source, set) in self.by_kind() {
            for (index, parsed) in set.iter().enumerate() {
                if parsed.policy.is_none() {
                    let tab = Some(Tab { source, index });
                    errors.extend(parsed.errors().map(|d| (tab, d)));
                }
            }
        }
        if self.request.request.is_none() {
            errors.extend(
                self.request
                    .diagnostics
                    .iter()
                    .filter(|d| d.is_error())
                    .map(|d| (None, d)),
            );
        }
        errors
    }
}

impl Workspace {
    /// The kinds of document the workspace has that the whole-workspace tools (matrix, generator, diff) do not
    /// read: they read identity policies and the boundary, and say which documents they leave out.
    pub fn kinds_outside_tools(&self) -> Vec<PolicyKind> {
        self.by_kind()
            .filter(|(kind, set)| {
                !set.is_empty() && !matches!(kind, PolicyKind::Identity | PolicyKind::Boundary)
            })
            .map(|(kind, _)| kind)
            .collect()
    }

    /// Rule K1: reads each identity policy whose shape says trust or bucket policy (`infer_kind`) as that kind,
    /// moving it to that kind's list; the texts are unchanged. For documents whose kind nobody stated: a
    /// documentation page's code block, a pasted file.
    pub fn place_by_shape(&mut self) {
        // Each text is read once; `infer_kind` gives identity, trust or bucket, and identity-shaped ones come back
        // to `policies` in their order.
        for policy in std::mem::take(&mut self.policies) {
            let kind = crate::policy::infer_kind(&policy.text);
            self.policies_in_mut(kind).push(policy);
        }
    }

    /// Where each SCP is bound, in the order of the SCPs (rule O2): what `evaluate_organized` takes.
    pub fn scp_nodes(&self) -> Vec<ScpNode> {
        self.scp.iter().map(|p| p.node.clone()).collect()
    }

    /// The bytes of text a user edits: every policy and the request.
    pub fn text_len(&self) -> usize {
        self.by_kind()
            .flat_map(|(_, set)| set)
            .map(|p| p.text.len())
            .sum::<usize>()
            + self.request.len()
    }

    /// Moves a policy to the end of another kind's list (the user chose its kind, or its shape said it, K1),
    /// keeping its name and text; returns where it now is. `None` when the tab does not exist.
    pub fn move_to_kind(&mut self, tab: Tab, kind: PolicyKind) -> Option<Tab> {
        if tab.source == kind {
            return (tab.index < self.policies_in(kind).len()).then_some(tab);
        }
        let from = self.policies_in_mut(tab.source);
        if tab.index >= from.len() {
            return None;
        }
        let policy = from.remove(tab.index);
        let to = self.policies_in_mut(kind);
        to.push(policy);
        Some(Tab {
            source: kind,
            index: to.len() - 1,
        })
    }

    pub fn run(&self, catalog: &Catalog) -> WorkspaceResult {
        self.run_with(catalog, Detail::Full)
    }

    /// `run`, keeping the trace `detail` asks for.
    pub fn run_with(&self, catalog: &Catalog, detail: Detail) -> WorkspaceResult {
        self.run_after(catalog, detail, None)
    }

    /// `run_with`, taking each text that an earlier run already read from its result instead of reading it
    /// again: typing into one text re-reads only that text, and a candidate fix only the text it changes.
    /// `earlier` is a workspace and what a run gave for it. Reading is most of a run, and copying a parsed
    /// policy costs about a seventh of reading it.
    pub fn run_after(
        &self,
        catalog: &Catalog,
        detail: Detail,
        earlier: Option<(&Workspace, &WorkspaceResult)>,
    ) -> WorkspaceResult {
        let parse_all = |kind: PolicyKind| -> Vec<ParsedPolicy> {
            self.policies_in(kind)
                .iter()
                .map(
                    |p| match earlier.and_then(|e| earlier_policy(e, kind, &p.text)) {
                        Some(parsed) => parsed.clone(),
                        None => parse_policy_as(&p.text, kind, catalog),
                    },
                )
                .collect()
        };
        let request = match earlier {
            Some((workspace, result)) if workspace.request == self.request => {
                result.request.clone()
            }
            _ => parse_request(&self.request, catalog),
        };
        let mut result = WorkspaceResult {
            policies: parse_all(PolicyKind::Identity),
            boundary: parse_all(PolicyKind::Boundary),
            trust: parse_all(PolicyKind::Trust),
            session: parse_all(PolicyKind::Session),
            bucket: parse_all(PolicyKind::Bucket),
            scp: parse_all(PolicyKind::Scp),
            request,
            evaluation: None,
        };
        result.evaluation = evaluate_result(&result, &self.scp_nodes(), detail);
        result
    }
}

/// What an earlier run read from this policy text as this kind, at any place (tabs move and close; a kind's
/// reading names the kind, so only the same kind's is taken).
fn earlier_policy<'e>(
    (workspace, result): (&Workspace, &'e WorkspaceResult),
    kind: PolicyKind,
    text: &str,
) -> Option<&'e ParsedPolicy> {
    workspace
        .policies_in(kind)
        .iter()
        .zip(result.policies_in(kind))
        .find(|(policy, _)| policy.text == text)
        .map(|(_, parsed)| parsed)
}

/// The evaluation of parsed identity policies and boundary and a parsed request, when every policy's JSON could
/// be read and the request resolved; the parser's assumptions join the evaluator's. Policies parsed once can be
/// evaluated against many requests this way, keeping the trace `detail` asks for.
pub fn evaluate_parsed_with(
    policies: &[ParsedPolicy],
    boundary: &[ParsedPolicy],
    request: &ParsedRequest,
    detail: Detail,
) -> Option<Evaluation> {
    evaluate_kinds(
        &[
            (PolicyKind::Identity, policies),
            (PolicyKind::Boundary, boundary),
        ],
        request,
        detail,
    )
}

/// The evaluation of a run's parsed texts, every kind in its layer (rule L1).
fn evaluate_result(
    result: &WorkspaceResult,
    scp_nodes: &[ScpNode],
    detail: Detail,
) -> Option<Evaluation> {
    evaluate_organized(&result.kind_sets(), scp_nodes, &result.request, detail)
}

/// The evaluation of parsed policies of several kinds and a parsed request, every SCP bound to the member
/// account.
pub fn evaluate_kinds(
    sets: &[(PolicyKind, &[ParsedPolicy])],
    request: &ParsedRequest,
    detail: Detail,
) -> Option<Evaluation> {
    evaluate_organized(sets, &[], request, detail)
}

/// `evaluate_kinds`, with the SCPs, in their order, bound to organization nodes (rule O2).
pub fn evaluate_organized(
    sets: &[(PolicyKind, &[ParsedPolicy])],
    scp_nodes: &[ScpNode],
    request: &ParsedRequest,
    detail: Detail,
) -> Option<Evaluation> {
    let mut layers = Layers::default();
    for (kind, set) in sets {
        layers.set(*kind, models(set)?);
    }
    layers.bind_scps(scp_nodes);
    let request = request.request.as_ref()?;
    let mut evaluation = eval::evaluate_layers(&layers, request, detail);
    evaluation.assumptions.extend(
        sets.iter()
            .flat_map(|(_, set)| set.iter())
            .flat_map(|p| p.assumptions.iter().copied()),
    );
    evaluation.refused = sets
        .iter()
        .flat_map(|(kind, set)| refusals(*kind, set))
        .collect();
    if evaluation.hypothetical() {
        evaluation.authoritative = false;
        evaluation.assumptions.push(Rule::G9);
    }
    evaluation.assumptions.sort();
    evaluation.assumptions.dedup();
    Some(evaluation)
}

/// Rule G9: the policies of a set that CAM would refuse to save, with their errors.
fn refusals(source: PolicyKind, set: &[ParsedPolicy]) -> impl Iterator<Item = Refusal> + '_ {
    set.iter().enumerate().filter_map(move |(policy, parsed)| {
        let errors: Vec<RefusalError> = parsed
            .errors()
            .filter_map(|d| {
                Some(RefusalError {
                    cam_error: d.cam_error?,
                    code: d.code,
                    text: d.text.clone(),
                    span: d.span,
                })
            })
            .collect();
        (!errors.is_empty()).then_some(Refusal {
            source,
            policy,
            errors,
        })
    })
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::examples::{default_example, gallery};
    use crate::json::writer::tests::assert_writes_as_serde;
    use proptest::prelude::*;

    /// Any workspace: every kind's list (SCPs on any node), any texts, cases of every expectation.
    pub(crate) fn any_workspace() -> impl Strategy<Value = Workspace> {
        let node = prop_oneof![
            Just(ScpNode::Account),
            Just(ScpNode::Root),
            any::<String>().prop_map(ScpNode::Department),
        ];
        let policy = (any::<String>(), any::<String>(), node)
            .prop_map(|(name, text, node)| NamedPolicy { name, text, node });
        let list = move || prop::collection::vec(policy.clone(), 0..3);
        let case = (
            any::<String>(),
            any::<String>(),
            prop::sample::select(Expect::ALL.to_vec()),
            prop::collection::vec(any::<String>(), 0..3),
            prop::option::of(any::<bool>()),
        )
            .prop_map(
                |(name, request, expect, deciding, authoritative)| PinnedCase {
                    name,
                    request,
                    expect,
                    deciding,
                    authoritative,
                },
            );
        (
            (list(), list(), list()),
            (list(), list(), list()),
            any::<String>(),
            prop::collection::vec(case, 0..3),
        )
            .prop_map(
                |((policies, boundary, trust), (session, bucket, scp), request, cases)| Workspace {
                    policies,
                    boundary,
                    trust,
                    session,
                    bucket,
                    scp,
                    request,
                    cases,
                },
            )
    }

    proptest! {
        #[test]
        fn any_workspace_is_written_as_serde_writes_it(workspace in any_workspace()) {
            assert_writes_as_serde(&workspace);
        }
    }

    /// A result-only embed lists what keeps the workspace from a decision: the errors of a document that could not
    /// be read and of a request that could not be, each with its tab; a refused but read document blocks nothing.
    #[test]
    fn blocking_errors_are_those_of_what_could_not_be_read() {
        let catalog = Catalog::builtin();
        let mut workspace = default_example().workspace();
        assert!(workspace.run(catalog).blocking_errors().is_empty());
        workspace.boundary.push(NamedPolicy {
            name: "refused".into(),
            text: r#"{"version": "2.0", "statement": []}"#.into(),
            ..Default::default()
        });
        let run = workspace.run(catalog);
        assert!(run.boundary[0].errors().next().is_some() && run.evaluation.is_some());
        assert!(run.blocking_errors().is_empty(), "read, so evaluated (G9)");
        workspace.scp.push(NamedPolicy {
            name: "broken".into(),
            text: "{\n  \"version\": \"2.0\",,\n}".into(),
            ..Default::default()
        });
        workspace.request =
            r#"{"action": "ccc:DescribeStaffInfoList", "params": {"SdkAppId": 1400000000}}"#.into();
        let run = workspace.run(catalog);
        assert!(run.evaluation.is_none());
        let blocking: Vec<(Option<Tab>, &str, usize)> = (run.blocking_errors().into_iter())
            .map(|(tab, d)| (tab, d.code, d.span.line))
            .collect();
        let scp = Some(Tab {
            source: PolicyKind::Scp,
            index: 0,
        });
        assert_eq!(
            blocking,
            [
                (scp, "json/syntax", 2),
                (None, "request/missing-owner-uin", 1)
            ]
        );
    }

    #[test]
    fn a_policy_moves_to_another_kind_with_its_name_and_text() {
        let named = |name: &str| NamedPolicy {
            name: name.into(),
            text: format!("{{\"{name}\": 1}}"),
            ..Default::default()
        };
        let mut workspace = Workspace {
            policies: vec![named("a"), named("b")],
            trust: vec![named("t")],
            ..Default::default()
        };
        let tab = |source, index| Tab { source, index };
        let moved = workspace.move_to_kind(tab(PolicyKind::Identity, 0), PolicyKind::Trust);
        assert_eq!(moved, Some(tab(PolicyKind::Trust, 1)));
        assert_eq!(workspace.policies, vec![named("b")]);
        assert_eq!(workspace.trust, vec![named("t"), named("a")]);
        // The same kind, or a tab that does not exist, moves nothing.
        let before = workspace.clone();
        assert_eq!(
            workspace.move_to_kind(tab(PolicyKind::Trust, 0), PolicyKind::Trust),
            Some(tab(PolicyKind::Trust, 0))
        );
        assert_eq!(
            workspace.move_to_kind(tab(PolicyKind::Scp, 0), PolicyKind::Bucket),
            None
        );
        assert_eq!(
            workspace.move_to_kind(tab(PolicyKind::Trust, 5), PolicyKind::Trust),
            None
        );
        assert_eq!(workspace, before);
        assert_eq!(
            workspace.move_to_kind(tab(PolicyKind::Trust, 1), PolicyKind::Identity),
            Some(tab(PolicyKind::Identity, 1))
        );
        assert_eq!(workspace.policies, vec![named("b"), named("a")]);
        let removed = tab(PolicyKind::Trust, 1);
        assert_eq!(removed.after_removal(removed), None);
        assert_eq!(
            tab(PolicyKind::Trust, 3).after_removal(removed),
            Some(tab(PolicyKind::Trust, 2))
        );
        assert_eq!(
            tab(PolicyKind::Trust, 0).after_removal(removed),
            Some(tab(PolicyKind::Trust, 0))
        );
        assert_eq!(
            tab(PolicyKind::Scp, 4).after_removal(removed),
            Some(tab(PolicyKind::Scp, 4))
        );
    }

    /// Every kind of edit between two runs: the result after an earlier run is the result of a fresh run.
    #[test]
    fn a_run_after_an_earlier_one_equals_a_fresh_run() {
        let catalog = Catalog::builtin();
        for example in gallery() {
            let before = example.workspace();
            let earlier = before.run(catalog);
            let mut edits: Vec<Workspace> = Vec::new();
            let mut request = before.clone();
            request.request = request.request.replacen("ccc:", "ccc:Describe", 1);
            edits.push(request);
            // The first document of whichever kind the example has, edited, broken, and moved to another kind.
            let first = PolicyKind::ALL
                .into_iter()
                .find(|k| !before.policies_in(*k).is_empty())
                .expect("every example has a document");
            let mut policy = before.clone();
            let text = &mut policy.policies_in_mut(first)[0].text;
            *text = text.replacen("allow", "deny", 1);
            edits.push(policy);
            let mut broken = before.clone();
            broken.policies_in_mut(first)[0].text.push('}');
            edits.push(broken);
            let mut reversed = before.clone();
            reversed.policies_in_mut(first).reverse();
            edits.push(reversed);
            for other in [PolicyKind::Boundary, PolicyKind::Trust] {
                let mut moved = before.clone();
                let document = moved.policies_in_mut(first).remove(0);
                moved.policies_in_mut(other).push(document);
                edits.push(moved);
            }
            edits.push(before.clone());
            for after in edits {
                assert_eq!(
                    after.run_after(catalog, Detail::Full, Some((&before, &earlier))),
                    after.run(catalog),
                    "{}",
                    example.id
                );
            }
        }
    }

    #[test]
    fn documents_are_placed_by_their_shape_and_never_changed() {
        let trust = r#"{"version":"2.0","statement":[{"action":"name/sts:AssumeRole","effect":"allow","principal":{"qcs":["qcs::cam::uin/1:root"]}}]}"#;
        let bucket = r#"{"Statement":[{"Principal":{"qcs":["*"]},"Effect":"Allow","Action":["name/cos:GetObject"],"Resource":["qcs::cos:ap-guangzhou:uid/1:b-1/*"]}],"version":"2.0"}"#;
        let identity =
            r#"{"version":"2.0","statement":[{"effect":"allow","action":"ccc:*","resource":"*"}]}"#;
        let named = |name: &str, text: &str| NamedPolicy {
            name: name.into(),
            text: text.into(),
            ..Default::default()
        };
        let mut workspace = Workspace {
            policies: vec![named("t", trust), named("i", identity), named("b", bucket)],
            boundary: vec![named("bound", trust)],
            ..Workspace::default()
        };
        workspace.place_by_shape();
        assert_eq!(workspace.policies, [named("i", identity)]);
        assert_eq!(workspace.trust, [named("t", trust)]);
        assert_eq!(workspace.bucket, [named("b", bucket)]);
        // A document someone put in a kind's list stays there.
        assert_eq!(workspace.boundary, [named("bound", trust)]);
    }

    /// Unchanged texts are taken from the earlier result, not read again (a marked earlier result shows it).
    #[test]
    fn unchanged_texts_are_not_read_again() {
        let catalog = Catalog::builtin();
        let before = default_example().workspace();
        let mut earlier = before.run(catalog);
        earlier.policies[0].assumptions = vec![Rule::G3];
        earlier.request = parse_request("{}", catalog);
        let mut after = before.clone();
        after.policies.push(NamedPolicy {
            name: "another".into(),
            text: r#"{"version":"2.0","statement":[]}"#.into(),
            ..Default::default()
        });
        let result = after.run_after(catalog, Detail::Full, Some((&before, &earlier)));
        assert_eq!(result.policies[0].assumptions, [Rule::G3]);
        assert_eq!(result.request, earlier.request);
        assert_eq!(
            result.policies[1],
            crate::policy::parse_policy(&after.policies[1].text, catalog)
        );
    }
}
