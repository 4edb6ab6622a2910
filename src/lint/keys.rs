//! Condition keys against what CAM documents for them: tag keys on products without authorization by tag
//! (rule C9), operators CAM does not document for a global key, and key names from older docs (rule C8).

use crate::catalog::{Catalog, Product};
use crate::diagnostic::Diagnostic;
use crate::lint::text::{LintText, ProductName};
use crate::policy::keys;
use crate::policy::{
    ConditionBlock, ConditionKey, Effect, Family, Operator, SetQualifier, Statement,
};

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
                out.push(Diagnostic::new(
                    LintText::KeyOperator {
                        operator: block.name.value.clone(),
                        key: name.to_string(),
                        operators: global.operators.iter().map(|o| o.to_string()).collect(),
                        suggested: with_qualifier(operator, global.operators[0]),
                    },
                    block.name.span,
                    &block_path,
                ));
            }
            if let Some(legacy) = keys::legacy(name) {
                let text = match legacy.current {
                    Some(current) => LintText::LegacyKeyRenamed {
                        key: name.to_string(),
                        current: current.to_string(),
                        tag_key: name.strip_prefix("qcs:tag/").map(str::to_string),
                    },
                    None => LintText::LegacyKeyRetired {
                        key: name.to_string(),
                    },
                };
                out.push(Diagnostic::new(text, key.name.span, &block_path));
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
    let products: Vec<ProductName> = products
        .iter()
        .map(|p| ProductName {
            name: p.name.clone(),
            abbreviation: p.abbreviation.clone(),
        })
        .collect();
    let key_name = key.name.value.clone();
    let operator_name = block.name.value.clone();
    let span = key.name.span;
    let effect = statement.effect.value;
    // The kind decides the code and severity: a tag condition that always holds is a security warning on an
    // allow (it grants more than it reads) and a warning on a deny.
    let text = match (effect, holds_when_absent(operator, key)) {
        (Effect::Allow, false) => LintText::TagAllowGrantsNothing {
            products,
            key: key_name,
            operator: operator_name,
        },
        (Effect::Deny, false) => LintText::TagDenyBlocksNothing {
            products,
            key: key_name,
            operator: operator_name,
        },
        (_, true) => LintText::TagConditionAlwaysHolds {
            products,
            key: key_name,
            operator: operator_name,
            effect,
        },
    };
    Diagnostic::new(text, span, path)
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
