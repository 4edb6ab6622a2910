//! Each phase's words as data: the typed kinds of its diagnostics (`JsonText`, `PolicyText`, `RequestText`,
//! `LintText`) with their parameters, and the few plain types they name (`JsonType`, `Effect`, `ValueProblem`).
//! They sit below `diagnostic`, which gathers them into one `Text`, and below the phases, which build them; the
//! locale tables (`i18n::{en,zh_cn}`) word them. Nothing here imports a phase.

pub mod field;
pub mod input;
pub mod json;
pub mod lint;
pub mod policy;
pub mod request;
pub mod terraform;
pub mod value;

use serde::Serialize;

/// How bad a diagnostic is; each kind decides its own.
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

/// Every diagnostic code, once; a lint configuration's codes are checked against it. A kind gives its code
/// (`facts`); this list is what the kinds give (a test holds them together), so a code renamed, added or dropped
/// in a kind fails the test and must be changed here too, on purpose.
pub const CODES: &[&str] = &[
    "json/bad-string",
    "json/byte-order-mark",
    "json/comment",
    "json/duplicate-key",
    "json/empty",
    "json/full-width",
    "json/missing-comma",
    "json/multiple-roots",
    "json/single-quote",
    "json/syntax",
    "json/too-deep",
    "json/too-large",
    "json/trailing-comma",
    "json/unquoted-key",
    "json/unterminated",
    "lint/bucket-grants-nothing",
    "lint/bucket-mismatch",
    "lint/bucket-resource-form",
    "lint/cidr-host-bits",
    "lint/deny-only",
    "lint/deny-operation-level-scoped",
    "lint/duplicate-statement",
    "lint/empty-condition-block",
    "lint/for-all-without-presence",
    "lint/if-exist-on-allow",
    "lint/key-operator",
    "lint/legacy-key",
    "lint/negated-several-values",
    "lint/oidc-condition",
    "lint/operation-level-scoped",
    "lint/operation-level-wildcard-scoped",
    "lint/permid",
    "lint/public-write",
    "lint/redundant-action",
    "lint/resource-service-mismatch",
    "lint/scp-allow",
    "lint/session-allows-nothing",
    "lint/shadowed-statement",
    "lint/star-on-star",
    "lint/tag-allow-grants-nothing",
    "lint/tag-condition-always-holds",
    "lint/tag-deny-blocks-nothing",
    "lint/trust-action",
    "lint/trust-everyone",
    "lint/uid-account",
    "lint/unknown-resource-type",
    "lint/wildcard-write",
    "policy/action-case",
    "policy/aws-style",
    "policy/bad-action",
    "policy/bad-effect",
    "policy/bad-principal",
    "policy/bad-resource",
    "policy/bad-version",
    "policy/capitalised-element",
    "policy/condition-key-case",
    "policy/condition-type",
    "policy/condition-value-type",
    "policy/empty-condition-list",
    "policy/empty-list",
    "policy/empty-statement",
    "policy/empty-string",
    "policy/foreign-element",
    "policy/looks-like-kind",
    "policy/missing-element",
    "policy/missing-principal",
    "policy/missing-statement",
    "policy/missing-version",
    "policy/not-a-string",
    "policy/not-an-object",
    "policy/oidc-provider",
    "policy/principal-ignored",
    "policy/principal-misplaced",
    "policy/principal-not-allowed",
    "policy/session-too-long",
    "policy/single-statement",
    "policy/space-in-name",
    "policy/statement-type",
    "policy/tag-needs-for-any-value",
    "policy/too-long",
    "policy/too-many-statements",
    "policy/too-many-values",
    "policy/trust-resource-ignored",
    "policy/unknown-api",
    "policy/unknown-element",
    "policy/unknown-operator",
    "policy/unknown-variable",
    "policy/unreadable-value",
    "policy/uppercase-element",
    "policy/variable-not-substituted",
    "policy/wrapped-policy",
    "request/bad-action",
    "request/bad-context",
    "request/bad-context-value",
    "request/bad-id",
    "request/bad-organization",
    "request/bad-params",
    "request/bad-principal",
    "request/bad-resource",
    "request/empty",
    "request/missing-action",
    "request/missing-owner-uin",
    "request/missing-resource",
    "request/missing-resource-param",
    "request/not-a-string",
    "request/not-an-object",
    "request/principal-incomplete",
    "request/resource-ignored",
    "request/unknown-api",
    "request/unknown-key",
    "terraform/boundary-not-found",
    "terraform/document-not-read",
    "terraform/interpolation",
    "terraform/root-principal",
    "terraform/string-not-list",
    "terraform/syntax",
];

#[cfg(test)]
mod tests {
    use super::json::{JsonText, SyntaxProblem};
    use super::*;

    /// A sample of every kind (the phase tests' samples) and a JSON syntax problem of every advice.
    fn every_kind() -> Vec<(&'static str, Severity, Option<crate::rules::Rule>)> {
        use SyntaxProblem as P;
        let json = [
            JsonText::TooLarge { bytes: 2, limit: 1 },
            JsonText::ByteOrderMark,
            JsonText::Empty,
            JsonText::CommaMissingHere,
            JsonText::FullWidth {
                found: '，',
                ascii: ',',
            },
        ]
        .into_iter()
        .chain(
            [
                P::TrailingComma,
                P::Comment,
                P::SingleQuotedString,
                P::ExpectedComma,
                P::UnterminatedObject,
                P::UnterminatedString,
                P::TooDeep,
                P::MultipleRoots,
                P::UnquotedKey,
                P::ExpectedColon,
            ]
            .map(|problem| JsonText::Syntax { problem }),
        );
        json.map(|k| k.facts())
            .chain(policy::tests::samples().iter().map(|k| k.facts()))
            .chain(request::tests::samples().iter().map(|k| k.facts()))
            .chain(lint::tests::samples().iter().map(|k| k.facts()))
            .chain(terraform::tests::samples().iter().map(|k| k.facts()))
            .collect()
    }

    #[test]
    fn every_code_is_listed_once_and_comes_from_a_kind() {
        let mut sorted = CODES.to_vec();
        sorted.sort();
        sorted.dedup();
        assert_eq!(sorted.len(), CODES.len(), "a code is listed twice");
        let given: std::collections::BTreeSet<&str> =
            every_kind().iter().map(|(code, _, _)| *code).collect();
        for code in &given {
            assert!(
                CODES.contains(code),
                "{code} is given by a kind but not listed"
            );
        }
        for code in CODES {
            assert!(
                given.contains(code),
                "{code} is listed but no kind gives it"
            );
        }
        // The malformed corpus names codes too: each must be one of them.
        let manifest = include_str!("../../tests/malformed/MANIFEST.tsv");
        for row in manifest
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
        {
            let code = row.split('\t').nth(1).unwrap_or_default();
            assert!(
                CODES.contains(&code),
                "MANIFEST.tsv: {code} is no kind's code"
            );
        }
    }

    #[test]
    fn a_code_has_one_prefix_per_phase_and_errors_are_errors() {
        for (code, severity, _) in every_kind() {
            let phase = code.split('/').next().unwrap_or_default();
            assert!(
                ["json", "policy", "request", "lint", "terraform"].contains(&phase),
                "{code}"
            );
            // Only the linter gives security warnings.
            if severity == Severity::SecurityWarning {
                assert_eq!(phase, "lint", "{code}");
            }
        }
    }
}
