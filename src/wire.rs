//! The public JSON, defined once: what `camctl --format json` prints, what the JavaScript package returns and
//! what an embed says to its page are these types, serialized with serde. Only this module (and the types it
//! names) decides a public field's name or shape; a second hand-built `json!` of the same thing is a bug.
//!
//! The TypeScript types of the JavaScript package (`src/js_api/mod.rs`) describe these shapes. Tests below check
//! that they list every variant of the enums and every key the JSON carries, so the two cannot drift;
//! `tests/js/types.test.mjs` walks real results against them, and `tests/ts/` compiles clients with `tsc --strict`.

use serde::Serialize;

use crate::analysis::MatrixRow as AnalysisRow;
use crate::catalog::{Category, Granularity};
use crate::diagnostic::{Diagnostic, Severity};
use crate::eval::trace::PolicyTrace;
use crate::eval::trace::StatementRef;
use crate::eval::{Decision, Evaluation, Note, Refusal, ResourceDecision};
use crate::i18n::{Locale, Words};
use crate::json::ast::Value as Json;
use crate::json::reader;
use crate::json::writer::{JsonWriter, ToJson};
use crate::policy::ParsedPolicy;
use crate::policy::PolicyKind;
use crate::request::ParsedRequest;
use crate::rules::Rule;
use crate::share::{self, ShareError};
use crate::span::Span;
use crate::workspace::{Workspace, WorkspaceResult};

/// A diagnostic as the public JSON formats show it: the words rendered in one locale.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DiagnosticView<'a> {
    pub code: &'static str,
    pub severity: Severity,
    pub message: String,
    pub help: String,
    pub path: &'a str,
    pub span: Span,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<Rule>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cam_error: Option<&'static str>,
}

impl Diagnostic {
    /// The diagnostic in its public JSON shape, worded in `locale`.
    pub fn view(&self, locale: Locale) -> DiagnosticView<'_> {
        let Words { message, help } = self.words(locale);
        DiagnosticView {
            code: self.code,
            severity: self.severity,
            message,
            help,
            path: &self.path,
            span: self.span,
            rule: self.rule,
            cam_error: self.cam_error,
        }
    }
}

/// A statement that decided: which policy set, which policy and statement, and where it starts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Deciding {
    pub source: PolicyKind,
    pub policy: usize,
    pub statement: usize,
    pub line: usize,
    pub column: usize,
}

impl From<&StatementRef> for Deciding {
    fn from(d: &StatementRef) -> Self {
        Deciding {
            source: d.source,
            policy: d.policy,
            statement: d.statement,
            line: d.span.line,
            column: d.span.column,
        }
    }
}

pub fn deciding(statements: &[StatementRef]) -> Vec<Deciding> {
    statements.iter().map(Deciding::from).collect()
}

/// A row of "what can these policies do", the same for `camctl matrix --format json` and the JavaScript
/// `matrix`.
#[derive(Debug, Serialize)]
pub struct MatrixRow<'a> {
    pub action: &'a str,
    pub category: Category,
    pub granularity: Granularity,
    /// `null` when the request cannot be built for this API (see `problem`).
    pub decision: Option<Decision>,
    pub authoritative: bool,
    pub deciding: Vec<Deciding>,
    /// Why the request cannot be built, in the caller's language.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub problem: Option<String>,
}

impl<'a> MatrixRow<'a> {
    pub fn new(row: &'a AnalysisRow, locale: Locale) -> Self {
        MatrixRow {
            action: &row.action,
            category: row.category,
            granularity: row.granularity,
            decision: row.decision,
            authoritative: row.authoritative,
            deciding: deciding(&row.deciding),
            problem: row.problem.as_ref().map(|text| locale.words(text).message),
        }
    }
}

/// The decision and why: the head of `camctl eval --format json` and of the JavaScript `evaluate`.
#[derive(Debug, Serialize)]
pub struct Decided<'a> {
    /// `null` when nothing could be evaluated (JavaScript only; the CLI stops before).
    pub decision: Option<Decision>,
    pub authoritative: bool,
    pub hypothetical: bool,
    pub refused: &'a [Refusal],
    pub deciding: Vec<Deciding>,
    pub assumptions: &'a [Rule],
    pub notes: &'a [Note],
}

impl<'a> Decided<'a> {
    pub fn new(evaluation: Option<&'a Evaluation>) -> Self {
        Decided {
            decision: evaluation.map(|e| e.decision),
            authoritative: evaluation.is_some_and(|e| e.authoritative),
            hypothetical: evaluation.is_some_and(Evaluation::hypothetical),
            refused: evaluation.map_or(&[], |e| &e.refused),
            deciding: evaluation.map_or_else(Vec::new, |e| deciding(&e.deciding)),
            assumptions: evaluation.map_or(&[], |e| &e.assumptions),
            notes: evaluation.map_or(&[], |e| &e.notes),
        }
    }
}

/// `camctl eval --format json`: the decision, each resource's, and the trace.
#[derive(Debug, Serialize)]
pub struct CliEvaluation<'a> {
    #[serde(flatten)]
    pub decided: Decided<'a>,
    pub resources: &'a [ResourceDecision],
    pub trace: CliTrace<'a>,
    /// The errors that make the decision hypothetical (rule G9).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub errors: Vec<FileDiagnostic<'a>>,
}

#[derive(Debug, Serialize)]
pub struct CliTrace<'a> {
    /// The layer that decided (rule L2).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub layer: Option<crate::policy::PolicyKind>,
    /// A role assumption's two halves (rule T5).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub assume_role: Option<crate::eval::RoleAssumption>,
    /// When the SCPs decided, the organization node whose SCPs did (rule O2).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scp_node: Option<&'a crate::policy_kind::ScpNode>,
    pub root_account: bool,
    pub policies: &'a [PolicyTrace],
    pub boundary: &'a [PolicyTrace],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub trust: &'a [PolicyTrace],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub session: &'a [PolicyTrace],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub bucket: &'a [PolicyTrace],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub scp: &'a [PolicyTrace],
}

