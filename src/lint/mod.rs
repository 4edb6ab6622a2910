//! The policy linter: findings about a policy that parses but may not do what its author means. Each finding is
//! a `Diagnostic` (code `lint/…`, severity ERROR / SECURITY_WARNING / WARNING / INFO = suggestion, span, help,
//! rule). The parser's own diagnostics (AWS-style keys, unknown APIs and operators, case, variables, length, …)
//! are findings too; `lint` adds the checks that need the whole statement and the catalog.

pub mod config;
mod coverage;
mod keys;
mod kinds;

pub use crate::text::lint::{self as text, LintText};

use crate::catalog::{Api, Catalog, Category, Granularity};
use crate::diagnostic::{self, Diagnostic};
use crate::policy::{Effect, ParsedPolicy, PolicyKind, SetQualifier, Statement};
use crate::resource_name::ResourceName;
use coverage::covers;

/// Above this many statements the pairwise shadowing check is skipped (it is quadratic).
const MAX_SHADOW_CHECKED: usize = 200;

/// Every finding for one parsed policy: the parser's diagnostics and the linter's, sorted by location.
pub fn findings(parsed: &ParsedPolicy, catalog: &Catalog) -> Vec<Diagnostic> {
    let mut all = parsed.diagnostics.clone();
    all.extend(lint(parsed, catalog));
    diagnostic::sort(&mut all);
    all
}

/// The linter's own findings (not the parser's), for the kind the policy was read as: trust and bucket
/// policies get their own checks; SCPs and session policies the identity checks and their own.
pub fn lint(parsed: &ParsedPolicy, catalog: &Catalog) -> Vec<Diagnostic> {
    let Some(policy) = &parsed.policy else {
        return Vec::new();
    };
    let mut out = Vec::new();
    match parsed.kind {
        PolicyKind::Trust => kinds::trust(policy, &mut out),
        PolicyKind::Bucket => kinds::bucket(policy, &mut out),
        PolicyKind::Scp => {
            identity_checks(policy, catalog, false, &mut out);
            kinds::scp(policy, &mut out);
        }
        PolicyKind::Session => {
            identity_checks(policy, catalog, false, &mut out);
            kinds::session(policy, &mut out);
        }
        PolicyKind::Identity | PolicyKind::Boundary => {
            identity_checks(policy, catalog, true, &mut out)
        }
    }
    out
}

/// The checks of a CAM-grammar document over services (identity policies, boundaries, SCPs, session policies);
/// `deny_only` notes a policy of denies only, normal in an SCP and told otherwise in a session policy.
fn identity_checks(
    policy: &crate::policy::Policy,
    catalog: &Catalog,
    deny_only: bool,
    out: &mut Vec<Diagnostic>,
) {
    for statement in &policy.statements {
        let path = format!("$.statement[{}]", statement.index);
        operation_level(statement, &policy.statements, catalog, &path, out);
        broad_grants(statement, catalog, &path, out);
        conditions(statement, &path, out);
        keys::check(statement, catalog, &path, out);
        resources(statement, &path, catalog, out);
        redundant_actions(statement, &path, out);
    }
    duplicates_and_shadows(&policy.statements, out);
    if deny_only
        && !policy.statements.is_empty()
        && policy
            .statements
            .iter()
            .all(|s| s.effect.value == Effect::Deny)
    {
        out.push(
            // A note on the opening brace, not an underline over a guard rail's whole text.
            Diagnostic::new(
                LintText::DenyOnly,
                crate::json::Span {
                    end: policy.span.start + 1,
                    ..policy.span
                },
                "$",
            ),
        );
    }
}

fn names(apis: &[&Api]) -> Vec<String> {
    apis.iter().map(|a| a.name.clone()).collect()
}

fn has_star_resource(statement: &Statement) -> bool {
    statement.resources.iter().any(|r| r.value == "*")
}

