//! The access gates' results (`diff --gate no-new-access`, `check --never-allow`) as JSON, and the playground
//! link that reopens each example request with the policies that allow it.

use serde::Serialize;

use crate::analysis::Access;
use crate::eval::Decision;
use crate::request::Request;
use crate::share::{self, View};
use crate::workspace::{NamedPolicy, Workspace};

/// Where the links point unless `--link-base` says otherwise: `make serve`'s address.
pub const DEFAULT_LINK_BASE: &str = "http://127.0.0.1:8080/";

#[derive(Debug, Serialize)]
pub struct AccessReport {
    /// `no-new-access` or `never-allow`.
    pub gate: &'static str,
    pub passed: bool,
    pub access: Vec<AccessView>,
}

#[derive(Debug, Serialize)]
pub struct AccessView {
    pub action: String,
    /// The resource parameter and id it shows on (`SdkAppId`, `1400000000`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub param: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// The id is one no policy names: the access holds for every id the policies do not name.
    pub unnamed: bool,
    /// The before-policies' decision (`no-new-access`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub before: Option<Decision>,
    pub example: Request,
    pub link: String,
}

/// A playground link (`base#s1.…`) that opens `policies`, `boundary` and the example request.
pub fn playground_link(
    base: &str,
    policies: &[NamedPolicy],
    boundary: &[NamedPolicy],
    example: &Request,
) -> String {
    let workspace = Workspace {
        policies: policies.to_vec(),
        boundary: boundary.to_vec(),
        request: example.to_json_text(),
        ..Workspace::default()
    };
    format!(
        "{}#{}",
        base.trim_end_matches('#'),
        share::encode(&workspace, &View::default(), Some(Decision::Allow))
    )
}

impl AccessView {
    pub fn new(access: &Access, link: String) -> AccessView {
        AccessView {
            action: access.action.clone(),
            param: access.resource.as_ref().map(|r| r.param.clone()),
            id: access.resource.as_ref().map(|r| r.id.clone()),
            unnamed: access.unnamed,
            before: access.before,
            example: access.example.clone(),
            link,
        }
    }
}
