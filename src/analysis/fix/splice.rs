//! Edits of a policy's JSON text at the parser's spans: everything else the author wrote (spacing, order,
//! other statements) stays as it was.

use crate::policy::{Policy, Spanned, Statement};

pub(super) use crate::json::writer::quoted;

/// Adds `value` to a string-or-list element (`action`, `resource`): appended to a list, or a single string turned
/// into a list.
pub(super) fn add_to_list(text: &str, elements: &[Spanned<String>], value: &str) -> Option<String> {
    let first = elements.first()?;
    let last = elements.last()?;
    let before = text.get(..first.span.start)?.trim_end();
    if before.ends_with('[') {
        Some(format!(
            "{}, {}{}",
            &text[..last.span.end],
            quoted(value),
            &text[last.span.end..]
        ))
    } else {
        let old = text.get(first.span.start..first.span.end)?;
        Some(format!(
            "{}[{old}, {}]{}",
            &text[..first.span.start],
            quoted(value),
            &text[first.span.end..]
        ))
    }
}

/// Appends a statement after the policy's last one.
pub(super) fn append_statement(text: &str, policy: &Policy, statement: &str) -> Option<String> {
    let end = policy
        .statements
        .iter()
        .map(|s| s.span.end)
        .chain(policy.invalid_statements.iter().map(|s| s.span.end))
        .max()?;
    Some(format!(
        "{},\n    {statement}{}",
        &text[..end],
        &text[end..]
    ))
}

/// Removes a statement and the comma that separated it from its neighbour.
pub(super) fn remove_statement(text: &str, statement: &Statement) -> String {
    let (start, end) = (statement.span.start, statement.span.end);
    let after = &text[end..];
    let trimmed = after.trim_start();
    if let Some(rest) = trimmed.strip_prefix(',') {
        return format!(
            "{}{}",
            &text[..start],
            rest.trim_start_matches([' ', '\t', '\r', '\n'])
        );
    }
    let before = text[..start].trim_end();
    match before.strip_suffix(',') {
        Some(head) => format!("{head}{after}"),
        None => format!("{}{after}", &text[..start]),
    }
}

/// The `condition` object of a statement, as written.
pub(super) fn condition_source(text: &str, statement: &Statement) -> Option<String> {
    let body = text.get(statement.span.start..statement.span.end)?;
    let at = body.find("\"condition\"")?;
    let open = at + body[at..].find('{')?;
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    for (i, c) in body[open..].char_indices() {
        match (in_string, escaped, c) {
            (true, true, _) => escaped = false,
            (true, false, '\\') => escaped = true,
            (true, false, '"') => in_string = false,
            (false, _, '"') => in_string = true,
            (false, _, '{') => depth += 1,
            (false, _, '}') => {
                depth -= 1;
                if depth == 0 {
                    return Some(body[open..open + i + 1].to_string());
                }
            }
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;

    #[test]
    fn splices_keep_the_rest_of_the_text() {
        let text = r#"{"version": "2.0", "statement": [{"effect": "allow", "action": "ccc:A", "resource": ["*"]}]}"#;
        let parsed = crate::parse_policy(text, Catalog::builtin());
        let policy = parsed.policy.unwrap();
        let statement = &policy.statements[0];
        assert_eq!(
            add_to_list(text, &statement.actions, "ccc:B").unwrap(),
            r#"{"version": "2.0", "statement": [{"effect": "allow", "action": ["ccc:A", "ccc:B"], "resource": ["*"]}]}"#
        );
        assert_eq!(
            add_to_list(text, &statement.resources, "qcs::ccc::uin/1:SdkAppId/2").unwrap(),
            r#"{"version": "2.0", "statement": [{"effect": "allow", "action": "ccc:A", "resource": ["*", "qcs::ccc::uin/1:SdkAppId/2"]}]}"#
        );
        let appended = append_statement(
            text,
            &policy,
            r#"{"effect": "deny", "action": "*", "resource": "*"}"#,
        )
        .unwrap();
        assert!(
            crate::parse_policy(&appended, Catalog::builtin())
                .policy
                .unwrap()
                .statements
                .len()
                == 2
        );
        let removed = remove_statement(
            &appended,
            &crate::parse_policy(&appended, Catalog::builtin())
                .policy
                .unwrap()
                .statements[1],
        );
        assert_eq!(removed, text);
    }
}
