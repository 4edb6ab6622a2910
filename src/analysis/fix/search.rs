//! The search for candidate fixes: for a denied request, remove the denies that decided, make an allow
//! statement apply (add the action or a resource, grant an operation-level API on `*`, give the request a
//! failing condition key's value) or add an allow statement; for an allowed one, add a deny statement or remove
//! the allows that decided. Candidates are not verified here (`fixes` does it).

use crate::eval::trace::{BlockTrace, KeyTrace, ResourceTrace, ResourceVerdict, StatementTrace};
use crate::eval::Evaluation;
use crate::policy::PolicyKind;
use crate::policy::{Effect, Family, Operator, Statement};
use crate::request::{read_request, ContextValue, ResolvedRequest};
use crate::workspace::{Workspace, WorkspaceResult};

use super::splice::{add_to_list, append_statement, condition_source, quoted, remove_statement};
use super::{Fix, FixText};

/// At most this many candidates are built (each holds a copy of the workspace).
const CANDIDATES_AT_MOST: usize = 256;

fn policy_text_mut(
    workspace: &mut Workspace,
    source: PolicyKind,
    index: usize,
) -> Option<&mut String> {
    workspace
        .policies_in_mut(source)
        .get_mut(index)
        .map(|p| &mut p.text)
}

fn statement_of(
    result: &WorkspaceResult,
    source: PolicyKind,
    policy: usize,
    statement: usize,
) -> Option<&Statement> {
    result
        .policies_in(source)
        .get(policy)?
        .policy
        .as_ref()?
        .statements
        .iter()
        .find(|s| s.index == statement)
}

pub(super) fn to_allow(
    workspace: &Workspace,
    result: &WorkspaceResult,
    evaluation: &Evaluation,
    request: &ResolvedRequest,
    out: &mut Vec<Fix>,
) {
    let action = &request.request.action;
    // Remove the denies that decided.
    remove_deciding(
        workspace,
        result,
        evaluation,
        out,
        |source, policy, statement| FixText::RemoveDeny {
            source,
            policy,
            statement,
        },
    );
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
            let allow = AllowStatement {
                workspace,
                result,
                source: trace.source,
                policy: trace.policy,
                trace: s,
                statement,
                action,
            };
            allow_statement_fixes(&allow, out);
        }
    }
    // Or grant it in a new statement (operation-level APIs need resource `*`). A statement that names the action
    // but whose condition fails (an office IP) is bypassed by that: the fix says so (issue 27, finding 16).
    let mut bypasses: Vec<String> = Vec::new();
    for s in evaluation
        .policies
        .iter()
        .chain(&evaluation.boundary)
        .flat_map(|trace| &trace.statements)
        .filter(|s| s.effect == Some(Effect::Allow) && s.action.matched && !s.condition.matched)
    {
        for key in s
            .condition
            .blocks
            .iter()
            .filter(|b| !b.matched)
            .flat_map(|b| &b.keys)
            .filter(|k| !k.matched)
        {
            if !bypasses.contains(&key.key) {
                bypasses.push(key.key.clone());
            }
        }
    }
    for (source, set) in [
        (PolicyKind::Identity, &result.policies),
        (PolicyKind::Boundary, &result.boundary),
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
                    description: FixText::AddAllowStatement {
                        action: action.clone(),
                        resources: request.resources.clone(),
                        source,
                        policy: index + 1,
                        bypasses: bypasses.clone(),
                    },
                    workspace: next,
                    cost: 4,
                });
            }
        }
    }
}

fn policy_text(workspace: &Workspace, source: PolicyKind, index: usize) -> String {
    workspace
        .policies_in(source)
        .get(index)
        .map(|p| p.text.clone())
        .unwrap_or_default()
}

/// An allow statement that did not apply to the request, and what fixing it needs.
struct AllowStatement<'a> {
    workspace: &'a Workspace,
    result: &'a WorkspaceResult,
    source: PolicyKind,
    policy: usize,
    trace: &'a StatementTrace,
    statement: &'a Statement,
    /// The requested action.
    action: &'a str,
}

impl AllowStatement<'_> {
    /// The statement's number as people count, for the fix's words.
    fn number(&self) -> usize {
        self.trace.statement + 1
    }

    /// The workspace with the statement's policy text replaced by `new`.
    fn with_policy_text(&self, new: String) -> Workspace {
        let mut next = self.workspace.clone();
        if let Some(t) = policy_text_mut(&mut next, self.source, self.policy) {
            *t = new;
        }
        next
    }
}

/// Edits that would make the statement apply: add the action, add each resource it misses (or grant an
/// operation-level API in a new statement), and give the request each failing condition key's value.
fn allow_statement_fixes(allow: &AllowStatement<'_>, out: &mut Vec<Fix>) {
    let text = policy_text(allow.workspace, allow.source, allow.policy);
    if !allow.trace.action.matched {
        out.extend(add_action_fix(allow, &text));
    }
    for resource in allow.trace.resources.iter().filter(|r| !r.matched) {
        out.extend(resource_fix(allow, &text, resource));
    }
    // Conditions: change the request so the failing key holds (when the policy says what it wants).
    for block in allow.trace.condition.blocks.iter().filter(|b| !b.matched) {
        let Some(operator) = &block.parsed else {
            continue;
        };
        for key in block.keys.iter().filter(|k| !k.matched) {
            out.extend(condition_key_fix(allow, block, operator, key));
        }
    }
}

