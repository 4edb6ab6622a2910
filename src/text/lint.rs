//! The linter diagnostics as data: each kind with its parameters. The words are in the locale tables
//! (`i18n::{en,zh_cn}`).

use serde::Serialize;

use super::Severity;
use crate::rules::Rule;

use super::policy::Effect;

/// How many API names a finding's message lists before it says there are more.
pub const LISTED: usize = 6;

/// The API names a message shows (at most `LISTED`) and how many it leaves out.
pub fn listed(apis: &[String]) -> (&[String], usize) {
    let shown = &apis[..apis.len().min(LISTED)];
    (shown, apis.len() - shown.len())
}

/// A catalog product as a finding names it: `Cloud Contact Center (ccc)`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ProductName {
    pub name: String,
    /// The service prefix of its actions (`ccc`).
    pub abbreviation: String,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum LintText {
    /// Every statement of the policy is a deny (rule E1).
    DenyOnly,
    /// Operation-level APIs named in an allow with specific resources (rule R5). `apis`: every such API, bare
    /// names (`DeleteCCCSkillGroup`), which the message lists (the first `LISTED`); `actions`: the same APIs as
    /// actions (`ccc:DeleteCCCSkillGroup`), every one of which the help says to move.
    OperationLevelScoped {
        apis: Vec<String>,
        actions: Vec<String>,
    },
    /// Wildcard actions of an allow with specific resources cover operation-level APIs (rule R5).
    OperationLevelWildcardScoped { apis: Vec<String> },
    /// A deny with specific resources never blocks the operation-level APIs it names or covers (rule R5).
    DenyOperationLevelScoped { apis: Vec<String> },
    /// `action` (everything) on resource `*` without a condition (rule A1).
    StarOnStar { action: String },
    /// A wildcard action that also grants write APIs (rule A1); `apis`: every write API it matches.
    WildcardWrite { action: String, apis: Vec<String> },
    /// A condition operator with no keys (rule C1); `operator` as written.
    EmptyConditionBlock { operator: String },
    /// An allow's `for_all_value:` condition without a presence check for `key` (rule C4).
    ForAllWithoutPresence { key: String },
    /// An allow's `_if_exist` operator on a global key lets requests without the key through (rule C3).
    IfExistOnAllow { operator: String, key: String },
    /// A negated operator with several values (rule C5).
    NegatedSeveralValues { operator: String, values: usize },
    /// An IP range `written` with host bits set, read as `read_as` (rule C7).
    CidrHostBits { written: String, read_as: String },
    /// A `permid/` console feature set (rule A3).
    Permid { action: String },
    /// The `uid/` account form on a resource of `service` (None: the service segment is empty) (rule R3).
    UidAccount { service: Option<String> },
    /// ccc actions with a resource of another `service` (rule R2).
    /// `example`: how the product's resources are written, from its catalog templates.
    ResourceServiceMismatch {
        service: String,
        product: String,
        example: String,
    },
    /// A resource whose type none of its product's templates names (rule R6; `SdkAppId` is ccc's only type).
    UnknownResourceType {
        type_name: String,
        product: String,
        example: String,
    },
    /// `action` is covered by `wider` in the same statement (rule A1).
    RedundantAction { action: String, wider: String },
    /// Statement number `statement` repeats statement number `earlier` (1-based, rule E1).
    DuplicateStatement { statement: usize, earlier: usize },
    /// Statement number `statement` is fully covered by statement number `wider` of the same `effect`, which
    /// has no conditions (1-based, rule E1).
    ShadowedStatement {
        statement: usize,
        wider: usize,
        effect: Effect,
    },
    /// `operator` is not documented for the global `key`, which takes `operators`; `suggested` is the first of
    /// them with the user's prefix and suffix (rule C8).
    KeyOperator {
        operator: String,
        key: String,
        operators: Vec<String>,
        suggested: String,
    },
    /// `key` is an older name of `current`; `tag_key` is the tag key of a `qcs:tag/<key>` name (rule C8).
    LegacyKeyRenamed {
        key: String,
        current: String,
        tag_key: Option<String>,
    },
    /// `key` is from older docs and has no current form (rule C8).
    LegacyKeyRetired { key: String },
    /// A tag condition (`operator` on `key`) in an allow whose products have no authorization by tag never
    /// holds (rule C9).
    TagAllowGrantsNothing {
        products: Vec<ProductName>,
        key: String,
        operator: String,
    },
    /// The same in a deny: it blocks nothing (rule C9).
    TagDenyBlocksNothing {
        products: Vec<ProductName>,
        key: String,
        operator: String,
    },
    /// A tag condition that holds when the key is absent, on products without authorization by tag: the
    /// statement applies whatever the tags (rule C9).
    TagConditionAlwaysHolds {
        products: Vec<ProductName>,
        key: String,
        operator: String,
        effect: Effect,
    },
    /// A trust statement's action outside `sts:` (rule T3).
    TrustActionNotSts { action: String },
    /// A trust statement pairs a kind of principal with another kind's action: `field` (`qcs`, `service`,
    /// `federated`) with `action` (rule T3).
    TrustActionPrincipal { field: String, action: String },
    /// An OIDC trust statement lacks `missing` (`oidc:iss` or `oidc:aud`) under `string_equal` (rule T4).
    OidcConditionMissing { missing: String },
    /// An `oidc:` key under an operator other than `string_equal` (rule T4).
    OidcOperator { key: String, operator: String },
    /// `oidc:sub` with more than 10 values (rule T4).
    OidcTooManySubjects { count: usize },
    /// A trust policy that lets everyone assume the role (rule T7).
    TrustEveryone,
    /// A bucket policy's resources name `buckets` (more than one) (rule B2).
    BucketMismatch { buckets: Vec<String> },
    /// A bucket resource in an older form (`prefix//…`, `<bucket>.cos.<region>.myqcloud.com/…`) (rule B2).
    BucketResourceForm { resource: String },
    /// An allow for everyone of write actions: anyone may change the bucket (rule B2).
    PublicWrite { action: String },
    /// A bucket statement on an action that bucket policies cannot grant (rule B4).
    BucketGrantsNothing { action: String },
    /// An allow in an SCP grants nothing (rule O1).
    ScpAllowGrantsNothing,
    /// A session policy that allows nothing leaves its credentials no permission (rule S2).
    SessionAllowsNothing,
}

