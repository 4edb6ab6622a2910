//! Request text → `Request`, with located errors; then resolution against the catalog.

use std::collections::BTreeMap;

use crate::json::ast::{Object, Value};

use super::{
    resolve::Locations, ContextValue, ParsedRequest, Principal, PrincipalKind, Request, RequestText,
};
use crate::catalog::Catalog;
use crate::diagnostic::{self, Diagnostic};
use crate::json::Path;
use crate::json::{self, JsonType, LineIndex, Span};
use crate::suggest::closest;

const REQUEST_KEYS: &[&str] = &[
    "action",
    "params",
    "resource",
    "principal",
    "context",
    "resource_owner_uin",
    "organization",
];
const PRINCIPAL_KEYS: &[&str] = &[
    "type",
    "uin",
    "owner_uin",
    "app_id",
    "groups",
    "role",
    "service",
    "provider",
];
const ORGANIZATION_KEYS: &[&str] = &["full_qcloud_access", "scp_limits_root"];

pub fn parse_request(text: &str, catalog: &Catalog) -> ParsedRequest {
    let (read, mut diagnostics) = read(text);
    let request = read.and_then(|(request, locations)| {
        if diagnostics.iter().any(Diagnostic::is_error) {
            return None;
        }
        super::resolve::resolve_located(request, catalog, &locations, &mut diagnostics)
    });
    diagnostic::sort(&mut diagnostics);
    ParsedRequest {
        request,
        diagnostics,
    }
}

/// Reads the request's JSON without resolving it against the catalog: what a request form edits. `None` when
/// the text has errors.
pub fn read_request(text: &str) -> Option<Request> {
    match read(text) {
        (Some((request, _)), diagnostics) if !diagnostics.iter().any(Diagnostic::is_error) => {
            Some(request)
        }
        _ => None,
    }
}

fn read(text: &str) -> (Option<(Request, Locations)>, Vec<Diagnostic>) {
    let index = LineIndex::new(text);
    let mut diagnostics = Vec::new();
    if text.trim().is_empty() {
        diagnostics.push(Diagnostic::new(RequestText::Empty, index.whole(), "$"));
        return (None, diagnostics);
    }
    let read = json::parse(&index, &mut diagnostics).and_then(|root| {
        let mut reader = Reader {
            index: &index,
            diagnostics: &mut diagnostics,
            locations: Locations::new(index.whole()),
        };
        let request = reader.request(&root)?;
        Some((request, reader.locations))
    });
    (read, diagnostics)
}

struct Reader<'i, 't, 'd> {
    index: &'i LineIndex<'t>,
    diagnostics: &'d mut Vec<Diagnostic>,
    locations: Locations,
}

