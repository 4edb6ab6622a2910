//! "What can this policy do": the workspace evaluated against every catalog API, for the request's principal,
//! SdkAppId and context.

use crate::catalog::{Api, Catalog, Category, Granularity};
use crate::diagnostic::Diagnostic;
use crate::eval::trace::ActionVerdict;
use crate::eval::trace::StatementRef;
use crate::eval::{
    action_verdict, distinct_action_patterns, evaluate, evaluate_with, Decision, Detail,
};
use crate::policy::Policy;
use crate::request::{read_request, resolve, Request, ResolvedRequest};
use crate::workspace::{models, WorkspaceResult};
use crate::FastMap;

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
    let patterns = distinct_action_patterns(policies, boundary);
    let mut resources = DistinctResources::default();
    let mut decided = Decided::default();
    let mut verdicts = Vec::with_capacity(patterns.len());
    let mut rows = Vec::new();
    for (action, _, api) in catalog.actions() {
        let mut row = MatrixRow::undecided(action, api);
        let operation_level = api.granularity == Granularity::Operation;
        // Resolved at most once per API, and only when its template or its kind is new.
        let resolve_here = || resolve(request_for(base, action), catalog);
        let mut resolved = None;
        let outcome = resources
            .of(api, operation_level, || {
                resolve_here().map(|here| resolved.insert(here).resources.clone())
            })
            .map(|resources| {
                verdicts.clear();
                verdicts.extend(patterns.iter().map(|p| action_verdict(p, action)));
                (resources, operation_level)
            })
            .and_then(|kind| match decided.get(&verdicts, kind) {
                Some(outcome) => Ok(outcome.clone()),
                None => {
                    let resolved = resolved.map_or_else(resolve_here, Ok)?;
                    let outcome = decide(policies, boundary, &resolved);
                    decided.insert(&verdicts, kind, outcome.clone());
                    Ok(outcome)
                }
            });
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

type Outcome = (Decision, bool, Vec<StatementRef>);

/// The distinct resource lists the catalog's templates resolve to. APIs with the same template and granularity
/// resolve to the same resources (only the wording of a failure names the API, so failures are not shared).
#[derive(Default)]
struct DistinctResources<'c> {
    of_template: FastMap<(&'c str, bool), usize>,
    distinct: Vec<Vec<String>>,
}

impl<'c> DistinctResources<'c> {
    /// Which distinct resource list `api` has, resolving its request with `resolve` the first time its
    /// template is seen.
    fn of(
        &mut self,
        api: &'c Api,
        operation_level: bool,
        resolve: impl FnOnce() -> Result<Vec<String>, Vec<Diagnostic>>,
    ) -> Result<usize, Vec<Diagnostic>> {
        let template = (api.resource_template.as_str(), operation_level);
        if let Some(id) = self.of_template.get(&template) {
            return Ok(*id);
        }
        let resources = resolve()?;
        let id = match self.distinct.iter().position(|r| *r == resources) {
            Some(id) => id,
            None => {
                self.distinct.push(resources);
                self.distinct.len() - 1
            }
        };
        self.of_template.insert(template, id);
        Ok(id)
    }
}

/// The outcome of each kind already evaluated. A kind is the verdicts of every action pattern and (which
/// distinct resource list, operation level); keyed by the verdicts first, so a lookup borrows the list made for
/// each API instead of allocating a key.
#[derive(Default)]
struct Decided(FastMap<Vec<ActionVerdict>, Vec<(Kind, Outcome)>>);

/// (which distinct resource list, operation level): the rest of a kind, after its verdicts.
type Kind = (usize, bool);

impl Decided {
    fn get(&self, verdicts: &[ActionVerdict], kind: Kind) -> Option<&Outcome> {
        let kinds = self.0.get(verdicts)?;
        kinds
            .iter()
            .find(|(k, _)| *k == kind)
            .map(|(_, outcome)| outcome)
    }

    fn insert(&mut self, verdicts: &[ActionVerdict], kind: Kind, outcome: Outcome) {
        self.0
            .entry(verdicts.to_vec())
            .or_default()
            .push((kind, outcome));
    }
}

/// One kind evaluated for decision only. The statements that cannot take part are left out by evaluation itself:
/// a statement whose action patterns all differ is not checked, and a big policy's action index (built once,
/// for the first kind) is asked which statements can concern the kind's action.
fn decide(policies: &[&Policy], boundary: &[&Policy], resolved: &ResolvedRequest) -> Outcome {
    let e = evaluate_with(policies, boundary, resolved, Detail::DecisionOnly);
    (e.decision, e.authoritative, e.deciding)
}

/// The matrix of a workspace's identity policies and boundary (the kinds the tools read) for the request `text`:
/// `None` while one of those policies or the request cannot be read.
pub fn workspace_matrix(
    result: &WorkspaceResult,
    request: &str,
    catalog: &Catalog,
) -> Option<Vec<MatrixRow>> {
    let (policies, boundary) = (models(&result.policies)?, models(&result.boundary)?);
    Some(matrix(
        &policies,
        &boundary,
        &read_request(request)?,
        catalog,
    ))
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