/// Rule R5: operation-level APIs under specific resources are never granted (or, for a deny, never denied).
fn operation_level(
    statement: &Statement,
    siblings: &[Statement],
    catalog: &Catalog,
    path: &str,
    out: &mut Vec<Diagnostic>,
) {
    if has_star_resource(statement) {
        return;
    }
    // An API another statement of the same effect already covers on `*` (the fix "grant it in a new statement
    // with resource `*`" adds one) is not lost by this statement's scoping: no need to ask again.
    let covered_on_star = |api: &Api| {
        siblings.iter().any(|other| {
            other.effect.value == statement.effect.value
                && other.conditions.is_empty()
                && has_star_resource(other)
                && other.actions.iter().any(|a| {
                    catalog
                        .apis_matching(&a.value)
                        .iter()
                        .any(|covered| std::ptr::eq(*covered, api))
                })
        })
    };
    let span = statement
        .resources
        .first()
        .map_or(statement.span, |r| r.span);
    let mut named = Vec::new();
    let mut via_wildcard = Vec::new();
    for action in &statement.actions {
        for api in catalog
            .apis_matching(&action.value)
            .into_iter()
            .filter(|a| a.granularity == Granularity::Operation && !covered_on_star(a))
        {
            let target = if action.value.contains('*') {
                &mut via_wildcard
            } else {
                &mut named
            };
            if !target.iter().any(|a: &&Api| a.name == api.name) {
                target.push(api);
            }
        }
    }
    let resource_path = format!("{path}.resource");
    match statement.effect.value {
        Effect::Allow if !named.is_empty() => out.push(Diagnostic::new(
            LintText::OperationLevelScoped {
                apis: names(&named),
                actions: named
                    .iter()
                    .filter_map(|api| {
                        catalog
                            .actions()
                            .find(|(_, _, a)| std::ptr::eq(*a, *api))
                            .map(|(action, ..)| action.to_string())
                    })
                    .collect(),
            },
            span,
            &resource_path,
        )),
        Effect::Allow if !via_wildcard.is_empty() => out.push(Diagnostic::new(
            LintText::OperationLevelWildcardScoped {
                apis: names(&via_wildcard),
            },
            span,
            &resource_path,
        )),
        Effect::Deny if !named.is_empty() || !via_wildcard.is_empty() => {
            let apis: Vec<&Api> = named.iter().chain(&via_wildcard).copied().collect();
            out.push(Diagnostic::new(
                LintText::DenyOperationLevelScoped { apis: names(&apis) },
                span,
                &resource_path,
            ))
        }
        _ => {}
    }
}

/// Allows that are broader than they look: everything on everything, wildcards that include writes.
fn broad_grants(statement: &Statement, catalog: &Catalog, path: &str, out: &mut Vec<Diagnostic>) {
    if statement.effect.value != Effect::Allow {
        return;
    }
    let everything = |a: &str| matches!(a, "*" | "*:*" | "ccc:*" | "name/ccc:*");
    if statement.conditions.is_empty() && has_star_resource(statement) {
        if let Some(action) = statement.actions.iter().find(|a| everything(&a.value)) {
            out.push(Diagnostic::new(
                LintText::StarOnStar {
                    action: action.value.clone(),
                },
                action.span,
                format!("{path}.action"),
            ));
        }
    }
    for action in statement
        .actions
        .iter()
        .filter(|a| a.value.contains('*') && !everything(&a.value))
    {
        let matched = catalog.apis_matching(&action.value);
        let writes: Vec<&Api> = matched
            .iter()
            .copied()
            .filter(|a| a.category == Category::Write)
            .collect();
        let reads_only_name = ["Describe", "Get", "List", "Query"]
            .iter()
            .any(|verb| action.value.contains(verb));
        // A pattern that mixes reads and writes (`ccc:*Staff*`) rarely means to grant every write it matches.
        let mixed = writes.len() < matched.len();
        if !writes.is_empty() && (reads_only_name || mixed) {
            out.push(Diagnostic::new(
                LintText::WildcardWrite {
                    action: action.value.clone(),
                    apis: names(&writes),
                },
                action.span,
                format!("{path}.action"),
            ));
        }
    }
}

