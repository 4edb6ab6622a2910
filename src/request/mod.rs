//! The request: what is being asked (an action on resources, by a principal, in a context). Its JSON form is a
//! public contract shared by the CLI, the UI and share links:
//!
//! ```json
//! {"action": "ccc:CreateStaff", "params": {"SdkAppId": 1400000000},
//!  "resource": "qcs::ccc::uin/100000000001:SdkAppId/1400000000",
//!  "principal": {"uin": "100000000011", "owner_uin": "100000000001", "app_id": "1250000001"},
//!  "context": {"qcs:ip": "10.1.2.3", "qcs:current_time": "2026-11-28T12:00:00Z"}}
//! ```
//!
//! Who is asking grows backward compatibly: without `type`, a principal whose `uin` is its `owner_uin` is the
//! root account and any other a CAM user, as before. `type` names the others (a role session, an anonymous
//! caller, a cloud service, a federated identity), and `resource_owner_uin` the account that owns what is
//! accessed when it is another one (cross-account access, chapters T and B):
//!
//! ```json
//! {"action": "cos:GetObject", "resource": "qcs::cos:ap-guangzhou:uid/1250000000:examplebucket-1250000000/a.txt",
//!  "principal": {"type": "user", "uin": "100000000012", "owner_uin": "100000000002", "groups": ["1001"]},
//!  "resource_owner_uin": "100000000001"}
//! ```

mod from_error;
mod parse;
mod resolve;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::catalog::Granularity;
use crate::diagnostic::Diagnostic;
use crate::json::writer::{self, JsonWriter, ToJson};
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
    /// The root UIN of the account that owns the accessed resource, when it is not the principal's own
    /// (`principal.owner_uin`): a bucket or a role of another account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resource_owner_uin: Option<String>,
    /// What the workspace's SCPs need to know about the organization (rules O2, O3).
    #[serde(default, skip_serializing_if = "Organization::is_default")]
    pub organization: Organization,
}

/// Facts about the organization the principal's account is a member of.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Organization {
    /// `FullQcloudAccess` (allow `*` on `*`) is still bound to the account's node, as it is once SCPs are
    /// enabled (rule O2). When it was unbound, only the workspace's SCPs can allow.
    #[serde(default = "yes")]
    pub full_qcloud_access: bool,
    /// SCPs also limit the member account's root (the other reading of rule O3).
    #[serde(default)]
    pub scp_limits_root: bool,
}

fn yes() -> bool {
    true
}

impl Default for Organization {
    fn default() -> Self {
        Organization {
            full_qcloud_access: true,
            scp_limits_root: false,
        }
    }
}

impl Organization {
    pub fn is_default(&self) -> bool {
        *self == Organization::default()
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Principal {
    /// Who is asking; absent, it follows from the ids (`Principal::kind`).
    #[serde(rename = "type", default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<PrincipalKind>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub uin: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner_uin: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub app_id: Option<String>,
    /// The CAM user groups of a user (bucket policies may name a group, rule B2).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<String>,
    /// A role session's role, by name; the role belongs to `owner_uin`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// A cloud service acting for the account: `scf.qcloud.com`, ….
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub service: Option<String>,
    /// A federated identity's provider: `qcs::cam::uin/<owner>:saml-provider/<name>` (or `oidc-provider/`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub provider: Option<String>,
}

/// Who is asking (issue: kinds of principal). Written as `type` in a request's `principal`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PrincipalKind {
    /// A CAM user (sub-account) of `owner_uin`.
    User,
    /// The root account `owner_uin` itself.
    Root,
    /// A session of the role `role` of `owner_uin` (temporary credentials).
    Role,
    /// An unsigned request (COS public access).
    Anonymous,
    /// A cloud service (`service`).
    Service,
    /// An identity from the provider `provider` (SAML or OIDC), exchanging its token for a role.
    Federated,
}

impl PrincipalKind {
    pub const ALL: [PrincipalKind; 6] = [
        PrincipalKind::User,
        PrincipalKind::Root,
        PrincipalKind::Role,
        PrincipalKind::Anonymous,
        PrincipalKind::Service,
        PrincipalKind::Federated,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            PrincipalKind::User => "user",
            PrincipalKind::Root => "root",
            PrincipalKind::Role => "role",
            PrincipalKind::Anonymous => "anonymous",
            PrincipalKind::Service => "service",
            PrincipalKind::Federated => "federated",
        }
    }

    pub fn named(name: &str) -> Option<PrincipalKind> {
        PrincipalKind::ALL.into_iter().find(|k| k.as_str() == name)
    }
}

impl Principal {
    /// Who is asking: `type` when given; otherwise the root account when `uin` is `owner_uin`, else a user (what
    /// a request meant before principals had a type).
    pub fn kind(&self) -> PrincipalKind {
        self.kind
            .unwrap_or(if self.uin.is_some() && self.uin == self.owner_uin {
                PrincipalKind::Root
            } else {
                PrincipalKind::User
            })
    }
}

