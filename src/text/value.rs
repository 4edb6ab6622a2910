//! Why a condition value cannot be read as its operator's type (rule C7), as data: the parser warns with it
//! (`policy/unreadable-value`) and the trace records it on the value. The words are in the locale tables
//! (`i18n::{en,zh_cn}::policy::value_problem`).

use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ValueProblem {
    /// `ip_*` with a `/`: not a CIDR range.
    NotAnIpRange { value: String },
    /// `ip_*`: not an IPv4 or IPv6 address.
    NotAnIpAddress { value: String },
    /// `date_*`: not a time in any form the playground reads.
    NotADate { value: String },
    /// `numeric_*`: not a decimal number.
    NotANumber { value: String },
    /// `numeric_*`: a number whose exponent is beyond ±`limit`.
    ExponentTooLarge { value: String, limit: i64 },
    /// `bool_equal` / `null_equal`: neither `true` nor `false`.
    NotABoolean { value: String },
}

impl ValueProblem {
    /// The value as it was read (trimmed where the reader trims).
    pub fn value(&self) -> &str {
        match self {
            ValueProblem::NotAnIpRange { value }
            | ValueProblem::NotAnIpAddress { value }
            | ValueProblem::NotADate { value }
            | ValueProblem::NotANumber { value }
            | ValueProblem::ExponentTooLarge { value, .. }
            | ValueProblem::NotABoolean { value } => value,
        }
    }
}
