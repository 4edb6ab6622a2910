//! Values typed into form fields (the request form, the generator) read as the engine reads them, so a field can
//! say what is wrong where it is typed, in the same words the policy and request readers use. Lists accept the
//! separators a Chinese input method types (`，` and `、`) as well as `,` and white space.

use crate::policy::values::{date, ip};
pub use crate::text::field::FieldProblem;

/// The separators of a list typed into one field: `,`, the full-width `，`, the enumeration comma `、`, `;`/`；`
/// and white space.
pub fn is_separator(c: char) -> bool {
    matches!(c, ',' | '，' | '、' | ';' | '；') || c.is_whitespace()
}

/// The items of a list typed into one field, without empty ones.
pub fn split_list(text: &str) -> Vec<&str> {
    text.split(is_separator).filter(|s| !s.is_empty()).collect()
}

/// Request parameters whose values are numbers in Tencent's API reference (`SdkAppId`: Integer). Other
/// parameters (`InstanceId` …) take any id.
const NUMERIC_PARAMS: &[&str] = &["SdkAppId"];

/// Each id of a list of resource ids (`1400000000，1400000001`) that cannot be an id of `param`.
pub fn check_ids(param: &str, text: &str) -> Vec<FieldProblem> {
    let numeric = NUMERIC_PARAMS.contains(&param);
    split_list(text)
        .into_iter()
        .filter(|id| {
            (numeric && !id.bytes().all(|b| b.is_ascii_digit()))
                || id.contains([':', '/', '*', '"'])
        })
        .map(|id| FieldProblem::NotAnId {
            param: param.to_string(),
            value: id.to_string(),
            numeric,
        })
        .collect()
}

/// A request's source IP (`qcs:ip`): one address, or nothing.
pub fn check_ip_address(text: &str) -> Option<FieldProblem> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    ip::parse_address(text)
        .err()
        .map(|problem| FieldProblem::Value { problem })
}

/// A list of IP ranges or addresses for a policy's `ip_equal`.
pub fn check_ip_ranges(text: &str) -> Vec<FieldProblem> {
    split_list(text)
        .into_iter()
        .filter_map(|range| ip::parse_network(range).err())
        .map(|problem| FieldProblem::Value { problem })
        .collect()
}

/// A time (`qcs:current_time`, a generator window's ends), or nothing.
pub fn check_time(text: &str) -> Option<FieldProblem> {
    let text = text.trim();
    if text.is_empty() {
        return None;
    }
    date::parse(text)
        .err()
        .map(|problem| FieldProblem::Value { problem })
}

/// A time window `[from, until)`: each end that is written must be a time, and `until` after `from`.
pub fn check_window(from: &str, until: &str) -> Vec<FieldProblem> {
    let problems: Vec<FieldProblem> = [from, until].into_iter().filter_map(check_time).collect();
    if problems.is_empty() {
        if let (Ok((start, _)), Ok((end, _))) = (date::parse(from), date::parse(until)) {
            if end <= start {
                return vec![FieldProblem::EmptyWindow {
                    from: from.trim().to_string(),
                    until: until.trim().to_string(),
                }];
            }
        }
    }
    problems
}

