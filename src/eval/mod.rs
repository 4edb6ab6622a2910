//! The evaluator (rules E1–E6): statements → per-resource decisions → one decision with its deciding statements,
//! assumptions and the full trace.

mod action;
pub mod condition;
mod resource;
pub mod trace;
pub mod variables;

use serde::Serialize;

use crate::catalog::{Category, Granularity};
use crate::policy::PolicySet;
use crate::policy::{Effect, Policy, Statement};
use crate::request::ResolvedRequest;
use crate::rules::Rule;
use trace::{
    ActionTrace, ConditionTrace, NotEvaluated, Outcome, PolicyTrace, ResourceTrace, StatementRef,
    StatementTrace,
};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Decision {
    Allow,
    ExplicitDeny,
    ImplicitDeny,
}

impl Decision {
    pub const ALL: [Decision; 3] = [
        Decision::Allow,
        Decision::ExplicitDeny,
        Decision::ImplicitDeny,
    ];
}

impl Decision {
    pub fn as_str(self) -> &'static str {
        match self {
            Decision::Allow => "allow",
            Decision::ExplicitDeny => "explicit_deny",
            Decision::ImplicitDeny => "implicit_deny",
        }
    }

    /// The name of a decision that may be missing (texts that cannot be read): `none` then. The one place that
    /// word is written, for `data-decision` attributes and the stamp of a share link.
    pub fn name_of(decision: Option<Decision>) -> &'static str {
        decision.map_or("none", Decision::as_str)
    }
}

