//! The request diagnostics as data: each kind with its parameters. The words are in the locale tables
//! (`i18n::{en,zh_cn}`).

use serde::Serialize;

use super::Severity;
use crate::rules::Rule;

use super::json::JsonType;

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum RequestText {
    /// The request text is empty (an example that gives a policy only).
    Empty,
    /// The document is not a JSON object.
    NotAnObject {
        found: JsonType,
    },
    ActionNotAString {
        found: JsonType,
    },
    MissingAction,
    ParamsNotAnObject {
        found: JsonType,
    },
    /// A key written twice in the same object.
    DuplicateKey {
        key: String,
    },
    /// A key the request (or its `principal`) does not have; `keys` are the ones it has.
    UnknownKey {
        key: String,
        suggestion: Option<String>,
        keys: Vec<String>,
    },
    /// An element of the `resource` list is not a string.
    ResourceItemNotAString {
        found: JsonType,
    },
    /// `resource` is neither a string nor a non-empty list.
    ResourceNotStrings {
        found: JsonType,
    },
    PrincipalNotAnObject {
        found: JsonType,
    },
    /// `uin`, `owner_uin` or `app_id` (`key`) is not an id.
    BadId {
        key: String,
        found: JsonType,
    },
    ContextNotAnObject {
        found: JsonType,
    },
    /// `type`, `role`, `service` or `provider` of the principal is not a string.
    PrincipalFieldNotAString {
        key: String,
        found: JsonType,
    },
    /// A principal `type` that is none of user, root, role, anonymous, service, federated.
    UnknownPrincipalType {
        written: String,
        suggestion: Option<String>,
    },
    /// A principal of type `kind` without the field `key` that says which one (a warning).
    PrincipalNeeds {
        principal_type: String,
        key: String,
    },
    OrganizationNotAnObject {
        found: JsonType,
    },
    /// A flag of `organization` that is not `true` or `false`.
    NotABoolean {
        key: String,
        found: JsonType,
    },
    BadContextValue {
        found: JsonType,
    },
    /// The action has no `service:` prefix, no API name, or a wildcard.
    NotConcreteAction {
        action: String,
    },
    /// The product is in the catalog, the API is not (rule A5). `suggestion` is a close action name.
    UnknownApi {
        action: String,
        product: String,
        suggestion: Option<String>,
    },
    /// An operation-level API with a `resource` (rule R5).
    ResourceIgnored {
        api: String,
    },
    /// An action outside the catalog without a `resource`.
    MissingResource {
        action: String,
    },
    /// A resource that is neither `*` nor six segments (rule R2).
    BadResource {
        resource: String,
    },
    /// The API's resource template needs the owner's UIN and the request has none.
    MissingOwnerUin {
        action: String,
    },
    /// The API's resource template names a request parameter (`SdkAppId` for ccc) the request lacks (rule R6).
    MissingResourceParam {
        action: String,
        param: String,
    },
}

