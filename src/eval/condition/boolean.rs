//! `bool_equal` and `null_equal` values (rule C7): `true`/`false`, as JSON booleans or strings.

pub fn parse(text: &str) -> Result<bool, String> {
    match text.trim() {
        "true" => Ok(true),
        "false" => Ok(false),
        other => Err(format!("`{other}` is not a boolean: write true or false")),
    }
}