impl std::str::FromStr for Decision {
    type Err = ();
    fn from_str(name: &str) -> Result<Decision, ()> {
        Decision::ALL
            .into_iter()
            .find(|d| d.as_str() == name)
            .ok_or(())
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Evaluation {
    pub decision: Decision,
    /// False when a statement could not be evaluated or a CHOICE rule decided the outcome (rule E6).
    pub authoritative: bool,
    /// All matching deny statements for a deny, all matching allow statements for an allow.
    pub deciding: Vec<StatementRef>,
    /// CHOICE rules that influenced the outcome.
    pub assumptions: Vec<Rule>,
    pub notes: Vec<Note>,
    /// The requester is the owner's root account (rule E4).
    pub root_account: bool,
    /// The decision for each requested resource (rule R7).
    pub resources: Vec<ResourceDecision>,
    pub policies: Vec<PolicyTrace>,
    pub boundary: Vec<PolicyTrace>,
    /// Policies CAM would refuse to save (rule G9): the decision is then hypothetical and not authoritative.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub refused: Vec<Refusal>,
}

/// A policy CAM's CreatePolicy would refuse, with the errors it would most likely answer (rule G9).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Refusal {
    pub source: PolicySet,
    pub policy: usize,
    pub errors: Vec<RefusalError>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RefusalError {
    /// `InvalidParameter.VersionError`, …
    pub cam_error: &'static str,
    /// The playground's diagnostic code.
    pub code: &'static str,
    /// The diagnostic's words (the diagnostics list has them rendered).
    #[serde(skip)]
    pub text: crate::diagnostic::Text,
    pub span: crate::json::Span,
}

impl Evaluation {
    /// The traces of one set's policies.
    pub fn policies_in(&self, set: PolicySet) -> &[PolicyTrace] {
        match set {
            PolicySet::Policy => &self.policies,
            PolicySet::Boundary => &self.boundary,
        }
    }
}

impl Evaluation {
    /// Rule G9: a policy of the workspace would be refused by CAM, so the decision is what the readable
    /// statements would do, not what CAM does.
    pub fn hypothetical(&self) -> bool {
        !self.refused.is_empty()
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ResourceDecision {
    pub resource: String,
    pub decision: Decision,
    /// What the identity policies alone decide.
    pub policies: Decision,
    /// What the permissions boundary decides, when there is one (rule E3).
    pub boundary: Option<Decision>,
}

/// Facts about the request worth telling next to the decision.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Note {
    /// Rule E4: the root account is allowed without consulting policies.
    RootAccount,
    /// Rule E5: real CAM does not apply a deny with tag conditions to list APIs.
    ListApiTagDeny { statement: StatementRef },
    /// Rule E5: real CAM may not apply a deny to anonymous COS access or billing under AdministratorAccess.
    PlatformMayIgnoreDeny { service: String },
    /// Rule E5: a deciding statement of a list API relies on an operator that is not an exact match, and CAM's
    /// docs say such operators do not take effect for list queries.
    ListQueryOperator {
        statement: StatementRef,
        operator: String,
    },
}

/// How much of the trace an evaluation keeps. Both give the same decision, deciding statements, assumptions,
/// authoritativeness and notes (a test holds them to it for every vector).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Detail {
    /// Every check of every statement: what the reasoning shows.
    #[default]
    Full,
    /// A statement whose action cannot match, for no CHOICE rule, skips its resource and condition checks: its
    /// outcome and assumptions cannot depend on them. Checks keep no texts (patterns, resources, segments: only
    /// results), and a big policy's action index leaves out the statements that cannot concern the request.
    /// For callers that want the decision only.
    DecisionOnly,
}

/// Evaluates a request against identity policies and an optional permissions boundary (an empty `boundary`
/// means none). Invalid statements (see `Policy::invalid_statements`) are traced as *not evaluated*.
pub fn evaluate(
    policies: &[&Policy],
    boundary: &[&Policy],
    request: &ResolvedRequest,
) -> Evaluation {
    evaluate_with(policies, boundary, request, Detail::Full)
}

/// `evaluate`, keeping the trace `detail` asks for.
pub fn evaluate_with(
    policies: &[&Policy],
    boundary: &[&Policy],
    request: &ResolvedRequest,
    detail: Detail,
) -> Evaluation {
    let principal = &request.request.principal;
    let traces = Traces {
        policies: trace_set(PolicySet::Policy, policies, request, detail),
        boundary: trace_set(PolicySet::Boundary, boundary, request, detail),
        has_boundary: !boundary.is_empty(),
        root_account: principal.uin.is_some() && principal.uin == principal.owner_uin,
        request,
    };
    let (decision, resources) = traces.decide(None);
    let deciding = traces.deciding(decision);
    let (assumptions, authoritative) = traces.assumptions_and_authoritative(decision, &deciding);
    let notes = notes(&NoteContext {
        root_account: traces.root_account,
        decision,
        deciding: &deciding,
        policies,
        boundary,
        request,
    });
    Evaluation {
        decision,
        authoritative,
        deciding,
        assumptions,
        notes,
        root_account: traces.root_account,
        resources,
        policies: traces.policies,
        boundary: traces.boundary,
        refused: Vec::new(),
    }
}

fn trace_set(
    source: PolicySet,
    set: &[&Policy],
    request: &ResolvedRequest,
    detail: Detail,
) -> Vec<PolicyTrace> {
    set.iter()
        .enumerate()
        .map(|(i, policy)| trace_policy(source, i, policy, request, detail))
        .collect()
}

/// Every statement's trace, and what deciding over them needs.
struct Traces<'r> {
    policies: Vec<PolicyTrace>,
    boundary: Vec<PolicyTrace>,
    has_boundary: bool,
    root_account: bool,
    request: &'r ResolvedRequest,
}

impl Traces<'_> {
    /// The decision, with one statement's matches inverted when `flip` names it (see `decide`).
    fn decide(&self, flip: Option<(PolicySet, usize, usize)>) -> (Decision, Vec<ResourceDecision>) {
        decide(
            &self.policies,
            &self.boundary,
            self.has_boundary,
            self.request,
            self.root_account,
            flip,
        )
    }

    fn statements(&self) -> impl Iterator<Item = (&PolicyTrace, &StatementTrace)> {
        self.policies
            .iter()
            .chain(&self.boundary)
            .flat_map(|p| p.statements.iter().map(move |s| (p, s)))
    }

