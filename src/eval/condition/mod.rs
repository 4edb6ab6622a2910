//! Conditions (rules C1–C8): operators ANDed, keys ANDed, values ORed; each operator family in its own file.

mod string;

use std::borrow::Cow;
use std::cmp::Ordering;

use super::trace::{
    BlockTrace, ConditionTrace, KeyOrigin, KeyReason, KeyTrace, Unreadable, ValueTrace,
};
use super::{kept_text, variables};
use crate::policy::keys::{self, KeyKind};
use crate::policy::{Comparison, ConditionBlock, ConditionKey, Family, Operator, SetQualifier};
use crate::request::{ContextValue, Request, ResolvedRequest};
use crate::rules::Rule;

use crate::policy::values::{boolean, date, ip, read_policy, Decimal, Typed, ValueProblem};

/// The request's condition keys as CAM reads them for its action: the context as given, except that tag keys
/// are absent for a product without authorization by tag (rule C9) and `qcs:uin` / `qcs:owner_uin` default to
/// the principal's (rule C8).
pub struct RequestKeys<'r> {
    pub request: &'r Request,
    /// The action's product, when the catalog says it has no authorization by tag.
    untagged_product: Option<&'r str>,
    /// Whether the traces keep their texts (operators, keys, values as written): only the reasoning needs them.
    texts: bool,
}

/// One key's values for a condition, and where they came from when not simply from the context.
struct Lookup<'r> {
    value: Option<Cow<'r, ContextValue>>,
    origin: Option<KeyOrigin>,
    choice: Option<Rule>,
}

impl<'r> RequestKeys<'r> {
    pub fn new(resolved: &'r ResolvedRequest, texts: bool) -> Self {
        RequestKeys {
            texts,
            request: &resolved.request,
            untagged_product: resolved
                .api
                .as_ref()
                .filter(|api| !api.tag_authorization)
                .map(|api| api.product.as_str()),
        }
    }

    fn lookup(&self, key: &str) -> Lookup<'r> {
        let given = self.request.context.get(key);
        let as_given = Lookup {
            value: given.map(Cow::Borrowed),
            origin: None,
            choice: None,
        };
        let Some(global) = keys::global(key) else {
            return as_given;
        };
        match (global.kind, self.untagged_product) {
            (KeyKind::Tag, Some(product)) => Lookup {
                value: None,
                origin: Some(KeyOrigin::TagsNotSupported {
                    product: product.to_string(),
                    ignored: given.map(|v| v.values().to_vec()).unwrap_or_default(),
                }),
                choice: Some(Rule::C9),
            },
            (KeyKind::Uin, _) if given.is_none() => {
                let principal = &self.request.principal;
                let id = match key {
                    "qcs:uin" => principal.uin.as_ref(),
                    _ => principal.owner_uin.as_ref(),
                };
                match id {
                    Some(id) => Lookup {
                        value: Some(Cow::Owned(ContextValue::One(id.clone()))),
                        origin: Some(KeyOrigin::Principal { value: id.clone() }),
                        choice: Some(Rule::C8),
                    },
                    None => as_given,
                }
            }
            _ => as_given,
        }
    }
}

pub fn evaluate(blocks: &[ConditionBlock], request: &RequestKeys<'_>) -> ConditionTrace {
    let blocks: Vec<BlockTrace> = blocks.iter().map(|b| evaluate_block(b, request)).collect();
    ConditionTrace {
        matched: blocks.iter().all(|b| b.matched),
        blocks,
    }
}

/// The CHOICE rules a condition's outcome depended on: all of them when it holds; when it fails, those of the
/// failing key if exactly one key failed (otherwise no single choice could have changed the outcome).
pub fn assumptions(trace: &ConditionTrace) -> Vec<Rule> {
    let keys = || trace.blocks.iter().flat_map(|b| b.keys.iter());
    if trace.matched {
        return keys().flat_map(|k| k.assumptions.iter().copied()).collect();
    }
    let mut failed = keys().filter(|k| !k.matched);
    match (failed.next(), failed.next()) {
        (Some(only), None) => only.assumptions.clone(),
        _ => Vec::new(),
    }
}

fn evaluate_block(block: &ConditionBlock, request: &RequestKeys<'_>) -> BlockTrace {
    let operator = block.operator.as_ref().ok().copied();
    let keys: Vec<KeyTrace> = block
        .keys
        .iter()
        .map(|key| match operator {
            Some(op) => evaluate_key(&op, key, request),
            None => not_evaluated_key(key, request),
        })
        .collect();
    BlockTrace {
        operator: kept_text(request.texts, &block.name.value),
        span: block.name.span,
        parsed: operator,
        matched: operator.is_some() && keys.iter().all(|k| k.matched),
        keys,
    }
}

