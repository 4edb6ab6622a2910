//! Minimal fixes: for a denied request, the smallest edits of a policy or of the request that would allow it;
//! for an allowed one, the smallest edits that would deny it. Each candidate is applied to a copy of the
//! workspace and kept only if re-evaluation gives the wanted decision. Edits splice the source text at the
//! parser's spans, so everything else the author wrote stays as it was.

use serde::Serialize;

use crate::catalog::Catalog;
use crate::eval::trace::{ResourceVerdict, Source, StatementTrace};
use crate::eval::{Decision, Evaluation};
use crate::policy::{Effect, Policy, Spanned, Statement};
use crate::request::{read_request, ContextValue, ResolvedRequest};
use crate::workspace::{Workspace, WorkspaceResult};

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Fix {
    /// What the fix does, as a sentence.
    pub description: String,
    /// The workspace with the fix applied.
    pub workspace: Workspace,
    /// Tokens added or removed: smaller is better.
    pub cost: usize,
}

/// At most this many fixes are offered.
const OFFERED: usize = 3;
/// Above this much workspace text no fixes are searched: every candidate is a copy of the workspace and a whole
/// re-evaluation.
pub const FIXES_SEARCHED_UP_TO_BYTES: usize = 64 * 1024;
/// At most this many candidates are built (each holds a copy of the workspace).
const CANDIDATES_AT_MOST: usize = 256;
/// At most this many candidates are verified (each is a whole re-evaluation): a 1,000-statement policy yields
/// thousands of candidates, and verifying them all froze the page. Fewer for bigger workspaces: at most
/// `VERIFIED_BYTES_AT_MOST` bytes re-read in all, but never fewer than `VERIFIED_AT_LEAST`, so that the search
/// runs in a few tens of milliseconds while the panel is open and the user types.
const VERIFIED_AT_MOST: usize = 64;
const VERIFIED_AT_LEAST: usize = 8;
const VERIFIED_BYTES_AT_MOST: usize = 256 * 1024;

/// Whether `fixes` searches this workspace at all (it does up to `FIXES_SEARCHED_UP_TO_BYTES`).
pub fn searched(workspace: &Workspace) -> bool {
    workspace.text_len() <= FIXES_SEARCHED_UP_TO_BYTES
}

pub fn fixes(workspace: &Workspace, result: &WorkspaceResult, catalog: &Catalog) -> Vec<Fix> {
    let (Some(evaluation), Some(request)) = (&result.evaluation, &result.request.request) else {
        return Vec::new();
    };
    if !searched(workspace) {
        return Vec::new();
    }
    let want_allow = evaluation.decision != Decision::Allow;
    let mut candidates = Vec::new();
    if want_allow {
        to_allow(workspace, result, evaluation, request, &mut candidates);
    } else if !evaluation.root_account {
        to_deny(workspace, result, request, &mut candidates);
    }
    // Cheapest first, so the first ones that verify are the smallest fixes.
    candidates.sort_by_key(|f| f.cost);
    let mut verified: Vec<Fix> = Vec::new();
    let budget = (VERIFIED_BYTES_AT_MOST / workspace.text_len().max(1))
        .clamp(VERIFIED_AT_LEAST, VERIFIED_AT_MOST);
    for fix in candidates.into_iter().take(budget) {
        if verified.len() == OFFERED {
            break;
        }
        if verified.iter().any(|v| v.workspace == fix.workspace) {
            continue;
        }
        let decision = fix.workspace.run(catalog).evaluation.map(|e| e.decision);
        if decision.is_some_and(|d| (d == Decision::Allow) == want_allow) {
            verified.push(fix);
        }
    }
    verified
}

fn quoted(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_default()
}

fn policy_text_mut(workspace: &mut Workspace, source: Source, index: usize) -> Option<&mut String> {
    let set = match source {
        Source::Policy => &mut workspace.policies,
        Source::Boundary => &mut workspace.boundary,
    };
    set.get_mut(index).map(|p| &mut p.text)
}

