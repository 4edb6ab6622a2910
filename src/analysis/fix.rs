//! Minimal fixes: for a denied request, the smallest edits of a policy or of the request that would allow it;
//! for an allowed one, the smallest edits that would deny it. Each candidate is applied to a copy of the
//! workspace and kept only if re-evaluation gives the wanted decision. Edits splice the source text at the
//! parser's spans, so everything else the author wrote stays as it was.

use serde::Serialize;

use crate::catalog::Catalog;
use crate::eval::trace::{BlockTrace, KeyTrace, ResourceTrace, ResourceVerdict, StatementTrace};
use crate::eval::{Decision, Detail, Evaluation};
use crate::policy::PolicyKind;
use crate::policy::{Effect, Family, Operator, Policy, Spanned, Statement};
use crate::request::{read_request, ContextValue, ResolvedRequest};
use crate::workspace::{Workspace, WorkspaceResult};

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Fix {
    /// What the fix does, as data (`i18n::en::analysis::fix` words it).
    pub description: FixText,
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
        // A fix changes one text: the others are taken from the workspace's own result.
        let decision = fix
            .workspace
            .run_after(catalog, Detail::DecisionOnly, Some((workspace, result)))
            .evaluation
            .map(|e| e.decision);
        if decision.is_some_and(|d| (d == Decision::Allow) == want_allow) {
            verified.push(fix);
        }
    }
    verified
}

fn quoted(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_default()
}

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

fn to_allow(
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

/// What a fix does, as data: the locale tables (`i18n::{en,zh_cn}::analysis::fix`) word it. Policies and
/// statements are numbered from 1, as the editor's tabs and the reasoning show them.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum FixText {
    /// Remove the deny statement that decided the request (to allow it).
    RemoveDeny {
        source: PolicyKind,
        policy: usize,
        statement: usize,
    },
    /// Add the request's action to an allow statement's actions. `source` and `policy` name the document (a
    /// boundary's statement 1 is not policy 1's: issue 27, finding 15).
    AddAction {
        action: String,
        source: PolicyKind,
        policy: usize,
        statement: usize,
    },
    /// Add the request's resource to an allow statement's resources.
    AddResource {
        resource: String,
        source: PolicyKind,
        policy: usize,
        statement: usize,
    },
    /// The API is operation level and the statement names specific resources: grant the action in a new statement
    /// on `*` (rule R5).
    GrantOperationLevel {
        action: String,
        source: PolicyKind,
        policy: usize,
        statement: usize,
    },
    /// Change the request so that a statement's failing condition key holds.
    SetConditionKey {
        source: PolicyKind,
        policy: usize,
        statement: usize,
        key: String,
        /// The condition operator as written (`ip_equal`).
        operator: String,
        /// The values the condition names.
        values: Vec<String>,
        /// What the request has for the key, `None` when it lacks it.
        request_values: Option<Vec<String>>,
        /// The value to set.
        value: String,
    },
    /// Add a statement allowing the action on the request's resources (to allow it). `bypasses`: the condition
    /// keys of statements that name the action but whose conditions fail, which the new statement goes around.
    AddAllowStatement {
        action: String,
        resources: Vec<String>,
        source: PolicyKind,
        policy: usize,
        #[serde(skip_serializing_if = "Vec::is_empty")]
        bypasses: Vec<String>,
    },
    /// Add a statement denying the action (to deny it).
    AddDenyStatement { action: String, policy: usize },
    /// Remove the allow statement that decided the request (to deny it).
    RemoveAllow {
        source: PolicyKind,
        policy: usize,
        statement: usize,
    },
}

