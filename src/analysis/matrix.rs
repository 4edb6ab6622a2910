//! "What can this policy do": the workspace evaluated against every catalog API, for the request's principal,
//! SdkAppId and context.

use std::collections::HashMap;

/// The matrix's maps are keyed by short texts and verdict lists it builds itself: no need for SipHash's defence
/// against chosen keys, which cost a quarter of the matrix's time.
type FastMap<K, V> = HashMap<K, V, foldhash::fast::FixedState>;

use crate::catalog::{Api, Catalog, Category, Granularity};
use crate::eval::trace::ActionVerdict;
use crate::eval::trace::StatementRef;
use crate::eval::{
    action_verdict, distinct_action_patterns, evaluate, evaluate_with, Decision, Detail,
};
use crate::policy::{Policy, Statement};
use crate::request::{resolve, Request};

#[derive(Clone, Debug, PartialEq)]
pub struct MatrixRow {
    /// `ccc:CreateStaff`.
    pub action: String,
    pub category: Category,
    pub granularity: Granularity,
    /// `None` when the request could not be built for this API (e.g. no SdkAppId for a resource-level one).
    pub decision: Option<Decision>,
    pub authoritative: bool,
    pub deciding: Vec<StatementRef>,
    /// Why the request could not be built, as a diagnostic's words (`Locale::words`).
    pub problem: Option<crate::diagnostic::Text>,
}

/// One row per API of every catalog product, in catalog order. `base` supplies principal, params and context;
/// its action and resource are replaced for each API.
///
/// APIs alike for these policies (the same resources and granularity, and the same verdict from every action
/// pattern) get the same decision, so each kind is evaluated once: the default example's 181 APIs
/// need a handful of evaluations.
pub fn matrix(
    policies: &[&Policy],
    boundary: &[&Policy],
    base: &Request,
    catalog: &Catalog,
) -> Vec<MatrixRow> {
    // (which distinct resource list, operation level, verdicts)
    type Kind = (usize, bool, Vec<ActionVerdict>);
    // Catalog APIs with the same template and granularity resolve to the same resources (only the wording of a
    // failure names the API, so failures are not shared).
    let mut resources_of: FastMap<(&str, bool), usize> = FastMap::default();
    let mut distinct_resources: Vec<Vec<String>> = Vec::new();
    let mut decided: FastMap<Kind, (Decision, bool, Vec<StatementRef>)> = FastMap::default();
    let patterns = distinct_action_patterns(policies, boundary);
    let mut rows = Vec::new();
    for (action, _, api) in catalog.actions() {
        let mut row = MatrixRow::undecided(action, api);
        let operation_level = api.granularity == Granularity::Operation;
        let template = (api.resource_template.as_str(), operation_level);
        let resources = match resources_of.get(&template) {
            Some(id) => Ok(*id),
            None => resolve(request_for(base, action), catalog).map(|resolved| {
                let id = match distinct_resources
                    .iter()
                    .position(|r| *r == resolved.resources)
                {
                    Some(id) => id,
                    None => {
                        distinct_resources.push(resolved.resources);
                        distinct_resources.len() - 1
                    }
                };
                resources_of.insert(template, id);
                id
            }),
        };
        let kind = resources.map(|resources| {
            (
                resources,
                operation_level,
                patterns.iter().map(|p| action_verdict(p, action)).collect(),
            )
        });
        let outcome = match kind {
            Ok(kind) => match decided.get(&kind) {
                Some(outcome) => Ok(outcome.clone()),
                None => resolve(request_for(base, action), catalog).map(|resolved| {
                    let verdicts: FastMap<&str, ActionVerdict> = patterns
                        .iter()
                        .copied()
                        .zip(kind.2.iter().copied())
                        .collect();
                    let (policies, boundary) = (
                        applicable(policies, &verdicts),
                        applicable(boundary, &verdicts),
                    );
                    let e = evaluate_with(
                        &refs(&policies),
                        &refs(&boundary),
                        &resolved,
                        Detail::DecisionOnly,
                    );
                    let outcome = (e.decision, e.authoritative, e.deciding);
                    decided.insert(kind, outcome.clone());
                    outcome
                }),
            },
            Err(diagnostics) => Err(diagnostics),
        };
        match outcome {
            Ok((decision, authoritative, deciding)) => {
                row.decision = Some(decision);
                row.authoritative = authoritative;
                row.deciding = deciding;
            }
            Err(diagnostics) => row.problem = first_error(diagnostics),
        }
        rows.push(row);
    }
    rows
}

/// The policies without the statements that cannot take part in this decision: every action pattern differs
/// from the action, and every condition operator is known. Such a statement matches nothing and relies on no
/// choice, so it changes neither the decision, nor the deciding statements, nor whether the decision is
/// authoritative; with long explicit action lists most statements are such. Kept statements keep their
/// index and span, and every policy keeps its place, so deciding statements are named as before.
fn applicable(set: &[&Policy], verdicts: &FastMap<&str, ActionVerdict>) -> Vec<Policy> {
    let takes_part = |s: &Statement| {
        s.actions
            .iter()
            .any(|a| verdicts.get(a.value.as_str()) != Some(&ActionVerdict::Different))
            || s.conditions.iter().any(|b| b.operator.is_err())
    };
    set.iter()
        .map(|policy| Policy {
            statements: policy
                .statements
                .iter()
                .filter(|s| takes_part(s))
                .cloned()
                .collect(),
            invalid_statements: policy.invalid_statements.clone(),
            span: policy.span,
        })
        .collect()
}

fn refs(set: &[Policy]) -> Vec<&Policy> {
    set.iter().collect()
}

/// The matrix by definition, one full evaluation per API, as `matrix` was first written. The tests hold
/// `matrix` to it.
pub fn matrix_by_definition(
    policies: &[&Policy],
    boundary: &[&Policy],
    base: &Request,
    catalog: &Catalog,
) -> Vec<MatrixRow> {
    catalog
        .actions()
        .map(|(action, _, api)| {
            let mut row = MatrixRow::undecided(action, api);
            match resolve(request_for(base, action), catalog) {
                Ok(resolved) => {
                    let e = evaluate(policies, boundary, &resolved);
                    row.decision = Some(e.decision);
                    row.authoritative = e.authoritative;
                    row.deciding = e.deciding;
                }
                Err(diagnostics) => row.problem = first_error(diagnostics),
            }
            row
        })
        .collect()
}

/// `base` asking for `action`, with the resource left to the catalog.
fn request_for(base: &Request, action: &str) -> Request {
    Request {
        action: action.to_string(),
        resource: Vec::new(),
        ..base.clone()
    }
}

impl MatrixRow {
    fn undecided(action: &str, api: &Api) -> MatrixRow {
        MatrixRow {
            action: action.to_string(),
            category: api.category,
            granularity: api.granularity,
            decision: None,
            authoritative: false,
            deciding: Vec::new(),
            problem: None,
        }
    }
}

fn first_error(diagnostics: Vec<crate::diagnostic::Diagnostic>) -> Option<crate::diagnostic::Text> {
    diagnostics
        .into_iter()
        .find(|d| d.is_error())
        .map(|d| d.text)
}
