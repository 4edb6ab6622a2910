//! Condition keys against what CAM documents for them: tag keys on products without authorization by tag
//! (rule C9), operators CAM does not document for a global key, and key names from older docs (rule C8).

use crate::catalog::{Catalog, Product};
use crate::diagnostic::Diagnostic;
use crate::keys;
use crate::policy::{
    ConditionBlock, ConditionKey, Effect, Family, Operator, SetQualifier, Statement,
};
use crate::rules::Rule;

pub(super) fn check(
    statement: &Statement,
    catalog: &Catalog,
    path: &str,
    out: &mut Vec<Diagnostic>,
) {
    let block_path = format!("{path}.condition");
    let untagged = untagged_products(statement, catalog);
    for block in &statement.conditions {
        let Ok(operator) = &block.operator else {
            continue;
        };
        for key in &block.keys {
            let name = key.name.value.as_str();
            if let Some(products) = untagged.as_deref().filter(|_| keys::is_tag_key(name)) {
                out.push(no_tag_authorization(
                    statement,
                    block,
                    operator,
                    key,
                    products,
                    &block_path,
                ));
            }
            if let Some(global) = keys::global(name).filter(|g| !g.documents(operator.family)) {
                out.push(
                    Diagnostic::warning("lint/key-operator", block.name.span, &block_path)
                        .message(format!(
                            "CAM does not document `{}` for {name}: it takes {}",
                            block.name.value,
                            global.operators.iter().map(|o| format!("`{o}`")).collect::<Vec<_>>().join(", ")
                        ))
                        .help(format!(
                            "use one of the documented operators (prefixes and `_if_exist` allowed), e.g. `{}`",
                            with_qualifier(operator, global.operators[0])
                        ))
                        .rule(Rule::C8)
                        .build(),
                );
            }
            if let Some(legacy) = keys::legacy(name) {
                let (message, help) = match legacy.current {
                    Some(current) => (
                        format!("`{name}` is a key name from older CAM docs; the current form is {current}"),
                        format!(
                            "write \"for_any_value:string_equal\": {{\"{current}\": \"{}&<value>\"}}",
                            name.strip_prefix("qcs:tag/").unwrap_or("<key>")
                        ),
                    ),
                    None => (
                        format!("`{name}` is a key name from older CAM docs, not in the current list of global keys"),
                        "check the product's own condition keys before relying on it; the playground reads it from the request context as given".to_string(),
                    ),
                };
                out.push(
                    Diagnostic::info("lint/legacy-key", key.name.span, &block_path)
                        .message(message)
                        .help(help)
                        .rule(Rule::C8)
                        .build(),
                );
            }
        }
    }
}

/// The products of a statement's actions when every action belongs to a catalog product without authorization
/// by tag (`ccc:*` does; `*` and actions outside the catalog do not).
fn untagged_products<'c>(statement: &Statement, catalog: &'c Catalog) -> Option<Vec<&'c Product>> {
    let mut products: Vec<&Product> = Vec::new();
    for action in &statement.actions {
        let bare = action.value.strip_prefix("name/").unwrap_or(&action.value);
        let (service, _) = bare.split_once(':')?;
        let product = catalog.product(service).filter(|p| !p.tag_authorization)?;
        if !products
            .iter()
            .any(|p| p.abbreviation == product.abbreviation)
        {
            products.push(product);
        }
    }
    (!products.is_empty()).then_some(products)
}

/// How a condition on an absent key comes out: false unless `_if_exist`, `for_all_value:` (rule C4) or
/// `null_equal: true` makes it hold.
fn holds_when_absent(operator: &Operator, key: &ConditionKey) -> bool {
    match operator.family {
        Family::Null => key.values.iter().any(|v| v.value == "true"),
        _ => operator.if_exist || operator.qualifier == Some(SetQualifier::ForAllValue),
    }
}

fn no_tag_authorization(
    statement: &Statement,
    block: &ConditionBlock,
    operator: &Operator,
    key: &ConditionKey,
    products: &[&Product],
    path: &str,
) -> Diagnostic {
    let names = products
        .iter()
        .map(|p| format!("{} ({})", p.name, p.abbreviation))
        .collect::<Vec<_>>()
        .join(", ");
    let name = &key.name.value;
    let why = format!(
        "{names} has no authorization by tag, so CAM has no {name} to compare for its actions"
    );
    let (diagnostic, message, help) = match (statement.effect.value, holds_when_absent(operator, key)) {
        (Effect::Allow, false) => (
            Diagnostic::warning("lint/tag-allow-grants-nothing", key.name.span, path),
            format!("{why}: `{}` never holds and this allow grants nothing", block.name.value),
            "grant by SdkAppId resource instead: \"resource\": \"qcs::ccc::uin/<root uin>:SdkAppId/<id>\"",
        ),
        (Effect::Deny, false) => (
            Diagnostic::security("lint/tag-deny-blocks-nothing", key.name.span, path),
            format!("{why}: `{}` never holds and this deny blocks nothing", block.name.value),
            "deny by SdkAppId resource instead, or drop the tag condition so the deny applies",
        ),
        (Effect::Allow, true) => (
            Diagnostic::security("lint/tag-condition-always-holds", key.name.span, path),
            format!("{why}: `{}` always holds, so this allow applies whatever the tags", block.name.value),
            "restrict the allow by SdkAppId resource; the tag condition restricts nothing",
        ),
        (Effect::Deny, true) => (
            Diagnostic::warning("lint/tag-condition-always-holds", key.name.span, path),
            format!("{why}: `{}` always holds, so this deny applies whatever the tags", block.name.value),
            "scope the deny by SdkAppId resource; the tag condition restricts nothing",
        ),
    };
    diagnostic
        .message(message)
        .help(help)
        .rule(Rule::C9)
        .build()
}

/// `for_any_value:string_equal` for a tag key used as `for_any_value:date_equal`: the user's prefix and suffix
/// kept around a documented base.
fn with_qualifier(operator: &Operator, base: &str) -> String {
    let prefix = match operator.qualifier {
        Some(SetQualifier::ForAnyValue) => "for_any_value:",
        Some(SetQualifier::ForAllValue) => "for_all_value:",
        None => "",
    };
    let suffix = if operator.if_exist { "_if_exist" } else { "" };
    format!("{prefix}{base}{suffix}")
}
