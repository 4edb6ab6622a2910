//! The request: what is being asked (an action on resources, by a principal, in a context). Its JSON form is a
//! public contract shared by the CLI, the UI and share links:
//!
//! ```json
//! {"action": "ccc:CreateStaff", "params": {"SdkAppId": 1400000000},
//!  "resource": "qcs::ccc::uin/100000000001:SdkAppId/1400000000",
//!  "principal": {"uin": "100000000011", "owner_uin": "100000000001", "app_id": "1250000001"},
//!  "context": {"qcs:ip": "10.1.2.3", "qcs:current_time": "2026-11-28T12:00:00Z"}}
//! ```

mod from_error;
mod parse;
mod resolve;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::catalog::Granularity;
use crate::diagnostic::Diagnostic;
use crate::rules::Rule;

pub use crate::text::request::RequestText;
pub use from_error::{read_error_message, ErrorFacts, PasteProblem};
pub use parse::{parse_request, read_request};
pub use resolve::resolve;

/// A request in the public format. Ids are kept as the strings they denote, whether written as numbers or not.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Request {
    pub action: String,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub params: BTreeMap<String, serde_json::Value>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub resource: Vec<String>,
    #[serde(default)]
    pub principal: Principal,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub context: BTreeMap<String, ContextValue>,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Principal {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uin: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_uin: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_id: Option<String>,
}

impl Request {
    /// The request in the public JSON format, pretty-printed.
    pub fn to_json_text(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

/// A context value as text: a JSON list makes the key multi-valued even with one element (rules C4, C6).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ContextValue {
    One(String),
    Many(Vec<String>),
}

impl ContextValue {
    pub fn values(&self) -> &[String] {
        match self {
            ContextValue::One(v) => std::slice::from_ref(v),
            ContextValue::Many(vs) => vs,
        }
    }

    pub fn is_multi(&self) -> bool {
        matches!(self, ContextValue::Many(_))
    }
}

/// The request as the evaluator sees it: the resources to check, and how they were derived.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ResolvedRequest {
    pub request: Request,
    pub api: Option<ApiFacts>,
    pub resources: Vec<String>,
    pub resource_origin: ResourceOrigin,
    /// CHOICE rules the resolution relied on (R6 for `uin/` templates, R7 for several resources).
    pub assumptions: Vec<Rule>,
}

/// What the catalog says about the requested API.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ApiFacts {
    pub product: String,
    pub name: String,
    pub granularity: Granularity,
    pub resource_template: String,
    pub category: crate::catalog::Category,
    /// The product supports authorization by tag; without it, tag keys are absent for its actions (rule C9).
    pub tag_authorization: bool,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ResourceOrigin {
    /// Operation-level API: CAM checks `*` whatever the request names (rule R5).
    OperationLevel { ignored_resource: Vec<String> },
    /// Built from the catalog's template and the request's parameters.
    Template { template: String },
    /// Given in the request.
    Given,
}

/// A parsed request: the resolved request when it could be read, and everything worth telling about it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ParsedRequest {
    pub request: Option<ResolvedRequest>,
    pub diagnostics: Vec<Diagnostic>,
}
