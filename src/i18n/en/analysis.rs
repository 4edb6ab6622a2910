//! English words for the analysis panels (fixes).

use crate::analysis::{Done, FixText};

/// What a fix does, as a sentence.
pub fn fix(text: &FixText) -> String {
    match text {
        FixText::RemoveDeny { source, policy, statement } => {
            format!("remove the deny statement {statement} of {} {policy}", super::document_name(*source))
        }
        FixText::AddAction { action, source, policy, statement } => {
            format!("add `{action}` to the actions of statement {statement} of {} {policy}", super::document_name(*source))
        }
        FixText::AddResource { resource, source, policy, statement } => {
            format!("add the resource {resource} to statement {statement} of {} {policy}", super::document_name(*source))
        }
        FixText::GrantOperationLevel { action, source, policy, statement } => format!(
            "`{action}` is operation level: grant it in a new statement with resource `*` (statement {statement} of {} {policy} names specific resources, rule R5)",
            super::document_name(*source)
        ),
        FixText::SetConditionKey { source, policy, statement, key, operator, values, request_values, value } => {
            let now = request_values.as_ref().map_or_else(|| "none".to_string(), |v| v.join(", "));
            format!(
                "statement {statement} of {} {policy} needs {key} {operator} `{}` (the request has {now}): change the request's {key} to `{value}`",
                super::document_name(*source),
                values.join("`, `")
            )
        }
        FixText::AddAllowStatement { action, resources, source, policy, bypasses } => format!(
            "add a statement allowing `{action}` on {} to {} {policy}{}",
            resources.join(", "),
            super::document_name(*source),
            if bypasses.is_empty() { String::new() } else { format!(" (this bypasses the condition on {})", bypasses.join(", ")) }
        ),
        FixText::AddDenyStatement { action, policy } => format!("add a statement denying `{action}` to policy {policy}"),
        FixText::RemoveAllow { source, policy, statement } => {
            format!("remove statement {statement} of {} {policy}, which allows it", super::document_name(*source))
        }
    }
}

/// What was just done, for the status line that offers to undo it.
pub fn done(done: &Done) -> String {
    match done {
        Done::Fix { fix: text } => format!("Applied: {}.", super::capitalized(&fix(text))),
        Done::RemovedTab { source, name } => {
            format!("Removed {} {name}.", super::document_name(*source))
        }
        Done::LoadedExample { id } => format!(
            "Loaded the example “{}”; your previous workspace is one click away.",
            example_title(id, crate::locale::Locale::En)
        ),
        Done::Filled {
            action,
            id,
            owner_uin,
        } => {
            let mut filled = vec![format!("action `{action}`")];
            filled.extend(id.iter().map(|(param, id)| format!("{param} {id}")));
            filled.extend(owner_uin.iter().map(|uin| format!("owner UIN {uin}")));
            format!(
                "Filled from the error: {}. Next: paste every policy attached to this sub-account (and its permissions boundary); the example's policies are still loaded.",
                filled.join(", ")
            )
        }
        Done::AddedPolicy { name } => format!("Added the policy {name} and opened its tab."),
        Done::ClearedPolicies => {
            "Cleared the example's policies: paste the sub-account's own policies.".into()
        }
        Done::Imported { cases } => format!(
            "Imported the test file: its documents replaced the tabs, and its {cases} cases are pinned."
        ),
    }
}

/// An example's title in a language, by its gallery id.
pub(crate) fn example_title(id: &str, locale: crate::locale::Locale) -> String {
    crate::examples::gallery()
        .iter()
        .find(|example| example.id == id)
        .map_or_else(
            || id.to_string(),
            |example| example.title(locale).to_string(),
        )
}
