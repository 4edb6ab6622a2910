//! The public JSON, defined once: what `camctl --format json` prints, what the JavaScript package returns and
//! what an embed says to its page are these types, serialized with serde. Only this module (and the types it
//! names) decides a public field's name or shape; a second hand-built `json!` of the same thing is a bug.
//!
//! The TypeScript types of the JavaScript package (`src/js_api/mod.rs`) describe these shapes; a test below checks
//! that every variant of the enums they list is there, so the two cannot drift.

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
use crate::policy::ParsedPolicy;
use crate::policy::PolicySet;
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
    pub source: PolicySet,
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
    pub root_account: bool,
    pub policies: &'a [PolicyTrace],
    pub boundary: &'a [PolicyTrace],
}

impl<'a> CliEvaluation<'a> {
    pub fn new(evaluation: &'a Evaluation, errors: Vec<FileDiagnostic<'a>>) -> Self {
        CliEvaluation {
            errors,
            decided: Decided::new(Some(evaluation)),
            resources: &evaluation.resources,
            trace: CliTrace {
                root_account: evaluation.root_account,
                policies: &evaluation.policies,
                boundary: &evaluation.boundary,
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
    pub request: Vec<DiagnosticView<'a>>,
}

impl<'a> EvaluateResult<'a> {
    pub fn new(
        texts: (&'a [ParsedPolicy], &'a [ParsedPolicy], &'a ParsedRequest),
        evaluation: Option<&'a Evaluation>,
        explain: bool,
        locale: Locale,
    ) -> Self {
        let (policies, boundary, request) = texts;
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
            diagnostics: DiagnosticSets {
                policies: policies.iter().map(|p| views(&p.diagnostics)).collect(),
                boundary: boundary.iter().map(|p| views(&p.diagnostics)).collect(),
                request: views(&request.diagnostics),
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
            && self.policies.iter().all(Vec::is_empty)
            && self.boundary.iter().all(Vec::is_empty)
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
            doc: d.rule.map(|r| r.doc_url()),
        }
    }
}

/// `camctl lint --format json`.
#[derive(Debug, Serialize)]
pub struct LintReport<'a> {
    pub findings: Vec<FileDiagnostic<'a>>,
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
    use crate::share::ShareProblem;

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
        let to = |m: &EmbedMessage| serde_json::to_string(m).unwrap();
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

    /// The TypeScript types list every variant of the enums the JSON carries, wherever the field appears.
    #[test]
    fn the_typescript_types_name_every_variant() {
        let source = include_str!("js_api/mod.rs");
        let types = &source[source.find("const TYPES").unwrap()..];
        let types = &types[..types.find("\"#;").unwrap()];
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
        let fields = [
            ("severity:", names(&crate::diagnostic::Severity::ALL)),
            ("decision:", names(&Decision::ALL)),
            ("status:", names(&crate::explain::Status::ALL)),
            ("source:", names(&[PolicySet::Policy, PolicySet::Boundary])),
            ("category:", names(&Category::ALL)),
            (
                "granularity:",
                names(&[Granularity::Resource, Granularity::Operation]),
            ),
            (
                "type Locale =",
                Locale::ALL.iter().map(|l| l.tag().to_string()).collect(),
            ),
        ];
        for (field, values) in fields {
            let typed = format!("{field} \"");
            let lines: Vec<&str> = types.lines().filter(|l| l.contains(&typed)).collect();
            assert!(!lines.is_empty(), "the TypeScript types have no `{field}`");
            for line in lines {
                for value in &values {
                    assert!(
                        line.contains(&format!("\"{value}\"")),
                        "`{field}` lacks \"{value}\": {line}"
                    );
                }
            }
        }
    }
}
