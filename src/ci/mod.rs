//! What `camctl` prints for CI systems: SARIF 2.1.0 for GitHub code scanning (`sarif`), GitHub workflow
//! annotations (`github`), JUnit XML for test reporters (`junit`), and the JSON of `camctl test`
//! (`TestReport`). Shapes only: the findings, fingerprints and suppressions come from `lint::config`, the test
//! results from `suite`, and every sentence from the locale tables.

mod access;
pub mod github;
pub mod junit;
pub mod sarif;
mod tests_report;

pub use access::{playground_link, AccessReport, AccessView, DEFAULT_LINK_BASE};
pub use tests_report::{
    case_view, percent_text, CaseView, CoverageView, InputErrorView, KeyView, StatementView,
    SuiteView, TestReport,
};

use crate::diagnostic::Diagnostic;

/// A finding of one file, ready for any CI format.
#[derive(Clone, Debug)]
pub struct Finding {
    /// The policy file, as given on the command line.
    pub file: String,
    pub diagnostic: Diagnostic,
    /// Where the finding's span ends (1-based line, column in Unicode code points, exclusive).
    pub end_line: usize,
    pub end_column: usize,
    /// `lint::config::fingerprints`.
    pub fingerprint: String,
    /// The configuration entry that silenced it.
    pub suppressed: Option<SuppressedBy>,
}

/// A suppression of the lint configuration: its reason and where it is written.
#[derive(Clone, Debug)]
pub struct SuppressedBy {
    pub reason: String,
    pub config: String,
    pub line: usize,
    pub column: usize,
}