impl RequestText {
    /// What the kind implies for its diagnostic: the stable code, the severity and the rule of the rule book it
    /// enforces, one row per kind, so a code cannot drift from its kind (`text::tests` lists every code once).
    pub fn facts(&self) -> (&'static str, Severity, Option<Rule>) {
        use RequestText as T;
        use Rule as R;
        use Severity as S;
        match self {
            T::Empty => ("request/empty", S::Error, None),
            T::NotAnObject { .. } => ("request/not-an-object", S::Error, None),
            T::ActionNotAString { .. } => ("request/bad-action", S::Error, None),
            T::MissingAction => ("request/missing-action", S::Error, None),
            T::ParamsNotAnObject { .. } => ("request/bad-params", S::Error, None),
            T::DuplicateKey { .. } => ("json/duplicate-key", S::Error, None),
            T::UnknownKey { .. } => ("request/unknown-key", S::Error, None),
            T::ResourceItemNotAString { .. } => ("request/not-a-string", S::Error, None),
            T::ResourceNotStrings { .. } => ("request/not-a-string", S::Error, None),
            T::PrincipalNotAnObject { .. } => ("request/bad-principal", S::Error, None),
            T::BadId { .. } => ("request/bad-id", S::Error, None),
            T::ContextNotAnObject { .. } => ("request/bad-context", S::Error, None),
            T::PrincipalFieldNotAString { .. } => ("request/bad-principal", S::Error, None),
            T::UnknownPrincipalType { .. } => ("request/bad-principal", S::Error, None),
            T::PrincipalNeeds { .. } => ("request/principal-incomplete", S::Warning, Some(R::T7)),
            T::OrganizationNotAnObject { .. } => ("request/bad-organization", S::Error, None),
            T::NotABoolean { .. } => ("request/bad-organization", S::Error, Some(R::O2)),
            T::BadContextValue { .. } => ("request/bad-context-value", S::Error, None),
            T::NotConcreteAction { .. } => ("request/bad-action", S::Error, None),
            T::UnknownApi { .. } => ("request/unknown-api", S::Warning, Some(R::A5)),
            T::ResourceIgnored { .. } => ("request/resource-ignored", S::Info, Some(R::R5)),
            T::MissingResource { .. } => ("request/missing-resource", S::Error, None),
            T::BadResource { .. } => ("request/bad-resource", S::Error, Some(R::R2)),
            T::MissingOwnerUin { .. } => ("request/missing-owner-uin", S::Error, None),
            T::MissingResourceParam { .. } => {
                ("request/missing-resource-param", S::Error, Some(R::R6))
            }
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::i18n::Locale;
    use crate::json::JsonType;

    /// One sample per kind, with distinctive values. The `match` names every variant: a new kind does not
    /// compile until it is given a sample (and its parameters are checked below).
    pub(crate) fn samples() -> Vec<RequestText> {
        use RequestText as T;
        let all = vec![
            T::Empty,
            T::NotAnObject {
                found: JsonType::List,
            },
            T::ActionNotAString {
                found: JsonType::Number,
            },
            T::MissingAction,
            T::ParamsNotAnObject {
                found: JsonType::String,
            },
            T::DuplicateKey {
                key: "actionzz".into(),
            },
            T::UnknownKey {
                key: "contxet".into(),
                suggestion: Some("context".into()),
                keys: Vec::new(),
            },
            T::UnknownKey {
                key: "zzz".into(),
                suggestion: None,
                keys: vec!["uin".into(), "owner_uin".into(), "app_id".into()],
            },
            T::ResourceItemNotAString {
                found: JsonType::Object,
            },
            T::ResourceNotStrings {
                found: JsonType::Null,
            },
            T::PrincipalNotAnObject {
                found: JsonType::Boolean,
            },
            T::BadId {
                key: "owner_uin".into(),
                found: JsonType::Object,
            },
            T::ContextNotAnObject {
                found: JsonType::List,
            },
            T::BadContextValue {
                found: JsonType::Null,
            },
            T::NotConcreteAction {
                action: "ccc:Create*".into(),
            },
            T::UnknownApi {
                action: "ccc:CreateStaf".into(),
                product: "Cloud Contact Center".into(),
                suggestion: Some("ccc:CreateStaff".into()),
            },
            T::UnknownApi {
                action: "ccc:Nothing".into(),
                product: "Cloud Contact Center".into(),
                suggestion: None,
            },
            T::ResourceIgnored {
                api: "DescribeSkillGroupInfoList".into(),
            },
            T::MissingResource {
                action: "cvm:RunInstances".into(),
            },
            T::BadResource {
                resource: "qcs::ccc:SdkAppId/77".into(),
            },
            T::MissingOwnerUin {
                action: "ccc:CreateStaff".into(),
            },
            T::MissingResourceParam {
                action: "ccc:DescribeStaffInfoList".into(),
                param: "SdkAppIdParam".into(),
            },
            T::PrincipalFieldNotAString {
                key: "rolex".into(),
                found: JsonType::Number,
            },
            T::UnknownPrincipalType {
                written: "robot".into(),
                suggestion: Some("root".into()),
            },
            T::UnknownPrincipalType {
                written: "martian".into(),
                suggestion: None,
            },
            T::PrincipalNeeds {
                principal_type: "role".into(),
                key: "rolez".into(),
            },
            T::OrganizationNotAnObject {
                found: JsonType::List,
            },
            T::NotABoolean {
                key: "scp_limits_root".into(),
                found: JsonType::String,
            },
        ];
        for sample in &all {
            match sample {
                T::Empty
                | T::NotAnObject { .. }
                | T::ActionNotAString { .. }
                | T::MissingAction
                | T::ParamsNotAnObject { .. }
                | T::DuplicateKey { .. }
                | T::UnknownKey { .. }
                | T::ResourceItemNotAString { .. }
                | T::ResourceNotStrings { .. }
                | T::PrincipalNotAnObject { .. }
                | T::BadId { .. }
                | T::ContextNotAnObject { .. }
                | T::BadContextValue { .. }
                | T::NotConcreteAction { .. }
                | T::UnknownApi { .. }
                | T::ResourceIgnored { .. }
                | T::MissingResource { .. }
                | T::BadResource { .. }
                | T::MissingOwnerUin { .. }
                | T::MissingResourceParam { .. }
                | T::PrincipalFieldNotAString { .. }
                | T::UnknownPrincipalType { .. }
                | T::PrincipalNeeds { .. }
                | T::OrganizationNotAnObject { .. }
                | T::NotABoolean { .. } => {}
            }
        }
        all
    }

    /// The values a kind's words must show.
    fn parameters(text: &RequestText) -> Vec<String> {
        use RequestText as T;
        match text {
            T::DuplicateKey { key }
            | T::BadId { key, .. }
            | T::PrincipalFieldNotAString { key, .. }
            | T::NotABoolean { key, .. } => vec![key.clone()],
            T::UnknownPrincipalType {
                written,
                suggestion,
            } => std::iter::once(written.clone())
                .chain(suggestion.clone())
                .collect(),
            T::PrincipalNeeds {
                principal_type,
                key,
            } => vec![principal_type.clone(), key.clone()],
            T::UnknownKey {
                key,
                suggestion,
                keys,
            } => std::iter::once(key.clone())
                .chain(suggestion.clone())
                .chain(keys.iter().cloned())
                .collect(),
            T::UnknownApi {
                action,
                product,
                suggestion,
            } => [action.clone(), product.clone()]
                .into_iter()
                .chain(suggestion.clone())
                .collect(),
            T::NotConcreteAction { action }
            | T::MissingResource { action }
            | T::MissingOwnerUin { action } => vec![action.clone()],
            T::MissingResourceParam { action, param } => vec![action.clone(), param.clone()],
            T::ResourceIgnored { api } => vec![api.clone()],
            T::BadResource { resource } => vec![resource.clone()],
            T::Empty
            | T::NotAnObject { .. }
            | T::ActionNotAString { .. }
            | T::MissingAction
            | T::ParamsNotAnObject { .. }
            | T::ResourceItemNotAString { .. }
            | T::ResourceNotStrings { .. }
            | T::PrincipalNotAnObject { .. }
            | T::ContextNotAnObject { .. }
            | T::OrganizationNotAnObject { .. }
            | T::BadContextValue { .. } => Vec::new(),
        }
    }

    #[test]
    fn every_request_text_is_worded_in_every_locale() {
        for sample in samples() {
            crate::i18n::assert_worded(&sample.clone().into(), &parameters(&sample));
        }
    }

    /// The JSON type a kind names is worded in each locale, each type differently.
    #[test]
    fn found_types_are_worded() {
        let en = |found| {
            Locale::En
                .words(&RequestText::NotAnObject { found }.into())
                .message
        };
        assert_eq!(en(JsonType::List), "a request is a JSON object, not a list");
        for locale in Locale::ALL {
            let mut messages: Vec<String> = JsonType::ALL
                .into_iter()
                .map(|found| {
                    locale
                        .words(&RequestText::NotAnObject { found }.into())
                        .message
                })
                .collect();
            messages.sort();
            messages.dedup();
            assert_eq!(messages.len(), JsonType::ALL.len(), "{locale:?}");
        }
    }
}
