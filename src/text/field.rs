//! What is wrong with a value typed into a form field (the request form, the generator), as data: the field
//! checks (`fields`) find these, the locale tables (`i18n::{en,zh_cn}::request::field_problem`) word them. A
//! value the policy and request readers also read is worded by the same `ValueProblem` they use.

use serde::Serialize;

use super::value::ValueProblem;

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FieldProblem {
    /// An IP address, IP range or time, as the readers of policy and request values say it (rule C7).
    Value { problem: ValueProblem },
    /// A resource id that is not an id of its parameter: `numeric` for a number (`SdkAppId`), else an id with
    /// `:`, `/`, `*` or a quote, which would change the resource name around it.
    NotAnId {
        param: String,
        value: String,
        numeric: bool,
    },
    /// A tag written without `&` between key and value (`qcs:resource_tag`, `qcs:request_tag`).
    NotATag { value: String },
    /// The end of a time window is not after its start: the window contains no time at all.
    EmptyWindow { from: String, until: String },
}