impl LintText {
    /// What the kind implies for its diagnostic: the stable code, the severity and the rule of the rule book it
    /// enforces, one row per kind, so a code cannot drift from its kind (`text::tests` lists every code once).
    pub fn facts(&self) -> (&'static str, Severity, Option<Rule>) {
        use LintText as L;
        use Rule as R;
        use Severity as S;
        match self {
            L::DenyOnly => ("lint/deny-only", S::Info, Some(R::E1)),
            L::TrustActionNotSts { .. } => ("lint/trust-action", S::Warning, Some(R::T3)),
            L::TrustActionPrincipal { .. } => ("lint/trust-action", S::Warning, Some(R::T3)),
            L::OidcConditionMissing { .. } => ("lint/oidc-condition", S::Warning, Some(R::T4)),
            L::OidcOperator { .. } => ("lint/oidc-condition", S::Warning, Some(R::T4)),
            L::OidcTooManySubjects { .. } => ("lint/oidc-condition", S::Warning, Some(R::T4)),
            L::TrustEveryone => ("lint/trust-everyone", S::SecurityWarning, Some(R::T7)),
            L::BucketMismatch { .. } => ("lint/bucket-mismatch", S::Warning, Some(R::B2)),
            L::BucketResourceForm { .. } => ("lint/bucket-resource-form", S::Warning, Some(R::B2)),
            L::PublicWrite { .. } => ("lint/public-write", S::SecurityWarning, Some(R::B2)),
            L::BucketGrantsNothing { .. } => {
                ("lint/bucket-grants-nothing", S::Warning, Some(R::B4))
            }
            L::ScpAllowGrantsNothing => ("lint/scp-allow", S::Info, Some(R::O1)),
            L::SessionAllowsNothing => ("lint/session-allows-nothing", S::Warning, Some(R::S2)),
            L::OperationLevelScoped { .. } => {
                ("lint/operation-level-scoped", S::Error, Some(R::R5))
            }
            L::OperationLevelWildcardScoped { .. } => (
                "lint/operation-level-wildcard-scoped",
                S::Warning,
                Some(R::R5),
            ),
            L::DenyOperationLevelScoped { .. } => {
                ("lint/deny-operation-level-scoped", S::Warning, Some(R::R5))
            }
            L::StarOnStar { .. } => ("lint/star-on-star", S::SecurityWarning, Some(R::A1)),
            L::WildcardWrite { .. } => ("lint/wildcard-write", S::SecurityWarning, Some(R::A1)),
            L::EmptyConditionBlock { .. } => (
                "lint/empty-condition-block",
                S::SecurityWarning,
                Some(R::C1),
            ),
            L::ForAllWithoutPresence { .. } => (
                "lint/for-all-without-presence",
                S::SecurityWarning,
                Some(R::C4),
            ),
            L::IfExistOnAllow { .. } => ("lint/if-exist-on-allow", S::SecurityWarning, Some(R::C3)),
            L::NegatedSeveralValues { .. } => ("lint/negated-several-values", S::Info, Some(R::C5)),
            L::CidrHostBits { .. } => ("lint/cidr-host-bits", S::Info, Some(R::C7)),
            L::Permid { .. } => ("lint/permid", S::Warning, Some(R::A3)),
            L::UidAccount { .. } => ("lint/uid-account", S::Warning, Some(R::R3)),
            L::ResourceServiceMismatch { .. } => {
                ("lint/resource-service-mismatch", S::Warning, Some(R::R2))
            }
            L::UnknownResourceType { .. } => {
                ("lint/unknown-resource-type", S::Warning, Some(R::R6))
            }
            L::RedundantAction { .. } => ("lint/redundant-action", S::Info, Some(R::A1)),
            L::DuplicateStatement { .. } => ("lint/duplicate-statement", S::Warning, Some(R::E1)),
            L::ShadowedStatement { .. } => ("lint/shadowed-statement", S::Warning, Some(R::E1)),
            L::KeyOperator { .. } => ("lint/key-operator", S::Warning, Some(R::C8)),
            L::LegacyKeyRenamed { .. } => ("lint/legacy-key", S::Info, Some(R::C8)),
            L::LegacyKeyRetired { .. } => ("lint/legacy-key", S::Info, Some(R::C8)),
            L::TagAllowGrantsNothing { .. } => {
                ("lint/tag-allow-grants-nothing", S::Warning, Some(R::C9))
            }
            L::TagDenyBlocksNothing { .. } => (
                "lint/tag-deny-blocks-nothing",
                S::SecurityWarning,
                Some(R::C9),
            ),
            L::TagConditionAlwaysHolds {
                effect: Effect::Allow,
                ..
            } => (
                "lint/tag-condition-always-holds",
                S::SecurityWarning,
                Some(R::C9),
            ),
            L::TagConditionAlwaysHolds {
                effect: Effect::Deny,
                ..
            } => ("lint/tag-condition-always-holds", S::Warning, Some(R::C9)),
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::i18n::Locale;

    fn names(names: &[&str]) -> Vec<String> {
        names.iter().map(|n| n.to_string()).collect()
    }

    /// A product the Chinese table has no name of its own for, so its English name must show in both locales
    /// (ccc itself reads 云联络中心 in Chinese: `the_product_reads_in_chinese`).
    fn products() -> Vec<ProductName> {
        vec![ProductName {
            name: "Example Product".into(),
            abbreviation: "xmp".into(),
        }]
    }

    #[test]
    fn the_product_reads_in_chinese() {
        let text = LintText::TagDenyBlocksNothing {
            products: vec![ProductName {
                name: "Cloud Contact Center".into(),
                abbreviation: "ccc".into(),
            }],
            key: "qcs:resource_tag".into(),
            operator: "for_any_value:string_equal".into(),
        };
        let zh = Locale::ZhCn.words(&text.clone().into()).message;
        assert!(zh.starts_with("云联络中心（ccc）"), "{zh}");
        let en = Locale::En.words(&text.into()).message;
        assert!(en.starts_with("Cloud Contact Center (ccc)"), "{en}");
    }

    /// One sample per kind, with distinctive values; the `match` names every kind, so a new kind without a
    /// sample does not compile.
    pub(crate) fn samples() -> Vec<LintText> {
        let samples = vec![
            LintText::DenyOnly,
            LintText::TrustActionNotSts {
                action: "cvm:RunInstances7".into(),
            },
            LintText::TrustActionPrincipal {
                field: "federated".into(),
                action: "name/sts:AssumeRole8".into(),
            },
            LintText::OidcConditionMissing {
                missing: "oidc:aud".into(),
            },
            LintText::OidcOperator {
                key: "oidc:iss".into(),
                operator: "string_like9".into(),
            },
            LintText::OidcTooManySubjects { count: 11 },
            LintText::TrustEveryone,
            LintText::BucketMismatch {
                buckets: vec!["a-1250000000".into(), "b-1250000000".into()],
            },
            LintText::BucketResourceForm {
                resource: "prefix//1250000000/x/*".into(),
            },
            LintText::PublicWrite {
                action: "name/cos:PutObject".into(),
            },
            LintText::BucketGrantsNothing {
                action: "name/cos:GetService".into(),
            },
            LintText::ScpAllowGrantsNothing,
            LintText::SessionAllowsNothing,
            LintText::OperationLevelScoped {
                apis: names(&["DeleteCCCSkillGroup", "CreateCCCDesk"]),
                actions: names(&["ccc:DeleteCCCSkillGroup", "ccc:CreateCCCDesk"]),
            },
            LintText::OperationLevelWildcardScoped {
                apis: names(&[
                    "CreateCCCInstance",
                    "CreateCompanyApply",
                    "DeleteKmsResource",
                ]),
            },
            LintText::DenyOperationLevelScoped {
                apis: names(&["DeleteSipTrunk"]),
            },
            LintText::StarOnStar {
                action: "name/ccc:*".into(),
            },
            LintText::WildcardWrite {
                action: "ccc:*Staff*".into(),
                apis: names(&["CreateStaff", "ModifyStaffPassword"]),
            },
            LintText::EmptyConditionBlock {
                operator: "string_equal_x".into(),
            },
            LintText::ForAllWithoutPresence {
                key: "qcs:request_tag_x".into(),
            },
            LintText::IfExistOnAllow {
                operator: "ip_equal_if_exist".into(),
                key: "qcs:ip_x".into(),
            },
            LintText::NegatedSeveralValues {
                operator: "string_not_equal".into(),
                values: 37,
            },
            LintText::CidrHostBits {
                written: "10.1.2.3/8".into(),
                read_as: "10.0.0.0/8".into(),
            },
            LintText::Permid {
                action: "permid/8812".into(),
            },
            LintText::UidAccount {
                service: Some("cvm_x".into()),
            },
            LintText::ResourceServiceMismatch {
                service: "cdb_x".into(),
                product: "ccc_p".into(),
                example: "qcs::ccc::uin/<root uin>:SdkAppId_x/<id>".into(),
            },
            LintText::UnknownResourceType {
                type_name: "Skillgroup_x".into(),
                product: "ccc_q".into(),
                example: "qcs::ccc::uin/<root uin>:SdkAppId_y/<id>".into(),
            },
            LintText::RedundantAction {
                action: "ccc:CreateStaff".into(),
                wider: "ccc:Create*".into(),
            },
            LintText::DuplicateStatement {
                statement: 41,
                earlier: 29,
            },
            LintText::ShadowedStatement {
                statement: 53,
                wider: 47,
                effect: Effect::Deny,
            },
            LintText::KeyOperator {
                operator: "string_equal".into(),
                key: "qcs:current_time".into(),
                operators: names(&["date_equal", "date_greater_than"]),
                suggested: "for_any_value:date_equal_if_exist".into(),
            },
            LintText::LegacyKeyRenamed {
                key: "qcs:tag/team".into(),
                current: "qcs:resource_tag".into(),
                tag_key: Some("team".into()),
            },
            LintText::LegacyKeyRetired {
                key: "qcs:create_uin".into(),
            },
            LintText::TagAllowGrantsNothing {
                products: products(),
                key: "qcs:resource_tag".into(),
                operator: "for_any_value:string_equal".into(),
            },
            LintText::TagDenyBlocksNothing {
                products: products(),
                key: "qcs:request_tag".into(),
                operator: "for_any_value:string_like".into(),
            },
            LintText::TagConditionAlwaysHolds {
                products: products(),
                key: "qcs:resource_tag".into(),
                operator: "for_any_value:string_equal_if_exist".into(),
                effect: Effect::Allow,
            },
        ];
        for sample in &samples {
            match sample {
                LintText::DenyOnly
                | LintText::TrustActionNotSts { .. }
                | LintText::TrustActionPrincipal { .. }
                | LintText::OidcConditionMissing { .. }
                | LintText::OidcOperator { .. }
                | LintText::OidcTooManySubjects { .. }
                | LintText::TrustEveryone
                | LintText::BucketMismatch { .. }
                | LintText::BucketResourceForm { .. }
                | LintText::PublicWrite { .. }
                | LintText::BucketGrantsNothing { .. }
                | LintText::ScpAllowGrantsNothing
                | LintText::SessionAllowsNothing
                | LintText::OperationLevelScoped { .. }
                | LintText::OperationLevelWildcardScoped { .. }
                | LintText::DenyOperationLevelScoped { .. }
                | LintText::StarOnStar { .. }
                | LintText::WildcardWrite { .. }
                | LintText::EmptyConditionBlock { .. }
                | LintText::ForAllWithoutPresence { .. }
                | LintText::IfExistOnAllow { .. }
                | LintText::NegatedSeveralValues { .. }
                | LintText::CidrHostBits { .. }
                | LintText::Permid { .. }
                | LintText::UidAccount { .. }
                | LintText::ResourceServiceMismatch { .. }
                | LintText::UnknownResourceType { .. }
                | LintText::RedundantAction { .. }
                | LintText::DuplicateStatement { .. }
                | LintText::ShadowedStatement { .. }
                | LintText::KeyOperator { .. }
                | LintText::LegacyKeyRenamed { .. }
                | LintText::LegacyKeyRetired { .. }
                | LintText::TagAllowGrantsNothing { .. }
                | LintText::TagDenyBlocksNothing { .. }
                | LintText::TagConditionAlwaysHolds { .. } => {}
            }
        }
        samples
    }

    /// Every value a kind carries that its words must show.
    fn shown_values(text: &LintText) -> Vec<String> {
        let apis = |apis: &[String]| listed(apis).0.to_vec();
        let products = |products: &[ProductName]| {
            products
                .iter()
                .flat_map(|p| [p.name.clone(), p.abbreviation.clone()])
                .collect::<Vec<_>>()
        };
        match text {
            LintText::DenyOnly
            | LintText::TrustEveryone
            | LintText::ScpAllowGrantsNothing
            | LintText::SessionAllowsNothing => vec![],
            LintText::TrustActionNotSts { action }
            | LintText::PublicWrite { action }
            | LintText::BucketGrantsNothing { action } => vec![action.clone()],
            LintText::TrustActionPrincipal { field, action } => vec![field.clone(), action.clone()],
            LintText::OidcConditionMissing { missing } => vec![missing.clone()],
            LintText::OidcOperator { key, operator } => vec![key.clone(), operator.clone()],
            LintText::OidcTooManySubjects { count } => vec![count.to_string()],
            LintText::BucketMismatch { buckets } => buckets.clone(),
            LintText::BucketResourceForm { resource } => vec![resource.clone()],
            LintText::OperationLevelScoped { apis: a, .. }
            | LintText::DenyOperationLevelScoped { apis: a } => apis(a),
            LintText::OperationLevelWildcardScoped { apis: a } => {
                let mut v = apis(a);
                v.push(a.len().to_string());
                v
            }
            LintText::StarOnStar { action } | LintText::Permid { action } => vec![action.clone()],
            LintText::WildcardWrite { action, apis: a } => {
                let mut v = apis(a);
                v.extend([action.clone(), a.len().to_string()]);
                v
            }
            LintText::EmptyConditionBlock { operator } => vec![operator.clone()],
            LintText::ForAllWithoutPresence { key } => vec![key.clone()],
            LintText::IfExistOnAllow { operator, key } => vec![operator.clone(), key.clone()],
            LintText::NegatedSeveralValues { operator, values } => {
                vec![operator.clone(), values.to_string()]
            }
            LintText::CidrHostBits { written, read_as } => vec![written.clone(), read_as.clone()],
            LintText::UidAccount { service } => service.iter().cloned().collect(),
            LintText::ResourceServiceMismatch {
                service,
                product,
                example,
            } => vec![service.clone(), product.clone(), example.clone()],
            LintText::UnknownResourceType {
                type_name,
                product,
                example,
            } => vec![type_name.clone(), product.clone(), example.clone()],
            LintText::RedundantAction { action, wider } => vec![action.clone(), wider.clone()],
            LintText::DuplicateStatement { statement, earlier } => {
                vec![statement.to_string(), earlier.to_string()]
            }
            LintText::ShadowedStatement {
                statement, wider, ..
            } => vec![statement.to_string(), wider.to_string()],
            LintText::KeyOperator {
                operator,
                key,
                operators,
                suggested,
            } => {
                let mut v = vec![operator.clone(), key.clone(), suggested.clone()];
                v.extend(operators.iter().cloned());
                v
            }
            LintText::LegacyKeyRenamed {
                key,
                current,
                tag_key,
            } => {
                let mut v = vec![key.clone(), current.clone()];
                v.extend(tag_key.iter().cloned());
                v
            }
            LintText::LegacyKeyRetired { key } => vec![key.clone()],
            LintText::TagAllowGrantsNothing {
                products: p,
                key,
                operator,
            }
            | LintText::TagDenyBlocksNothing {
                products: p,
                key,
                operator,
            }
            | LintText::TagConditionAlwaysHolds {
                products: p,
                key,
                operator,
                ..
            } => {
                let mut v = products(p);
                v.extend([key.clone(), operator.clone()]);
                v
            }
        }
    }

    #[test]
    fn every_kind_has_words_in_every_locale_showing_its_values() {
        for text in samples() {
            crate::i18n::assert_worded(&text.clone().into(), &shown_values(&text));
        }
    }

    /// Long lists show their first `LISTED` names and an ellipsis; the help of an operation-level finding
    /// names every API, since each must move.
    #[test]
    fn long_api_lists_are_cut_after_listed() {
        let apis: Vec<String> = (1..=8).map(|i| format!("Api{i}")).collect();
        let actions = apis.iter().map(|a| format!("ccc:{a}")).collect();
        let text: crate::diagnostic::Text = LintText::OperationLevelScoped { apis, actions }.into();
        let en = Locale::En.words(&text);
        assert_eq!(en.message, "Api1, Api2, Api3, Api4, Api5, Api6, … are operation level: a statement with specific resources never grants them (rule R5)");
        assert!(en.help.contains("`ccc:Api8`"), "{}", en.help);
        let zh = Locale::ZhCn.words(&text);
        assert!(
            zh.message.contains("Api6") && !zh.message.contains("Api7"),
            "{}",
            zh.message
        );
        assert!(zh.help.contains("`ccc:Api8`"), "{}", zh.help);
    }
}
