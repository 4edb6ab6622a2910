//! Action patterns (rules A1–A4).

use super::trace::{ActionCheck, ActionVerdict};
use crate::glob;
use crate::policy::Spanned;
use crate::rules::Rule;

pub fn check(pattern: &Spanned<String>, action: &str) -> ActionCheck {
    let written = pattern.value.as_str();
    let (bare, name_prefix) = match written.strip_prefix("name/") {
        Some(rest) => (rest, true),
        None => (written, false),
    };
    let (verdict, assumptions) = if bare.starts_with("permid/") {
        (ActionVerdict::PermId, vec![Rule::A3])
    } else if bare == "*" || bare == "*:*" {
        (ActionVerdict::Everything, vec![])
    } else if bare == action {
        (ActionVerdict::Exact, vec![])
    } else if glob::matches(bare, action) {
        (ActionVerdict::Wildcard, vec![])
    } else if glob::matches(&bare.to_lowercase(), &action.to_lowercase()) {
        (ActionVerdict::CaseOnly, vec![Rule::A4])
    } else {
        (ActionVerdict::Different, vec![])
    };
    ActionCheck {
        pattern: written.to_string(),
        span: pattern.span,
        name_prefix,
        verdict,
        assumptions,
    }
}