/// A tag as the tag condition keys hold it: `key&value`, both parts non-empty.
pub fn check_tag(text: &str) -> Option<FieldProblem> {
    let text = text.trim();
    match text.split_once('&') {
        Some((key, value)) if !key.trim().is_empty() && !value.trim().is_empty() => None,
        _ if text.is_empty() => None,
        _ => Some(FieldProblem::NotATag {
            value: text.to_string(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::value::ValueProblem;

    #[test]
    fn lists_split_on_every_comma_an_input_method_types() {
        let cases: &[(&str, &[&str])] = &[
            ("1400000000,1400000001", &["1400000000", "1400000001"]),
            ("1400000000，1400000001", &["1400000000", "1400000001"]),
            ("1400000000、1400000001", &["1400000000", "1400000001"]),
            (
                "1400000000， 1400000001\n1400000002",
                &["1400000000", "1400000001", "1400000002"],
            ),
            (
                "10.0.0.0/8；203.0.113.0/24",
                &["10.0.0.0/8", "203.0.113.0/24"],
            ),
            (" , ，", &[]),
        ];
        for (text, items) in cases {
            assert_eq!(split_list(text), *items, "{text}");
        }
    }

    #[test]
    fn each_field_says_what_the_engine_would_say() {
        let not_id = |value: &str| FieldProblem::NotAnId {
            param: "SdkAppId".into(),
            value: value.into(),
            numeric: true,
        };
        assert_eq!(check_ids("SdkAppId", "1400000000，1400000001"), []);
        assert_eq!(check_ids("SdkAppId", "abc"), [not_id("abc")]);
        assert_eq!(
            check_ids("SdkAppId", "1400000000, 14000000x"),
            [not_id("14000000x")]
        );
        assert_eq!(check_ids("InstanceId", "ins-1"), []);
        assert_eq!(
            check_ids("InstanceId", "ins/1"),
            [FieldProblem::NotAnId {
                param: "InstanceId".into(),
                value: "ins/1".into(),
                numeric: false
            }]
        );
        assert_eq!(
            check_ip_ranges("10.0.0.0/8, 10.0.0.300"),
            [FieldProblem::Value {
                problem: ValueProblem::NotAnIpAddress {
                    value: "10.0.0.300".into()
                }
            }]
        );
        assert_eq!(check_ip_address("10.1.2.3"), None);
        assert_eq!(
            check_ip_address("10.0.0"),
            Some(FieldProblem::Value {
                problem: ValueProblem::NotAnIpAddress {
                    value: "10.0.0".into()
                }
            })
        );
        assert_eq!(check_ip_address(" "), None);
        assert_eq!(check_time("2026-11-28T10:00:00Z"), None);
        assert!(matches!(
            check_time("2026/11/28 10:00"),
            Some(FieldProblem::Value {
                problem: ValueProblem::NotADate { .. }
            })
        ));
        assert_eq!(check_window("2026-11-28T01:00:00Z", ""), []);
        assert_eq!(check_window("", "2026-11-28T10:00:00Z"), []);
        assert_eq!(
            check_window("2026-11-28T10:00:00Z", "2026-11-28T01:00:00Z"),
            [FieldProblem::EmptyWindow {
                from: "2026-11-28T10:00:00Z".into(),
                until: "2026-11-28T01:00:00Z".into()
            }]
        );
        assert_eq!(check_tag("team&support"), None);
        assert_eq!(
            check_tag("badtag"),
            Some(FieldProblem::NotATag {
                value: "badtag".into()
            })
        );
        assert!(check_tag("&x").is_some() && check_tag("x&").is_some());
    }

    #[test]
    fn every_problem_is_worded_in_both_languages_with_its_values() {
        use crate::i18n::Locale;
        let problems = [
            check_ids("SdkAppId", "14000000x"),
            check_ids("InstanceId", "a:b"),
            check_ip_ranges("10.0.0.300/8"),
            check_window("2026/11/28", ""),
            check_window("2026-11-28T10:00:00Z", "2026-11-28T01:00:00Z"),
            check_tag("badtag").into_iter().collect(),
        ];
        for problem in problems.iter().flatten() {
            for locale in Locale::ALL {
                let words = locale.field_problem(problem);
                let value = match problem {
                    FieldProblem::Value { problem } => problem.value().to_string(),
                    FieldProblem::NotAnId { value, .. } | FieldProblem::NotATag { value } => {
                        value.clone()
                    }
                    FieldProblem::EmptyWindow { until, .. } => until.clone(),
                };
                assert!(words.contains(&value), "{locale:?}: {words}");
            }
        }
    }
}
