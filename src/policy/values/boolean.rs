//! `bool_equal` and `null_equal` values (rule C7): `true`/`false`, as JSON booleans or strings.

use super::ValueProblem;

pub fn parse(text: &str) -> Result<bool, ValueProblem> {
    match text.trim() {
        "true" => Ok(true),
        "false" => Ok(false),
        other => Err(ValueProblem::NotABoolean {
            value: other.to_string(),
        }),
    }
}
