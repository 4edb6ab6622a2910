//! What can be wrong with the files `camctl` reads besides policies and requests (a `camctl test` file, a lint
//! configuration, a baseline), as data. Each problem is located by whoever finds it (`json::shape::InputError`);
//! the locale tables (`i18n::{en,zh_cn}::cli::input_problem`) word it with what to do.

use serde::Serialize;

use super::json::JsonType;

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "problem", rename_all = "snake_case")]
pub enum InputProblem {
    /// The file cannot be read (missing, a folder, not UTF-8); `error` is the system's words.
    CannotRead {
        path: String,
        error: String,
    },
    /// A value of the wrong JSON type; `expected` names what goes there, in the file's own terms.
    WrongType {
        expected: Expected,
        found: JsonType,
    },
    /// A field the object does not have; `fields` are the ones it has.
    UnknownField {
        field: String,
        suggestion: Option<String>,
        fields: Vec<String>,
    },
    MissingField {
        field: String,
    },
    /// A field written twice in one object.
    DuplicateField {
        field: String,
    },
    /// A value that is not one of the allowed words (`expect`, `kind`, `severity` …).
    NotOneOf {
        given: String,
        choices: Vec<String>,
    },
    /// Two policies (or cases) with the same id.
    DuplicateId {
        id: String,
    },
    /// A name that refers to nothing: a principal, a context or a policy id.
    UnknownName {
        what: NameKind,
        name: String,
        known: Vec<String>,
    },
    /// A statement reference that is not `policy#N` with N from 1.
    BadStatementRef {
        given: String,
    },
    /// `policy#N` where the policy has fewer statements.
    NoSuchStatement {
        policy: String,
        statement: usize,
        count: usize,
    },
    /// A case has both `request` and `matrix`, or neither.
    RequestOrMatrix,
    /// A matrix gives both `resources` and `sdk_app_ids`.
    ResourcesOrIds,
    /// A policy entry has both `path` and `text`, or neither.
    PathOrText,
    /// The playground cannot read files: a policy given by `path` must be open in a tab named `id`.
    PolicyNotOpen {
        id: String,
        path: String,
    },
    /// A list that must not be empty.
    EmptyList {
        field: String,
    },
    /// An action pattern of a matrix that names no catalog API.
    NoApiMatches {
        pattern: String,
    },
    /// A lint configuration names a code no check gives.
    UnknownCode {
        code: String,
        suggestion: Option<String>,
    },
    /// `--run`'s pattern is not a regular expression.
    BadPattern {
        pattern: String,
        error: String,
    },
    /// A baseline that is neither `camctl lint --format json` nor SARIF output.
    NotABaseline,
}

/// What a wrongly typed value should have been.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Expected {
    Object,
    List,
    String,
    Number,
    Boolean,
    /// A string or an object (a principal or context by name, or given in place).
    NameOrObject,
    /// A string or a list of strings.
    Strings,
    /// A request value: a string, number, boolean or a list of them.
    ContextValue,
}

