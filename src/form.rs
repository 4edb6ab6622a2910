//! The request form's edits as data (`RequestEdit`) and what each does to a request (`apply`): the web form
//! dispatches them and writes the request back as text; the logic lives here, where it is tested natively. Lists
//! typed into a field take the separators `fields` reads (`,`, `，`, `、`, white space). The way back, how a field
//! shows the request (`param_text`, `context_text`, `other_context`), is here too.

use crate::catalog::Catalog;
use crate::fields::split_list;
use crate::json::writer;
use crate::request::{ContextValue, ErrorFacts, PrincipalKind, Request};

/// A change the request form makes to the request.
#[derive(Clone, Debug, PartialEq)]
pub enum RequestEdit {
    Action(String),
    /// A resource parameter (`SdkAppId` for ccc): one value, or several separated by commas (rule R7).
    Param {
        name: String,
        value: String,
    },
    Uin(String),
    OwnerUin(String),
    /// Who is asking; `None` leaves it to the ids (a user, or the root when `uin` is `owner_uin`).
    PrincipalKind(Option<PrincipalKind>),
    /// A user's group ids, comma separated.
    Groups(String),
    Role(String),
    Service(String),
    Provider(String),
    ResourceOwnerUin(String),
    FullQcloudAccess(bool),
    ScpLimitsRoot(bool),
    AppId(String),
    /// The request's resources, comma separated; empty derives them from the catalog.
    Resource(String),
    Context {
        key: String,
        value: Option<ContextValue>,
    },
    AddToList {
        key: String,
        value: String,
    },
    /// Fills action, resource parameter, owner and (outside the catalog) resource from a pasted error.
    FromError(ErrorFacts),
    RemoveFromList {
        key: String,
        index: usize,
    },
}

fn optional(text: String) -> Option<String> {
    let text = text.trim().to_string();
    (!text.is_empty()).then_some(text)
}

/// What an edit of the request form does to the request.
pub fn apply(request: &mut Request, edit: RequestEdit) {
    match edit {
        RequestEdit::Action(action) => request.action = action.trim().to_string(),
        RequestEdit::Param { name, value } => {
            let id_value = |id: &str| {
                id.parse::<u64>()
                    .map(serde_json::Value::from)
                    .unwrap_or_else(|_| serde_json::Value::String(id.to_string()))
            };
            // `，` and `、` separate too, as a Chinese input method types them (issue 27, item 4).
            let ids: Vec<serde_json::Value> =
                split_list(&value).into_iter().map(id_value).collect();
            match <[_; 1]>::try_from(ids) {
                Ok([one]) => {
                    request.params.insert(name, one);
                }
                Err(ids) if ids.is_empty() => {
                    request.params.remove(&name);
                }
                Err(ids) => {
                    request.params.insert(name, serde_json::Value::Array(ids));
                }
            }
        }
        RequestEdit::Uin(v) => request.principal.uin = optional(v),
        RequestEdit::OwnerUin(v) => request.principal.owner_uin = optional(v),
        RequestEdit::PrincipalKind(kind) => request.principal.kind = kind,
        RequestEdit::Groups(text) => {
            request.principal.groups = split_list(&text).into_iter().map(str::to_string).collect();
        }
        RequestEdit::Role(v) => request.principal.role = optional(v),
        RequestEdit::Service(v) => request.principal.service = optional(v),
        RequestEdit::Provider(v) => request.principal.provider = optional(v),
        RequestEdit::ResourceOwnerUin(v) => request.resource_owner_uin = optional(v),
        RequestEdit::FullQcloudAccess(on) => request.organization.full_qcloud_access = on,
        RequestEdit::ScpLimitsRoot(on) => request.organization.scp_limits_root = on,
        RequestEdit::AppId(v) => request.principal.app_id = optional(v),
        RequestEdit::Resource(text) => {
            request.resource = split_list(&text).into_iter().map(str::to_string).collect();
        }
        RequestEdit::Context { key, value } => match value {
            Some(value) => {
                request.context.insert(key, value);
            }
            None => {
                request.context.remove(&key);
            }
        },
        RequestEdit::AddToList { key, value } => {
            let Some(value) = optional(value) else { return };
            let mut values = request
                .context
                .get(&key)
                .map(|v| v.values().to_vec())
                .unwrap_or_default();
            if !values.contains(&value) {
                values.push(value);
            }
            request.context.insert(key, ContextValue::Many(values));
        }
        RequestEdit::FromError(facts) => {
            let catalog = Catalog::builtin();
            let in_catalog = catalog.api_for_action(&facts.action).is_some();
            request.action = facts.action;
            if let Some((name, id)) = facts
                .resource
                .as_deref()
                .and_then(|r| catalog.resource_id_of(r))
            {
                let (name, value) = (name.to_string(), id.to_string());
                apply(request, RequestEdit::Param { name, value });
            }
            if let Some(owner) = facts.owner_uin {
                request.principal.owner_uin = Some(owner);
            }
            // Catalog APIs derive their resource (and show how); others need it spelled out.
            request.resource = match facts.resource {
                Some(resource) if !in_catalog => vec![resource],
                _ => Vec::new(),
            };
        }
        RequestEdit::RemoveFromList { key, index } => {
            if let Some(existing) = request.context.get(&key) {
                let mut values = existing.values().to_vec();
                if index < values.len() {
                    values.remove(index);
                }
                if values.is_empty() {
                    request.context.remove(&key);
                } else {
                    request.context.insert(key, ContextValue::Many(values));
                }
            }
        }
    }
}

