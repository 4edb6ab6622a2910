//! What `camctl` says besides the reasoning and the diagnostics, as data: usage errors, summaries and verdicts.
//! The locale tables (`i18n::{en,zh_cn}::cli`) word them.

use crate::diagnostic::Severity;
use crate::eval::Decision;

#[derive(Clone, Debug, PartialEq)]
pub enum CliText {
    Usage,
    NeedsValue {
        option: String,
    },
    UnknownOption {
        option: String,
    },
    /// `--format is text or json, not yaml`.
    BadChoice {
        option: String,
        choices: Vec<String>,
        given: String,
    },
    CannotRead {
        path: String,
        error: String,
    },
    RequestRequired,
    /// For the analyses, the request supplies principal, SdkAppId and context.
    BaseRequestRequired,
    OwnerUinRequired,
    FromUntilTogether,
    NeedAction,
    LintNeedsPolicy,
    NotAPolicy {
        file: String,
    },
    /// The first error of a policy that is not complete: where and what.
    NotAPolicyAt {
        file: String,
        line: usize,
        column: usize,
        message: String,
    },
    NotARequest {
        file: String,
    },
    NotEvaluated,
    ExpectNotMet {
        expected_allow: bool,
        got: Decision,
    },
    /// Rule G9: after the reasoning of a workspace with a policy CAM would refuse.
    RefusedHypothetical,
    /// Rule G9: under a diagnostic, the CreatePolicy code CAM would answer.
    RefusedWith {
        code: String,
    },
    NoErrors,
    ErrorsFound,
    MatrixSummary {
        apis: usize,
        allowed: usize,
        explicit: usize,
        implicit: usize,
    },
    DiffCompared {
        compared: usize,
        named: usize,
    },
    NoDecisionChanged,
    DiffRow {
        action: String,
        param: String,
        id: String,
        before: Option<Decision>,
        after: Option<Decision>,
    },
    CatalogProduct {
        name: String,
        abbreviation: String,
        apis: usize,
        resource_level: usize,
        operation_level: usize,
    },
    ResourceLevel,
    OperationLevel,
    /// The frame of a diagnostic line: `warning[code]: message (rule R5)`, `at $.path`, `help: …`.
    SeverityName {
        severity: Severity,
    },
    RuleRef {
        rule: String,
    },
    At,
    Help,
    /// A decision's name in text output (JSON keeps the machine names).
    DecisionName {
        decision: Option<Decision>,
    },
}
