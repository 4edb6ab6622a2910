//! The global condition keys CAM documents (rule C8, 598/58420): what each key holds, which operators CAM
//! documents for it, and the older key names found in earlier docs. The parser, the evaluator and the linter
//! all read this one table.

use super::Family;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyKind {
    /// `qcs:current_time`.
    Time,
    /// `qcs:ip`.
    Ip,
    /// `qcs:resource_tag`, `qcs:request_tag`: `key&value` strings, one per tag.
    Tag,
    /// `qcs:uin`, `qcs:owner_uin`: default to the request principal's ids (rule C8).
    Uin,
}

pub struct GlobalKey {
    pub name: &'static str,
    pub kind: KeyKind,
    /// The operator names CAM documents for the key (any `for_*_value:` prefix and `_if_exist` suffix allowed);
    /// empty when the docs name none.
    pub operators: &'static [&'static str],
}

const TAG_OPERATORS: &[&str] = &[
    "string_equal",
    "string_not_equal",
    "string_equal_ignore_case",
    "string_not_equal_ignore_case",
    "string_like",
    "string_not_like",
];
const TIME_OPERATORS: &[&str] = &[
    "date_equal",
    "date_not_equal",
    "date_less_than",
    "date_less_than_equal",
    "date_greater_than",
    "date_greater_than_equal",
];
const IP_OPERATORS: &[&str] = &["ip_equal", "ip_not_equal"];

pub const GLOBAL_KEYS: &[GlobalKey] = &[
    GlobalKey {
        name: "qcs:current_time",
        kind: KeyKind::Time,
        operators: TIME_OPERATORS,
    },
    GlobalKey {
        name: "qcs:ip",
        kind: KeyKind::Ip,
        operators: IP_OPERATORS,
    },
    GlobalKey {
        name: "qcs:resource_tag",
        kind: KeyKind::Tag,
        operators: TAG_OPERATORS,
    },
    GlobalKey {
        name: "qcs:request_tag",
        kind: KeyKind::Tag,
        operators: TAG_OPERATORS,
    },
    GlobalKey {
        name: "qcs:uin",
        kind: KeyKind::Uin,
        operators: &[],
    },
    GlobalKey {
        name: "qcs:owner_uin",
        kind: KeyKind::Uin,
        operators: &[],
    },
];

pub fn global(name: &str) -> Option<&'static GlobalKey> {
    GLOBAL_KEYS.iter().find(|k| k.name == name)
}

pub fn is_tag_key(name: &str) -> bool {
    global(name).is_some_and(|k| k.kind == KeyKind::Tag)
}

impl GlobalKey {
    /// Whether CAM documents an operator of this family for the key. `null_equal` only asks whether the key is
    /// present, which every key can be asked.
    pub fn documents(&self, family: Family) -> bool {
        if self.operators.is_empty() || family == Family::Null {
            return true;
        }
        let families: &[Family] = match self.kind {
            KeyKind::Time => &[Family::Date],
            KeyKind::Ip => &[Family::Ip],
            KeyKind::Tag => &[Family::String, Family::StringIgnoreCase, Family::StringLike],
            KeyKind::Uin => return true,
        };
        families.contains(&family)
    }
}

/// A key name from older CAM docs and what to write today.
pub struct LegacyKey {
    /// The current form, when there is one.
    pub current: Option<&'static str>,
}

/// `qcs:tag/<key>` (now `qcs:resource_tag` with `key&value`), `mfa`, `qcs:mfa`, `qcs:create_uin`.
pub fn legacy(name: &str) -> Option<LegacyKey> {
    if name.starts_with("qcs:tag/") {
        return Some(LegacyKey {
            current: Some("qcs:resource_tag"),
        });
    }
    matches!(name, "mfa" | "qcs:mfa" | "qcs:create_uin").then_some(LegacyKey { current: None })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documented_operators_by_key() {
        let ip = global("qcs:ip").unwrap();
        assert!(ip.documents(Family::Ip) && ip.documents(Family::Null));
        assert!(!ip.documents(Family::String));
        assert!(!global("qcs:current_time").unwrap().documents(Family::Ip));
        assert!(!global("qcs:resource_tag").unwrap().documents(Family::Date));
        assert!(global("qcs:request_tag")
            .unwrap()
            .documents(Family::StringLike));
        assert!(global("qcs:uin").unwrap().documents(Family::Numeric));
        assert!(is_tag_key("qcs:request_tag") && !is_tag_key("qcs:ip"));
        assert_eq!(
            legacy("qcs:tag/env").and_then(|l| l.current),
            Some("qcs:resource_tag")
        );
        assert!(legacy("mfa").is_some_and(|l| l.current.is_none()));
        assert!(legacy("qcs:ip").is_none());
    }
}
