//! Policy diff: two versions of a policy set → every API × resource id (SdkAppId for ccc) whose decision changed.

use std::collections::BTreeSet;

use serde::Serialize;

use super::matrix::matrix;
use crate::catalog::Catalog;
use crate::eval::Decision;
use crate::policy::{parse_policy, Policy};
use crate::request::{read_request, Request};
use crate::workspace::{models, NamedPolicy, Workspace, WorkspaceResult};

/// One value of a product's resource parameter: `SdkAppId` `1400000000`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct ResourceId {
    pub param: String,
    pub id: String,
    /// An id that neither version nor the request names: it stands for every other one, so an edit that widens
    /// a grant to `SdkAppId/*` shows (issue 27, finding 5).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub other: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DiffRow {
    pub action: String,
    /// The resource id the change shows on.
    #[serde(flatten)]
    pub resource: ResourceId,
    pub before: Option<Decision>,
    pub after: Option<Decision>,
    /// The request that shows the change, in the public format.
    pub example: Request,
}

/// The resource ids named in a policy set's resources (`Catalog::resource_id_of`).
fn resource_ids(policies: &[&Policy], catalog: &Catalog, into: &mut BTreeSet<ResourceId>) {
    for resource in policies
        .iter()
        .flat_map(|p| &p.statements)
        .flat_map(|s| &s.resources)
    {
        if let Some((param, id)) = catalog.resource_id_of(&resource.value) {
            into.insert(ResourceId {
                param: param.to_string(),
                id: id.to_string(),
                other: false,
            });
        }
    }
}

/// At most this many resource ids are compared: each costs two whole-catalog matrices, and a big policy can name
/// hundreds.
pub const RESOURCE_IDS_COMPARED_AT_MOST: usize = 32;
/// And at most this many statements × ids: a diff of two 1,000-statement versions compares only the
/// request's own id (about a second in the browser) instead of freezing the page for a minute.
const STATEMENT_RESOURCE_IDS_AT_MOST: usize = 1024;

/// The resource ids a diff compares — the base request's own first (each parameter a catalog template names),
/// then those either version names, in order — and how many there are in all.
pub fn compared_resource_ids(
    before: (&[&Policy], &[&Policy]),
    after: (&[&Policy], &[&Policy]),
    base: &Request,
    catalog: &Catalog,
) -> (Vec<ResourceId>, usize) {
    let mut named = BTreeSet::new();
    for set in [before.0, before.1, after.0, after.1] {
        resource_ids(set, catalog, &mut named);
    }
    let own: Vec<ResourceId> = catalog
        .products
        .iter()
        .flat_map(|p| p.resource_params())
        .filter_map(|param| {
            let id = match base.params.get(param)? {
                serde_json::Value::Number(n) => n.to_string(),
                serde_json::Value::String(s) => s.clone(),
                _ => return None,
            };
            Some(ResourceId {
                param: param.to_string(),
                id,
                other: false,
            })
        })
        .collect();
    let mut ids: Vec<ResourceId> = Vec::new();
    for id in own.iter().chain(&named) {
        if !ids.contains(id) {
            ids.push(id.clone());
        }
    }
    let total = ids.len();
    // After the request's own ids, one id per parameter that nobody names.
    let mut params: Vec<&str> = ids.iter().map(|r| r.param.as_str()).collect();
    params.dedup();
    let others: Vec<ResourceId> = params
        .into_iter()
        .map(|param| other_id(param, &ids))
        .collect();
    let mut ids: Vec<ResourceId> = own
        .iter()
        .cloned()
        .chain(others)
        .chain(ids.into_iter().filter(|id| !own.contains(id)))
        .collect();
    ids.dedup();
    let statements: usize = [before.0, before.1, after.0, after.1]
        .iter()
        .flat_map(|set| set.iter())
        .map(|p| p.statements.len())
        .sum();
    ids.truncate(
        RESOURCE_IDS_COMPARED_AT_MOST
            .min(STATEMENT_RESOURCE_IDS_AT_MOST / statements.max(1))
            .max(1),
    );
    (ids, total)
}