fn not_evaluated_key(key: &ConditionKey, request: &RequestKeys<'_>) -> KeyTrace {
    let lookup = request.lookup(&key.name.value);
    let present = lookup.value.as_deref();
    KeyTrace {
        key: kept_text(request.texts, &key.name.value),
        span: key.name.span,
        request_values: present.map(|v| kept_text(request.texts, v.values())),
        multi: present.is_some_and(ContextValue::is_multi),
        matched: false,
        reason: KeyReason::UnknownOperator,
        values: Vec::new(),
        unreadable_request_values: Vec::new(),
        origin: lookup.origin,
        assumptions: vec![Rule::C2],
    }
}

fn evaluate_key(op: &Operator, key: &ConditionKey, keys: &RequestKeys<'_>) -> KeyTrace {
    let lookup = keys.lookup(&key.name.value);
    let present = lookup.value.as_deref();
    let mut assumptions: Vec<Rule> = lookup.choice.into_iter().collect();
    let mut values = policy_values(key, keys, &mut assumptions);
    let request_values: &[String] = present.map_or(&[], ContextValue::values);
    let mut unreadable_request_values = Vec::new();
    let (matched, reason) = if op.family == Family::Null {
        null_key(&mut values, present.is_none())
    } else if present.is_none() || request_values.is_empty() {
        key_without_values(op, present.is_none(), &mut assumptions)
    } else {
        key_with_values(
            op,
            request_values,
            &mut values,
            &mut assumptions,
            &mut unreadable_request_values,
        )
    };
    assumptions.sort();
    assumptions.dedup();
    KeyTrace {
        key: kept_text(keys.texts, &key.name.value),
        span: key.name.span,
        request_values: present.map(|v| kept_text(keys.texts, v.values())),
        multi: present.is_some_and(ContextValue::is_multi),
        matched,
        reason,
        values,
        unreadable_request_values,
        origin: lookup.origin,
        assumptions,
    }
}

/// The key's policy values with their variables substituted (rules V1–V3), none matched yet.
fn policy_values(
    key: &ConditionKey,
    keys: &RequestKeys<'_>,
    assumptions: &mut Vec<Rule>,
) -> Vec<ValueTrace> {
    key.values
        .iter()
        .map(|v| {
            let (value, rules) = variables::substitute(&v.value, &keys.request.principal);
            assumptions.extend(rules);
            ValueTrace {
                written: kept_text(keys.texts, &v.value),
                value: value.into_owned(),
                span: v.span,
                matched: false,
                problem: None,
            }
        })
        .collect()
}

/// `null`: each policy value says whether the key should be absent.
fn null_key(values: &mut [ValueTrace], absent: bool) -> (bool, KeyReason) {
    let mut expects = Vec::new();
    for value in values.iter_mut() {
        match boolean::parse(&value.value) {
            Ok(expects_absent) => {
                value.matched = expects_absent == absent;
                expects.push(expects_absent);
            }
            Err(problem) => value.problem = Some(problem),
        }
    }
    let reason = KeyReason::Null {
        expects_absent: expects.first().copied().unwrap_or(true),
        absent,
    };
    (values.iter().any(|v| v.matched), reason)
}

/// The request lacks the key, or gives it an empty list: `_if_exist` and the set qualifiers decide.
fn key_without_values(
    op: &Operator,
    absent: bool,
    assumptions: &mut Vec<Rule>,
) -> (bool, KeyReason) {
    match op.qualifier {
        _ if op.if_exist && absent => (true, KeyReason::Missing { if_exist: true }),
        Some(SetQualifier::ForAllValue) => {
            assumptions.push(Rule::C4);
            (true, KeyReason::EmptySetForAll)
        }
        Some(SetQualifier::ForAnyValue) => {
            assumptions.push(Rule::C4);
            (false, KeyReason::EmptySetForAny)
        }
        None if absent => {
            if op.negated {
                assumptions.push(Rule::C3);
            }
            (false, KeyReason::Missing { if_exist: false })
        }
        None => {
            assumptions.push(Rule::C6);
            (false, KeyReason::NoValueMatched)
        }
    }
}

/// The request gives the key values: each is compared with every policy value, then the set qualifier and the
/// negation combine the results.
fn key_with_values(
    op: &Operator,
    request_values: &[String],
    values: &mut [ValueTrace],
    assumptions: &mut Vec<Rule>,
    unreadable: &mut Vec<Unreadable>,
) -> (bool, KeyReason) {
    let positive: Vec<bool> = request_values
        .iter()
        .map(|request_value| match_any_value(op, request_value, values, assumptions, unreadable))
        .collect();
    if op.negated && values.len() > 1 {
        assumptions.push(Rule::C5);
    }
    combine_request_values(op, request_values, &positive, assumptions)
}