impl<'a> CliEvaluation<'a> {
    pub fn new(evaluation: &'a Evaluation, errors: Vec<FileDiagnostic<'a>>) -> Self {
        CliEvaluation {
            errors,
            decided: Decided::new(Some(evaluation)),
            resources: &evaluation.resources,
            trace: CliTrace {
                layer: evaluation.layer,
                assume_role: evaluation.assume_role,
                scp_node: evaluation.scp_node.as_ref(),
                root_account: evaluation.root_account,
                policies: &evaluation.policies,
                boundary: &evaluation.boundary,
                trust: &evaluation.trust,
                session: &evaluation.session,
                bucket: &evaluation.bucket,
                scp: &evaluation.scp,
            },
        }
    }
}

/// The JavaScript `evaluate` (and `PreparedPolicies.evaluate`): the decision, the reasoning in the caller's
/// language, every text's diagnostics, and with `explain` the whole evaluation. Its fields in this order are the
/// result object's keys: `js_api/boundary.js` builds the object from the head (`Decided`) and the `tail`, the
/// fields that are usually empty, serialized here (`tests/js/vectors.test.mjs` checks the keys).
#[derive(Debug)]
pub struct EvaluateResult<'a> {
    pub decided: Decided<'a>,
    pub steps: Vec<Step>,
    pub diagnostics: DiagnosticSets<'a>,
    pub trace: Option<&'a Evaluation>,
}

/// One reasoning step, worded.
#[derive(Debug, Serialize)]
pub struct Step {
    pub depth: u8,
    pub status: crate::explain::Status,
    pub text: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub column: Option<usize>,
}

/// Every text's diagnostics, in the caller's language.
#[derive(Debug, Serialize)]
pub struct DiagnosticSets<'a> {
    pub policies: Vec<Vec<DiagnosticView<'a>>>,
    pub boundary: Vec<Vec<DiagnosticView<'a>>>,
    /// The other kinds (rule K1), each present when the input has documents of that kind.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub trust: Vec<Vec<DiagnosticView<'a>>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub session: Vec<Vec<DiagnosticView<'a>>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub bucket: Vec<Vec<DiagnosticView<'a>>>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub scp: Vec<Vec<DiagnosticView<'a>>>,
    pub request: Vec<DiagnosticView<'a>>,
}

impl<'a> EvaluateResult<'a> {
    /// The result object's keys, in order: the head (`Decided`, serialized in this order), then `steps`,
    /// `diagnostics` and `trace`. `boundary.js`'s result literal and the TypeScript `EvaluateResult` list the same
    /// keys in the same order; a test holds all three to this list.
    pub const KEYS: [&'static str; 10] = [
        "decision",
        "authoritative",
        "hypothetical",
        "refused",
        "deciding",
        "assumptions",
        "notes",
        "steps",
        "diagnostics",
        "trace",
    ];

    /// `sets`: each kind's parsed documents, by `PolicyKind::index`.
    pub fn new(
        sets: [&'a [ParsedPolicy]; 6],
        request: &'a ParsedRequest,
        evaluation: Option<&'a Evaluation>,
        explain: bool,
        locale: Locale,
    ) -> Self {
        let views = |diagnostics: &'a [Diagnostic]| -> Vec<DiagnosticView<'a>> {
            diagnostics.iter().map(|d| d.view(locale)).collect()
        };
        let steps = match (evaluation.filter(|_| explain), request.request.as_ref()) {
            (Some(e), Some(r)) => crate::explain::steps(e, r)
                .into_iter()
                .map(|s| Step {
                    depth: s.depth,
                    status: s.status,
                    text: locale.render(&s.message),
                    line: s.span.map(|span| span.line),
                    column: s.span.map(|span| span.column),
                })
                .collect(),
            _ => Vec::new(),
        };
        EvaluateResult {
            decided: Decided::new(evaluation),
            steps,
            diagnostics: {
                let of = |kind: crate::policy::PolicyKind| -> Vec<Vec<DiagnosticView<'a>>> {
                    sets[kind.index()]
                        .iter()
                        .map(|p| views(&p.diagnostics))
                        .collect()
                };
                use crate::policy::PolicyKind as K;
                DiagnosticSets {
                    policies: of(K::Identity),
                    boundary: of(K::Boundary),
                    trust: of(K::Trust),
                    session: of(K::Session),
                    bucket: of(K::Bucket),
                    scp: of(K::Scp),
                    request: views(&request.diagnostics),
                }
            },
            trace: evaluation.filter(|_| explain),
        }
    }

    /// The fields that are usually empty, leaving out the empty ones; `None` when all are, so a decision crosses
    /// to JavaScript without JSON text.
    pub fn tail(&self) -> Option<ResultTail<'_>> {
        let tail = ResultTail {
            refused: self.decided.refused,
            assumptions: self.decided.assumptions,
            notes: self.decided.notes,
            steps: &self.steps,
            diagnostics: (!self.diagnostics.is_empty()).then_some(&self.diagnostics),
            trace: self.trace,
        };
        let empty = tail.refused.is_empty()
            && tail.assumptions.is_empty()
            && tail.notes.is_empty()
            && tail.steps.is_empty()
            && tail.diagnostics.is_none()
            && tail.trace.is_none();
        (!empty).then_some(tail)
    }
}

impl DiagnosticSets<'_> {
    pub fn is_empty(&self) -> bool {
        self.request.is_empty()
            && [
                &self.policies,
                &self.boundary,
                &self.trust,
                &self.session,
                &self.bucket,
                &self.scp,
            ]
            .iter()
            .all(|set| set.iter().all(Vec::is_empty))
    }
}

/// The part of an `EvaluateResult` that is not empty, among the fields that usually are.
#[derive(Debug, Serialize)]
pub struct ResultTail<'a> {
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub refused: &'a [Refusal],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub assumptions: &'a [Rule],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub notes: &'a [Note],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pub steps: &'a [Step],
    #[serde(skip_serializing_if = "Option::is_none")]
    pub diagnostics: Option<&'a DiagnosticSets<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub trace: Option<&'a Evaluation>,
}

