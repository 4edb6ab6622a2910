//! Condition operator names (rule C2): `[for_any_value:|for_all_value:]<base>[_if_exist]`.

use serde::Serialize;

/// The value family an operator compares in; each family's comparison lives in `eval::condition::<family>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Family {
    String,
    StringIgnoreCase,
    StringLike,
    Numeric,
    Date,
    Bool,
    Binary,
    Ip,
    Null,
}

/// How a family compares the request value `a` with the policy value `b`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Comparison {
    Equal,
    LessThan,
    LessThanEqual,
    GreaterThan,
    GreaterThanEqual,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SetQualifier {
    ForAnyValue,
    ForAllValue,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Operator {
    pub qualifier: Option<SetQualifier>,
    pub family: Family,
    pub comparison: Comparison,
    /// `*_not_*`: true when the request value matches none of the policy values (rule C5).
    pub negated: bool,
    /// `_if_exist`: true when the request lacks the key (rule C3).
    pub if_exist: bool,
}

impl Operator {
    /// An exact-match operator: CAM's docs (598/58417) say only these take effect for list queries (rule E5).
    /// `ip_not_equal` is among them; negations of the other families, `*_like` and orderings are not.
    pub fn is_exact_match(&self) -> bool {
        match self.family {
            Family::Ip | Family::Null | Family::Bool | Family::Binary => true,
            Family::StringLike => false,
            _ => !self.negated && self.comparison == Comparison::Equal,
        }
    }
}

/// Every base operator of rule C2 with its meaning.
const BASE_OPERATORS: &[(&str, Family, Comparison, bool)] = &[
    ("string_equal", Family::String, Comparison::Equal, false),
    ("string_not_equal", Family::String, Comparison::Equal, true),
    (
        "string_equal_ignore_case",
        Family::StringIgnoreCase,
        Comparison::Equal,
        false,
    ),
    (
        "string_not_equal_ignore_case",
        Family::StringIgnoreCase,
        Comparison::Equal,
        true,
    ),
    ("string_like", Family::StringLike, Comparison::Equal, false),
    (
        "string_not_like",
        Family::StringLike,
        Comparison::Equal,
        true,
    ),
    ("numeric_equal", Family::Numeric, Comparison::Equal, false),
    (
        "numeric_not_equal",
        Family::Numeric,
        Comparison::Equal,
        true,
    ),
    (
        "numeric_less_than",
        Family::Numeric,
        Comparison::LessThan,
        false,
    ),
    (
        "numeric_less_than_equal",
        Family::Numeric,
        Comparison::LessThanEqual,
        false,
    ),
    (
        "numeric_greater_than",
        Family::Numeric,
        Comparison::GreaterThan,
        false,
    ),
    (
        "numeric_greater_than_equal",
        Family::Numeric,
        Comparison::GreaterThanEqual,
        false,
    ),
    ("date_equal", Family::Date, Comparison::Equal, false),
    ("date_not_equal", Family::Date, Comparison::Equal, true),
    ("date_less_than", Family::Date, Comparison::LessThan, false),
    (
        "date_less_than_equal",
        Family::Date,
        Comparison::LessThanEqual,
        false,
    ),
    (
        "date_greater_than",
        Family::Date,
        Comparison::GreaterThan,
        false,
    ),
    (
        "date_greater_than_equal",
        Family::Date,
        Comparison::GreaterThanEqual,
        false,
    ),
    ("bool_equal", Family::Bool, Comparison::Equal, false),
    ("binary_equal", Family::Binary, Comparison::Equal, false),
    ("ip_equal", Family::Ip, Comparison::Equal, false),
    ("ip_not_equal", Family::Ip, Comparison::Equal, true),
    ("null_equal", Family::Null, Comparison::Equal, false),
];

const IF_EXIST: &str = "_if_exist";

/// Why an operator name is not one of CAM's, with the nearest real name when one is close.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct UnknownOperator {
    /// `null_equal` with the `_if_exist` suffix, which it does not take (it already tests presence).
    pub null_with_if_exist: bool,
    pub suggestion: Option<String>,
}

