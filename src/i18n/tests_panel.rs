//! What the playground's Tests panel and the Markdown export say about pinned cases (issue 28), as data; the
//! locale tables (`i18n::{en,zh_cn}::tests_panel`) word them. `case_lines` words why a case failed or could not
//! run, from the engine's `suite::playground` results, for the panel and the Markdown export alike.

use super::Locale;
use crate::eval::Decision;
use crate::suite::playground::{CaseCheck, Checked, Outcome};
use crate::suite::Failure;
use crate::workspace::Expect;

#[derive(Clone, Debug, PartialEq)]
pub enum TestsText {
    Title,
    Help,
    /// The pin button: the decision the pinned case will expect.
    Pin {
        decision: Decision,
    },
    /// Nothing to pin: the request is not evaluated.
    PinUnavailable,
    NoCases,
    Summary {
        passed: usize,
        total: usize,
    },
    Passed,
    Failed,
    NotRun,
    Expects {
        expect: Expect,
    },
    DecidedBy {
        statements: Vec<String>,
    },
    FailureDecision {
        expected: Expect,
        got: Decision,
    },
    FailureDeciding {
        expected: Vec<String>,
        got: Vec<String>,
    },
    FailureAuthoritative {
        expected: bool,
        assumptions: Vec<String>,
    },
    /// The remove button's accessible name.
    Remove {
        name: String,
    },
    /// Opens the case's request in the request editor.
    OpenCase,
    Coverage,
    /// Covered statements and keys over all of them, as `camctl test` counts them.
    CoverageSummary {
        percent: String,
        statements_covered: usize,
        statements: usize,
        keys_covered: usize,
        keys: usize,
    },
    /// A statement no case decided (`name` is `tab#N`).
    StatementNotCovered {
        name: String,
        exercised: usize,
    },
    /// A condition key cases did not see both hold and fail.
    KeyNotCovered {
        statement: String,
        operator: String,
        key: String,
        held: usize,
        failed: usize,
    },
    Export,
    ExportHelp,
    Import,
    ImportLabel,
    /// A test file that cannot be imported: where and what, the user's text kept.
    ImportError {
        line: usize,
        column: usize,
        message: String,
        help: String,
    },
    Imported {
        cases: usize,
    },
}

/// Why a case failed, or why it could not run, one line each; nothing for a case that passed.
pub fn case_lines(check: &CaseCheck, checked: &Checked, locale: Locale) -> Vec<String> {
    match &check.outcome {
        Outcome::Passed => Vec::new(),
        Outcome::NotRun(problem) => {
            let words = locale.input_problem(problem);
            vec![format!("{} {}", words.message, words.help)]
        }
        Outcome::Failed(failures) => {
            let names = |keys: &[crate::suite::StatementKey]| -> Vec<String> {
                keys.iter().map(|k| checked.statement_name(*k)).collect()
            };
            let mut lines: Vec<String> = failures
                .iter()
                .map(|f| {
                    locale.tests_text(&match f {
                        Failure::Decision { expected, got } => TestsText::FailureDecision {
                            expected: *expected,
                            got: *got,
                        },
                        Failure::Deciding { expected, got } => TestsText::FailureDeciding {
                            expected: names(expected),
                            got: names(got),
                        },
                        Failure::Authoritative {
                            expected,
                            assumptions,
                        } => TestsText::FailureAuthoritative {
                            expected: *expected,
                            assumptions: assumptions.iter().map(|r| r.id().to_string()).collect(),
                        },
                    })
                })
                .collect();
            if !check.deciding.is_empty() {
                lines.push(locale.tests_text(&TestsText::DecidedBy {
                    statements: names(&check.deciding),
                }));
            }
            lines
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// One of every text, with the parameters its words must show.
    pub fn samples() -> Vec<(TestsText, Vec<&'static str>)> {
        let mut all = vec![
            (TestsText::Title, vec![]),
            (TestsText::Help, vec![]),
            (TestsText::PinUnavailable, vec![]),
            (TestsText::NoCases, vec![]),
            (
                TestsText::Summary {
                    passed: 3,
                    total: 4,
                },
                vec!["3", "4"],
            ),
            (TestsText::Passed, vec![]),
            (TestsText::Failed, vec![]),
            (TestsText::NotRun, vec![]),
            (
                TestsText::DecidedBy {
                    statements: vec!["support#2".into()],
                },
                vec!["support#2"],
            ),
            (
                TestsText::FailureDeciding {
                    expected: vec!["support#1".into()],
                    got: vec!["guard#3".into()],
                },
                vec!["support#1", "guard#3"],
            ),
            (
                TestsText::FailureAuthoritative {
                    expected: true,
                    assumptions: vec!["L3".into()],
                },
                vec!["L3"],
            ),
            (
                TestsText::FailureAuthoritative {
                    expected: false,
                    assumptions: vec![],
                },
                vec![],
            ),
            (
                TestsText::Remove {
                    name: "staff case".into(),
                },
                vec!["staff case"],
            ),
            (TestsText::OpenCase, vec![]),
            (TestsText::Coverage, vec![]),
            (
                TestsText::CoverageSummary {
                    percent: "66.7".into(),
                    statements_covered: 2,
                    statements: 3,
                    keys_covered: 4,
                    keys: 5,
                },
                vec!["66.7", "2", "3", "4", "5"],
            ),
            (
                TestsText::StatementNotCovered {
                    name: "support#2".into(),
                    exercised: 0,
                },
                vec!["support#2"],
            ),
            (
                TestsText::StatementNotCovered {
                    name: "support#3".into(),
                    exercised: 6,
                },
                vec!["support#3", "6"],
            ),
            (
                TestsText::KeyNotCovered {
                    statement: "support#3".into(),
                    operator: "ip_equal".into(),
                    key: "qcs:ip".into(),
                    held: 7,
                    failed: 0,
                },
                vec!["support#3", "ip_equal", "qcs:ip", "7", "0"],
            ),
            (TestsText::Export, vec![]),
            (TestsText::ExportHelp, vec![]),
            (TestsText::Import, vec![]),
            (TestsText::ImportLabel, vec![]),
            (
                TestsText::ImportError {
                    line: 7,
                    column: 12,
                    message: "M1".into(),
                    help: "H2".into(),
                },
                vec!["7", "12", "M1", "H2"],
            ),
            (TestsText::Imported { cases: 15 }, vec!["15"]),
        ];
        for decision in [
            Decision::Allow,
            Decision::ExplicitDeny,
            Decision::ImplicitDeny,
        ] {
            all.push((TestsText::Pin { decision }, vec![]));
            for expected in Expect::ALL {
                all.push((
                    TestsText::FailureDecision {
                        expected,
                        got: decision,
                    },
                    vec![],
                ));
            }
        }
        for expect in Expect::ALL {
            all.push((TestsText::Expects { expect }, vec![]));
        }
        all
    }

    #[test]
    fn every_text_is_worded_in_every_locale_with_its_parameters() {
        for (text, parameters) in samples() {
            for locale in Locale::ALL {
                let words = locale.tests_text(&text);
                assert!(!words.is_empty(), "{text:?}");
                for p in &parameters {
                    assert!(words.contains(p), "{locale:?} {text:?}: {words}");
                }
            }
        }
        // The decisions read differently: a failure says which it expected and which it got.
        let en = |t: TestsText| Locale::En.tests_text(&t);
        assert_eq!(
            en(TestsText::FailureDecision {
                expected: Expect::Allow,
                got: Decision::ImplicitDeny
            }),
            "expected allow, got implicit deny"
        );
    }
}