/// A diagnostic of a named file, as `camctl lint` and `camctl eval` print them with `--format json`.
#[derive(Debug, Serialize)]
pub struct FileDiagnostic<'a> {
    pub file: &'a str,
    pub code: &'static str,
    pub cam_error: Option<&'static str>,
    pub severity: Severity,
    pub message: String,
    pub help: String,
    pub path: &'a str,
    pub line: usize,
    pub column: usize,
    pub rule: Option<Rule>,
    /// The rule's Tencent doc page.
    pub doc: Option<String>,
    /// `camctl lint`: the finding's stable fingerprint (`lint::config::fingerprints`), which `--baseline`
    /// matches.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fingerprint: Option<String>,
}

impl<'a> FileDiagnostic<'a> {
    pub fn new(file: &'a str, d: &'a Diagnostic, locale: Locale) -> Self {
        let words = d.words(locale);
        FileDiagnostic {
            file,
            code: d.code,
            cam_error: d.cam_error,
            severity: d.severity,
            message: words.message,
            help: words.help,
            path: &d.path,
            line: d.span.line,
            column: d.span.column,
            rule: d.rule,
            doc: d.rule.map(|r| locale.doc_url(r)),
            fingerprint: None,
        }
    }
}

/// `camctl lint --format json`.
#[derive(Debug, Serialize)]
pub struct LintReport<'a> {
    /// Each file: the kind it was read as, whether that kind was inferred (no `--kind`), and whether the kind's
    /// API would refuse it (rules K1, K2).
    pub files: Vec<LintFile<'a>>,
    pub findings: Vec<FileDiagnostic<'a>>,
    /// Findings the lint configuration silenced, each with its reason.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub suppressed: Vec<SuppressedDiagnostic<'a>>,
}

/// A finding the lint configuration silenced: the finding, and the reason given for it.
#[derive(Debug, Serialize)]
pub struct SuppressedDiagnostic<'a> {
    #[serde(flatten)]
    pub finding: FileDiagnostic<'a>,
    pub reason: String,
}

/// One linted file of `camctl lint --format json`.
#[derive(Debug, Serialize)]
pub struct LintFile<'a> {
    pub file: &'a str,
    pub kind: crate::policy::PolicyKind,
    pub kind_inferred: bool,
    pub refused: bool,
}

/// `camctl eval --format json` when the texts cannot be evaluated.
#[derive(Debug, Serialize)]
pub struct ErrorReport<'a> {
    pub errors: Vec<FileDiagnostic<'a>>,
}

/// `camctl matrix --format json`.
#[derive(Debug, Serialize)]
pub struct MatrixReport<'a> {
    pub rows: Vec<MatrixRow<'a>>,
}

/// `camctl diff --format json`: the changed rows, and which resource ids were compared of how many named.
#[derive(Debug, Serialize)]
pub struct DiffReport<'a> {
    pub changes: &'a [crate::analysis::DiffRow],
    pub resource_ids: ComparedIds<'a>,
}

#[derive(Debug, Serialize)]
pub struct ComparedIds<'a> {
    pub compared: &'a [crate::analysis::ResourceId],
    pub named: usize,
}

/// A message an embed sends to its page (`docs/embedding.md`).
#[derive(Debug, Serialize)]
#[serde(tag = "type", rename_all = "camelCase")]
pub enum EmbedMessage<'a> {
    Ready,
    /// After every evaluation; `decision` is `null` (and `errors` true) when the texts cannot be read.
    Result {
        decision: Option<Decision>,
        authoritative: bool,
        deciding: Vec<Deciding>,
        #[serde(skip_serializing_if = "std::ops::Not::not")]
        errors: bool,
    },
    /// The height the embed asks its frame for.
    Resize {
        height: f64,
    },
    /// The answer to `getState`.
    State {
        state: &'a Workspace,
    },
    /// A `setState` or `setLang` the embed could not follow, in its language.
    Error {
        message: String,
    },
}

/// As the `Serialize` derive writes it (`type` first, then the variant's fields): the embed writes its messages
/// with `ToJson`, so the page carries no serde serializer.
impl ToJson for EmbedMessage<'_> {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object();
        match self {
            EmbedMessage::Ready => w.field("type", "ready"),
            EmbedMessage::Result {
                decision,
                authoritative,
                deciding,
                errors,
            } => {
                w.field("type", "result");
                w.field("decision", &decision.map(Decision::as_str));
                w.field("authoritative", authoritative);
                w.field("deciding", deciding);
                if *errors {
                    w.field("errors", errors);
                }
            }
            EmbedMessage::Resize { height } => {
                w.field("type", "resize");
                w.key("height").float(*height);
            }
            EmbedMessage::State { state } => {
                w.field("type", "state");
                w.field("state", *state);
            }
            EmbedMessage::Error { message } => {
                w.field("type", "error");
                w.field("message", message);
            }
        }
        w.end_object();
    }
}

impl ToJson for Deciding {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object();
        w.field("source", self.source.as_str());
        w.field("policy", &self.policy);
        w.field("statement", &self.statement);
        w.field("line", &self.line);
        w.field("column", &self.column);
        w.end_object();
    }
}

impl EmbedMessage<'_> {
    pub fn result(result: &WorkspaceResult) -> Self {
        let evaluation: Option<&Evaluation> = result.evaluation.as_ref();
        EmbedMessage::Result {
            decision: evaluation.map(|e| e.decision),
            authoritative: evaluation.is_some_and(|e| e.authoritative),
            deciding: evaluation.map_or_else(Vec::new, |e| deciding(&e.deciding)),
            errors: evaluation.is_none(),
        }
    }
}

/// A message a page sends to its embed.
#[derive(Debug, PartialEq)]
pub enum EmbedRequest {
    SetState(Result<Workspace, ShareError>),
    GetState,
    /// Asks for a `resize` now: the page was resized while this frame was offscreen, where Chromium throttles
    /// rendering and the frame's own resize observer stays silent.
    Measure,
    /// A language tag; an unknown one is answered with an `error` message.
    SetLang(String),
    /// `light`, `dark` or `auto`; another value is ignored.
    SetTheme(String),
}