impl Reader<'_, '_, '_> {
    fn span(&self, value: &Value<'_>) -> Span {
        self.index.range(json::range_of(value))
    }

    fn error(&mut self, span: Span, path: impl Into<String>, text: RequestText) {
        self.diagnostics.push(Diagnostic::new(text, span, path));
    }

    fn request(&mut self, root: &Value<'_>) -> Option<Request> {
        let Value::Object(object) = root else {
            self.error(
                self.span(root),
                "$",
                RequestText::NotAnObject {
                    found: JsonType::of(root),
                },
            );
            return None;
        };
        self.unknown_keys(object, REQUEST_KEYS, "$");
        let mut request = Request::default();
        match object.get("action").map(|p| &p.value) {
            Some(Value::StringLit(s)) => {
                self.locations.action = self.index.range(s.range);
                request.action = s.value.to_string();
            }
            Some(other) => self.error(
                self.span(other),
                "$.action",
                RequestText::ActionNotAString {
                    found: JsonType::of(other),
                },
            ),
            None => self.error(
                self.index.range(object.range),
                "$",
                RequestText::MissingAction,
            ),
        }
        if let Some(prop) = object.get("params") {
            match &prop.value {
                Value::Object(params) => {
                    for p in &params.properties {
                        let key = p.name.as_str();
                        self.locations
                            .params
                            .push((key.to_string(), self.span(&p.value)));
                        let params = Path::Text("$.params");
                        if let Some(value) = self.scalar_or_list(&p.value, &params.key(key)) {
                            request.params.insert(key.to_string(), value);
                        }
                    }
                }
                other => self.error(
                    self.span(other),
                    "$.params",
                    RequestText::ParamsNotAnObject {
                        found: JsonType::of(other),
                    },
                ),
            }
        }
        if let Some(prop) = object.get("resource") {
            self.locations.resource = Some(self.span(&prop.value));
            request.resource = self.resources(&prop.value);
        }
        if let Some(prop) = object.get("principal") {
            self.locations.principal = Some(self.span(&prop.value));
            request.principal = self.principal(&prop.value);
        }
        if let Some(prop) = object.get("context") {
            request.context = self.context(&prop.value);
        }
        if let Some(prop) = object.get("resource_owner_uin") {
            request.resource_owner_uin = self.id(&prop.value, "resource_owner_uin", "$");
        }
        if let Some(prop) = object.get("organization") {
            request.organization = self.organization(&prop.value);
        }
        Some(request)
    }

    /// An account, user or group id: a string, or a whole number written as one.
    fn id(&mut self, value: &Value<'_>, key: &str, parent: &str) -> Option<String> {
        match value {
            Value::StringLit(s) if !s.value.is_empty() => Some(s.value.to_string()),
            Value::NumberLit(n) if n.value.bytes().all(|b| b.is_ascii_digit()) => {
                Some(n.value.to_string())
            }
            other => {
                self.error(
                    self.span(other),
                    format!("{parent}.{key}"),
                    RequestText::BadId {
                        key: key.to_string(),
                        found: JsonType::of(other),
                    },
                );
                None
            }
        }
    }

    /// A text field of the principal (`role`, `service`, `provider`).
    fn text(&mut self, value: &Value<'_>, key: &str) -> Option<String> {
        match value {
            Value::StringLit(s) if !s.value.trim().is_empty() => Some(s.value.to_string()),
            other => {
                self.error(
                    self.span(other),
                    format!("$.principal.{key}"),
                    RequestText::PrincipalFieldNotAString {
                        key: key.to_string(),
                        found: JsonType::of(other),
                    },
                );
                None
            }
        }
    }

    fn organization(&mut self, value: &Value<'_>) -> crate::request::Organization {
        let mut organization = crate::request::Organization::default();
        let Value::Object(object) = value else {
            self.error(
                self.span(value),
                "$.organization",
                RequestText::OrganizationNotAnObject {
                    found: JsonType::of(value),
                },
            );
            return organization;
        };
        self.unknown_keys(object, ORGANIZATION_KEYS, "$.organization");
        for prop in &object.properties {
            let flag = match prop.name.as_str() {
                "full_qcloud_access" => &mut organization.full_qcloud_access,
                "scp_limits_root" => &mut organization.scp_limits_root,
                _ => continue,
            };
            match &prop.value {
                Value::BooleanLit(b) => *flag = b.value,
                other => {
                    let key = prop.name.as_str().to_string();
                    self.error(
                        self.span(other),
                        format!("$.organization.{key}"),
                        RequestText::NotABoolean {
                            key,
                            found: JsonType::of(other),
                        },
                    );
                }
            }
        }
        organization
    }

    fn unknown_keys(&mut self, object: &Object<'_>, allowed: &[&str], path: &str) {
        for (i, prop) in object.properties.iter().enumerate() {
            let key = prop.name.as_str();
            // Problems with a key point at the key, as in the policy parser (lines and columns only then).
            let span = || self.index.range(json::prop_name_range(prop));
            let earlier = &object.properties[..i];
            if earlier.iter().any(|p| p.name.as_str() == key) {
                let span = span();
                self.error(
                    span,
                    path,
                    RequestText::DuplicateKey {
                        key: key.to_string(),
                    },
                );
            }
            if !allowed.contains(&key) {
                let span = span();
                let text = RequestText::UnknownKey {
                    key: key.to_string(),
                    suggestion: closest(key, allowed.iter().copied(), 0.8).map(|s| s.to_string()),
                    keys: allowed.iter().map(|k| k.to_string()).collect(),
                };
                self.error(span, json::child_path(path, key), text);
            }
        }
    }

    /// `resource`: a string or a non-empty list of strings.
    fn resources(&mut self, value: &Value<'_>) -> Vec<String> {
        let path = "$.resource";
        match value {
            Value::StringLit(s) => vec![s.value.to_string()],
            Value::Array(a) if !a.elements.is_empty() => a
                .elements
                .iter()
                .enumerate()
                .filter_map(|(i, v)| match v {
                    Value::StringLit(s) => Some(s.value.to_string()),
                    other => {
                        self.error(
                            self.span(other),
                            format!("{path}[{i}]"),
                            RequestText::ResourceItemNotAString {
                                found: JsonType::of(other),
                            },
                        );
                        None
                    }
                })
                .collect(),
            other => {
                self.error(
                    self.span(other),
                    path,
                    RequestText::ResourceNotStrings {
                        found: JsonType::of(other),
                    },
                );
                Vec::new()
            }
        }
    }

    fn principal(&mut self, value: &Value<'_>) -> Principal {
        let Value::Object(object) = value else {
            self.error(
                self.span(value),
                "$.principal",
                RequestText::PrincipalNotAnObject {
                    found: JsonType::of(value),
                },
            );
            return Principal::default();
        };
        self.unknown_keys(object, PRINCIPAL_KEYS, "$.principal");
        let mut principal = Principal::default();
        for prop in &object.properties {
            let key = prop.name.as_str();
            let value = &prop.value;
            match key {
                "type" => principal.kind = self.principal_kind(value),
                "uin" => principal.uin = self.id(value, key, "$.principal"),
                "owner_uin" => principal.owner_uin = self.id(value, key, "$.principal"),
                "app_id" => principal.app_id = self.id(value, key, "$.principal"),
                "groups" => principal.groups = self.groups(value),
                "role" => principal.role = self.text(value, key),
                "service" => principal.service = self.text(value, key),
                "provider" => principal.provider = self.text(value, key),
                _ => {}
            }
        }
        self.principal_needs(&principal, value);
        principal
    }

    fn principal_kind(&mut self, value: &Value<'_>) -> Option<PrincipalKind> {
        let written = match value {
            Value::StringLit(s) => s.value.to_string(),
            other => {
                self.error(
                    self.span(other),
                    "$.principal.type",
                    RequestText::PrincipalFieldNotAString {
                        key: "type".into(),
                        found: JsonType::of(other),
                    },
                );
                return None;
            }
        };
        let kind = PrincipalKind::named(&written);
        if kind.is_none() {
            let names = PrincipalKind::ALL.map(PrincipalKind::as_str);
            self.error(
                self.span(value),
                "$.principal.type",
                RequestText::UnknownPrincipalType {
                    suggestion: closest(&written.to_ascii_lowercase(), names.iter().copied(), 0.7)
                        .map(|s| s.to_string()),
                    written,
                },
            );
        }
        kind
    }

    fn groups(&mut self, value: &Value<'_>) -> Vec<String> {
        match value {
            Value::Array(array) => array
                .elements
                .iter()
                .enumerate()
                .filter_map(|(i, item)| self.id(item, &format!("groups[{i}]"), "$.principal"))
                .collect(),
            single => self
                .id(single, "groups", "$.principal")
                .into_iter()
                .collect(),
        }
    }

    /// A principal type without the field that says which one (a role session without its role, …): a warning,
    /// since nothing then matches it in a trust or bucket policy.
    fn principal_needs(&mut self, principal: &Principal, value: &Value<'_>) {
        let needs = match principal.kind {
            Some(PrincipalKind::Role) if principal.role.is_none() => "role",
            Some(PrincipalKind::Service) if principal.service.is_none() => "service",
            Some(PrincipalKind::Federated) if principal.provider.is_none() => "provider",
            _ => return,
        };
        self.error(
            self.span(value),
            format!("$.principal.{needs}"),
            RequestText::PrincipalNeeds {
                principal_type: principal.kind().as_str().to_string(),
                key: needs.to_string(),
            },
        );
    }

    fn context(&mut self, value: &Value<'_>) -> BTreeMap<String, ContextValue> {
        let Value::Object(object) = value else {
            self.error(
                self.span(value),
                "$.context",
                RequestText::ContextNotAnObject {
                    found: JsonType::of(value),
                },
            );
            return BTreeMap::new();
        };
        let mut context = BTreeMap::new();
        for prop in &object.properties {
            let key = prop.name.as_str().to_string();
            let context_path = Path::Text("$.context");
            let path = context_path.key(&key);
            let value = match &prop.value {
                Value::Array(a) => ContextValue::Many(
                    a.elements
                        .iter()
                        .filter_map(|v| self.scalar_text(v, &path))
                        .collect(),
                ),
                single => match self.scalar_text(single, &path) {
                    Some(text) => ContextValue::One(text),
                    None => continue,
                },
            };
            context.insert(key, value);
        }
        context
    }

    fn scalar_text(&mut self, value: &Value<'_>, path: &Path<'_>) -> Option<String> {
        match value {
            Value::StringLit(s) => Some(s.value.to_string()),
            Value::NumberLit(n) => Some(n.value.to_string()),
            Value::BooleanLit(b) => Some(b.value.to_string()),
            other => {
                self.error(
                    self.span(other),
                    path,
                    RequestText::BadContextValue {
                        found: JsonType::of(other),
                    },
                );
                None
            }
        }
    }

    fn scalar_or_list(&mut self, value: &Value<'_>, path: &Path<'_>) -> Option<serde_json::Value> {
        match value {
            Value::Array(a) => Some(serde_json::Value::Array(
                a.elements
                    .iter()
                    .filter_map(|v| self.scalar_text(v, path).map(serde_json::Value::String))
                    .collect(),
            )),
            Value::NumberLit(n) => Some(number(n.value)),
            single => self
                .scalar_text(single, path)
                .map(serde_json::Value::String),
        }
    }
}

/// A JSON number as `serde_json` holds it: whole numbers exactly, others as floats; a number too large for
/// either keeps its digits as a string, so ids never lose precision.
fn number(text: &str) -> serde_json::Value {
    if let Ok(whole) = text.parse::<u64>() {
        return whole.into();
    }
    if let Ok(whole) = text.parse::<i64>() {
        return whole.into();
    }
    // serde_json's own float reading, not `str::parse::<f64>`: core's correctly rounded parser brings a 10 KB
    // table into the WASM bundle (14 KB gzip in all) for the fractions a request's params may hold.
    text.parse::<serde_json::Number>()
        .ok()
        .filter(|n| n.is_f64() && !text.bytes().all(|b| b.is_ascii_digit() || b == b'-'))
        .map_or_else(
            || serde_json::Value::String(text.to_string()),
            serde_json::Value::Number,
        )
}