fn add_action_fix(allow: &AllowStatement<'_>, text: &str) -> Option<Fix> {
    let new = add_to_list(text, &allow.statement.actions, allow.action)?;
    Some(Fix {
        description: FixText::AddAction {
            action: allow.action.to_string(),
            source: allow.source,
            policy: allow.policy + 1,
            statement: allow.number(),
        },
        workspace: allow.with_policy_text(new),
        cost: 1,
    })
}

/// Adds the resource to the statement, except for an operation-level API: only resource `*` grants that.
fn resource_fix(allow: &AllowStatement<'_>, text: &str, resource: &ResourceTrace) -> Option<Fix> {
    if resource
        .checks
        .iter()
        .any(|c| c.verdict == ResourceVerdict::OperationLevel)
    {
        return operation_level_fix(allow, text);
    }
    let new = add_to_list(text, &allow.statement.resources, &resource.resource)?;
    Some(Fix {
        description: FixText::AddResource {
            resource: resource.resource.clone(),
            source: allow.source,
            policy: allow.policy + 1,
            statement: allow.number(),
        },
        workspace: allow.with_policy_text(new),
        cost: 1,
    })
}

/// Grants the action on resource `*` in a new statement that keeps the statement's condition.
fn operation_level_fix(allow: &AllowStatement<'_>, text: &str) -> Option<Fix> {
    let statement = allow.statement;
    let condition = statement
        .conditions
        .first()
        .zip(statement.conditions.last())
        .and_then(|_| condition_source(text, statement));
    let new_statement = match condition {
        Some(condition) => format!(
            r#"{{"effect": "allow", "action": [{}], "resource": ["*"], "condition": {condition}}}"#,
            quoted(allow.action)
        ),
        None => format!(
            r#"{{"effect": "allow", "action": [{}], "resource": ["*"]}}"#,
            quoted(allow.action)
        ),
    };
    let parsed = allow
        .result
        .policies_in(allow.source)
        .get(allow.policy)
        .and_then(|p| p.policy.as_ref())?;
    let new = append_statement(text, parsed, &new_statement)?;
    Some(Fix {
        description: FixText::GrantOperationLevel {
            action: allow.action.to_string(),
            source: allow.source,
            policy: allow.policy + 1,
            statement: allow.number(),
        },
        workspace: allow.with_policy_text(new),
        cost: 2,
    })
}

/// Gives the request a value for the key that makes it hold.
fn condition_key_fix(
    allow: &AllowStatement<'_>,
    block: &BlockTrace,
    operator: &Operator,
    key: &KeyTrace,
) -> Option<Fix> {
    let value = value_that_holds(operator, key)?;
    let mut edited = read_request(&allow.workspace.request)?;
    let multi = operator.qualifier.is_some() || key.multi;
    edited.context.insert(
        key.key.clone(),
        if multi {
            ContextValue::Many(vec![value.clone()])
        } else {
            ContextValue::One(value.clone())
        },
    );
    let mut next = allow.workspace.clone();
    next.request = edited.to_json_text();
    Some(Fix {
        description: FixText::SetConditionKey {
            source: allow.source,
            policy: allow.policy + 1,
            statement: allow.number(),
            key: key.key.clone(),
            operator: block.operator.clone(),
            values: key.values.iter().map(|v| v.value.clone()).collect(),
            request_values: key.request_values.clone(),
            value,
        },
        workspace: next,
        cost: 1,
    })
}

/// A request value that satisfies the key, read from the policy's first readable value: that value itself, or
/// an address in its network. None when the policy does not say one plainly (wildcards, negations, other
/// operator families).
fn value_that_holds(operator: &Operator, key: &KeyTrace) -> Option<String> {
    let wanted = key
        .values
        .iter()
        .find(|v| v.problem.is_none())
        .map(|v| v.value.clone());
    match (operator.family, operator.negated, wanted) {
        (Family::Ip, false, Some(cidr)) => crate::policy::values::an_address_in(&cidr),
        (
            Family::String | Family::StringIgnoreCase | Family::Bool | Family::Numeric,
            false,
            Some(v),
        ) if !v.contains('*') => Some(v),
        _ => None,
    }
}

pub(super) fn to_deny(
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
                description: FixText::AddDenyStatement {
                    action: action.clone(),
                    policy: 1,
                },
                workspace: next,
                cost: 4,
            });
        }
    }
    if let Some(evaluation) = &result.evaluation {
        remove_deciding(
            workspace,
            result,
            evaluation,
            out,
            |source, policy, statement| FixText::RemoveAllow {
                source,
                policy,
                statement,
            },
        );
    }
}

/// One fix per deciding statement: the workspace without it. `describe` gets the set and the 1-based policy and
/// statement numbers.
fn remove_deciding(
    workspace: &Workspace,
    result: &WorkspaceResult,
    evaluation: &Evaluation,
    out: &mut Vec<Fix>,
    describe: impl Fn(PolicyKind, usize, usize) -> FixText,
) {
    for d in evaluation.deciding.iter().take(CANDIDATES_AT_MOST) {
        let Some(statement) = statement_of(result, d.source, d.policy, d.statement) else {
            continue;
        };
        let mut next = workspace.clone();
        if let Some(text) = policy_text_mut(&mut next, d.source, d.policy) {
            *text = remove_statement(text, statement);
            out.push(Fix {
                description: describe(d.source, d.policy + 1, d.statement + 1),
                workspace: next,
                cost: 3,
            });
        }
    }
}