    /// All matching deny statements for a deny, all matching allow statements for an allow (none for the root
    /// account, which policies do not decide).
    fn deciding(&self, decision: Decision) -> Vec<StatementRef> {
        let deciding_effect = match decision {
            Decision::Allow if !self.root_account => Some(Effect::Allow),
            Decision::ExplicitDeny => Some(Effect::Deny),
            _ => None,
        };
        self.statements()
            .filter(|(_, s)| {
                s.effect.is_some() && s.effect == deciding_effect && s.matches.iter().any(|m| *m)
            })
            .map(|(p, s)| statement_ref(p, s))
            .collect()
    }

    /// The CHOICE rules the decision relied on, and whether it is authoritative (rule E6).
    fn assumptions_and_authoritative(
        &self,
        decision: Decision,
        deciding: &[StatementRef],
    ) -> (Vec<Rule>, bool) {
        let mut assumptions: Vec<Rule> = self.request.assumptions.clone();
        let mut authoritative = true;
        for (p, s) in self.statements() {
            if s.outcome == Outcome::NotEvaluated {
                authoritative = false;
                assumptions.extend(s.assumptions.iter().copied());
                continue;
            }
            if s.assumptions.is_empty() || self.root_account {
                continue;
            }
            // A choice matters when flipping this statement's outcome would change the decision.
            if self.decide(Some((p.source, p.policy, s.statement))).0 != decision {
                authoritative = false;
                assumptions.extend(s.assumptions.iter().copied());
            } else if deciding.iter().any(|d| *d == statement_ref(p, s)) {
                assumptions.extend(s.assumptions.iter().copied());
            }
        }
        if decision == Decision::ExplicitDeny
            && deciding.iter().any(|d| d.source == PolicySet::Boundary)
        {
            assumptions.push(Rule::E3);
        }
        assumptions.sort();
        assumptions.dedup();
        (assumptions, authoritative)
    }
}

fn statement_ref(p: &PolicyTrace, s: &StatementTrace) -> StatementRef {
    StatementRef {
        source: p.source,
        policy: p.policy,
        statement: s.statement,
        span: s.span,
    }
}

pub use action::verdict as action_verdict;

/// Every distinct action pattern of the policies and the boundary, in order of appearance. Two requests that
/// differ only in their action and get the same verdict from each of these are decided alike (the
/// whole-catalog matrix relies on it to evaluate each kind of API once).
pub fn distinct_action_patterns<'p>(
    policies: &[&'p Policy],
    boundary: &[&'p Policy],
) -> Vec<&'p str> {
    let mut seen = std::collections::HashSet::new();
    policies
        .iter()
        .chain(boundary)
        .flat_map(|p| &p.statements)
        .flat_map(|s| &s.actions)
        .map(|pattern| pattern.value.as_str())
        .filter(|pattern| seen.insert(*pattern))
        .collect()
}

/// Rule E1 per resource, E3 for the boundary, R7 across resources, E4 for the root account. `flip` inverts one
/// statement's matches, to ask whether that statement's outcome decides.
fn decide(
    policies: &[PolicyTrace],
    boundary: &[PolicyTrace],
    has_boundary: bool,
    request: &ResolvedRequest,
    root_account: bool,
    flip: Option<(PolicySet, usize, usize)>,
) -> (Decision, Vec<ResourceDecision>) {
    let set_decision = |set: &[PolicyTrace], r: usize| {
        let (mut allow, mut deny) = (false, false);
        for p in set {
            for s in &p.statements {
                let mut matched = s.matches.get(r).copied().unwrap_or(false);
                if flip == Some((p.source, p.policy, s.statement)) {
                    matched = !matched;
                }
                match (matched, s.effect) {
                    (true, Some(Effect::Deny)) => deny = true,
                    (true, Some(Effect::Allow)) => allow = true,
                    _ => {}
                }
            }
        }
        if deny {
            Decision::ExplicitDeny
        } else if allow {
            Decision::Allow
        } else {
            Decision::ImplicitDeny
        }
    };
    let resources: Vec<ResourceDecision> = request
        .resources
        .iter()
        .enumerate()
        .map(|(r, resource)| {
            let from_policies = set_decision(policies, r);
            let from_boundary = has_boundary.then(|| set_decision(boundary, r));
            let decision = match (from_policies, from_boundary) {
                (Decision::ExplicitDeny, _) | (_, Some(Decision::ExplicitDeny)) => {
                    Decision::ExplicitDeny
                }
                (Decision::Allow, None | Some(Decision::Allow)) => Decision::Allow,
                _ => Decision::ImplicitDeny,
            };
            ResourceDecision {
                resource: resource.clone(),
                decision: if root_account {
                    Decision::Allow
                } else {
                    decision
                },
                policies: from_policies,
                boundary: from_boundary,
            }
        })
        .collect();
    let decision = if root_account || resources.iter().all(|r| r.decision == Decision::Allow) {
        Decision::Allow
    } else if resources
        .iter()
        .any(|r| r.decision == Decision::ExplicitDeny)
    {
        Decision::ExplicitDeny
    } else {
        Decision::ImplicitDeny
    };
    (decision, resources)
}

