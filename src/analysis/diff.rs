//! Policy diff: two versions of a policy set → every API × SdkAppId whose decision changed.

use std::collections::BTreeSet;

use serde::Serialize;

use super::matrix::matrix;
use crate::catalog::Catalog;
use crate::eval::Decision;
use crate::policy::Policy;
use crate::request::Request;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DiffRow {
    pub action: String,
    pub sdk_app_id: String,
    pub before: Option<Decision>,
    pub after: Option<Decision>,
    /// The request that shows the change, in the public format.
    pub example: Request,
}

/// The SdkAppIds named in a policy set's resources (`…:SdkAppId/1400000000`).
fn sdk_app_ids(policies: &[&Policy], into: &mut BTreeSet<String>) {
    for resource in policies
        .iter()
        .flat_map(|p| &p.statements)
        .flat_map(|s| &s.resources)
    {
        if let Some(rest) = resource.value.split("SdkAppId/").nth(1) {
            let id: String = rest.chars().take_while(char::is_ascii_digit).collect();
            if !id.is_empty() {
                into.insert(id);
            }
        }
    }
}

/// Compares `before` and `after` (each: identity policies, boundary) for every catalog API and every SdkAppId
/// appearing in either version (or the base request's own), with `base`'s principal and context.
pub fn diff(
    before: (&[&Policy], &[&Policy]),
    after: (&[&Policy], &[&Policy]),
    base: &Request,
    catalog: &Catalog,
) -> Vec<DiffRow> {
    let mut ids = BTreeSet::new();
    for set in [before.0, before.1, after.0, after.1] {
        sdk_app_ids(set, &mut ids);
    }
    if let Some(id) = base.params.get("SdkAppId").and_then(|v| match v {
        serde_json::Value::Number(n) => Some(n.to_string()),
        serde_json::Value::String(s) => Some(s.clone()),
        _ => None,
    }) {
        ids.insert(id);
    }
    let mut rows = Vec::new();
    for id in ids {
        let mut request = base.clone();
        request.params.insert(
            "SdkAppId".into(),
            id.parse::<u64>().map_or_else(
                |_| serde_json::Value::String(id.clone()),
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
                    sdk_app_id: id.clone(),
                    before: o.decision,
                    after: n.decision,
                });
            }
        }
    }
    rows
}