impl Operator {
    pub fn parse(name: &str) -> Result<Operator, UnknownOperator> {
        let (qualifier, rest) = if let Some(rest) = name.strip_prefix("for_any_value:") {
            (Some(SetQualifier::ForAnyValue), rest)
        } else if let Some(rest) = name.strip_prefix("for_all_value:") {
            (Some(SetQualifier::ForAllValue), rest)
        } else {
            (None, name)
        };
        let (base, if_exist) = match rest.strip_suffix(IF_EXIST) {
            Some(base) => (base, true),
            None => (rest, false),
        };
        let Some(&(_, family, comparison, negated)) =
            BASE_OPERATORS.iter().find(|(n, ..)| *n == base)
        else {
            return Err(UnknownOperator {
                null_with_if_exist: false,
                suggestion: suggest(name),
            });
        };
        if family == Family::Null && if_exist {
            return Err(UnknownOperator {
                null_with_if_exist: true,
                suggestion: Some(name.replace(IF_EXIST, "")),
            });
        }
        Ok(Operator {
            qualifier,
            family,
            comparison,
            negated,
            if_exist,
        })
    }
}

/// The closest valid spelling, keeping the caller's qualifier and suffix, when it is close enough to be a typo.
/// AWS IAM spellings (`StringEquals`, `IpAddress`, `ForAnyValue:StringLike`, `…IfExists`) map to CAM's names.
fn suggest(name: &str) -> Option<String> {
    let normalized = aws_to_cam(name);
    let candidates = ["", "for_any_value:", "for_all_value:"]
        .into_iter()
        .flat_map(|prefix| {
            BASE_OPERATORS.iter().flat_map(move |(base, family, ..)| {
                let plain = format!("{prefix}{base}");
                let with_suffix = (*family != Family::Null).then(|| format!("{plain}{IF_EXIST}"));
                std::iter::once(plain).chain(with_suffix)
            })
        });
    crate::suggest::closest(&normalized, candidates, 0.8)
}

/// `ForAnyValue:StringEqualsIfExists` → `for_any_value:string_equal_if_exist`, `IpAddress` → `ip_equal`.
fn aws_to_cam(name: &str) -> String {
    let mut snake = String::with_capacity(name.len() + 8);
    let mut previous_lower = false;
    for c in name.chars() {
        if c.is_ascii_uppercase() && previous_lower {
            snake.push('_');
        }
        previous_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
        snake.push(match c {
            '-' | ' ' => '_',
            c => c.to_ascii_lowercase(),
        });
    }
    snake
        .replace("_if_exists", IF_EXIST)
        .replace("not_ip_address", "ip_not_equal")
        .replace("ip_address", "ip_equal")
        .replace("equals", "equal")
        .replace("values:", "value:")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_qualifier_and_suffix() {
        let op = Operator::parse("for_all_value:string_not_equal_if_exist").unwrap();
        assert_eq!(op.qualifier, Some(SetQualifier::ForAllValue));
        assert_eq!(op.family, Family::String);
        assert!(op.negated && op.if_exist);
    }

    #[test]
    fn suggests_nearest_name() {
        let err = Operator::parse("string_equals").unwrap_err();
        assert_eq!(err.suggestion.as_deref(), Some("string_equal"));
        let err = Operator::parse("IpAddress").unwrap_err();
        assert_eq!(err.suggestion.as_deref(), Some("ip_equal"));
        let err = Operator::parse("ForAnyValue:StringEqualsIfExists").unwrap_err();
        assert_eq!(
            err.suggestion.as_deref(),
            Some("for_any_value:string_equal_if_exist")
        );
        let err = Operator::parse("frobnicate").unwrap_err();
        assert_eq!(err.suggestion, None);
        let err = Operator::parse("null_equal_if_exist").unwrap_err();
        assert_eq!(err.suggestion.as_deref(), Some("null_equal"));
    }
}