/// Adds `value` to a string-or-list element (`action`, `resource`): appended to a list, or a single string turned
/// into a list.
fn add_to_list(text: &str, elements: &[Spanned<String>], value: &str) -> Option<String> {
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
fn append_statement(text: &str, policy: &Policy, statement: &str) -> Option<String> {
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
fn remove_statement(text: &str, statement: &Statement) -> String {
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

fn statement_of(
    result: &WorkspaceResult,
    source: Source,
    policy: usize,
    statement: usize,
) -> Option<&Statement> {
    let set = match source {
        Source::Policy => &result.policies,
        Source::Boundary => &result.boundary,
    };
    set.get(policy)?
        .policy
        .as_ref()?
        .statements
        .iter()
        .find(|s| s.index == statement)
}

fn to_allow(
    workspace: &Workspace,
    result: &WorkspaceResult,
    evaluation: &Evaluation,
    request: &ResolvedRequest,
    out: &mut Vec<Fix>,
) {
    let action = &request.request.action;
    // Remove the denies that decided.
    for d in evaluation.deciding.iter().take(CANDIDATES_AT_MOST) {
        if let (Some(statement), Some(mut next)) = (
            statement_of(result, d.source, d.policy, d.statement),
            Some(workspace.clone()),
        ) {
            if let Some(text) = policy_text_mut(&mut next, d.source, d.policy) {
                *text = remove_statement(text, statement);
                out.push(Fix {
                    description: format!(
                        "remove the deny statement {} of {} {}",
                        d.statement + 1,
                        source_name(d.source),
                        d.policy + 1
                    ),
                    workspace: next,
                    cost: 3,
                });
            }
        }
    }
    // Make an allow statement apply.
    'statements: for trace in evaluation.policies.iter().chain(&evaluation.boundary) {
        for s in trace
            .statements
            .iter()
            .filter(|s| s.effect == Some(Effect::Allow))
        {
            if out.len() >= CANDIDATES_AT_MOST {
                // Still offer the new statement below: it fixes any request.
                break 'statements;
            }
            let Some(statement) = statement_of(result, trace.source, trace.policy, s.statement)
            else {
                continue;
            };
            allow_statement_fixes(
                workspace,
                trace.source,
                trace.policy,
                s,
                statement,
                result,
                request,
                action,
                out,
            );
        }
    }
    // Or grant it in a new statement (operation-level APIs need resource `*`).
    for (source, set) in [
        (Source::Policy, &result.policies),
        (Source::Boundary, &result.boundary),
    ] {
        for (index, parsed) in set.iter().enumerate() {
            let Some(policy) = &parsed.policy else {
                continue;
            };
            let resources: Vec<String> = request.resources.iter().map(|r| quoted(r)).collect();
            let statement = format!(
                r#"{{"effect": "allow", "action": [{}], "resource": [{}]}}"#,
                quoted(action),
                resources.join(", ")
            );
            let appended =
                append_statement(&policy_text(workspace, source, index), policy, &statement);
            let mut next = workspace.clone();
            if let (Some(text), Some(new)) = (policy_text_mut(&mut next, source, index), appended) {
                *text = new;
                out.push(Fix {
                    description: format!(
                        "add a statement allowing `{action}` on {} to {} {}",
                        request.resources.join(", "),
                        source_name(source),
                        index + 1
                    ),
                    workspace: next,
                    cost: 4,
                });
            }
        }
    }
}

fn policy_text(workspace: &Workspace, source: Source, index: usize) -> String {
    let set = match source {
        Source::Policy => &workspace.policies,
        Source::Boundary => &workspace.boundary,
    };
    set.get(index).map(|p| p.text.clone()).unwrap_or_default()
}

fn source_name(source: Source) -> &'static str {
    match source {
        Source::Policy => "policy",
        Source::Boundary => "boundary",
    }
}

#[allow(clippy::too_many_arguments)]
fn allow_statement_fixes(
    workspace: &Workspace,
    source: Source,
    policy: usize,
    trace: &StatementTrace,
    statement: &Statement,
    result: &WorkspaceResult,
    request: &ResolvedRequest,
    action: &str,
    out: &mut Vec<Fix>,
) {
    let number = trace.statement + 1;
    let text = policy_text(workspace, source, policy);
    let with_text = |new: String| {
        let mut next = workspace.clone();
        if let Some(t) = policy_text_mut(&mut next, source, policy) {
            *t = new;
        }
        next
    };
    if !trace.action.matched {
        if let Some(new) = add_to_list(&text, &statement.actions, action) {
            out.push(Fix {
                description: format!("add `{action}` to statement {number}'s actions"),
                workspace: with_text(new),
                cost: 1,
            });
        }
    }
    for resource in trace.resources.iter().filter(|r| !r.matched) {
        if resource
            .checks
            .iter()
            .any(|c| c.verdict == ResourceVerdict::OperationLevel)
        {
            let condition = statement
                .conditions
                .first()
                .zip(statement.conditions.last())
                .and_then(|_| condition_source(&text, statement));
            let new_statement = match condition {
                Some(condition) => format!(
                    r#"{{"effect": "allow", "action": [{}], "resource": ["*"], "condition": {condition}}}"#,
                    quoted(action)
                ),
                None => format!(
                    r#"{{"effect": "allow", "action": [{}], "resource": ["*"]}}"#,
                    quoted(action)
                ),
            };
            let Some(parsed) = (match source {
                Source::Policy => result.policies.get(policy),
                Source::Boundary => result.boundary.get(policy),
            })
            .and_then(|p| p.policy.as_ref()) else {
                continue;
            };
            if let Some(new) = append_statement(&text, parsed, &new_statement) {
                out.push(Fix {
                    description: format!("`{action}` is operation level: grant it in a new statement with resource `*` (statement {number} names specific resources, rule R5)"),
                    workspace: with_text(new),
                    cost: 2,
                });
            }
        } else if let Some(new) = add_to_list(&text, &statement.resources, &resource.resource) {
            out.push(Fix {
                description: format!(
                    "add the resource {} to statement {number}",
                    resource.resource
                ),
                workspace: with_text(new),
                cost: 1,
            });
        }
    }
    // Conditions: change the request so the failing key holds (when the policy says what it wants).
    for block in trace.condition.blocks.iter().filter(|b| !b.matched) {
        let Some(operator) = block.parsed else {
            continue;
        };
        for key in block.keys.iter().filter(|k| !k.matched) {
            let wanted = key
                .values
                .iter()
                .find(|v| v.problem.is_none())
                .map(|v| v.value.clone());
            let value = match (operator.family, operator.negated, wanted) {
                (crate::policy::Family::Ip, false, Some(cidr)) => {
                    crate::eval::condition::an_address_in(&cidr)
                }
                (
                    crate::policy::Family::String
                    | crate::policy::Family::StringIgnoreCase
                    | crate::policy::Family::Bool
                    | crate::policy::Family::Numeric,
                    false,
                    Some(v),
                ) if !v.contains('*') => Some(v),
                _ => None,
            };
            let Some(value) = value else { continue };
            let Some(mut edited) = read_request(&workspace.request) else {
                continue;
            };
            let multi = operator.qualifier.is_some() || key.multi;
            let now = key
                .request_values
                .as_ref()
                .map(|v| v.join(", "))
                .unwrap_or_else(|| "missing".into());
            edited.context.insert(
                key.key.clone(),
                if multi {
                    ContextValue::Many(vec![value.clone()])
                } else {
                    ContextValue::One(value.clone())
                },
            );
            let mut next = workspace.clone();
            next.request = edited.to_json_text();
            out.push(Fix {
                description: format!("statement {number} needs {} {} `{}` (the request has {now}): set it to `{value}`", key.key, block.operator, key.values.iter().map(|v| v.value.as_str()).collect::<Vec<_>>().join("`, `")),
                workspace: next,
                cost: 1,
            });
        }
    }
    let _ = request;
}

/// The `condition` object of a statement, as written.
fn condition_source(text: &str, statement: &Statement) -> Option<String> {
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

fn to_deny(
    workspace: &Workspace,
    result: &WorkspaceResult,
    request: &ResolvedRequest,
    out: &mut Vec<Fix>,
) {
    let action = &request.request.action;
    if let Some(policy) = result.policies.first().and_then(|p| p.policy.as_ref()) {
        let statement = format!(
            r#"{{"effect": "deny", "action": [{}], "resource": ["*"]}}"#,
            quoted(action)
        );
        if let Some(new) = append_statement(&workspace.policies[0].text, policy, &statement) {
            let mut next = workspace.clone();
            next.policies[0].text = new;
            out.push(Fix {
                description: format!("add a statement denying `{action}` to policy 1"),
                workspace: next,
                cost: 4,
            });
        }
    }
    if let Some(evaluation) = &result.evaluation {
        for d in evaluation.deciding.iter().take(CANDIDATES_AT_MOST) {
            if let Some(statement) = statement_of(result, d.source, d.policy, d.statement) {
                let mut next = workspace.clone();
                if let Some(text) = policy_text_mut(&mut next, d.source, d.policy) {
                    *text = remove_statement(text, statement);
                    out.push(Fix {
                        description: format!(
                            "remove statement {} of {} {}, which allows it",
                            d.statement + 1,
                            source_name(d.source),
                            d.policy + 1
                        ),
                        workspace: next,
                        cost: 3,
                    });
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