/// The context keys the form has fields of its own for; `other_context` lists the others.
pub const FORM_KEYS: &[&str] = &[
    "qcs:ip",
    "qcs:current_time",
    "qcs:resource_tag",
    "qcs:request_tag",
];

/// A resource parameter as its field shows it: text as written, a list joined by `,`, anything else (a number)
/// as JSON writes it; empty when the request has none.
pub fn param_text(request: &Request, name: &str) -> String {
    match request.params.get(name) {
        Some(serde_json::Value::String(s)) => s.clone(),
        Some(serde_json::Value::Array(items)) => items
            .iter()
            .map(|v| writer::compact(v).trim_matches('"').to_string())
            .collect::<Vec<_>>()
            .join(","),
        Some(other) => writer::compact(other),
        None => String::new(),
    }
}

/// A context key's values as its field shows them, joined by `,`; empty when the request has none.
pub fn context_text(request: &Request, key: &str) -> String {
    request
        .context
        .get(key)
        .map(|v| v.values().join(","))
        .unwrap_or_default()
}

/// The context keys without a field of their own (`FORM_KEYS`), each with its values joined by `,`.
pub fn other_context(request: &Request) -> Vec<(String, String)> {
    request
        .context
        .iter()
        .filter(|(k, _)| !FORM_KEYS.contains(&k.as_str()))
        .map(|(k, v)| (k.clone(), v.values().join(",")))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{apply, RequestEdit as E};
    use crate::request::{read_request, ContextValue, ErrorFacts, Request};

    fn edited(edits: Vec<E>) -> Request {
        let mut request = read_request(r#"{"action": "ccc:CreateStaff"}"#).unwrap();
        for edit in edits {
            apply(&mut request, edit);
        }
        request
    }

    #[test]
    fn ids_typed_with_any_separator_become_one_value_or_a_list() {
        let param = |value: &str| E::Param {
            name: "SdkAppId".into(),
            value: value.into(),
        };
        let one = edited(vec![param(" 1400000000 ")]);
        assert_eq!(one.params["SdkAppId"], serde_json::json!(1400000000));
        // An input method's `，` and `、` separate as `,` does (issue 27, item 4); a non-number stays text.
        let many = edited(vec![param("1400000000，1400000001、app-x")]);
        assert_eq!(
            many.params["SdkAppId"],
            serde_json::json!([1400000000, 1400000001, "app-x"])
        );
        // Emptied, the parameter goes.
        assert!(!edited(vec![param("1"), param("  ")])
            .params
            .contains_key("SdkAppId"));
    }

    #[test]
    fn lists_of_groups_and_resources_take_the_same_separators() {
        let request = edited(vec![
            E::Groups("10，11、 12,".into()),
            E::Resource("qcs::ccc::uin/1:SdkAppId/1， qcs::ccc::uin/1:SdkAppId/2".into()),
        ]);
        assert_eq!(request.principal.groups, ["10", "11", "12"]);
        assert_eq!(
            request.resource,
            ["qcs::ccc::uin/1:SdkAppId/1", "qcs::ccc::uin/1:SdkAppId/2"]
        );
        // Blank ids read as none.
        let request = edited(vec![
            E::Uin("  ".into()),
            E::OwnerUin(" 100000000001 ".into()),
        ]);
        assert_eq!(request.principal.uin, None);
        assert_eq!(request.principal.owner_uin.as_deref(), Some("100000000001"));
    }

    #[test]
    fn context_lists_grow_without_repeats_and_shrink_away() {
        let add = |value: &str| E::AddToList {
            key: "qcs:ip".into(),
            value: value.into(),
        };
        let mut request = edited(vec![
            add("10.0.0.1"),
            add("10.0.0.1"),
            add(" "),
            add("10.0.0.2"),
        ]);
        assert_eq!(
            request.context["qcs:ip"],
            ContextValue::Many(vec!["10.0.0.1".into(), "10.0.0.2".into()])
        );
        for _ in 0..2 {
            apply(
                &mut request,
                E::RemoveFromList {
                    key: "qcs:ip".into(),
                    index: 0,
                },
            );
        }
        assert!(!request.context.contains_key("qcs:ip"));
        // An index past the end changes nothing.
        let mut request = edited(vec![add("10.0.0.1")]);
        let before = request.clone();
        apply(
            &mut request,
            E::RemoveFromList {
                key: "qcs:ip".into(),
                index: 5,
            },
        );
        assert_eq!(request, before);
    }

    #[test]
    fn a_pasted_error_fills_the_action_the_id_and_the_owner() {
        // A catalog API: its resource is derived, so the id goes into the parameter.
        let request = edited(vec![E::FromError(ErrorFacts {
            action: "ccc:DeleteStaff".into(),
            resource: Some("qcs::ccc::uin/100000000001:SdkAppId/1400000007".into()),
            owner_uin: Some("100000000001".into()),
        })]);
        assert_eq!(request.action, "ccc:DeleteStaff");
        assert_eq!(request.params["SdkAppId"], serde_json::json!(1400000007));
        assert_eq!(request.principal.owner_uin.as_deref(), Some("100000000001"));
        assert!(request.resource.is_empty());
        // Outside the catalog, the resource is spelled out.
        let request = edited(vec![E::FromError(ErrorFacts {
            action: "cvm:RunInstances".into(),
            resource: Some("qcs::cvm:ap-guangzhou:uin/1:instance/*".into()),
            owner_uin: None,
        })]);
        assert_eq!(request.resource, ["qcs::cvm:ap-guangzhou:uin/1:instance/*"]);
    }

    #[test]
    fn fields_show_the_request_as_typed_into_them() {
        use super::{context_text, other_context, param_text};
        let request = edited(vec![
            E::Param {
                name: "SdkAppId".into(),
                value: "1400000000，app-x".into(),
            },
            E::Param {
                name: "One".into(),
                value: "7".into(),
            },
            E::Param {
                name: "Text".into(),
                value: "ins-1".into(),
            },
            E::AddToList {
                key: "qcs:resource_tag".into(),
                value: "env&prod".into(),
            },
            E::AddToList {
                key: "qcs:resource_tag".into(),
                value: "team&a".into(),
            },
            E::Context {
                key: "vpc:vpc".into(),
                value: Some(ContextValue::One("vpc-1".into())),
            },
            E::Context {
                key: "qcs:ip".into(),
                value: Some(ContextValue::One("10.0.0.1".into())),
            },
        ]);
        // (parameter, its field)
        for (name, text) in [
            ("SdkAppId", "1400000000,app-x"),
            ("One", "7"),
            ("Text", "ins-1"),
            ("Missing", ""),
        ] {
            assert_eq!(param_text(&request, name), text, "{name}");
        }
        assert_eq!(
            context_text(&request, "qcs:resource_tag"),
            "env&prod,team&a"
        );
        assert_eq!(context_text(&request, "qcs:ip"), "10.0.0.1");
        assert_eq!(context_text(&request, "qcs:request_tag"), "");
        // Keys with a field of their own are not listed again.
        assert_eq!(
            other_context(&request),
            [("vpc:vpc".to_string(), "vpc-1".to_string())]
        );
    }
}
