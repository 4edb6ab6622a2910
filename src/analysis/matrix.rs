//! "What can this policy do": the workspace evaluated against every catalog API, for the request's principal,
//! SdkAppId and context.

use serde::Serialize;

use crate::catalog::{Catalog, Category, Granularity};
use crate::eval::trace::StatementRef;
use crate::eval::{evaluate, Decision};
use crate::policy::Policy;
use crate::request::{resolve, Request};

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MatrixRow {
    /// `ccc:CreateStaff`.
    pub action: String,
    pub category: Category,
    pub granularity: Granularity,
    /// `None` when the request could not be built for this API (e.g. no SdkAppId for a resource-level one).
    pub decision: Option<Decision>,
    pub authoritative: bool,
    pub deciding: Vec<StatementRef>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub problem: Option<String>,
}

/// One row per API of every catalog product, in catalog order. `base` supplies principal, params and context;
/// its action and resource are replaced for each API.
pub fn matrix(
    policies: &[&Policy],
    boundary: &[&Policy],
    base: &Request,
    catalog: &Catalog,
) -> Vec<MatrixRow> {
    let mut rows = Vec::new();
    for (action, _, api) in catalog.actions() {
        let action = action.to_string();
        let request = Request {
            action: action.clone(),
            resource: Vec::new(),
            ..base.clone()
        };
        let mut row = MatrixRow {
            action,
            category: api.category,
            granularity: api.granularity,
            decision: None,
            authoritative: false,
            deciding: Vec::new(),
            problem: None,
        };
        match resolve(request, catalog) {
            Ok(resolved) => {
                let evaluation = evaluate(policies, boundary, &resolved);
                row.decision = Some(evaluation.decision);
                row.authoritative = evaluation.authoritative;
                row.deciding = evaluation.deciding;
            }
            Err(diagnostics) => {
                row.problem = diagnostics
                    .into_iter()
                    .find(|d| d.is_error())
                    .map(|d| d.message);
            }
        }
        rows.push(row);
    }
    rows
}
