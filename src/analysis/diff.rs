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

/// At most this many SdkAppIds are compared: each costs two whole-catalog matrices, and a big policy can name
/// hundreds.
pub const SDK_APP_IDS_COMPARED_AT_MOST: usize = 32;
/// And at most this many statements × SdkAppIds: a diff of two 1,000-statement versions compares only the
/// request's own SdkAppId (about a second in the browser) instead of freezing the page for a minute.
const STATEMENT_SDK_APP_IDS_AT_MOST: usize = 1024;

/// The SdkAppIds a diff compares — the base request's own first, then those either version names, in order —
/// and how many there are in all.
pub fn compared_sdk_app_ids(
    before: (&[&Policy], &[&Policy]),
    after: (&[&Policy], &[&Policy]),
    base: &Request,
) -> (Vec<String>, usize) {
    let mut named = BTreeSet::new();
    for set in [before.0, before.1, after.0, after.1] {
        sdk_app_ids(set, &mut named);
    }
    let own = base.params.get("SdkAppId").and_then(|v| match v {
        serde_json::Value::Number(n) => Some(n.to_string()),
        serde_json::Value::String(s) => Some(s.clone()),
        _ => None,
    });
    let mut ids: Vec<String> = own.clone().into_iter().collect();
    ids.extend(named.into_iter().filter(|id| Some(id) != own.as_ref()));
    let total = ids.len();
    let statements: usize = [before.0, before.1, after.0, after.1]
        .iter()
        .flat_map(|set| set.iter())
        .map(|p| p.statements.len())
        .sum();
    ids.truncate(
        SDK_APP_IDS_COMPARED_AT_MOST
            .min(STATEMENT_SDK_APP_IDS_AT_MOST / statements.max(1))
            .max(1),
    );
    (ids, total)
}

/// What changed, and over which SdkAppIds.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Diff {
    pub rows: Vec<DiffRow>,
    /// The SdkAppIds compared (see `compared_sdk_app_ids`).
    pub compared: Vec<String>,
    /// How many SdkAppIds either version or the request names.
    pub named: usize,
}

/// Compares `before` and `after` (each: identity policies, boundary) for every catalog API and the SdkAppIds of
/// `compared_sdk_app_ids`, with `base`'s principal and context.
pub fn diff(
    before: (&[&Policy], &[&Policy]),
    after: (&[&Policy], &[&Policy]),
    base: &Request,
    catalog: &Catalog,
) -> Diff {
    let (compared, named) = compared_sdk_app_ids(before, after, base);
    let mut rows = Vec::new();
    for id in &compared {
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
    Diff {
        rows,
        compared,
        named,
    }
}