/// What kind of name `UnknownName` could not find.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NameKind {
    Principal,
    Context,
    Policy,
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::i18n::Locale;
    use crate::json::shape::Problem;

    /// One of every problem (the match fails to compile when a kind is added), with the parameters its words
    /// must show.
    pub(crate) fn samples() -> Vec<(InputProblem, Vec<&'static str>)> {
        let all = vec![
            (
                InputProblem::CannotRead {
                    path: "p/x.json".into(),
                    error: "No such file".into(),
                },
                vec!["p/x.json", "No such file"],
            ),
            (
                InputProblem::WrongType {
                    expected: Expected::NameOrObject,
                    found: JsonType::List,
                },
                vec![],
            ),
            (
                InputProblem::UnknownField {
                    field: "casse".into(),
                    suggestion: Some("cases".into()),
                    fields: vec!["cases".into(), "policies".into()],
                },
                vec!["casse", "cases", "policies"],
            ),
            (
                InputProblem::MissingField {
                    field: "reason".into(),
                },
                vec!["reason"],
            ),
            (
                InputProblem::DuplicateField {
                    field: "name".into(),
                },
                vec!["name"],
            ),
            (
                InputProblem::NotOneOf {
                    given: "allowed".into(),
                    choices: vec!["allow".into(), "deny".into()],
                },
                vec!["allowed", "allow", "deny"],
            ),
            (
                InputProblem::DuplicateId { id: "agent".into() },
                vec!["agent"],
            ),
            (
                InputProblem::UnknownName {
                    what: NameKind::Context,
                    name: "hom".into(),
                    known: vec!["home".into()],
                },
                vec!["hom", "home"],
            ),
            (
                InputProblem::BadStatementRef {
                    given: "agent-2".into(),
                },
                vec!["agent-2"],
            ),
            (
                InputProblem::NoSuchStatement {
                    policy: "agent".into(),
                    statement: 9,
                    count: 3,
                },
                vec!["agent", "9", "3"],
            ),
            (InputProblem::RequestOrMatrix, vec![]),
            (InputProblem::ResourcesOrIds, vec![]),
            (InputProblem::PathOrText, vec![]),
            (
                InputProblem::PolicyNotOpen {
                    id: "support".into(),
                    path: "policies/support-team.json".into(),
                },
                vec!["support", "policies/support-team.json"],
            ),
            (
                InputProblem::EmptyList {
                    field: "cases".into(),
                },
                vec!["cases"],
            ),
            (
                InputProblem::NoApiMatches {
                    pattern: "ccc:Nope*".into(),
                },
                vec!["ccc:Nope*"],
            ),
            (
                InputProblem::UnknownCode {
                    code: "lint/star".into(),
                    suggestion: Some("lint/star-on-star".into()),
                },
                vec!["lint/star", "lint/star-on-star"],
            ),
            (
                InputProblem::BadPattern {
                    pattern: "(".into(),
                    error: "unclosed group".into(),
                },
                vec!["(", "unclosed group"],
            ),
            (InputProblem::NotABaseline, vec![]),
        ];
        for (problem, _) in &all {
            match problem {
                InputProblem::CannotRead { .. }
                | InputProblem::WrongType { .. }
                | InputProblem::UnknownField { .. }
                | InputProblem::MissingField { .. }
                | InputProblem::DuplicateField { .. }
                | InputProblem::NotOneOf { .. }
                | InputProblem::DuplicateId { .. }
                | InputProblem::UnknownName { .. }
                | InputProblem::BadStatementRef { .. }
                | InputProblem::NoSuchStatement { .. }
                | InputProblem::RequestOrMatrix
                | InputProblem::ResourcesOrIds
                | InputProblem::PathOrText
                | InputProblem::PolicyNotOpen { .. }
                | InputProblem::EmptyList { .. }
                | InputProblem::NoApiMatches { .. }
                | InputProblem::UnknownCode { .. }
                | InputProblem::BadPattern { .. }
                | InputProblem::NotABaseline => {}
            }
        }
        all
    }

    #[test]
    fn every_problem_is_worded_in_every_locale_with_its_parameters() {
        for (problem, parameters) in samples() {
            let problem = Problem::Input(problem);
            for locale in Locale::ALL {
                let words = locale.input_problem(&problem);
                assert!(
                    !words.message.is_empty() && !words.help.is_empty(),
                    "{locale:?} {problem:?}"
                );
                let both = format!("{}\n{}", words.message, words.help);
                for parameter in &parameters {
                    assert!(
                        both.contains(parameter),
                        "{locale:?}: `{parameter}` missing from {both}"
                    );
                }
            }
            let chinese = Locale::ZhCn.input_problem(&problem);
            for text in [&chinese.message, &chinese.help] {
                assert!(
                    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                    "{problem:?}: {text}"
                );
                // Chinese sentences end with full-width punctuation, never an ASCII period.
                assert!(!text.ends_with('.'), "{problem:?}: {text}");
            }
        }
    }
}