/// An id of `param` that none of `named` is: the largest number named plus one, or `other`.
fn other_id(param: &str, named: &[ResourceId]) -> ResourceId {
    let ids = named.iter().filter(|r| r.param == param);
    let next = ids
        .clone()
        .filter_map(|r| r.id.parse::<u64>().ok())
        .max()
        .and_then(|largest| largest.checked_add(1));
    let id = match next {
        Some(next) => next.to_string(),
        None => {
            let mut id = "other".to_string();
            while ids.clone().any(|r| r.id == id) {
                id.push('-');
            }
            id
        }
    };
    ResourceId {
        param: param.to_string(),
        id,
        other: true,
    }
}

/// What changed, and over which resource ids.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Diff {
    pub rows: Vec<DiffRow>,
    /// The resource ids compared (see `compared_resource_ids`).
    pub compared: Vec<ResourceId>,
    /// How many resource ids either version or the request names.
    pub named: usize,
}

/// Compares `before` and `after` (each: identity policies, boundary) for every catalog API and the ids of
/// `compared_resource_ids`, with `base`'s principal and context.
pub fn diff(
    before: (&[&Policy], &[&Policy]),
    after: (&[&Policy], &[&Policy]),
    base: &Request,
    catalog: &Catalog,
) -> Diff {
    let (compared, named) = compared_resource_ids(before, after, base, catalog);
    let mut rows = Vec::new();
    for resource in &compared {
        let mut request = base.clone();
        request.params.insert(
            resource.param.clone(),
            resource.id.parse::<u64>().map_or_else(
                |_| serde_json::Value::String(resource.id.clone()),
                serde_json::Value::from,
            ),
        );
        let old = matrix(before.0, before.1, &request, catalog);
        let new = matrix(after.0, after.1, &request, catalog);
        for (o, n) in old.into_iter().zip(new) {
            if o.decision != n.decision {
                rows.push(DiffRow {
                    example: Request {
                        action: n.action.clone(),
                        resource: Vec::new(),
                        ..request.clone()
                    },
                    action: n.action,
                    resource: resource.clone(),
                    before: o.decision,
                    after: n.decision,
                });
            }
        }
    }
    Diff {
        rows,
        compared,
        named,
    }
}

/// The identity policies and the boundary at one moment (the diff panel's snapshot), to compare the workspace
/// with later.
#[derive(Clone, Debug, PartialEq)]
pub struct Snapshot {
    policies: Vec<NamedPolicy>,
    boundary: Vec<NamedPolicy>,
}

impl Snapshot {
    pub fn of(workspace: &Workspace) -> Snapshot {
        Snapshot {
            policies: workspace.policies.clone(),
            boundary: workspace.boundary.clone(),
        }
    }

    /// What changed from the snapshot to `now`, with the principal and context of the request `text`: `None`
    /// while a policy of either version or the request cannot be read.
    pub fn diff(&self, now: &WorkspaceResult, request: &str, catalog: &Catalog) -> Option<Diff> {
        let read = |set: &[NamedPolicy]| -> Option<Vec<Policy>> {
            (set.iter())
                .map(|p| parse_policy(&p.text, catalog).policy)
                .collect()
        };
        let (policies, boundary) = (read(&self.policies)?, read(&self.boundary)?);
        let (policies, boundary): (Vec<&Policy>, Vec<&Policy>) =
            (policies.iter().collect(), boundary.iter().collect());
        let (now_policies, now_boundary) = (models(&now.policies)?, models(&now.boundary)?);
        let base = read_request(request)?;
        Some(diff(
            (&policies, &boundary),
            (&now_policies, &now_boundary),
            &base,
            catalog,
        ))
    }
}