impl FixText {
    /// Whether the fix changes the request rather than a policy (the panel groups them: finding 16).
    pub fn changes_request(&self) -> bool {
        matches!(self, FixText::SetConditionKey { .. })
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

#[cfg(test)]
pub(crate) mod text_tests {
    use super::*;
    use crate::i18n::{en, zh_cn};

    /// One sample per variant (two where an optional parameter changes the wording), with distinctive values.
    pub(crate) fn samples() -> Vec<FixText> {
        vec![
            FixText::RemoveDeny {
                source: PolicyKind::Identity,
                policy: 7,
                statement: 13,
            },
            FixText::RemoveDeny {
                source: PolicyKind::Boundary,
                policy: 8,
                statement: 14,
            },
            FixText::AddAction {
                action: "ccc:CreateStaffSample".into(),
                source: PolicyKind::Boundary,
                policy: 41,
                statement: 21,
            },
            FixText::AddResource {
                resource: "qcs::ccc::uin/100000000009:SdkAppId/1400000042".into(),
                source: PolicyKind::Identity,
                policy: 42,
                statement: 22,
            },
            FixText::GrantOperationLevel {
                action: "ccc:DeleteCCCSkillGroupSample".into(),
                source: PolicyKind::Identity,
                policy: 43,
                statement: 23,
            },
            FixText::SetConditionKey {
                source: PolicyKind::Identity,
                policy: 44,
                statement: 24,
                key: "qcs:ip".into(),
                operator: "ip_equal".into(),
                values: vec!["10.9.0.0/16".into(), "192.168.77.0/24".into()],
                request_values: Some(vec!["203.0.113.5".into(), "203.0.113.6".into()]),
                value: "10.9.0.1".into(),
            },
            FixText::SetConditionKey {
                source: PolicyKind::Boundary,
                policy: 45,
                statement: 25,
                key: "qcs:requested_region".into(),
                operator: "string_equal".into(),
                values: vec!["ap-guangzhou-sample".into()],
                request_values: None,
                value: "ap-guangzhou-sample".into(),
            },
            FixText::AddAllowStatement {
                action: "ccc:DescribeStaffInfoListSample".into(),
                resources: vec![
                    "qcs::ccc::uin/100000000009:SdkAppId/1400000043".into(),
                    "qcs::ccc::uin/100000000009:SdkAppId/1400000044".into(),
                ],
                source: PolicyKind::Boundary,
                policy: 31,
                bypasses: vec!["qcs:ip".into()],
            },
            FixText::AddDenyStatement {
                action: "ccc:ModifyStaffSample".into(),
                policy: 32,
            },
            FixText::RemoveAllow {
                source: PolicyKind::Identity,
                policy: 33,
                statement: 34,
            },
        ]
    }

    /// The variant's number and every value its sentence must show. Names every variant: a new one does not
    /// compile until it is listed here, and then fails below until it has a sample.
    fn shown(text: &FixText) -> (usize, Vec<String>) {
        match text {
            FixText::RemoveDeny {
                source: _,
                policy,
                statement,
            } => (0, vec![policy.to_string(), statement.to_string()]),
            FixText::AddAction {
                action,
                policy,
                statement,
                ..
            } => (
                1,
                vec![action.clone(), policy.to_string(), statement.to_string()],
            ),
            FixText::AddResource {
                resource,
                policy,
                statement,
                ..
            } => (
                2,
                vec![resource.clone(), policy.to_string(), statement.to_string()],
            ),
            FixText::GrantOperationLevel {
                action,
                policy,
                statement,
                ..
            } => (
                3,
                vec![action.clone(), policy.to_string(), statement.to_string()],
            ),
            FixText::SetConditionKey {
                source: _,
                policy: _,
                statement,
                key,
                operator,
                values,
                request_values,
                value,
            } => {
                let mut shown = vec![
                    statement.to_string(),
                    key.clone(),
                    operator.clone(),
                    value.clone(),
                ];
                shown.extend(values.iter().cloned());
                shown.extend(request_values.iter().flatten().cloned());
                (4, shown)
            }
            FixText::AddAllowStatement {
                action,
                resources,
                source: _,
                policy,
                bypasses,
            } => {
                let mut shown = vec![action.clone(), policy.to_string()];
                shown.extend(resources.iter().cloned());
                shown.extend(bypasses.iter().cloned());
                (5, shown)
            }
            FixText::AddDenyStatement { action, policy } => {
                (6, vec![action.clone(), policy.to_string()])
            }
            FixText::RemoveAllow {
                source: _,
                policy,
                statement,
            } => (7, vec![policy.to_string(), statement.to_string()]),
        }
    }
    const VARIANTS: usize = 8;

    #[test]
    fn every_fix_is_worded_in_every_locale() {
        let mut seen = std::collections::BTreeSet::new();
        for sample in samples() {
            let (variant, values) = shown(&sample);
            seen.insert(variant);
            let english = en::analysis::fix(&sample);
            let chinese = zh_cn::analysis::fix(&sample);
            assert!(!english.is_empty() && !chinese.is_empty(), "{sample:?}");
            for value in &values {
                assert!(
                    english.contains(value.as_str()),
                    "{english:?} lacks {value:?}"
                );
                assert!(
                    chinese.contains(value.as_str()),
                    "{chinese:?} lacks {value:?}"
                );
            }
            assert!(
                chinese
                    .chars()
                    .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{chinese:?} has no Chinese"
            );
        }
        assert_eq!(seen, (0..VARIANTS).collect(), "a variant has no sample");
    }

    #[test]
    fn the_english_wording_is_kept() {
        let words: Vec<String> = samples().iter().map(en::analysis::fix).collect();
        assert_eq!(words[0], "remove the deny statement 13 of policy 7");
        assert_eq!(words[1], "remove the deny statement 14 of boundary 8");
        assert_eq!(
            words[2],
            "add `ccc:CreateStaffSample` to the actions of statement 21 of boundary 41"
        );
        assert_eq!(
            words[3],
            "add the resource qcs::ccc::uin/100000000009:SdkAppId/1400000042 to statement 22 of policy 42"
        );
        assert_eq!(
            words[4],
            "`ccc:DeleteCCCSkillGroupSample` is operation level: grant it in a new statement with resource `*` (statement 23 of policy 43 names specific resources, rule R5)"
        );
        assert_eq!(
            words[5],
            "statement 24 of policy 44 needs qcs:ip ip_equal `10.9.0.0/16`, `192.168.77.0/24` (the request has 203.0.113.5, 203.0.113.6): change the request's qcs:ip to `10.9.0.1`"
        );
        assert_eq!(
            words[6],
            "statement 25 of boundary 45 needs qcs:requested_region string_equal `ap-guangzhou-sample` (the request has none): change the request's qcs:requested_region to `ap-guangzhou-sample`"
        );
        assert_eq!(
            words[7],
            "add a statement allowing `ccc:DescribeStaffInfoListSample` on qcs::ccc::uin/100000000009:SdkAppId/1400000043, qcs::ccc::uin/100000000009:SdkAppId/1400000044 to boundary 31 (this bypasses the condition on qcs:ip)"
        );
        assert_eq!(
            words[8],
            "add a statement denying `ccc:ModifyStaffSample` to policy 32"
        );
        assert_eq!(
            words[9],
            "remove statement 34 of policy 33, which allows it"
        );
    }
}