fn conditions(statement: &Statement, path: &str, out: &mut Vec<Diagnostic>) {
    let allow = statement.effect.value == Effect::Allow;
    for block in &statement.conditions {
        let Ok(operator) = &block.operator else {
            continue;
        };
        let block_path = format!("{path}.condition");
        if block.keys.is_empty() {
            out.push(Diagnostic::new(
                LintText::EmptyConditionBlock {
                    operator: block.name.value.clone(),
                },
                block.name.span,
                &block_path,
            ));
        }
        for key in &block.keys {
            if allow && operator.qualifier == Some(SetQualifier::ForAllValue) {
                let presence = statement.conditions.iter().any(|b| {
                    b.keys.iter().any(|k| k.name.value == key.name.value)
                        && b.operator.as_ref().is_ok_and(|o| {
                            o.qualifier == Some(SetQualifier::ForAnyValue)
                                || (o.family == crate::policy::Family::Null
                                    && k_values_false(b, &key.name.value))
                        })
                });
                if !presence {
                    out.push(Diagnostic::new(
                        LintText::ForAllWithoutPresence {
                            key: key.name.value.clone(),
                        },
                        key.name.span,
                        &block_path,
                    ));
                }
            }
            if allow && operator.if_exist && crate::policy::keys::global(&key.name.value).is_some()
            {
                out.push(Diagnostic::new(
                    LintText::IfExistOnAllow {
                        operator: block.name.value.clone(),
                        key: key.name.value.clone(),
                    },
                    block.name.span,
                    &block_path,
                ));
            }
            if operator.negated && key.values.len() > 1 {
                out.push(Diagnostic::new(
                    LintText::NegatedSeveralValues {
                        operator: block.name.value.clone(),
                        values: key.values.len(),
                    },
                    block.name.span,
                    &block_path,
                ));
            }
            if operator.family == crate::policy::Family::Ip {
                for value in &key.values {
                    if let Some(clean) = crate::policy::values::without_host_bits(&value.value) {
                        out.push(Diagnostic::new(
                            LintText::CidrHostBits {
                                written: value.value.clone(),
                                read_as: clean,
                            },
                            value.span,
                            &block_path,
                        ));
                    }
                }
            }
        }
    }
}

fn k_values_false(block: &crate::policy::ConditionBlock, key: &str) -> bool {
    block
        .keys
        .iter()
        .filter(|k| k.name.value == key)
        .any(|k| k.values.iter().any(|v| v.value == "false"))
}

fn resources(statement: &Statement, path: &str, catalog: &Catalog, out: &mut Vec<Diagnostic>) {
    // The catalog product every action of the statement belongs to, if there is one: its resources are checked
    // against the product's service and the resource types of its templates.
    fn service_of(action: &str) -> Option<&str> {
        let action = action.strip_prefix("name/").unwrap_or(action);
        action.split_once(':').map(|(service, _)| service)
    }
    let mut services = statement.actions.iter().map(|a| service_of(&a.value));
    let product = services
        .next()
        .flatten()
        .filter(|first| services.all(|s| s == Some(*first)))
        .and_then(|service| catalog.product(service));
    for action in statement
        .actions
        .iter()
        .filter(|a| a.value.starts_with("permid/"))
    {
        out.push(Diagnostic::new(
            LintText::Permid {
                action: action.value.clone(),
            },
            action.span,
            format!("{path}.action"),
        ));
    }
    for resource in &statement.resources {
        let Ok(name) = ResourceName::split(&resource.value) else {
            continue;
        };
        let service = name.service();
        if name.account().starts_with("uid/") && !matches!(service, "cos" | "cas") {
            out.push(Diagnostic::new(
                LintText::UidAccount {
                    service: (!service.is_empty()).then(|| service.to_string()),
                },
                resource.span,
                format!("{path}.resource"),
            ));
        }
    }
    let Some(product) = product else {
        return;
    };
    let types = catalog.resource_types(product);
    for resource in &statement.resources {
        let Ok(name) = ResourceName::split(&resource.value) else {
            continue;
        };
        let service = name.service();
        if !service.is_empty() && service != product.abbreviation && !service.contains('*') {
            out.push(Diagnostic::new(
                LintText::ResourceServiceMismatch {
                    service: service.to_string(),
                    product: product.abbreviation.clone(),
                    example: product.resource_example(),
                },
                resource.span,
                format!("{path}.resource"),
            ));
        } else if service == product.abbreviation && !types.is_empty() {
            let last = name.resource();
            let type_name = last.split('/').next().unwrap_or_default();
            if last != "*"
                && !type_name.contains('*')
                && !types.iter().any(|t| t.eq_ignore_ascii_case(type_name))
            {
                out.push(Diagnostic::new(
                    LintText::UnknownResourceType {
                        type_name: type_name.to_string(),
                        product: product.abbreviation.clone(),
                        example: product.resource_example(),
                    },
                    resource.span,
                    format!("{path}.resource"),
                ));
            }
        }
    }
}

