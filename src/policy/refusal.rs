//! Rules G9 and K2: every grammar error means the API that saves the document would refuse it. This is our
//! mapping from a diagnostic to the code that API would most likely answer: the API pages list the codes, not
//! the checks behind them, so the mapping is a best reading, by element, and the words call it predicted.

use crate::diagnostic::Diagnostic;
use crate::policy_kind::PolicyKind;

/// The error code the kind's API would answer for an error diagnostic of the policy parser; `None` for
/// warnings and notes. Identity policies, boundaries and SCPs: CreatePolicy's codes (G9; Organization's
/// CreatePolicy shares them). Trust policies: CreateRole's, which has no `Resource*` code (T6). Session
/// policies: STS's one format code (K2). Bucket policies: COS's `MalformedPolicy` (K2).
pub fn cam_error_code(diagnostic: &Diagnostic, kind: PolicyKind) -> Option<&'static str> {
    if !diagnostic.is_error() {
        return None;
    }
    match kind {
        PolicyKind::Session => return Some("InvalidParameter.StrategyFormatError"),
        PolicyKind::Bucket => return Some("MalformedPolicy"),
        PolicyKind::Trust => {
            return Some(match create_policy_code(diagnostic) {
                _ if diagnostic.code == "policy/bad-principal"
                    && diagnostic.path.contains("principal.qcs") =>
                {
                    "InvalidParameter.PrincipalQcsError"
                }
                code if code.starts_with("InvalidParameter.Resource") => {
                    "InvalidParameter.PolicyDocumentError"
                }
                code => code,
            })
        }
        PolicyKind::Identity | PolicyKind::Boundary | PolicyKind::Scp => {}
    }
    Some(create_policy_code(diagnostic))
}

/// CreatePolicy's code for an error diagnostic (rule G9).
fn create_policy_code(diagnostic: &Diagnostic) -> &'static str {
    let code = diagnostic.code;
    let element = element_of(&diagnostic.path);
    let by_element = || match element.to_ascii_lowercase().as_str() {
        "version" => "InvalidParameter.VersionError",
        "effect" => "InvalidParameter.EffectError",
        "action" => "InvalidParameter.ActionError",
        "resource" => "InvalidParameter.ResourceError",
        "condition" => "InvalidParameter.ConditionContentError",
        "principal" => "InvalidParameter.PrincipalError",
        "statement" => "InvalidParameter.StatementError",
        _ => "InvalidParameter.PolicyDocumentError",
    };
    match code {
        "json/too-large" | "policy/too-long" => "InvalidParameter.PolicyDocumentLengthOverLimit",
        "policy/missing-principal" | "policy/bad-principal" | "policy/principal-not-allowed" => {
            "InvalidParameter.PrincipalError"
        }
        _ if code.starts_with("json/") => "InvalidParameter.PolicyDocumentError",
        "policy/not-an-object" => "InvalidParameter.PolicyDocumentError",
        "policy/missing-version" | "policy/bad-version" => "InvalidParameter.VersionError",
        "policy/missing-statement" | "policy/empty-statement" | "policy/too-many-statements" => {
            "InvalidParameter.StatementError"
        }
        "policy/bad-effect" => "InvalidParameter.EffectError",
        "policy/bad-action" => "InvalidParameter.ActionError",
        "policy/missing-element" if element == "action" => "InvalidParameter.ActionMiss",
        "policy/bad-resource" => "InvalidParameter.ResourceError",
        "policy/unknown-operator" => "InvalidParameter.ConditionTypeError",
        "policy/condition-type" => "InvalidParameter.ConditionError",
        // A miscased element is refused as that element (`Effect` → EffectError); an unknown key inside a
        // statement is a statement CAM cannot read, at the top level a document it cannot read.
        "policy/uppercase-element" => by_element(),
        "policy/foreign-element" | "policy/unknown-element"
            if diagnostic.path.starts_with("$.statement") =>
        {
            "InvalidParameter.StatementError"
        }
        _ => by_element(),
    }
}

/// The element a JSON path is about: `$.statement[0].action[1]` → `action`, `$.version` → `version`,
/// `$.statement` → `statement`, `$` → ``.
fn element_of(path: &str) -> &str {
    let mut parts = path
        .trim_start_matches('$')
        .split('.')
        .filter(|p| !p.is_empty())
        .map(|p| p.split('[').next().unwrap_or_default());
    match (parts.next(), parts.next()) {
        (Some("statement"), Some(element)) => element,
        (Some(first), _) => first,
        (None, _) => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elements_of_paths() {
        assert_eq!(element_of("$.statement[0].action[1]"), "action");
        assert_eq!(
            element_of("$.statement[2].condition.ip_equal.qcs:ip"),
            "condition"
        );
        assert_eq!(element_of("$.statement"), "statement");
        assert_eq!(element_of("$.version"), "version");
        assert_eq!(element_of("$"), "");
    }
}
