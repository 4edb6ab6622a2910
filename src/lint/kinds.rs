//! The checks of the kinds other than identity policies (chapters T, B, O, S of the rule book).

use crate::diagnostic::Diagnostic;
use crate::policy::{Effect, Policy, PrincipalField, Statement};
use crate::text::lint::LintText;

/// A statement's path, as the parser writes it.
fn path(statement: &Statement) -> String {
    format!("$.statement[{}]", statement.index)
}

fn bare(action: &str) -> &str {
    action.strip_prefix("name/").unwrap_or(action)
}

/// Rules T3, T4, T7: the actions each kind of principal assumes a role with, OIDC's required conditions, and
/// everyone as a principal.
pub fn trust(policy: &Policy, out: &mut Vec<Diagnostic>) {
    for statement in &policy.statements {
        let path = path(statement);
        for action in &statement.actions {
            let name = bare(&action.value);
            if name != "*" && !name.starts_with("sts:") {
                let text = LintText::TrustActionNotSts {
                    action: action.value.clone(),
                };
                out.push(Diagnostic::new(text, action.span, format!("{path}.action")));
                continue;
            }
            for principal in &statement.principals {
                let expected = match principal.field {
                    PrincipalField::Federated
                        if principal.value.value.contains(":oidc-provider/") =>
                    {
                        "sts:AssumeRoleWithWebIdentity"
                    }
                    PrincipalField::Federated => "sts:AssumeRoleWithSAML",
                    PrincipalField::Qcs | PrincipalField::Service => "sts:AssumeRole",
                };
                let fits = name == expected || name == "*" || name == "sts:*";
                if !fits && name.starts_with("sts:AssumeRole") {
                    let text = LintText::TrustActionPrincipal {
                        field: principal.field.as_str().to_string(),
                        action: action.value.clone(),
                    };
                    out.push(Diagnostic::new(text, action.span, format!("{path}.action")));
                    break;
                }
            }
        }
        if statement.effect.value == Effect::Allow
            && statement
                .principals
                .iter()
                .any(|p| crate::eval::principal_is_everyone(&p.value.value))
        {
            out.push(Diagnostic::new(
                LintText::TrustEveryone,
                statement.span.opening(),
                format!("{path}.principal"),
            ));
        }
        oidc(statement, &path, out);
    }
}

/// Rule T4: an OIDC statement needs `oidc:iss` and `oidc:aud` under `string_equal`, takes `oidc:` keys under
/// `string_equal` only, and at most 10 subjects.
fn oidc(statement: &Statement, path: &str, out: &mut Vec<Diagnostic>) {
    let is_oidc =
        statement.principals.iter().any(|p| {
            p.field == PrincipalField::Federated && p.value.value.contains(":oidc-provider/")
        }) || statement
            .actions
            .iter()
            .any(|a| bare(&a.value) == "sts:AssumeRoleWithWebIdentity");
    if !is_oidc {
        return;
    }
    let mut under_string_equal = Vec::new();
    for block in &statement.conditions {
        for key in &block.keys {
            if !key.name.value.starts_with("oidc:") {
                continue;
            }
            if block.name.value == "string_equal" {
                under_string_equal.push(key.name.value.as_str());
            } else {
                let text = LintText::OidcOperator {
                    key: key.name.value.clone(),
                    operator: block.name.value.clone(),
                };
                out.push(Diagnostic::new(
                    text,
                    key.name.span,
                    format!("{path}.condition"),
                ));
            }
            if key.name.value == "oidc:sub" && key.values.len() > 10 {
                let text = LintText::OidcTooManySubjects {
                    count: key.values.len(),
                };
                out.push(Diagnostic::new(
                    text,
                    key.name.span,
                    format!("{path}.condition"),
                ));
            }
        }
    }
    for required in ["oidc:iss", "oidc:aud"] {
        if !under_string_equal.contains(&required) {
            let text = LintText::OidcConditionMissing {
                missing: required.to_string(),
            };
            out.push(Diagnostic::new(
                text,
                statement.span.opening(),
                format!("{path}.condition"),
            ));
        }
    }
}

/// Rules B2 and B4: one bucket, today's resource form, no public write, nothing on GetService or PutBucket.
pub fn bucket(policy: &Policy, out: &mut Vec<Diagnostic>) {
    let mut buckets: Vec<String> = Vec::new();
    for statement in &policy.statements {
        let path = path(statement);
        for resource in &statement.resources {
            let value = resource.value.as_str();
            if value.contains("//") || value.contains(".myqcloud.com") {
                let text = LintText::BucketResourceForm {
                    resource: value.to_string(),
                };
                out.push(Diagnostic::new(
                    text,
                    resource.span,
                    format!("{path}.resource"),
                ));
            } else if let Some(name) = bucket_name(value) {
                if !buckets.iter().any(|b| b == name) {
                    buckets.push(name.to_string());
                }
            }
        }
        let everyone = statement
            .principals
            .iter()
            .any(|p| crate::eval::principal_is_everyone(&p.value.value));
        for action in &statement.actions {
            let name = bare(&action.value);
            if matches!(name, "cos:GetService" | "cos:PutBucket") {
                let text = LintText::BucketGrantsNothing {
                    action: action.value.clone(),
                };
                out.push(Diagnostic::new(text, action.span, format!("{path}.action")));
            } else if everyone && statement.effect.value == Effect::Allow && is_write(name) {
                let text = LintText::PublicWrite {
                    action: action.value.clone(),
                };
                out.push(Diagnostic::new(text, action.span, format!("{path}.action")));
            }
        }
    }
    if buckets.len() > 1 {
        out.push(Diagnostic::new(
            LintText::BucketMismatch { buckets },
            policy.span.opening(),
            "$",
        ));
    }
}

/// The `<bucket>-<appid>` of `qcs::cos:<region>:uid/<appid>:<bucket>-<appid>/<key>`.
fn bucket_name(resource: &str) -> Option<&str> {
    let after = resource.strip_prefix("qcs::cos:")?;
    let (_, rest) = after.split_once(":uid/")?;
    let (_, path) = rest.split_once(':')?;
    path.split('/')
        .next()
        .filter(|b| !b.is_empty() && *b != "*")
}

/// COS actions that write or delete: everything but reads (Get, Head, List, Options) and `*`, which the
/// broader star checks cover.
fn is_write(action: &str) -> bool {
    let Some(api) = action.strip_prefix("cos:") else {
        return false;
    };
    api == "*"
        || [
            "Put", "Post", "Delete", "Append", "Initiate", "Complete", "Abort", "Upload",
        ]
        .iter()
        .any(|verb| api.starts_with(verb))
}

/// Rule O1: allows in an SCP only matter where FullQcloudAccess was unbound.
pub fn scp(policy: &Policy, out: &mut Vec<Diagnostic>) {
    if let Some(allow) = policy
        .statements
        .iter()
        .find(|s| s.effect.value == Effect::Allow)
    {
        out.push(Diagnostic::new(
            LintText::ScpAllowGrantsNothing,
            allow.effect.span,
            format!("{}.effect", path(allow)),
        ));
    }
}

/// Rule S2: a session policy without any allow leaves its credentials nothing.
pub fn session(policy: &Policy, out: &mut Vec<Diagnostic>) {
    if policy
        .statements
        .iter()
        .all(|s| s.effect.value == Effect::Deny)
        && policy.invalid_statements.is_empty()
    {
        out.push(Diagnostic::new(
            LintText::SessionAllowsNothing,
            policy.span.opening(),
            "$",
        ));
    }
}
