//! English words for the lint phase's diagnostics.

use crate::i18n::{example, Words};
use crate::lint::text::{listed, ProductName};
use crate::lint::LintText;
use crate::policy::Effect;

pub fn words(text: &LintText) -> Words {
    match text {
        LintText::TrustActionNotSts { action } => Words::new(
            format!("`{action}` is not a role-assumption action: a trust policy says who may call sts:AssumeRole and its kin (rule T3)"),
            "write name/sts:AssumeRole (accounts and services), name/sts:AssumeRoleWithSAML (SAML providers) or name/sts:AssumeRoleWithWebIdentity (OIDC providers); grant other actions in the role's policies",
        ),
        LintText::TrustActionPrincipal { field, action } => Words::new(
            format!("`{action}` does not fit a `{field}` principal: accounts and services assume a role with sts:AssumeRole, SAML providers with sts:AssumeRoleWithSAML, OIDC providers with sts:AssumeRoleWithWebIdentity (rule T3)"),
            "pair each kind of principal with its own action, in separate statements if needed",
        ),
        LintText::OidcConditionMissing { missing } => Words::new(
            format!("CAM requires `{missing}` under `string_equal` in an OIDC trust statement (rule T4)"),
            format!("add \"condition\": {{\"string_equal\": {{\"{missing}\": [\"…\"]}}}}"),
        ),
        LintText::OidcOperator { key, operator } => Words::new(
            format!("CAM takes `{key}` under `string_equal` only, not `{operator}` (rule T4)"),
            format!("move `{key}` under `string_equal`"),
        ),
        LintText::OidcTooManySubjects { count } => Words::new(
            format!("`oidc:sub` lists {count} values; CAM takes at most 10 (rule T4)"),
            "split the subjects over several roles, or narrow them",
        ),
        LintText::TrustEveryone => Words::new(
            "this trust policy lets everyone assume the role: any account could act with its permissions (rule T7)",
            "name the accounts, services or identity providers that should assume it",
        ),
        LintText::BucketMismatch { buckets } => Words::new(
            format!("the resources name several buckets ({}); a bucket policy governs one bucket, and names of another bucket never match its requests (rule B2)", buckets.join(", ")),
            "keep the resources of the bucket this policy is saved on",
        ),
        LintText::BucketResourceForm { resource } => Words::new(
            format!("`{resource}` is an older resource form (rule B2)"),
            "write qcs::cos:<region>:uid/<appid>:<bucket>-<appid>/<key>, the form COS documents today",
        ),
        LintText::PublicWrite { action } => Words::new(
            format!("everyone, signed or not, may `{action}` on this bucket: anyone can write or delete its objects (rule B2)"),
            "grant write actions to named accounts or users only",
        ),
        LintText::BucketGrantsNothing { action } => Words::new(
            format!("a bucket policy cannot grant `{action}`: COS ignores bucket-policy statements on GetService and PutBucket (rule B4)"),
            "grant it in an identity policy",
        ),
        LintText::ScpAllowGrantsNothing => Words::new(
            "an allow in an SCP grants nothing: SCPs only limit, and while FullQcloudAccess is bound it changes nothing (rule O1)",
            "grant access in identity policies; use SCP allows only where FullQcloudAccess was unbound, as the list of what stays possible",
        ),
        LintText::SessionAllowsNothing => Words::new(
            "this session policy allows nothing: the temporary credentials get no permission at all (rule S2)",
            "add an allow statement for what the session needs; its denies then narrow that",
        ),
        LintText::DenyOnly => Words::new(
            "every statement is a deny: this policy grants nothing by itself",
            "that is fine for a guard-rail policy attached next to others; add an allow statement if it should grant access",
        ),
        LintText::OperationLevelScoped { apis, actions } => {
            let (verb, pronoun) = if apis.len() == 1 { ("is", "it") } else { ("are", "them") };
            Words::new(
                format!("{} {verb} operation level: a statement with specific resources never grants {pronoun} (rule R5)", names(apis)),
                format!("move {} into a separate statement with \"resource\": [\"*\"]", super::quoted_list(actions)),
            )
        }
        LintText::OperationLevelWildcardScoped { apis } => Words::new(
            format!("the wildcard actions here cover {} operation-level API(s) ({}) that this statement never grants, because its resources are specific (rule R5)", apis.len(), names(apis)),
            "if they are meant to be granted, add a statement for them with \"resource\": [\"*\"]",
        ),
        LintText::DenyOperationLevelScoped { apis } => {
            let what = if apis.len() == 1 { "an operation-level API" } else { "operation-level APIs" };
            Words::new(
                format!("this deny never blocks {what} ({}): operation-level APIs are checked against `*`, and this statement names specific resources (rule R5)", names(apis)),
                "deny them in a statement with \"resource\": [\"*\"]",
            )
        }
        LintText::StarOnStar { action } => Words::new(
            format!("`{action}` on resource `*` without a condition grants full access"),
            "grant the APIs the role needs (see the catalog's categories), or add a condition such as ip_equal on qcs:ip",
        ),
        LintText::WildcardWrite { action, apis } => Words::new(
            format!("`{action}` also grants {} write API(s): {}", apis.len(), names(apis)),
            "list the read APIs by name, or add a deny statement for the writes",
        ),
        LintText::EmptyConditionBlock { operator } => Words::new(
            format!("`{operator}` has no condition keys, so it always holds"),
            "add the key to test, e.g. {\"qcs:ip\": [\"10.0.0.0/8\"]}, or remove the operator",
        ),
        LintText::ForAllWithoutPresence { key } => Words::new(
            format!("`for_all_value:` holds when the request has no {key}: this allow also applies to requests without it (rule C4)"),
            format!("also require the key: add \"null_equal\": {{\"{key}\": \"false\"}}"),
        ),
        LintText::IfExistOnAllow { operator, key } => Words::new(
            format!("`{operator}` lets requests without {key} through: with `_if_exist` a missing key passes (rule C3)"),
            format!("drop `_if_exist` unless requests without {key} should be allowed"),
        ),
        LintText::NegatedSeveralValues { operator, values } => Words::new(
            format!("`{operator}` with {values} values holds only when the request matches none of them (rule C5)"),
            "CAM's docs do not say how a negated operator combines several values; the playground reads them as \"none of these\"",
        ),
        LintText::CidrHostBits { written, read_as } => Words::new(
            format!("`{written}` has host bits set; CAM's examples write it so, and the playground reads it as `{read_as}`"),
            format!("write `{read_as}` so the range says what it covers"),
        ),
        LintText::Permid { action } => Words::new(
            format!("`{action}` is a console feature set whose APIs are not published: the playground cannot tell what it grants (rule A3)"),
            "list the APIs by name to make the policy reviewable",
        ),
        LintText::UidAccount { service } => Words::new(
            format!("the `uid/` account form is only for COS and CAS resources; for `{}` write the owner's root UIN", service.as_deref().unwrap_or("every service")),
            "write the account segment as uin/<root uin>",
        ),
        LintText::ResourceServiceMismatch {
            service,
            product,
            example,
        } => Words::new(
            format!("the actions are {product} APIs but this resource is a `{service}` resource: it never matches them"),
            format!("write {product} resources as {example}"),
        ),
        LintText::UnknownResourceType {
            type_name,
            product,
            example,
        } => Words::new(
            format!("`{type_name}` matches no {product} API's resource"),
            format!("write {example} (see an API's resource template in the catalog)"),
        ),
        LintText::RedundantAction { action, wider } => Words::new(
            format!("`{action}` is already covered by `{wider}` in the same statement"),
            "remove it to keep the policy short (CAM counts characters, rule G7)",
        ),
        LintText::DuplicateStatement { statement, earlier } => Words::new(
            format!("statement {statement} repeats statement {earlier}"),
            "remove one of them",
        ),
        LintText::ShadowedStatement { statement, wider, effect } => {
            let verb = match effect {
                Effect::Allow => "allows",
                Effect::Deny => "denies",
            };
            Words::new(
                format!("statement {statement} never changes the decision: statement {wider} {verb} everything it does, without conditions"),
                "remove it, or narrow the wider statement if this one was meant to be the only grant",
            )
        }
        LintText::KeyOperator { operator, key, operators, suggested } => Words::new(
            format!("CAM does not document `{operator}` for {key}: it takes {}", super::quoted_list(operators)),
            format!("use one of the documented operators (prefixes and `_if_exist` allowed), e.g. `{suggested}`"),
        ),
        LintText::LegacyKeyRenamed { key, current, tag_key } => Words::new(
            format!("`{key}` is a key name from older CAM docs; the current form is {current}"),
            format!("write \"for_any_value:string_equal\": {{\"{current}\": \"{}&<value>\"}}", tag_key.as_deref().unwrap_or("<key>")),
        ),
        LintText::LegacyKeyRetired { key } => Words::new(
            format!("`{key}` is a key name from older CAM docs, not in the current list of global keys"),
            "check the product's own condition keys before relying on it; the playground reads it from the request context as given",
        ),
        LintText::TagAllowGrantsNothing { products, key, operator } => Words::new(
            format!("{}: `{operator}` never holds and this allow grants nothing", no_tags(products, key)),
            format!("grant by {} resource instead: \"resource\": \"{}\"", example().param, example().resource("<root uin>", "<id>")),
        ),
        LintText::TagDenyBlocksNothing { products, key, operator } => Words::new(
            format!("{}: `{operator}` never holds and this deny blocks nothing", no_tags(products, key)),
            format!("deny by {} resource instead, or drop the tag condition so the deny applies", example().param),
        ),
        LintText::TagConditionAlwaysHolds { products, key, operator, effect: Effect::Allow } => Words::new(
            format!("{}: `{operator}` always holds, so this allow applies whatever the tags", no_tags(products, key)),
            format!("restrict the allow by {} resource; the tag condition restricts nothing", example().param),
        ),
        LintText::TagConditionAlwaysHolds { products, key, operator, effect: Effect::Deny } => Words::new(
            format!("{}: `{operator}` always holds, so this deny applies whatever the tags", no_tags(products, key)),
            format!("scope the deny by {} resource; the tag condition restricts nothing", example().param),
        ),
    }
}

/// The first API names, then `…` when there are more: `CreateStaff, DeleteStaff, …`.
fn names(apis: &[String]) -> String {
    let (shown, more) = listed(apis);
    let mut names: Vec<&str> = shown.iter().map(String::as_str).collect();
    if more > 0 {
        names.push("…");
    }
    names.join(", ")
}

/// Why a tag condition cannot work for these products (rule C9).
fn no_tags(products: &[ProductName], key: &str) -> String {
    let names = products
        .iter()
        .map(|p| format!("{} ({})", p.name, p.abbreviation))
        .collect::<Vec<_>>()
        .join(", ");
    format!("{names} has no authorization by tag, so CAM has no {key} to compare for its actions")
}
