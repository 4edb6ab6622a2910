//! English words of the Tests panel.

use crate::eval::Decision;
use crate::i18n::tests_panel::TestsText;
use crate::workspace::Expect;

fn decision(d: Decision) -> &'static str {
    match d {
        Decision::Allow => "allow",
        Decision::ExplicitDeny => "explicit deny",
        Decision::ImplicitDeny => "implicit deny",
    }
}

fn expect(e: Expect) -> &'static str {
    match e {
        Expect::Allow => "allow",
        Expect::Deny => "a deny (either kind)",
        Expect::ExplicitDeny => "explicit deny",
        Expect::ImplicitDeny => "implicit deny",
    }
}

pub fn text(text: &TestsText) -> String {
    match text {
        TestsText::Title => "Tests".into(),
        TestsText::Help => "Pin the current request and its decision as a case. Every edit runs the cases again: one an edit breaks shows at once, with why. The file is the one `camctl test` reads.".into(),
        TestsText::Pin { decision: d } => format!("Pin as a case: expect {}", decision(*d)),
        TestsText::PinUnavailable => "Nothing to pin yet: the request is not evaluated.".into(),
        TestsText::NoCases => "No cases yet: pin the current request, or import a test file.".into(),
        TestsText::Summary { passed, total } => format!("{passed} of {total} cases pass"),
        TestsText::Passed => "passes".into(),
        TestsText::Failed => "fails".into(),
        TestsText::NotRun => "cannot run".into(),
        TestsText::Expects { expect: e } => format!("expects {}", expect(*e)),
        TestsText::DecidedBy { statements } => format!("decided by {}", statements.join(", ")),
        TestsText::FailureDecision { expected, got } => format!("expected {}, got {}", expect(*expected), decision(*got)),
        TestsText::FailureDeciding { expected, got } => format!(
            "expected the deciding statements {}, got {}",
            expected.join(", "),
            if got.is_empty() { "none".to_string() } else { got.join(", ") }
        ),
        TestsText::FailureAuthoritative { expected: true, assumptions } => format!(
            "expected an authoritative decision; our choices decided it ({})",
            assumptions.join(", ")
        ),
        TestsText::FailureAuthoritative { expected: false, .. } => "expected a decision that is not authoritative, got an authoritative one".into(),
        TestsText::Remove { name } => format!("Remove the case {name}"),
        TestsText::OpenCase => "Open its request".into(),
        TestsText::Coverage => "Coverage".into(),
        TestsText::CoverageSummary { percent, statements_covered, statements, keys_covered, keys } => format!(
            "coverage {percent}%: {statements_covered} of {statements} statements decided a case; {keys_covered} of {keys} condition keys were seen both holding and failing"
        ),
        TestsText::StatementNotCovered { name, exercised } => format!(
            "not covered: statement {name} decided no case{}",
            if *exercised > 0 { format!(" (its action and resource matched in {exercised})") } else { String::new() }
        ),
        TestsText::KeyNotCovered { statement, operator, key, held, failed } => format!(
            "not covered: {operator} {key} in {statement} held in {held} case{}, failed in {failed}",
            if *held == 1 { "" } else { "s" }
        ),
        TestsText::Export => "Export test file".into(),
        TestsText::ExportHelp => "Every tab inline, named by its tab: save it as a .json file and run `camctl test` on it.".into(),
        TestsText::Import => "Import".into(),
        TestsText::ImportLabel => "Paste a camctl test file".into(),
        TestsText::ImportError { line, column, message, help } => format!("Cannot import: line {line}, column {column}: {message}. {help}"),
        TestsText::Imported { cases } => format!("Imported {cases} cases; the tabs are now the file's policies."),
    }
}
