//! Access gates for CI: what an after-version of the policies allows that the before-version did not
//! (`no-new-access`), and whether any request matching an action pattern is allowed (`never-allow`). Both read
//! the matrix over the resource ids the policies name (`compared_resource_ids`) plus one id that no policy
//! names, which stands for every other id: a resource widened to `SdkAppId/*` gains all of those at once.

use super::diff::{compared_resource_ids, ResourceId};
use super::matrix::matrix;
use crate::catalog::Catalog;
use crate::eval::{self, Decision};
use crate::policy::Policy;
use crate::request::{resolve, Request};

/// Access the after-version has and the before-version had not, or access a pattern forbids.
#[derive(Clone, Debug, PartialEq)]
pub struct Access {
    pub action: String,
    /// The resource id it shows on; `None` for a request with a given resource (`never_allowed` with one).
    pub resource: Option<ResourceId>,
    /// The id is one no policy names: the access holds for every id the policies do not name.
    pub unnamed: bool,
    /// The decision before (for `new_access`).
    pub before: Option<Decision>,
    /// The request that shows it, in the public format.
    pub example: Request,
}

/// The compared ids, each with whether it is the stand-in for the ids nobody names.
fn probe_ids(sets: &[&[&Policy]], base: &Request, catalog: &Catalog) -> Vec<(ResourceId, bool)> {
    let empty: &[&Policy] = &[];
    let (first, second) = match sets {
        [a, b, c, d] => ((*a, *b), (*c, *d)),
        [a, b] => ((*a, *b), (empty, empty)),
        _ => ((empty, empty), (empty, empty)),
    };
    let (compared, _) = compared_resource_ids(first, second, base, catalog);
    // The diff's own stand-in for the ids nobody names (`other`) serves here too.
    let mut ids: Vec<(ResourceId, bool)> = compared
        .iter()
        .cloned()
        .map(|id| {
            let other = id.other;
            (id, other)
        })
        .collect();
    let mut params: Vec<&str> = catalog
        .products
        .iter()
        .flat_map(|p| p.resource_params())
        .collect();
    params.sort();
    params.dedup();
    for param in params {
        if ids.iter().any(|(id, other)| *other && id.param == param) {
            continue;
        }
        // An id of the same shape as real ones, that nothing names: 1999999999, then up.
        let mut candidate: u64 = 1_999_999_999;
        while compared
            .iter()
            .any(|id| id.param == param && id.id == candidate.to_string())
        {
            candidate += 1;
        }
        ids.push((
            ResourceId {
                param: param.to_string(),
                id: candidate.to_string(),
                other: true,
            },
            true,
        ));
    }
    ids
}

fn with_id(base: &Request, id: &ResourceId) -> Request {
    let mut request = base.clone();
    request.params.insert(
        id.param.clone(),
        id.id.parse::<u64>().map_or_else(
            |_| serde_json::Value::String(id.id.clone()),
            serde_json::Value::from,
        ),
    );
    request
}

/// Every catalog API × resource id (the named ones and the stand-in for the others) that `after` allows and
/// `before` did not, with `base`'s principal and context.
pub fn new_access(
    before: (&[&Policy], &[&Policy]),
    after: (&[&Policy], &[&Policy]),
    base: &Request,
    catalog: &Catalog,
) -> Vec<Access> {
    let mut gained = Vec::new();
    for (id, unnamed) in probe_ids(&[before.0, before.1, after.0, after.1], base, catalog) {
        let request = with_id(base, &id);
        let old = matrix(before.0, before.1, &request, catalog);
        let new = matrix(after.0, after.1, &request, catalog);
        for (o, n) in old.into_iter().zip(new) {
            if n.decision == Some(Decision::Allow) && o.decision != Some(Decision::Allow) {
                gained.push(Access {
                    example: Request {
                        action: n.action.clone(),
                        resource: Vec::new(),
                        ..request.clone()
                    },
                    action: n.action,
                    resource: Some(id.clone()),
                    unnamed,
                    before: o.decision,
                });
            }
        }
    }
    gained
}

/// Every request matching one of `patterns` (catalog action patterns, `ccc:Delete*`) that the policies allow:
/// for each catalog API the patterns match, on every named id and the stand-in for the others, or, with
/// `resource`, on that resource.
pub fn never_allowed(
    policies: (&[&Policy], &[&Policy]),
    base: &Request,
    patterns: &[String],
    resource: Option<&str>,
    catalog: &Catalog,
) -> Vec<Access> {
    let matches = |action: &str| patterns.iter().any(|p| crate::glob::matches(p, action));
    let mut allowed = Vec::new();
    if let Some(resource) = resource {
        for (action, _, _) in catalog.actions().filter(|(a, _, _)| matches(a)) {
            let request = Request {
                action: action.to_string(),
                resource: vec![resource.to_string()],
                ..base.clone()
            };
            let Ok(resolved) = resolve(request.clone(), catalog) else {
                continue;
            };
            let evaluation = eval::evaluate_with(
                policies.0,
                policies.1,
                &resolved,
                eval::Detail::DecisionOnly,
            );
            if evaluation.decision == Decision::Allow {
                allowed.push(Access {
                    action: action.to_string(),
                    resource: None,
                    unnamed: false,
                    before: None,
                    example: request,
                });
            }
        }
        return allowed;
    }
    for (id, unnamed) in probe_ids(&[policies.0, policies.1], base, catalog) {
        let request = with_id(base, &id);
        for row in matrix(policies.0, policies.1, &request, catalog) {
            if row.decision == Some(Decision::Allow) && matches(&row.action) {
                allowed.push(Access {
                    example: Request {
                        action: row.action.clone(),
                        resource: Vec::new(),
                        ..request.clone()
                    },
                    action: row.action,
                    resource: Some(id.clone()),
                    unnamed,
                    before: None,
                });
            }
        }
    }
    allowed
}
