//! `numeric_*` (rule C7): JSON numbers or numeric strings, compared exactly as decimals (no float rounding, so
//! 18-digit ids compare correctly).

use std::cmp::Ordering;

use super::ValueProblem;

/// A decimal as sign, significant digits and a power-of-ten exponent: value = ±0.d₁d₂… × 10^point.
#[derive(Debug, PartialEq, Eq)]
pub struct Decimal {
    negative: bool,
    digits: Vec<u8>,
    /// Position of the decimal point relative to the first significant digit.
    point: i64,
}

const MAX_EXPONENT: i64 = 1_000_000;

impl Decimal {
    pub fn parse(text: &str) -> Result<Decimal, ValueProblem> {
        let unreadable = || ValueProblem::NotANumber {
            value: text.to_string(),
        };
        let trimmed = text.trim();
        let (negative, unsigned) = match trimmed.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, trimmed.strip_prefix('+').unwrap_or(trimmed)),
        };
        let (mantissa, exponent) = match unsigned.find(['e', 'E']) {
            Some(at) => {
                let exponent: i64 = unsigned[at + 1..].parse().map_err(|_| unreadable())?;
                if exponent.abs() > MAX_EXPONENT {
                    return Err(ValueProblem::ExponentTooLarge {
                        value: text.to_string(),
                        limit: MAX_EXPONENT,
                    });
                }
                (&unsigned[..at], exponent)
            }
            None => (unsigned, 0),
        };
        let (integer, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
        let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
        if integer.is_empty() || !all_digits(integer) || !all_digits(fraction) {
            return Err(unreadable());
        }
        let raw: Vec<u8> = integer
            .bytes()
            .chain(fraction.bytes())
            .map(|b| b - b'0')
            .collect();
        let leading = raw.iter().take_while(|d| **d == 0).count();
        let mut digits = raw[leading..].to_vec();
        while digits.last() == Some(&0) {
            digits.pop();
        }
        let point = if digits.is_empty() {
            0
        } else {
            integer.len() as i64 - leading as i64 + exponent
        };
        let negative = negative && !digits.is_empty();
        Ok(Decimal {
            negative,
            digits,
            point,
        })
    }

    fn cmp_magnitude(&self, other: &Decimal) -> Ordering {
        match (self.digits.is_empty(), other.digits.is_empty()) {
            (true, true) => return Ordering::Equal,
            (true, false) => return Ordering::Less,
            (false, true) => return Ordering::Greater,
            _ => {}
        }
        self.point
            .cmp(&other.point)
            .then_with(|| self.digits.cmp(&other.digits))
    }
}

impl Ord for Decimal {
    fn cmp(&self, other: &Decimal) -> Ordering {
        match (self.negative, other.negative) {
            (false, true) => Ordering::Greater,
            (true, false) => Ordering::Less,
            (false, false) => self.cmp_magnitude(other),
            (true, true) => other.cmp_magnitude(self),
        }
    }
}

impl PartialOrd for Decimal {
    fn partial_cmp(&self, other: &Decimal) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Decimal {
        Decimal::parse(s).unwrap()
    }

    #[test]
    fn compares_exactly() {
        assert_eq!(d("1.50"), d("1.5"));
        assert_eq!(d("0"), d("-0.0"));
        assert_eq!(d("1e3"), d("1000"));
        assert!(d("100000000000000001") > d("100000000000000000"));
        assert!(d("-2") < d("-1.5"));
        assert!(d("0.001") < d("0.01"));
        assert!(d("10") > d("9.99"));
        assert!(Decimal::parse("1e99999999").is_err());
        assert!(Decimal::parse("abc").is_err());
        assert!(Decimal::parse(".5").is_err());
    }
}