fn redundant_actions(statement: &Statement, path: &str, out: &mut Vec<Diagnostic>) {
    for (i, action) in statement.actions.iter().enumerate() {
        if let Some(wider) = statement.actions.iter().enumerate().find(|(j, other)| {
            *j != i && other.value != action.value && covers(&other.value, &action.value)
        }) {
            out.push(Diagnostic::new(
                LintText::RedundantAction {
                    action: action.value.clone(),
                    wider: wider.1.value.clone(),
                },
                action.span,
                format!("{path}.action"),
            ));
        }
    }
}

/// Identical statements, and statements that another statement of the same effect fully covers.
fn duplicates_and_shadows(statements: &[Statement], out: &mut Vec<Diagnostic>) {
    // A statement's meaning as text: order of actions and resources does not matter.
    let key = |s: &Statement| {
        let sorted = |items: &[crate::policy::Spanned<String>]| {
            let mut values: Vec<&str> = items.iter().map(|v| v.value.as_str()).collect();
            values.sort_unstable();
            values.join("\u{0}")
        };
        let conditions: Vec<String> = s
            .conditions
            .iter()
            .map(|b| {
                let keys: Vec<String> = b
                    .keys
                    .iter()
                    .map(|k| format!("{}={}", k.name.value, sorted(&k.values)))
                    .collect();
                format!("{}{{{}}}", b.name.value, keys.join(";"))
            })
            .collect();
        format!(
            "{}|{}|{}|{}",
            s.effect.value.as_str(),
            sorted(&s.actions),
            sorted(&s.resources),
            conditions.join(",")
        )
    };
    // Keys once, not per pair; the pairwise shadow check is bounded so a generated giant cannot stall typing.
    let keys: Vec<String> = statements.iter().map(key).collect();
    let first = |i: usize| keys[..i].iter().position(|k| *k == keys[i]);
    for (i, statement) in statements.iter().enumerate() {
        let path = format!("$.statement[{}]", statement.index);
        if let Some(earlier) = first(i).map(|j| &statements[j]) {
            out.push(Diagnostic::new(
                LintText::DuplicateStatement {
                    statement: statement.index + 1,
                    earlier: earlier.index + 1,
                },
                statement.span,
                &path,
            ));
            continue;
        }
        if statements.len() > MAX_SHADOW_CHECKED {
            continue;
        }
        let shadow = statements.iter().enumerate().find(|(j, other)| {
            *j != i
                && other.effect.value == statement.effect.value
                && other.conditions.is_empty()
                && keys[*j] != keys[i]
                && statement
                    .actions
                    .iter()
                    .all(|a| other.actions.iter().any(|o| covers(&o.value, &a.value)))
                && statement
                    .resources
                    .iter()
                    .all(|r| other.resources.iter().any(|o| covers(&o.value, &r.value)))
        });
        if let Some((_, wider)) = shadow {
            out.push(Diagnostic::new(
                LintText::ShadowedStatement {
                    statement: statement.index + 1,
                    wider: wider.index + 1,
                    effect: statement.effect.value,
                },
                statement.span,
                &path,
            ));
        }
    }
}