/// Whether one request value matches at least one policy value (before negation). Marks the policy values it
/// matches and those that cannot be read; records the request value when it cannot be read.
fn match_any_value(
    op: &Operator,
    request_value: &str,
    values: &mut [ValueTrace],
    assumptions: &mut Vec<Rule>,
    unreadable: &mut Vec<Unreadable>,
) -> bool {
    let mut any = false;
    let mut request_problem = None;
    for value in values.iter_mut() {
        match compare(op, request_value, &value.value) {
            Ok((matched, chose)) => {
                // Read any other way the value would be unreadable and never match: the choice only matters
                // when it produced a match.
                if chose && matched {
                    assumptions.push(Rule::C7);
                }
                value.matched |= matched;
                any |= matched;
            }
            Err(Problem::Policy(p)) => value.problem = Some(p),
            Err(Problem::Request(p)) => request_problem = Some(p),
        }
    }
    if let Some(problem) = request_problem {
        unreadable.push(Unreadable {
            value: request_value.to_string(),
            problem,
        });
    }
    any
}

/// The key's outcome from each request value's match (`positive[i]`, before negation), by set qualifier and
/// negation (rules C4–C6).
fn combine_request_values(
    op: &Operator,
    request_values: &[String],
    positive: &[bool],
    assumptions: &mut Vec<Rule>,
) -> (bool, KeyReason) {
    let holds = |i: usize| positive[i] != op.negated;
    let first = |f: &dyn Fn(usize) -> bool| {
        (0..positive.len())
            .find(|&i| f(i))
            .map(|i| request_values[i].clone())
    };
    // Rule C6: how a plain operator reads several request values is a choice.
    if op.qualifier.is_none() && request_values.len() > 1 {
        assumptions.push(Rule::C6);
    }
    match (op.qualifier, op.negated) {
        (Some(SetQualifier::ForAllValue), false) => match first(&|i| !holds(i)) {
            None => (true, KeyReason::AllValuesMatched),
            Some(v) => (false, KeyReason::ValueOutsideSet { request_value: v }),
        },
        (Some(SetQualifier::ForAnyValue), true) => match first(&holds) {
            Some(v) => (true, KeyReason::ValueOutsideSet { request_value: v }),
            None => (false, KeyReason::AllValuesMatched),
        },
        (_, false) => match first(&holds) {
            Some(v) => (true, KeyReason::SomeValueMatched { request_value: v }),
            None => (false, KeyReason::NoValueMatched),
        },
        (_, true) => match first(&|i| !holds(i)) {
            None => (true, KeyReason::NegatedNoneMatched),
            Some(v) => (false, KeyReason::NegatedSomeMatched { request_value: v }),
        },
    }
}

enum Problem {
    Request(ValueProblem),
    Policy(ValueProblem),
}

/// Compares one request value with one policy value (positive sense); the flag says a CHOICE reading was needed.
fn compare(op: &Operator, request: &str, policy: &str) -> Result<(bool, bool), Problem> {
    let (typed, mut chose) = read_policy(op.family, policy).map_err(Problem::Policy)?;
    let ordered = |ordering: Ordering| match op.comparison {
        Comparison::Equal => ordering == Ordering::Equal,
        Comparison::LessThan => ordering == Ordering::Less,
        Comparison::LessThanEqual => ordering != Ordering::Greater,
        Comparison::GreaterThan => ordering == Ordering::Greater,
        Comparison::GreaterThanEqual => ordering != Ordering::Less,
    };
    let matched = match typed {
        Typed::Text(policy) => match op.family {
            Family::StringIgnoreCase => string::equal_ignore_case(request, &policy),
            Family::StringLike => string::like(request, &policy),
            _ => string::equal(request, &policy),
        },
        Typed::Number(policy) => ordered(
            Decimal::parse(request)
                .map_err(Problem::Request)?
                .cmp(&policy),
        ),
        Typed::Time(policy) => {
            let (time, request_chose) = date::parse(request).map_err(Problem::Request)?;
            chose |= request_chose;
            ordered(time.cmp(&policy))
        }
        Typed::Bool(policy) => boolean::parse(request).map_err(Problem::Request)? == policy,
        Typed::Network(net) => net.contains(&ip::parse_address(request).map_err(Problem::Request)?),
    };
    Ok((matched, chose))
}
