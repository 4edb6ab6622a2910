//! English words for the analysis panels (fixes).

use crate::analysis::FixText;
use crate::policy::PolicyKind;

/// What a fix does, as a sentence.
pub fn fix(text: &FixText) -> String {
    match text {
        FixText::RemoveDeny { source, policy, statement } => {
            format!("remove the deny statement {statement} of {} {policy}", source_name(*source))
        }
        FixText::AddAction { action, statement } => format!("add `{action}` to statement {statement}'s actions"),
        FixText::AddResource { resource, statement } => format!("add the resource {resource} to statement {statement}"),
        FixText::GrantOperationLevel { action, statement } => format!(
            "`{action}` is operation level: grant it in a new statement with resource `*` (statement {statement} names specific resources, rule R5)"
        ),
        FixText::SetConditionKey { statement, key, operator, values, request_values, value } => {
            let now = request_values.as_ref().map_or_else(|| "missing".to_string(), |v| v.join(", "));
            format!(
                "statement {statement} needs {key} {operator} `{}` (the request has {now}): set it to `{value}`",
                values.join("`, `")
            )
        }
        FixText::AddAllowStatement { action, resources, source, policy } => format!(
            "add a statement allowing `{action}` on {} to {} {policy}",
            resources.join(", "),
            source_name(*source)
        ),
        FixText::AddDenyStatement { action, policy } => format!("add a statement denying `{action}` to policy {policy}"),
        FixText::RemoveAllow { source, policy, statement } => {
            format!("remove statement {statement} of {} {policy}, which allows it", source_name(*source))
        }
    }
}

fn source_name(source: PolicyKind) -> &'static str {
    match source {
        PolicyKind::Identity => "policy",
        PolicyKind::Boundary => "boundary",
        PolicyKind::Trust => "trust policy",
        PolicyKind::Session => "session policy",
        PolicyKind::Bucket => "bucket policy",
        PolicyKind::Scp => "SCP",
    }
}