impl EmbedRequest {
    /// Reads a message (as JSON text): `{"type": "setState", "state": {…}}`, `{"type": "getState"}`,
    /// `{"type": "measure"}`,
    /// `{"type": "setLang", "lang": "zh-CN"}`, `{"type": "setTheme", "theme": "dark"}`. `None` for anything of
    /// another shape: the embed ignores it. `state` stays a value until the share decoder reads it, so a state
    /// that is not a workspace is answered with an error rather than ignored. (Read with the engine's own JSON
    /// reader, not serde: the web bundle then carries no JSON deserializer.)
    pub fn read(text: &str) -> Option<EmbedRequest> {
        // A state over the bound is refused before it is read (the limit of links and states alike).
        let too_large = text.len() > share::MAX_PAYLOAD_BYTES;
        let Ok(Some(Json::Object(message))) = reader::read(text) else {
            return None;
        };
        let text_of = |key: &str| message.get_string(key).map(|t| t.as_str().to_string());
        Some(match text_of("type")?.as_str() {
            "setState" => {
                let state = &message.get("state")?.value;
                EmbedRequest::SetState(if too_large {
                    Err(share::too_large_state())
                } else {
                    share::workspace_from(state)
                })
            }
            "getState" => EmbedRequest::GetState,
            "measure" => EmbedRequest::Measure,
            "setLang" => EmbedRequest::SetLang(text_of("lang")?),
            "setTheme" => EmbedRequest::SetTheme(text_of("theme")?),
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::writer;
    use crate::share::ShareProblem;
    use crate::workspace::tests::any_workspace;
    use proptest::prelude::*;

    #[test]
    fn embed_requests_of_every_shape() {
        let state = r#"{"type": "setState", "state": {"policies": [{"name": "a", "text": "{}"}], "request": "{}"}}"#;
        match EmbedRequest::read(state) {
            Some(EmbedRequest::SetState(Ok(workspace))) => {
                assert_eq!(workspace.policies[0].name, "a");
                assert_eq!(workspace.request, "{}");
            }
            other => panic!("{other:?}"),
        }
        assert_eq!(
            EmbedRequest::read(r#"{"type": "measure"}"#),
            Some(EmbedRequest::Measure)
        );
        assert_eq!(
            EmbedRequest::read(r#"{"type": "getState"}"#),
            Some(EmbedRequest::GetState)
        );
        assert_eq!(
            EmbedRequest::read(r#"{"type": "setLang", "lang": "zh-CN"}"#),
            Some(EmbedRequest::SetLang("zh-CN".into()))
        );
        assert_eq!(
            EmbedRequest::read(r#"{"type": "setTheme", "theme": "dark"}"#),
            Some(EmbedRequest::SetTheme("dark".into()))
        );
    }

    #[test]
    fn other_shapes_are_ignored_and_an_unreadable_state_is_answered() {
        for junk in [
            "",
            "42",
            "null",
            "[]",
            r#""text""#,
            "{",
            r#"{"type": "nope"}"#,
            r#"{"type": "setState"}"#,
            r#"{"type": "setTheme", "theme": 7}"#,
            r#"{"kind": "getState"}"#,
        ] {
            assert_eq!(EmbedRequest::read(junk), None, "{junk}");
        }
        let problem = |text: &str| match EmbedRequest::read(text) {
            Some(EmbedRequest::SetState(Err(e))) => e.problem,
            other => panic!("{other:?}"),
        };
        assert_eq!(
            problem(r#"{"type": "setState", "state": 5}"#),
            ShareProblem::StateNotAnObject
        );
        assert_eq!(
            problem(r#"{"type": "setState", "state": {"policies": [{"name": "x"}]}}"#),
            ShareProblem::PolicyWithoutText
        );
        assert_eq!(
            problem(r#"{"type": "setState", "state": {"policies": [1]}}"#),
            ShareProblem::MalformedPolicies
        );
        let huge = format!(
            r#"{{"type": "setState", "state": {{"request": "{}"}}}}"#,
            "x".repeat(share::MAX_PAYLOAD_BYTES)
        );
        assert!(matches!(problem(&huge), ShareProblem::StateTooLarge { .. }));
    }

    #[test]
    fn messages_to_the_page_keep_their_documented_shape() {
        // Each shape as serde writes it, and the embed's own writing the same bytes.
        let to = |m: &EmbedMessage| {
            let json = serde_json::to_string(m).unwrap();
            assert_eq!(writer::compact(m), json);
            json
        };
        assert_eq!(to(&EmbedMessage::Ready), r#"{"type":"ready"}"#);
        assert_eq!(
            to(&EmbedMessage::Resize { height: 120.0 }),
            r#"{"type":"resize","height":120.0}"#
        );
        let workspace = Workspace::default();
        assert_eq!(
            to(&EmbedMessage::State { state: &workspace }),
            r#"{"type":"state","state":{"policies":[],"boundary":[],"request":""}}"#
        );
        let none = Workspace::default().run(crate::Catalog::builtin());
        assert_eq!(
            to(&EmbedMessage::result(&none)),
            r#"{"type":"result","decision":null,"authoritative":false,"deciding":[],"errors":true}"#
        );
        let allowed = crate::examples::gallery()
            .iter()
            .map(|e| e.workspace().run(crate::Catalog::builtin()))
            .find(|r| {
                r.evaluation
                    .as_ref()
                    .is_some_and(|e| !e.deciding.is_empty())
            })
            .expect("an example with a deciding statement");
        let json = to(&EmbedMessage::result(&allowed));
        assert!(
            json.contains(r#""deciding":[{"source":"policy","policy":0,"statement":"#),
            "{json}"
        );
        assert!(
            json.contains(r#""line":"#) && !json.contains("errors"),
            "{json}"
        );
    }

    proptest! {
        #[test]
        fn any_message_is_written_as_serde_writes_it(
            workspace in any_workspace(),
            height in any::<f64>(),
            message in any::<String>(),
            decision in prop::option::of(prop::sample::select(Decision::ALL.to_vec())),
            (authoritative, errors) in (any::<bool>(), any::<bool>()),
            deciding in prop::collection::vec((0..PolicyKind::ALL.len(), any::<[usize; 4]>()), 0..3),
        ) {
            let deciding = deciding
                .into_iter()
                .map(|(kind, [policy, statement, line, column])| Deciding {
                    source: PolicyKind::ALL[kind],
                    policy,
                    statement,
                    line,
                    column,
                })
                .collect();
            for message in [
                EmbedMessage::Ready,
                EmbedMessage::Result { decision, authoritative, deciding, errors },
                EmbedMessage::Resize { height },
                EmbedMessage::State { state: &workspace },
                EmbedMessage::Error { message },
            ] {
                prop_assert_eq!(writer::compact(&message), serde_json::to_string(&message).unwrap());
            }
        }
    }

    #[test]
    fn names_read_back() {
        for decision in Decision::ALL {
            assert_eq!(decision.as_str().parse(), Ok(decision));
        }
        assert_eq!("none".parse::<Decision>(), Err(()));
        assert_eq!(Decision::name_of(None), "none");
        for text in ["policy-0", "boundary-12"] {
            assert_eq!(
                text.parse::<crate::workspace::Tab>().unwrap().to_string(),
                text
            );
        }
        for bad in ["", "policy", "policy-", "policy-x", "tab-1", "boundary--1"] {
            assert!(bad.parse::<crate::workspace::Tab>().is_err(), "{bad}");
        }
    }

    /// The TypeScript types of the JavaScript package (`const TYPES` in `js_api/mod.rs`).
    fn typescript_types() -> &'static str {
        let source = include_str!("js_api/mod.rs");
        let types = &source[source.find("const TYPES").unwrap()..];
        &types[..types.find("\"#;").unwrap()]
    }

    /// The TypeScript types name every variant of the enums the JSON carries, in the type alias that stands for
    /// the enum wherever it appears.
    #[test]
    fn the_typescript_types_name_every_variant() {
        let types = typescript_types();
        /// The JSON names of unit enum variants, as serde writes them.
        fn names<T: Serialize>(values: &[T]) -> Vec<String> {
            values
                .iter()
                .map(|v| {
                    serde_json::to_value(v)
                        .unwrap()
                        .as_str()
                        .unwrap()
                        .to_string()
                })
                .collect()
        }
        let aliases = [
            ("Severity", names(&crate::diagnostic::Severity::ALL)),
            ("Decision", names(&Decision::ALL)),
            ("StepStatus", names(&crate::explain::Status::ALL)),
            ("PolicyKind", names(&PolicyKind::ALL)),
            ("Category", names(&Category::ALL)),
            (
                "Granularity",
                names(&[Granularity::Resource, Granularity::Operation]),
            ),
            ("Segment", names(&crate::eval::trace::Segment::ALL)),
            (
                "Locale",
                Locale::ALL.iter().map(|l| l.tag().to_string()).collect(),
            ),
        ];
        /// The variants of an enum without an `ALL`, listed in an exhaustive match: a new variant does not
        /// compile here until it is listed, and then must be in the TypeScript alias.
        macro_rules! variants {
            ($alias:literal, $enum:path: $($variant:ident),*) => {{
                use $enum as E;
                let check = |v: E| match v { $(E::$variant)|* => () };
                $(check(E::$variant);)*
                ($alias, names(&[$(E::$variant),*]))
            }};
        }
        use crate::eval::trace;
        use crate::policy::{Comparison, Effect, Family, SetQualifier};
        let listed = [
            ("Rule", names(Rule::ALL)),
            variants!("Effect", Effect: Allow, Deny),
            variants!("Outcome", trace::Outcome: Matched, PartlyMatched, NotMatched, NotEvaluated),
            variants!("ActionVerdict", trace::ActionVerdict: Everything, Exact, Wildcard, Different, CaseOnly, PermId),
            variants!("ResourceVerdict", trace::ResourceVerdict: Everything, Matches, OperationLevel, RequestIsEverything, Different, Malformed),
            variants!("SegmentResult", trace::SegmentResult: Equal, Ignored, Any, OwnerAccount, Wildcard, AcrossSlash, DirectoryItself, Different, CaseOnly, VariableNotSubstituted),
            variants!("SetQualifier", SetQualifier: ForAnyValue, ForAllValue),
            variants!("Family", Family: String, StringIgnoreCase, StringLike, Numeric, Date, Bool, Binary, Ip, Null),
            variants!("Comparison", Comparison: Equal, LessThan, LessThanEqual, GreaterThan, GreaterThanEqual),
            variants!("PrincipalVerdict", trace::PrincipalVerdict: Everyone, Account, User, Group, Role, Service, Provider, Different),
            variants!("PrincipalType", crate::request::PrincipalKind: User, Root, Role, Anonymous, Service, Federated),
        ];
        for (alias, values) in aliases.into_iter().chain(listed) {
            let head = format!("export type {alias} = ");
            let line = (types.lines())
                .chain(crate::rules::TYPESCRIPT.lines())
                .find(|l| l.starts_with(&head))
                .unwrap_or_else(|| panic!("the TypeScript types have no `{head}`"));
            let mut listed: Vec<&str> = line[head.len()..]
                .trim_end_matches(';')
                .split(" | ")
                .map(|v| v.trim_matches('"'))
                .collect();
            let mut values = values;
            listed.sort_unstable();
            values.sort_unstable();
            assert_eq!(listed, values, "`{alias}` lists exactly the variants");
        }
    }

    /// The object types of TypeScript source: each `{ … }` body's properties, with whether each is optional.
    fn object_types(types: &str) -> Vec<Vec<(String, bool)>> {
        let mut code = String::new();
        let mut rest = types;
        while let Some(start) = rest.find("/*") {
            code.push_str(&rest[..start]);
            rest = rest[start..]
                .split_once("*/")
                .map_or("", |(_, after)| after);
        }
        code.push_str(rest);
        let (mut open, mut bodies) = (Vec::<Vec<(String, bool)>>::new(), Vec::new());
        let mut after_separator = false;
        let mut chars = code.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            match c {
                '{' => open.push(Vec::new()),
                '}' => bodies.extend(open.pop()),
                c if after_separator && (c.is_ascii_alphabetic() || c == '_') => {
                    let end = code[i..]
                        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                        .map_or(code.len(), |n| i + n);
                    let (name, after) = (&code[i..end], &code[end..]);
                    let optional = after.starts_with("?:");
                    if let (Some(properties), true) =
                        (open.last_mut(), optional || after.starts_with(':'))
                    {
                        properties.push((name.to_string(), optional));
                    }
                    while chars.peek().is_some_and(|&(j, _)| j < end) {
                        chars.next();
                    }
                }
                _ => {}
            }
            if !c.is_whitespace() {
                after_separator = c == '{' || c == ';';
            }
        }
        bodies
    }

    /// Every object of the public JSON the JavaScript package returns (`evaluate` with its trace, `catalog`,
    /// `matrix`, `decodeShare`) has a TypeScript object type: one that declares each of its keys and requires
    /// none it lacks. A wire type that gains a field fails here until the types list it.
    /// (`tests/js/types.test.mjs` checks the shapes themselves, value by value, against the declared types.)
    #[test]
    fn the_typescript_types_list_every_key() {
        /// Each object's path and keys.
        fn keys(value: &serde_json::Value, path: &str, into: &mut Vec<(String, Vec<String>)>) {
            match value {
                serde_json::Value::Object(object) => {
                    into.push((path.to_string(), object.keys().cloned().collect()));
                    for (key, value) in object {
                        keys(value, &format!("{path}.{key}"), into);
                    }
                }
                serde_json::Value::Array(list) => {
                    for value in list {
                        keys(value, &format!("{path}[]"), into);
                    }
                }
                _ => {}
            }
        }
        let catalog = crate::Catalog::builtin();
        let mut found = Vec::new();
        keys(
            &serde_json::to_value(catalog).unwrap(),
            "catalog()",
            &mut found,
        );
        for example in crate::examples::gallery() {
            let workspace = example.workspace();
            let result = workspace.run(catalog);
            let evaluate = EvaluateResult::new(
                result.sets(),
                &result.request,
                result.evaluation.as_ref(),
                true,
                Locale::default(),
            );
            let whole = result_object(&evaluate);
            let in_order: Vec<&str> = whole
                .as_object()
                .unwrap()
                .keys()
                .map(String::as_str)
                .collect();
            assert_eq!(
                in_order,
                EvaluateResult::KEYS,
                "the result's keys, in order"
            );
            let tail = serde_json::to_value(evaluate.tail()).unwrap();
            let tail_keys =
                (tail.as_object().into_iter()).flat_map(|o| o.keys().map(String::as_str));
            let mut at = 0;
            for key in tail_keys {
                at += EvaluateResult::KEYS[at..]
                    .iter()
                    .position(|k| *k == key)
                    .expect(key);
            }
            keys(&whole, "evaluate()", &mut found);
            let shared = share::decode(&share::encode(
                &workspace,
                &share::View::default(),
                evaluate.decided.decision,
            ))
            .unwrap();
            keys(
                &serde_json::to_value(&shared).unwrap(),
                "decodeShare()",
                &mut found,
            );
            if let Some(request) = crate::request::read_request(&workspace.request) {
                let policies: Vec<&crate::Policy> = result
                    .policies
                    .iter()
                    .filter_map(|p| p.policy.as_ref())
                    .collect();
                let boundary: Vec<&crate::Policy> = result
                    .boundary
                    .iter()
                    .filter_map(|p| p.policy.as_ref())
                    .collect();
                for row in crate::analysis::matrix(&policies, &boundary, &request, catalog) {
                    let row =
                        serde_json::to_value(MatrixRow::new(&row, Locale::default())).unwrap();
                    keys(&row, "matrix()[]", &mut found);
                }
            }
        }
        let objects = object_types(typescript_types());
        let typed = |keys: &[String]| {
            objects.iter().any(|properties| {
                keys.iter().all(|k| properties.iter().any(|(p, _)| p == k))
                    && (properties.iter()).all(|(p, optional)| *optional || keys.contains(p))
            })
        };
        let mut untyped: Vec<String> = found
            .into_iter()
            .filter(|(_, keys)| !typed(keys))
            .map(|(path, keys)| format!("{path}: {{{}}}", keys.join(", ")))
            .collect();
        untyped.sort();
        untyped.dedup();
        assert!(untyped.is_empty(), "no TypeScript type for {untyped:#?}");
        // The parts of the trace the examples reach must be there, or this test checks little.
        let declared = |key: &str| objects.iter().flatten().any(|(p, _)| p == key);
        for key in [
            "segments",
            "request_values",
            "reason",
            "parsed",
            "name_prefix",
        ] {
            assert!(declared(key), "{key}");
        }
        assert!(objects.len() > 40, "{} object types", objects.len());
    }

    /// The object `boundary.js` builds: the head, then steps, diagnostics and trace (`ResultTail` carries the same
    /// fields when they are not empty).
    fn result_object(evaluate: &EvaluateResult) -> serde_json::Value {
        let mut whole = serde_json::to_value(&evaluate.decided).unwrap();
        let object = whole.as_object_mut().unwrap();
        object.insert(
            "steps".into(),
            serde_json::to_value(&evaluate.steps).unwrap(),
        );
        let diagnostics = serde_json::to_value(&evaluate.diagnostics).unwrap();
        object.insert("diagnostics".into(), diagnostics);
        object.insert(
            "trace".into(),
            serde_json::to_value(evaluate.trace).unwrap(),
        );
        whole
    }

    const BOUNDARY_JS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/src/js_api/boundary.js");

    /// boundary.js as it is on disk now (a test may just have written it anew).
    fn boundary_js() -> String {
        std::fs::read_to_string(BOUNDARY_JS).unwrap()
    }

    /// Holds the part of boundary.js from `from` to the end of `to` to what the Rust source generates: when it
    /// differs, writes it anew and fails once, so the change is seen and committed (as rust-analyzer's
    /// source-generating tests do).
    fn ensure_generated(script: &str, from: &str, to: &str, generated: &str, what: &str) {
        let start = script
            .find(from)
            .unwrap_or_else(|| panic!("boundary.js: no {from:?}"));
        let end = start + script[start..].find(to).unwrap() + to.len();
        if script[start..end] != *generated {
            let written = format!("{}{generated}{}", &script[..start], &script[end..]);
            std::fs::write(BOUNDARY_JS, written).unwrap();
            panic!("boundary.js's {what} was not the generated one: written anew, commit it");
        }
    }

    /// boundary.js's result literal, generated: each key of `EvaluateResult::KEYS` in order, written as a shorthand
    /// where `evaluateResult` has a parameter or local of that name (the head's values, the diagnostics it builds
    /// from the counts), else as the empty value the key has in a decision-only result (`[]`, `null`), which the
    /// tail replaces when it is not empty. Wrapped at 120 columns as the file is.
    fn result_literal(script: &str) -> String {
        let function = &script[script.find("export function evaluateResult(").unwrap()..];
        let function = &function[..function.find("\n}\n").unwrap()];
        let parameters = &function[function.find('(').unwrap() + 1..function.find(')').unwrap()];
        let named = |key: &str| {
            parameters.split(", ").any(|p| p == key)
                || function.contains(&format!("const {key} = "))
        };
        let catalog = crate::Catalog::builtin();
        let result = crate::examples::gallery()[0].workspace().run(catalog);
        let decision_only = result_object(&EvaluateResult::new(
            result.sets(),
            &result.request,
            result.evaluation.as_ref(),
            false,
            Locale::default(),
        ));
        let entries = EvaluateResult::KEYS.map(|key| match &decision_only[key] {
            _ if named(key) => key.to_string(),
            serde_json::Value::Array(_) => format!("{key}: []"),
            serde_json::Value::Null => format!("{key}: null"),
            other => panic!("{key}: no empty value for {other}"),
        });
        let mut literal = "  const result = {\n".to_string();
        let mut line = String::new();
        for entry in entries {
            if !line.is_empty() && 4 + line.len() + 1 + entry.len() + 1 > 120 {
                literal += &format!("    {line}\n");
                line.clear();
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line += &entry;
            line.push(',');
        }
        literal + &format!("    {line}\n  }};\n")
    }

    /// `boundary.js`'s result literal is generated from `EvaluateResult::KEYS` (`result_literal`): when the keys
    /// change, this test writes the literal anew and fails once, so the change is seen and committed (as
    /// rust-analyzer's source-generating tests do). The TypeScript `EvaluateResult` declares the keys in the same
    /// order. (The serialized order is checked above, on the example gallery.)
    #[test]
    fn the_result_keys_are_one_list() {
        let script = boundary_js();
        let generated = result_literal(&script);
        ensure_generated(
            &script,
            "  const result = {\n",
            "\n  };\n",
            &generated,
            "result literal",
        );
        let types = typescript_types();
        let interface = &types[types.find("export interface EvaluateResult {").unwrap()..];
        let interface = &interface[..interface[1..].find("\nexport ").unwrap()];
        let declared = object_types(interface).pop().unwrap();
        let declared: Vec<&str> = declared.iter().map(|(key, _)| key.as_str()).collect();
        assert_eq!(
            declared,
            EvaluateResult::KEYS,
            "the TypeScript EvaluateResult"
        );
    }

    /// `boundary.js` writes a result's empty `diagnostics` from the counts of documents: `policies` and `boundary`,
    /// each other kind of `OTHER_KINDS` (its `PolicyKind::index` and name, generated from `PolicyKind::ALL`) that
    /// has documents, then `request`. Those are `DiagnosticSets`' keys, in its order.
    #[test]
    fn the_empty_diagnostics_are_those_of_the_wire() {
        let script = boundary_js();
        assert!(script.contains(
            "const diagnostics = { policies: emptyLists(counts[0]), boundary: emptyLists(counts[1]) };"
        ));
        assert!(script.contains("diagnostics.request = [];"));
        let mut other_kinds: Vec<(usize, &str)> = (PolicyKind::ALL.into_iter())
            .filter(|kind| !matches!(kind, PolicyKind::Identity | PolicyKind::Boundary))
            .map(|kind| (kind.index(), kind.as_str()))
            .collect();
        other_kinds.sort_unstable();
        let pairs: Vec<String> = (other_kinds.iter())
            .map(|(index, name)| format!("[{index}, '{name}']"))
            .collect();
        let generated = format!("const OTHER_KINDS = [{}];\n", pairs.join(", "));
        ensure_generated(
            &script,
            "const OTHER_KINDS = ",
            ";\n",
            &generated,
            "OTHER_KINDS",
        );
        let one = || vec![Vec::new()];
        let every_kind = DiagnosticSets {
            policies: one(),
            boundary: one(),
            trust: one(),
            session: one(),
            bucket: one(),
            scp: one(),
            request: Vec::new(),
        };
        let json = serde_json::to_value(&every_kind).unwrap();
        let keys: Vec<&str> = json
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        let written: Vec<&str> = (["policies", "boundary"].into_iter())
            .chain(other_kinds.iter().map(|(_, name)| *name))
            .chain(["request"])
            .collect();
        assert_eq!(keys, written, "DiagnosticSets' keys");
    }

    /// Every variant of the tagged enums the trace carries (`kind`) has a TypeScript object type with its
    /// `kind` and exactly its keys. Each enum's variants are numbered in an exhaustive match, and the instances
    /// below must reach every number: a new variant does not compile, then fails, until it is listed and typed.
    #[test]
    fn the_typescript_types_name_every_tagged_variant() {
        use crate::eval::trace::{KeyOrigin, KeyReason, NotEvaluated};
        use crate::policy::values::ValueProblem;
        let objects = object_types(typescript_types());
        let span = Span::default();
        let at = StatementRef {
            source: PolicyKind::Identity,
            policy: 0,
            statement: 0,
            span,
        };
        let (text, value) = (String::new, || "v".to_string());
        let mut checked = 0;
        let mut check = |instances: Vec<(usize, serde_json::Value)>, count: usize| {
            let mut reached: Vec<usize> = instances.iter().map(|(n, _)| *n).collect();
            reached.sort_unstable();
            assert_eq!(reached, (0..count).collect::<Vec<_>>(), "every variant");
            for (_, json) in instances {
                let object = json.as_object().unwrap();
                let kind = object["kind"].as_str().unwrap();
                let typed = objects.iter().any(|properties| {
                    (object.keys()).all(|k| properties.iter().any(|(p, _)| p == k))
                        && (properties.iter())
                            .all(|(p, optional)| *optional || object.contains_key(p))
                });
                assert!(typed, "no TypeScript type for {json}");
                assert!(
                    typescript_types().contains(&format!("{{ kind: \"{kind}\"")),
                    "no TypeScript member for kind {kind}"
                );
                checked += 1;
            }
        };
        fn json<T: Serialize>(value: &T) -> serde_json::Value {
            serde_json::to_value(value).unwrap()
        }
        let note = |n: &Note| match n {
            Note::RootAccount => 0,
            Note::ListApiTagDeny { .. } => 1,
            Note::PlatformMayIgnoreDeny { .. } => 2,
            Note::ListQueryOperator { .. } => 3,
            Note::ScpNoAllow { .. } => 4,
            Note::ScpSkipsRoot => 5,
            Note::CallerNeedsNoPolicy { .. } => 6,
            Note::AnonymousBucketOnly => 7,
            Note::EveryoneDenyNotApplied { .. } => 8,
            Note::CrossAccount => 9,
            Note::BucketActionIgnored => 10,
        };
        let notes = [
            Note::RootAccount,
            Note::ListApiTagDeny { statement: at },
            Note::PlatformMayIgnoreDeny { service: text() },
            Note::ListQueryOperator {
                statement: at,
                operator: text(),
            },
            Note::ScpNoAllow {
                node: crate::policy_kind::ScpNode::Department("Contact/Night".into()),
            },
            Note::ScpSkipsRoot,
            Note::CallerNeedsNoPolicy {
                principal: crate::request::PrincipalKind::Service,
            },
            Note::AnonymousBucketOnly,
            Note::EveryoneDenyNotApplied { statement: at },
            Note::CrossAccount,
            Note::BucketActionIgnored,
        ];
        check(notes.iter().map(|n| (note(n), json(n))).collect(), 11);
        let not_evaluated = |n: &NotEvaluated| match n {
            NotEvaluated::Invalid => 0,
            NotEvaluated::PermId { .. } => 1,
            NotEvaluated::UnknownOperator { .. } => 2,
        };
        let all = [
            NotEvaluated::Invalid,
            NotEvaluated::PermId {
                action: text(),
                span,
            },
            NotEvaluated::UnknownOperator {
                operator: text(),
                span,
                suggestion: None,
            },
        ];
        check(all.iter().map(|n| (not_evaluated(n), json(n))).collect(), 3);
        let reason = |r: &KeyReason| match r {
            KeyReason::Missing { .. } => 0,
            KeyReason::Null { .. } => 1,
            KeyReason::EmptySetForAll => 2,
            KeyReason::EmptySetForAny => 3,
            KeyReason::SomeValueMatched { .. } => 4,
            KeyReason::NoValueMatched => 5,
            KeyReason::NegatedNoneMatched => 6,
            KeyReason::NegatedSomeMatched { .. } => 7,
            KeyReason::AllValuesMatched => 8,
            KeyReason::ValueOutsideSet { .. } => 9,
            KeyReason::UnknownOperator => 10,
        };
        let all = [
            KeyReason::Missing { if_exist: true },
            KeyReason::Null {
                expects_absent: true,
                absent: false,
            },
            KeyReason::EmptySetForAll,
            KeyReason::EmptySetForAny,
            KeyReason::SomeValueMatched {
                request_value: value(),
            },
            KeyReason::NoValueMatched,
            KeyReason::NegatedNoneMatched,
            KeyReason::NegatedSomeMatched {
                request_value: value(),
            },
            KeyReason::AllValuesMatched,
            KeyReason::ValueOutsideSet {
                request_value: value(),
            },
            KeyReason::UnknownOperator,
        ];
        check(all.iter().map(|r| (reason(r), json(r))).collect(), 11);
        let origin = |o: &KeyOrigin| match o {
            KeyOrigin::TagsNotSupported { .. } => 0,
            KeyOrigin::Principal { .. } => 1,
        };
        let all = [
            KeyOrigin::TagsNotSupported {
                product: text(),
                ignored: vec![value()],
            },
            KeyOrigin::Principal { value: value() },
        ];
        check(all.iter().map(|o| (origin(o), json(o))).collect(), 2);
        let problem = |p: &ValueProblem| match p {
            ValueProblem::NotAnIpRange { .. } => 0,
            ValueProblem::NotAnIpAddress { .. } => 1,
            ValueProblem::NotADate { .. } => 2,
            ValueProblem::NotANumber { .. } => 3,
            ValueProblem::ExponentTooLarge { .. } => 4,
            ValueProblem::NotABoolean { .. } => 5,
        };
        let all = [
            ValueProblem::NotAnIpRange { value: value() },
            ValueProblem::NotAnIpAddress { value: value() },
            ValueProblem::NotADate { value: value() },
            ValueProblem::NotANumber { value: value() },
            ValueProblem::ExponentTooLarge {
                value: value(),
                limit: 1,
            },
            ValueProblem::NotABoolean { value: value() },
        ];
        check(all.iter().map(|p| (problem(p), json(p))).collect(), 6);
        assert_eq!(checked, 33);
    }
}