/// A text (or list of texts) for the reasoning, or nothing when only a decision is asked for (one allocation
/// fewer per check).
pub(crate) fn kept_text<T: ToOwned + ?Sized>(texts: bool, text: &T) -> T::Owned
where
    T::Owned: Default,
{
    if texts {
        text.to_owned()
    } else {
        T::Owned::default()
    }
}

/// From this many statements on, a decision-only evaluation asks the policy's action index which statements
/// can concern the request rather than reading every statement's action patterns: below it, building the
/// index costs more than it saves (a policy parsed for one evaluation builds it for that one).
const INDEXED_FROM: usize = 16;

fn trace_policy(
    source: PolicySet,
    index: usize,
    policy: &Policy,
    request: &ResolvedRequest,
    detail: Detail,
) -> PolicyTrace {
    // Without the index every statement is a candidate.
    let mut candidates =
        (detail == Detail::DecisionOnly && policy.statements.len() >= INDEXED_FROM).then(|| {
            policy
                .statements_for(&request.request.action)
                .into_iter()
                .peekable()
        });
    let mut statements: Vec<StatementTrace> = (policy.statements.iter().enumerate())
        .map(|(position, s)| {
            let candidate = candidates
                .as_mut()
                .is_none_or(|c| c.next_if_eq(&position).is_some());
            if candidate {
                trace_statement(s, request, detail)
            } else {
                not_concerned(s)
            }
        })
        .collect();
    statements.extend(
        policy
            .invalid_statements
            .iter()
            .map(|invalid| StatementTrace {
                not_evaluated: Some(NotEvaluated::Invalid),
                ..unchecked(
                    (invalid.index, invalid.span),
                    None,
                    Outcome::NotEvaluated,
                    vec![false; request.resources.len()],
                )
            }),
    );
    statements.sort_by_key(|s| s.statement);
    PolicyTrace {
        source,
        policy: index,
        statements,
    }
}

