//! The public JSON, defined once: what `camctl --format json` prints, what the JavaScript package returns and
//! what an embed says to its page are these types, serialized with serde. Only this module (and the types it
//! names) decides a public field's name or shape; a second hand-built `json!` of the same thing is a bug.
//!
//! The TypeScript types of the JavaScript package (`src/js_api.rs`) describe these shapes; a test below checks
//! that every variant of the enums they list is there, so the two cannot drift.

use serde::{Deserialize, Serialize};

use crate::analysis::MatrixRow as AnalysisRow;
use crate::catalog::{Category, Granularity};
use crate::eval::trace::{Source, StatementRef};
use crate::eval::{Decision, Evaluation};
use crate::i18n::Locale;
use crate::share::{self, ShareError};
use crate::workspace::{Workspace, WorkspaceResult};

/// A statement that decided: which policy set, which policy and statement, and where it starts.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Deciding {
    pub source: Source,
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
    /// A language tag; an unknown one is answered with an `error` message.
    SetLang(String),
    /// `light`, `dark` or `auto`; another value is ignored.
    SetTheme(String),
}

/// The shapes an embed reads; `state` stays a value until the share decoder reads it, so a state that is not
/// a workspace is answered with an error rather than ignored.
#[derive(Deserialize)]
#[serde(tag = "type", rename_all = "camelCase")]
enum Incoming {
    SetState { state: serde_json::Value },
    GetState,
    SetLang { lang: String },
    SetTheme { theme: String },
}

impl EmbedRequest {
    /// Reads a message (as JSON text). `None` for anything of another shape: the embed ignores it.
    pub fn read(text: &str) -> Option<EmbedRequest> {
        // A state over the bound is refused before it is read (the limit of links and states alike).
        let too_large = text.len() > share::MAX_PAYLOAD_BYTES;
        Some(match serde_json::from_str::<Incoming>(text).ok()? {
            Incoming::SetState { .. } if too_large => {
                EmbedRequest::SetState(Err(share::too_large_state()))
            }
            Incoming::SetState { state } => {
                EmbedRequest::SetState(share::workspace_from_value(state))
            }
            Incoming::GetState => EmbedRequest::GetState,
            Incoming::SetLang { lang } => EmbedRequest::SetLang(lang),
            Incoming::SetTheme { theme } => EmbedRequest::SetTheme(theme),
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
        let source = include_str!("js_api.rs");
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
            ("source:", names(&[Source::Policy, Source::Boundary])),
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
