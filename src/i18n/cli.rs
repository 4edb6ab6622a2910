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
    /// A `.tf` file or folder named where one document is wanted, holding several (or none): `addresses` lists
    /// them, to be named as `FILE#ADDRESS`.
    TfPickDocument {
        file: String,
        addresses: Vec<String>,
    },
    /// `FILE#ADDRESS` names no document of the file or folder.
    TfNoDocument {
        file: String,
        address: String,
        addresses: Vec<String>,
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
    /// `camctl test` without a test file.
    TestNeedsFile,
    /// An option that takes a percentage got something else.
    NotAPercent {
        option: String,
        given: String,
    },
    /// The start of a located problem of an input file, before its message: `file:line:column: error: `.
    InputAt {
        file: String,
        line: usize,
        column: usize,
    },
    /// A case that passed, or failed.
    CasePassed {
        name: String,
    },
    CaseFailed {
        name: String,
    },
    /// Why a case failed: the decision.
    FailureDecision {
        expected: String,
        got: Decision,
    },
    /// Why a case failed: the statements that decided (`policy#N`, as the test file writes them).
    FailureDeciding {
        expected: Vec<String>,
        got: Vec<String>,
    },
    /// Why a case failed: authoritative or not; `assumptions` are the CHOICE rules that decided.
    FailureAuthoritative {
        expected: bool,
        assumptions: Vec<String>,
    },
    /// Above a failed case's reasoning.
    ReasoningOfInvolved,
    TestTotals {
        passed: usize,
        failed: usize,
        skipped: usize,
    },
    /// `--run` selected no case.
    NoCaseSelected {
        pattern: String,
    },
    /// A statement no case decided: `name` is `policy#N`. (The coverage summary is the Tests panel's sentence,
    /// `TestsText::CoverageSummary`.)
    StatementNotCovered {
        name: String,
        file: String,
        line: usize,
        exercised: usize,
    },
    /// A condition key cases did not see both hold and fail.
    KeyNotCovered {
        statement: String,
        operator: String,
        key: String,
        file: String,
        line: usize,
        held: usize,
        failed: usize,
    },
    CoverageBelow {
        percent: String,
        threshold: String,
    },
    /// Lint: findings a configuration suppressed, and findings a baseline already had.
    SuppressedCount {
        count: usize,
    },
    BaselineCount {
        count: usize,
    },
    /// `diff --gate no-new-access`: what the after-policies allow that the before-policies did not.
    GateNewAccess {
        count: usize,
    },
    GateNoNewAccess,
    /// `check --never-allow`: requests matching the patterns that are allowed.
    NeverAllowViolated {
        patterns: Vec<String>,
        count: usize,
    },
    NeverAllowHeld {
        patterns: Vec<String>,
    },
    CheckNeedsPattern,
    /// One access row; `before` is the decision the before-policies gave (`None` for `check`).
    AccessOn {
        action: String,
        param: String,
        id: String,
        before: Option<Decision>,
    },
    /// On every id no policy names (a resource widened to `SdkAppId/*`).
    AccessOnUnnamed {
        action: String,
        param: String,
        before: Option<Decision>,
    },
    AccessOnResource {
        action: String,
        resource: String,
    },
    ExampleRequest,
    OpenInPlayground {
        url: String,
    },
    /// `--git-base`, `--git-head`, `--git-rev`: git could not be run.
    GitMissing {
        error: String,
    },
    /// A revision git does not know (`detail`: git's own words, when it said any).
    GitUnknownRevision {
        rev: String,
        detail: String,
    },
    /// A path named on the command line is not in a revision (`None`: the working tree).
    GitPathMissing {
        path: String,
        rev: Option<String>,
    },
    /// `diff --git-base`: a path the base revision does not have; its access is all new.
    GitNewPath {
        path: String,
        rev: String,
    },
    /// `diff` takes `--before`/`--after` files, or paths with `--git-base`, not both nor neither.
    DiffSides,
    /// `fmt` with no file.
    FmtNeedsFile,
    /// `fmt --check`: a file whose formatting would change.
    FmtWouldChange {
        file: String,
    },
    /// `fmt`: a file rewritten.
    FmtRewrote {
        file: String,
    },
    /// `fmt`: a file that is not JSON, with its first error.
    NotJsonAt {
        file: String,
        line: usize,
        column: usize,
        message: String,
    },
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::i18n::Locale;

    /// The sentences of `camctl` in CI (test, lint, the gates, Git revisions, fmt), each with the parameters
    /// its words must show; `zh_style` reads their Chinese too.
    pub(crate) fn samples() -> Vec<(CliText, Vec<&'static str>)> {
        vec![
            (CliText::TestNeedsFile, vec![]),
            (
                CliText::TfPickDocument {
                    file: "infra/main.tf".into(),
                    addresses: vec![
                        "tencentcloud_cam_policy.a".into(),
                        "tencentcloud_cam_role.b".into(),
                    ],
                },
                vec![
                    "infra/main.tf",
                    "tencentcloud_cam_policy.a",
                    "tencentcloud_cam_role.b",
                ],
            ),
            (
                CliText::TfNoDocument {
                    file: "infra".into(),
                    address: "tencentcloud_cam_policy.c".into(),
                    addresses: vec!["tencentcloud_cam_policy.a".into()],
                },
                vec![
                    "infra",
                    "tencentcloud_cam_policy.c",
                    "tencentcloud_cam_policy.a",
                ],
            ),
            (
                CliText::NotAPercent {
                    option: "coverage-threshold".into(),
                    given: "abc".into(),
                },
                vec!["coverage-threshold", "abc"],
            ),
            (
                // The decisions are words in Chinese (允许, 隐式拒绝), names in English.
                CliText::FailureDecision {
                    expected: "allow".into(),
                    got: Decision::ImplicitDeny,
                },
                vec![],
            ),
            (
                CliText::FailureDeciding {
                    expected: vec!["agent#2".into()],
                    got: vec!["agent#1".into(), "guard#1".into()],
                },
                vec!["agent#2", "agent#1", "guard#1"],
            ),
            (
                CliText::FailureAuthoritative {
                    expected: true,
                    assumptions: vec!["R4".into()],
                },
                vec!["R4"],
            ),
            (
                CliText::FailureAuthoritative {
                    expected: false,
                    assumptions: vec![],
                },
                vec![],
            ),
            (CliText::ReasoningOfInvolved, vec![]),
            (
                CliText::TestTotals {
                    passed: 12,
                    failed: 3,
                    skipped: 4,
                },
                vec!["12", "3", "4"],
            ),
            (
                CliText::NoCaseSelected {
                    pattern: "zz".into(),
                },
                vec!["zz"],
            ),
            (
                CliText::StatementNotCovered {
                    name: "agent#2".into(),
                    file: "p/agent.json".into(),
                    line: 9,
                    exercised: 4,
                },
                vec!["agent#2", "p/agent.json", "9", "4"],
            ),
            (
                CliText::KeyNotCovered {
                    statement: "agent#2".into(),
                    operator: "ip_equal".into(),
                    key: "qcs:ip".into(),
                    file: "p/agent.json".into(),
                    line: 13,
                    held: 6,
                    failed: 0,
                },
                vec![
                    "agent#2",
                    "ip_equal",
                    "qcs:ip",
                    "p/agent.json",
                    "13",
                    "6",
                    "0",
                ],
            ),
            (
                CliText::CoverageBelow {
                    percent: "62.5".into(),
                    threshold: "80.0".into(),
                },
                vec!["62.5", "80.0"],
            ),
            (CliText::SuppressedCount { count: 2 }, vec!["2"]),
            (CliText::BaselineCount { count: 5 }, vec!["5"]),
            (
                CliText::GateNewAccess { count: 3 },
                vec!["3", "no-new-access"],
            ),
            (CliText::GateNoNewAccess, vec!["no-new-access"]),
            (
                CliText::NeverAllowViolated {
                    patterns: vec!["ccc:Delete*".into()],
                    count: 2,
                },
                vec!["ccc:Delete*", "2"],
            ),
            (
                CliText::NeverAllowHeld {
                    patterns: vec!["ccc:Delete*".into()],
                },
                vec!["ccc:Delete*"],
            ),
            (CliText::CheckNeedsPattern, vec!["--never-allow"]),
            (
                CliText::AccessOn {
                    action: "ccc:CreateStaff".into(),
                    param: "SdkAppId".into(),
                    id: "1400000077".into(),
                    before: Some(Decision::ImplicitDeny),
                },
                vec!["ccc:CreateStaff", "SdkAppId", "1400000077"],
            ),
            (
                CliText::AccessOnUnnamed {
                    action: "ccc:CreateStaff".into(),
                    param: "SdkAppId".into(),
                    before: Some(Decision::ExplicitDeny),
                },
                vec!["ccc:CreateStaff", "SdkAppId"],
            ),
            (CliText::ExampleRequest, vec![]),
            (
                CliText::OpenInPlayground {
                    url: "http://x/#s1.a".into(),
                },
                vec!["http://x/#s1.a"],
            ),
            (
                // An error the Chinese table does not translate is shown as the system wrote it.
                CliText::GitMissing {
                    error: "Resource temporarily unavailable (os error 11)".into(),
                },
                vec!["Resource temporarily unavailable (os error 11)"],
            ),
            (
                CliText::GitUnknownRevision {
                    rev: "origin/main".into(),
                    detail: String::new(),
                },
                vec!["origin/main", "git fetch --depth=1 origin"],
            ),
            (
                CliText::GitUnknownRevision {
                    rev: "HEAD".into(),
                    detail: "fatal: not a git repository".into(),
                },
                vec!["HEAD", "fatal: not a git repository"],
            ),
            (
                CliText::GitPathMissing {
                    path: "infra/main.tf".into(),
                    rev: Some("origin/main".into()),
                },
                vec!["infra/main.tf", "origin/main"],
            ),
            (
                CliText::GitPathMissing {
                    path: "infra/main.tf".into(),
                    rev: None,
                },
                vec!["infra/main.tf"],
            ),
            (
                CliText::GitNewPath {
                    path: "policies/new.json".into(),
                    rev: "origin/main".into(),
                },
                vec!["policies/new.json", "origin/main"],
            ),
            (
                CliText::DiffSides,
                vec!["--before", "--after", "--git-base", "--git-head"],
            ),
            (CliText::FmtNeedsFile, vec!["camctl fmt"]),
            (
                CliText::FmtWouldChange {
                    file: "policies/a.json".into(),
                },
                vec!["policies/a.json"],
            ),
            (
                CliText::FmtRewrote {
                    file: "policies/a.json".into(),
                },
                vec!["policies/a.json"],
            ),
            (
                CliText::NotJsonAt {
                    file: "policies/a.json".into(),
                    line: 3,
                    column: 7,
                    message: "trailing comma".into(),
                },
                vec!["policies/a.json", "3:7", "trailing comma"],
            ),
        ]
    }

    /// The sentences of `camctl` in CI: every parameter shown, Chinese in Chinese.
    #[test]
    fn the_ci_sentences_are_worded_in_both_languages() {
        for (text, parameters) in samples() {
            for locale in Locale::ALL {
                let words = locale.cli(&text);
                for parameter in &parameters {
                    assert!(
                        words.contains(parameter),
                        "{locale:?}: `{parameter}` missing from {words}"
                    );
                }
            }
            let chinese = Locale::ZhCn.cli(&text);
            assert!(
                chinese
                    .chars()
                    .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{text:?}: {chinese}"
            );
        }
    }
}