// Kept out of `trace_policy`'s loop: inlined there, a prepared decision-only call took 1.3% more instructions
// (callgrind, the scenario of bench/scenarios.mjs).
#[inline(never)]
fn trace_statement(
    statement: &Statement,
    request: &ResolvedRequest,
    detail: Detail,
) -> StatementTrace {
    let action_name = request.request.action.as_str();
    if detail == Detail::DecisionOnly && plainly_not_matching(statement, action_name) {
        return not_concerned(statement);
    }
    let texts = detail == Detail::Full;
    let checks: Vec<_> = statement
        .actions
        .iter()
        .map(|a| action::check(a, action_name, texts))
        .collect();
    let action = ActionTrace {
        matched: checks.iter().any(|c| c.verdict.is_match()),
        checks,
    };
    let operation_level = request
        .api
        .as_ref()
        .is_some_and(|api| api.granularity == Granularity::Operation);
    let resources: Vec<ResourceTrace> = request
        .resources
        .iter()
        .map(|resource| {
            let target = resource::Target {
                resource,
                operation_level,
                principal: &request.request.principal,
                texts,
            };
            let checks: Vec<_> = statement
                .resources
                .iter()
                .map(|p| resource::check(p, &target))
                .collect();
            ResourceTrace {
                resource: kept_text(texts, resource),
                matched: checks.iter().any(|c| c.verdict.is_match()),
                checks,
            }
        })
        .collect();
    let condition = condition::evaluate(
        &statement.conditions,
        &condition::RequestKeys::new(request, texts),
    );
    let matches: Vec<bool> = resources
        .iter()
        .map(|r| action.matched && r.matched && condition.matched)
        .collect();

    let permid = action
        .checks
        .iter()
        .find(|c| c.verdict == trace::ActionVerdict::PermId);
    let unknown_operator = statement.conditions.iter().find_map(|b| {
        b.operator
            .as_ref()
            .err()
            .map(|e| NotEvaluated::UnknownOperator {
                operator: b.name.value.clone(),
                span: b.name.span,
                suggestion: e.suggestion.clone(),
            })
    });
    // A permid/ action could grant this request (its contents are unknown) only if nothing else rules it out.
    let not_evaluated = match (permid, unknown_operator) {
        (_, Some(unknown)) => Some(unknown),
        (Some(check), None) if !action.matched => Some(NotEvaluated::PermId {
            action: check.pattern.clone(),
            span: check.span,
        }),
        _ => None,
    };
    let outcome = if not_evaluated.is_some() {
        Outcome::NotEvaluated
    } else if matches.iter().all(|m| *m) {
        Outcome::Matched
    } else if matches.iter().any(|m| *m) {
        Outcome::PartlyMatched
    } else {
        Outcome::NotMatched
    };
    let assumptions =
        statement_assumptions(&action, &resources, &condition, not_evaluated.as_ref());
    StatementTrace {
        statement: statement.index,
        span: statement.span,
        effect: Some(statement.effect.value),
        outcome,
        not_evaluated,
        action,
        resources,
        condition,
        matches: if outcome == Outcome::NotEvaluated {
            vec![false; request.resources.len()]
        } else {
            matches
        },
        assumptions,
    }
}

/// The trace of a statement whose elements were not checked (invalid, or plainly not matching): it applies to
/// no requested resource and depends on no choice.
fn unchecked(
    (statement, span): (usize, crate::span::Span),
    effect: Option<Effect>,
    outcome: Outcome,
    matches: Vec<bool>,
) -> StatementTrace {
    StatementTrace {
        statement,
        span,
        effect,
        outcome,
        not_evaluated: None,
        action: ActionTrace::default(),
        resources: Vec::new(),
        condition: ConditionTrace::default(),
        matches,
        assumptions: Vec::new(),
    }
}

/// The decision-only trace of a statement whose action patterns all differ from the request's, for no CHOICE
/// rule: not matched, and its `matches` left empty (it applies to no resource) so that it allocates nothing.
fn not_concerned(statement: &Statement) -> StatementTrace {
    unchecked(
        (statement.index, statement.span),
        Some(statement.effect.value),
        Outcome::NotMatched,
        Vec::new(),
    )
}

/// A statement none of whose action patterns matches, for no CHOICE rule (no `permid/`, no case-only miss),
/// and with no unknown operator: whatever its resources and conditions, it is not matched and depends on no
/// choice (`statement_assumptions` only looks at the action's choices when the action is the one failing
/// element). Decided from the verdicts alone, without building the action checks.
fn plainly_not_matching(statement: &Statement, action: &str) -> bool {
    statement
        .actions
        .iter()
        .all(|a| action::verdict(&a.value, action) == trace::ActionVerdict::Different)
        && statement.conditions.iter().all(|b| b.operator.is_ok())
}

