//! One diagnostic type for every phase (JSON syntax, policy grammar, request), so the CLI, the UI and the
//! vectors report problems the same way: a stable code, a message, help text, a JSON path and a location.

use serde::Serialize;

use crate::rules::Rule;
use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    /// CAM would reject it, or part of it never works.
    Error,
    /// Grants broader access than it looks (linter only).
    SecurityWarning,
    /// A likely mistake.
    Warning,
    /// A note or style suggestion.
    Info,
}

impl Severity {
    pub const ALL: [Severity; 4] = [
        Severity::Error,
        Severity::SecurityWarning,
        Severity::Warning,
        Severity::Info,
    ];
}

impl Severity {
    /// The severity's stable name, as in JSON output and CSS classes.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::SecurityWarning => "security_warning",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

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

impl Diagnostic {
    pub fn error(code: &'static str, span: Span, path: impl Into<String>) -> DiagnosticBuilder {
        DiagnosticBuilder::new(code, Severity::Error, span, path.into())
    }

    pub fn warning(code: &'static str, span: Span, path: impl Into<String>) -> DiagnosticBuilder {
        DiagnosticBuilder::new(code, Severity::Warning, span, path.into())
    }

    pub fn security(code: &'static str, span: Span, path: impl Into<String>) -> DiagnosticBuilder {
        DiagnosticBuilder::new(code, Severity::SecurityWarning, span, path.into())
    }

    pub fn info(code: &'static str, span: Span, path: impl Into<String>) -> DiagnosticBuilder {
        DiagnosticBuilder::new(code, Severity::Info, span, path.into())
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

/// Keeps diagnostic construction readable at the many call sites: code, location, then the words (`text`, which
/// `build` needs: a diagnostic without words cannot be built).
pub struct DiagnosticBuilder {
    code: &'static str,
    severity: Severity,
    span: Span,
    path: String,
    rule: Option<Rule>,
}

/// A diagnostic with its words, ready to build.
pub struct WordedDiagnostic(Diagnostic);

impl DiagnosticBuilder {
    fn new(code: &'static str, severity: Severity, span: Span, path: String) -> Self {
        DiagnosticBuilder {
            code,
            severity,
            span,
            path,
            rule: None,
        }
    }

    pub fn rule(mut self, rule: Rule) -> Self {
        self.rule = Some(rule);
        self
    }

    pub fn text(self, text: impl Into<Text>) -> WordedDiagnostic {
        WordedDiagnostic(Diagnostic {
            code: self.code,
            severity: self.severity,
            text: text.into(),
            path: self.path,
            span: self.span,
            rule: self.rule,
            cam_error: None,
        })
    }
}

impl WordedDiagnostic {
    pub fn rule(mut self, rule: Rule) -> Self {
        self.0.rule = Some(rule);
        self
    }

    pub fn build(self) -> Diagnostic {
        self.0
    }
}

/// Sorts diagnostics by position, then severity, so every consumer lists them in reading order.
pub fn sort(diagnostics: &mut [Diagnostic]) {
    diagnostics.sort_by(|a, b| {
        (a.span.start, a.severity, a.code).cmp(&(b.span.start, b.severity, b.code))
    });
}
