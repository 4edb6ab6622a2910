//! Policy values read as their operator family's type (rules C1–C7): numbers, dates, booleans and IP ranges,
//! each in its own file. Below both the parser (which warns about a value it cannot read) and the evaluator
//! (which compares with it).

pub mod boolean;
pub mod date;
pub mod ip;
mod numeric;

use super::{Family, Operator};

pub use crate::text::value::ValueProblem;
pub use numeric::Decimal;

/// An address inside a policy's IP range (its first host), for fixes that set the request's `qcs:ip`.
pub fn an_address_in(range: &str) -> Option<String> {
    let (network, _) = ip::parse_network(range).ok()?;
    let first = network.hosts().next().unwrap_or(network.network());
    Some(first.to_string())
}

/// The clean form of a CIDR written with host bits set (`10.217.182.3/24` → `10.217.182.0/24`), rule C7.
pub fn without_host_bits(range: &str) -> Option<String> {
    match ip::parse_network(range) {
        Ok((network, true)) => Some(network.to_string()),
        _ => None,
    }
}

/// Checks that a literal policy value can be read as its operator's type, for the parser's warnings.
pub fn check_policy_value(operator: &Operator, value: &str) -> Result<(), ValueProblem> {
    if crate::policy::variables::mentions_variable(value) {
        return Ok(());
    }
    read_policy(operator.family, value).map(|_| ())
}

/// A policy value read as its family's type.
pub enum Typed {
    Text(String),
    Number(Decimal),
    Time(i128),
    Bool(bool),
    Network(ipnet::IpNet),
}

/// Reads a policy value as its family's type; the flag says a CHOICE reading was needed (rule C7).
pub fn read_policy(family: Family, value: &str) -> Result<(Typed, bool), ValueProblem> {
    Ok(match family {
        Family::Numeric => (Typed::Number(Decimal::parse(value)?), false),
        Family::Date => {
            let (t, chose) = date::parse(value)?;
            (Typed::Time(t), chose)
        }
        Family::Bool | Family::Null => (Typed::Bool(boolean::parse(value)?), false),
        Family::Ip => {
            let (net, masked) = ip::parse_network(value)?;
            (Typed::Network(net), masked)
        }
        Family::String | Family::StringIgnoreCase | Family::StringLike | Family::Binary => {
            (Typed::Text(value.to_string()), false)
        }
    })
}