impl Request {
    /// The account that owns what is accessed: `resource_owner_uin`, else the principal's own account.
    pub fn resource_owner(&self) -> Option<&str> {
        self.resource_owner_uin
            .as_deref()
            .or(self.principal.owner_uin.as_deref())
    }

    /// The caller is the root account of the resource's owner (rule E4).
    pub fn is_owner_root(&self) -> bool {
        self.principal.kind() == PrincipalKind::Root
            && self.principal.owner_uin.is_some()
            && self.principal.owner_uin.as_deref() == self.resource_owner()
    }

    /// The caller's account is not the resource's owner (rule B3.4).
    pub fn is_cross_account(&self) -> bool {
        self.resource_owner_uin.is_some()
            && self.resource_owner_uin != self.principal.owner_uin
            && self.principal.kind() != PrincipalKind::Anonymous
    }
}

impl Request {
    /// The request in the public JSON format, pretty-printed.
    pub fn to_json_text(&self) -> String {
        writer::pretty(self)
    }
}

/// As the `Serialize` derive writes it: empty and default fields left out.
impl ToJson for Request {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object();
        w.field("action", &self.action);
        if !self.params.is_empty() {
            w.key("params").object(&self.params);
        }
        if !self.resource.is_empty() {
            w.field("resource", &self.resource);
        }
        w.field("principal", &self.principal);
        if !self.context.is_empty() {
            w.key("context").object(&self.context);
        }
        if let Some(owner) = &self.resource_owner_uin {
            w.field("resource_owner_uin", owner);
        }
        if !self.organization.is_default() {
            w.key("organization").begin_object();
            w.field("full_qcloud_access", &self.organization.full_qcloud_access);
            w.field("scp_limits_root", &self.organization.scp_limits_root);
            w.end_object();
        }
        w.end_object();
    }
}

impl ToJson for Principal {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_object();
        if let Some(kind) = self.kind {
            w.field("type", kind.as_str());
        }
        // The fields `Serialize` writes, in its order, each only when present.
        let present = |w: &mut JsonWriter, fields: [(&str, &Option<String>); 3]| {
            for (key, value) in fields {
                if let Some(value) = value {
                    w.field(key, value);
                }
            }
        };
        let ids = [
            ("uin", &self.uin),
            ("owner_uin", &self.owner_uin),
            ("app_id", &self.app_id),
        ];
        present(w, ids);
        if !self.groups.is_empty() {
            w.field("groups", &self.groups);
        }
        present(
            w,
            [
                ("role", &self.role),
                ("service", &self.service),
                ("provider", &self.provider),
            ],
        );
        w.end_object();
    }
}

/// Untagged: a string or a list of strings.
impl ToJson for ContextValue {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            ContextValue::One(value) => w.string(value),
            ContextValue::Many(values) => values.write_json(w),
        }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::json::writer::tests::{any_value, assert_writes_as_serde};
    use proptest::prelude::*;

    fn any_request() -> impl Strategy<Value = Request> {
        let text = || any::<String>();
        let maybe = || prop::option::of(any::<String>());
        let principal = (
            prop::option::of(prop::sample::select(PrincipalKind::ALL.to_vec())),
            (maybe(), maybe(), maybe()),
            prop::collection::vec(text(), 0..3),
            (maybe(), maybe(), maybe()),
        )
            .prop_map(
                |(kind, (uin, owner_uin, app_id), groups, (role, service, provider))| Principal {
                    kind,
                    uin,
                    owner_uin,
                    app_id,
                    groups,
                    role,
                    service,
                    provider,
                },
            );
        let context_value = prop_oneof![
            text().prop_map(ContextValue::One),
            prop::collection::vec(text(), 0..3).prop_map(ContextValue::Many),
        ];
        (
            text(),
            prop::collection::btree_map(text(), any_value(), 0..3),
            prop::collection::vec(text(), 0..3),
            principal,
            prop::collection::btree_map(text(), context_value, 0..3),
            maybe(),
            (any::<bool>(), any::<bool>()),
        )
            .prop_map(
                |(
                    action,
                    params,
                    resource,
                    principal,
                    context,
                    resource_owner_uin,
                    (full, root),
                )| Request {
                    action,
                    params,
                    resource,
                    principal,
                    context,
                    resource_owner_uin,
                    organization: Organization {
                        full_qcloud_access: full,
                        scp_limits_root: root,
                    },
                },
            )
    }

    #[test]
    fn the_default_request_is_written_as_serde_writes_it() {
        assert_writes_as_serde(&Request::default());
    }

    proptest! {
        #[test]
        fn any_request_is_written_as_serde_writes_it(request in any_request()) {
            prop_assert_eq!(request.to_json_text(), serde_json::to_string_pretty(&request).unwrap());
            prop_assert_eq!(writer::compact(&request), serde_json::to_string(&request).unwrap());
        }
    }
}