/// The CHOICE rules a statement's outcome depended on. A matched statement depends on the choices that made
/// each element match; an unmatched one only on the choices of its single failing element, if just one failed.
fn statement_assumptions(
    action: &ActionTrace,
    resources: &[ResourceTrace],
    condition: &ConditionTrace,
    not_evaluated: Option<&NotEvaluated>,
) -> Vec<Rule> {
    let mut rules = match not_evaluated {
        Some(NotEvaluated::PermId { .. }) => return vec![Rule::A3],
        Some(NotEvaluated::UnknownOperator { .. }) => return vec![Rule::C2],
        Some(NotEvaluated::Invalid) => return Vec::new(),
        None => Vec::new(),
    };
    let action_rules = element_rules(
        action.matched,
        action
            .checks
            .iter()
            .map(|c| (c.verdict.is_match(), &c.assumptions)),
    );
    let resource_rules: Vec<Rule> = resources
        .iter()
        .flat_map(|r| {
            element_rules(
                r.matched,
                r.checks
                    .iter()
                    .map(|c| (c.verdict.is_match(), &c.assumptions)),
            )
        })
        .collect();
    let condition_rules = condition::assumptions(condition);
    let resources_matched = resources.iter().all(|r| r.matched);
    let failing = [!action.matched, !resources_matched, !condition.matched];
    match failing.iter().filter(|f| **f).count() {
        0 => {
            rules.extend(action_rules);
            rules.extend(resource_rules);
            rules.extend(condition_rules);
        }
        1 if !action.matched => rules.extend(action_rules),
        1 if !resources_matched => rules.extend(resource_rules),
        1 => rules.extend(condition_rules),
        _ => {}
    }
    rules.sort();
    rules.dedup();
    rules
}

/// For an element made of alternatives (action or resource patterns): when it matched, the choices of a
/// matching pattern unless another pattern matched without any; when it failed, every failing pattern's choices.
fn element_rules<'a>(
    matched: bool,
    checks: impl Iterator<Item = (bool, &'a Vec<Rule>)> + Clone,
) -> Vec<Rule> {
    if matched {
        let mut matching = checks.filter(|(m, _)| *m);
        let first = matching.clone().next();
        if matching.any(|(_, rules)| rules.is_empty()) {
            return Vec::new();
        }
        first.map(|(_, rules)| rules.clone()).unwrap_or_default()
    } else {
        checks
            .flat_map(|(_, rules)| rules.iter().copied())
            .collect()
    }
}

/// What the notes look at: the decision, its deciding statements, and the policies they are in.
struct NoteContext<'a> {
    root_account: bool,
    decision: Decision,
    deciding: &'a [StatementRef],
    policies: &'a [&'a Policy],
    boundary: &'a [&'a Policy],
    request: &'a ResolvedRequest,
}

impl NoteContext<'_> {
    fn statement_of(&self, r: &StatementRef) -> Option<&Statement> {
        let set = match r.source {
            PolicySet::Policy => self.policies,
            PolicySet::Boundary => self.boundary,
        };
        set.get(r.policy)?
            .statements
            .iter()
            .find(|s| s.index == r.statement)
    }

    fn is_list_api(&self) -> bool {
        self.request
            .api
            .as_ref()
            .is_some_and(|a| a.category == Category::List)
    }
}

fn notes(context: &NoteContext<'_>) -> Vec<Note> {
    let mut notes = Vec::new();
    if context.root_account {
        notes.push(Note::RootAccount);
    }
    if context.decision == Decision::ExplicitDeny {
        notes.extend(list_api_tag_denies(context));
        notes.extend(platform_may_ignore_deny(context));
    }
    if context.is_list_api() && !context.root_account {
        notes.extend(list_query_operators(context));
    }
    notes
}

/// Rule E5: deciding denies with tag conditions, which CAM does not apply to list APIs.
fn list_api_tag_denies(context: &NoteContext<'_>) -> Vec<Note> {
    if !context.is_list_api() {
        return Vec::new();
    }
    let uses_tag = |s: &Statement| {
        s.conditions.iter().any(|b| {
            b.keys
                .iter()
                .any(|k| crate::policy::keys::is_tag_key(&k.name.value))
        })
    };
    context
        .deciding
        .iter()
        .filter(|r| context.statement_of(r).is_some_and(uses_tag))
        .map(|r| Note::ListApiTagDeny { statement: *r })
        .collect()
}

