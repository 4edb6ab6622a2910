//! Action patterns (rules A1–A4).

use super::trace::{ActionCheck, ActionVerdict};
use crate::glob;
use crate::policy::Spanned;
use crate::rules::Rule;

/// The check of one pattern; `texts` keeps the pattern's text for the reasoning (a decision needs none).
pub fn check(pattern: &Spanned<String>, action: &str, texts: bool) -> ActionCheck {
    let written = pattern.value.as_str();
    let verdict = verdict(written, action);
    ActionCheck {
        pattern: super::kept_text(texts, written),
        span: pattern.span,
        name_prefix: written.starts_with("name/"),
        verdict,
        assumptions: match verdict {
            ActionVerdict::PermId => vec![Rule::A3],
            ActionVerdict::CaseOnly => vec![Rule::A4],
            _ => Vec::new(),
        },
    }
}

/// How one written action pattern relates to the requested action, without building a trace.
pub fn verdict(written: &str, action: &str) -> ActionVerdict {
    let bare = written.strip_prefix("name/").unwrap_or(written);
    if bare.starts_with("permid/") {
        ActionVerdict::PermId
    } else if bare == "*" || bare == "*:*" {
        ActionVerdict::Everything
    } else if bare == action {
        ActionVerdict::Exact
    } else if bare.contains('*') && glob::matches(bare, action) {
        ActionVerdict::Wildcard
    } else if glob::matches_ignoring_case(bare, action) {
        ActionVerdict::CaseOnly
    } else {
        ActionVerdict::Different
    }
}
