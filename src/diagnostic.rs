//! One diagnostic type for every phase (JSON syntax, policy grammar, request), so the CLI, the UI and the
//! vectors report problems the same way: a stable code, a message, help text, a JSON path and a location.

use serde::Serialize;

use crate::rules::Rule;
use crate::span::Span;

pub use crate::text::Severity;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Diagnostic {
    /// Stable machine-readable code such as `policy/uppercase-element`.
    pub code: &'static str,
    pub severity: Severity,
    /// What is wrong and what to do about it, as data: a locale renders it (`Diagnostic::words`, in `i18n`).
    pub text: Text,
    /// JSON path of the offending element, e.g. `$.statement[0].effect`.
    pub path: String,
    pub span: Span,
    /// The rule of the rule book this diagnostic enforces, when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rule: Option<Rule>,
    /// For a policy error: the CreatePolicy error code CAM would most likely answer (rule G9).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cam_error: Option<&'static str>,
}

/// A diagnostic's words as data, one typed kind per phase (in the style of cedar's `ToASTErrorKind`): the kind
/// names the problem and carries its parameters; `Locale::words` renders message and help.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Text {
    Json(crate::text::json::JsonText),
    Policy(crate::text::policy::PolicyText),
    Request(crate::text::request::RequestText),
    Lint(crate::text::lint::LintText),
    /// The Terraform reader's notes and the provider's checks (native only: the web never reads `.tf`).
    #[cfg(not(target_arch = "wasm32"))]
    Terraform(crate::text::terraform::TerraformText),
}

impl Text {
    /// The kind's code, severity and rule (each phase's kind owns them).
    pub fn facts(&self) -> (&'static str, Severity, Option<Rule>) {
        match self {
            Text::Json(text) => text.facts(),
            Text::Policy(text) => text.facts(),
            Text::Request(text) => text.facts(),
            Text::Lint(text) => text.facts(),
            #[cfg(not(target_arch = "wasm32"))]
            Text::Terraform(text) => text.facts(),
        }
    }
}

// Each phase's kind becomes a diagnostic's text here, so a phase's text module imports nothing above it.
macro_rules! text_from {
    ($($variant:ident($kind:ty)),*) => {
        $(impl From<$kind> for Text {
            fn from(text: $kind) -> Self {
                Text::$variant(text)
            }
        })*
    };
}

text_from!(
    Json(crate::text::json::JsonText),
    Policy(crate::text::policy::PolicyText),
    Request(crate::text::request::RequestText),
    Lint(crate::text::lint::LintText)
);

#[cfg(not(target_arch = "wasm32"))]
text_from!(Terraform(crate::text::terraform::TerraformText));

impl Diagnostic {
    /// The diagnostic of a kind at a place: the kind gives its code, severity and rule.
    pub fn new(text: impl Into<Text>, span: Span, path: impl Into<String>) -> Diagnostic {
        Diagnostic::of(text.into(), span, path.into())
    }

    // One body for every call site: inlined into each of them, reading the kind's facts cost code size.
    #[inline(never)]
    fn of(text: Text, span: Span, path: String) -> Diagnostic {
        let (code, severity, rule) = text.facts();
        Diagnostic {
            code,
            severity,
            text,
            path,
            span,
            rule,
            cam_error: None,
        }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Sorts diagnostics by position, then severity, so every consumer lists them in reading order.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| {
        (a.span.start, a.severity, a.code).cmp(&(b.span.start, b.severity, b.code))
    });
}