/// Rule E5: services whose denies real CAM may not apply.
fn platform_may_ignore_deny(context: &NoteContext<'_>) -> Option<Note> {
    let service = context
        .request
        .request
        .action
        .split(':')
        .next()
        .unwrap_or_default();
    matches!(service, "cos" | "billing" | "finance").then(|| Note::PlatformMayIgnoreDeny {
        service: service.to_string(),
    })
}

/// Rule E5: deciding statements of a list API with an operator that is not an exact match, which CAM's docs
/// say does not take effect for list queries.
fn list_query_operators(context: &NoteContext<'_>) -> Vec<Note> {
    context
        .deciding
        .iter()
        .filter_map(|r| {
            let inexact = context.statement_of(r).and_then(|s| {
                s.conditions
                    .iter()
                    .find(|b| b.operator.as_ref().is_ok_and(|op| !op.is_exact_match()))
            })?;
            Some(Note::ListQueryOperator {
                statement: *r,
                operator: inexact.name.value.clone(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::catalog::Catalog;
    use crate::workspace::{NamedPolicy, Workspace};

    use super::Detail;

    /// A policy big enough for the action index, with every kind of action pattern: plain names (also in another
    /// case, with `name/`, and with a Kelvin sign that lowercases to `k`), wildcards, `permid/`, an unknown
    /// operator. For every API and a few odd actions, decision-only evaluation concludes as the full one.
    #[test]
    fn the_action_index_concludes_as_reading_every_statement() {
        let patterns = [
            r#""ccc:CreateStaff""#,
            r#""CCC:createstaff""#,
            r#""name/ccc:DeleteStaff""#,
            r#""ccc:DescribeTelCdr", "ccc:Create*""#,
            r#""ccc:ModifyStaff""#,
            r#""permid/1""#,
            r#""ccc:DeleteStaf\u212a""#,
            r#""*""#,
            r#""ccc:BindStaffSkillGroupList", "ccc:UnbindStaffSkillGroupList""#,
        ];
        let statements: Vec<String> = (0..40)
            .map(|i| {
                let effect = if i % 5 == 0 { "deny" } else { "allow" };
                let condition = match i % 7 {
                    0 => r#", "condition": {"bogus_op": {"qcs:ip": ["10.0.0.0/8"]}}"#,
                    1 => r#", "condition": {"ip_equal": {"qcs:ip": ["10.0.0.0/8"]}}"#,
                    _ => "",
                };
                let pattern = patterns[i % patterns.len()];
                let pattern = if i == 7 { r#""ccc:Nothing""# } else { pattern };
                format!(r#"{{"effect": "{effect}", "action": [{pattern}], "resource": ["*"]{condition}}}"#)
            })
            .collect();
        let policy = format!(
            r#"{{"version": "2.0", "statement": [{}]}}"#,
            statements.join(", ")
        );
        let catalog = Catalog::builtin();
        let actions = catalog
            .actions()
            .map(|(name, _, _)| name.to_string())
            .chain(
                [
                    "ccc:createSTAFF",
                    "ccc:DeleteStaffK",
                    "ccc:deletestafk",
                    "ccc:Nope",
                ]
                .map(String::from),
            );
        for action in actions {
            let workspace = Workspace {
                policies: vec![NamedPolicy {
                    name: "big".into(),
                    text: policy.clone(),
                }],
                boundary: vec![],
                request: format!(
                    r#"{{"action": "{action}", "resource": "*", "principal": {{"uin": "100000000011", "owner_uin": "100000000001"}}, "context": {{"qcs:ip": "10.1.2.3"}}}}"#
                ),
            };
            let decided = |detail| {
                let result = workspace.run_with(catalog, detail);
                let e = result.evaluation.expect("the big policy evaluates");
                format!(
                    "{:?} {} {:?} {:?} {:?} {:?}",
                    e.decision, e.authoritative, e.deciding, e.assumptions, e.notes, e.resources
                )
            };
            assert_eq!(
                decided(Detail::DecisionOnly),
                decided(Detail::Full),
                "{action}"
            );
        }
    }
}
