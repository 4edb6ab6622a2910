//! Resource patterns (rules R1–R5, R8, V1–V2), segment by segment.

use std::borrow::Cow;

use super::trace::{ResourceCheck, ResourceVerdict, Segment, SegmentCheck, SegmentResult};
use super::variables;
use crate::glob::{self, GlobMatch};
use crate::policy::Spanned;
use crate::request::Principal;
use crate::resource_name::ResourceName;
use crate::rules::Rule;

pub struct Target<'a> {
    pub resource: &'a str,
    pub operation_level: bool,
    pub principal: &'a Principal,
    /// Keep the pattern's and each segment's texts for the reasoning; a decision alone needs only the results
    /// (thirteen strings fewer per check).
    pub texts: bool,
}

pub fn check(pattern: &Spanned<String>, target: &Target<'_>) -> ResourceCheck {
    let written = pattern.value.as_str();
    let mut result = ResourceCheck {
        pattern: super::kept_text(target.texts, written),
        span: pattern.span,
        verdict: ResourceVerdict::Malformed,
        segments: Vec::new(),
        assumptions: Vec::new(),
    };
    if written == "*" {
        result.verdict = ResourceVerdict::Everything;
        return result;
    }
    if target.resource == "*" {
        result.verdict = if target.operation_level {
            ResourceVerdict::OperationLevel
        } else {
            ResourceVerdict::RequestIsEverything
        };
        // The doc says a *specific* resource fails an operation-level API; a pattern with wildcards or empty
        // segments failing too is our reading (rule R5's CHOICE).
        if is_broad(written) {
            result.assumptions.push(Rule::R5);
        }
        return result;
    }
    let (Some(pattern_segments), Some(actual_segments)) = (split(written), split(target.resource))
    else {
        return result;
    };
    if pattern_segments[0] != "qcs" {
        return result;
    }
    result.segments.reserve_exact(6);
    let mut segment_rules: [Vec<Rule>; 6] = Default::default();
    for (i, segment) in Segment::ALL.into_iter().enumerate() {
        let (check, rules) = compare_segment(
            segment,
            (pattern_segments[i], actual_segments[i]),
            target.principal,
            target.texts,
        );
        result.segments.push(check);
        segment_rules[i] = rules;
    }
    let failed: Vec<usize> = (0..6)
        .filter(|&i| !result.segments[i].result.is_match())
        .collect();
    // A match depends on every segment's choices; a no-match only on the choices of a single failing segment.
    (result.verdict, result.assumptions) = match failed.as_slice() {
        [] => (ResourceVerdict::Matches, segment_rules.concat()),
        [only] => (
            ResourceVerdict::Different,
            match result.segments[*only].result {
                SegmentResult::CaseOnly => vec![Rule::R8],
                SegmentResult::VariableNotSubstituted => vec![Rule::V2],
                _ => std::mem::take(&mut segment_rules[*only]),
            },
        ),
        _ => (ResourceVerdict::Different, Vec::new()),
    };
    result.assumptions.sort();
    result.assumptions.dedup();
    result
}

/// A pattern that is not one specific resource: wildcards or empty (= any) segments.
/// (An empty region is the canonical form of a ccc resource, so it does not count.)
fn is_broad(pattern: &str) -> bool {
    pattern.contains('*') || split(pattern).is_some_and(|s| s[2].is_empty() || s[4].is_empty())
}

/// `qcs:project:service:region:account:resource`, split on the first five colons (rule R2).
fn split(resource: &str) -> Option<[&str; 6]> {
    ResourceName::split(resource)
        .ok()
        .map(|name| name.segments())
}

fn compare_segment(
    segment: Segment,
    (pattern, actual): (&str, &str),
    principal: &Principal,
    segment_texts: bool,
) -> (SegmentCheck, Vec<Rule>) {
    let mut assumptions = Vec::new();
    let mut evaluated = Cow::Borrowed(pattern);
    let result = match segment {
        Segment::Qcs => plain(pattern, actual),
        Segment::Project => SegmentResult::Ignored,
        Segment::Service | Segment::Region if pattern.is_empty() => SegmentResult::Any,
        Segment::Service | Segment::Region => wildcard(pattern, actual, &mut assumptions),
        Segment::Account => {
            if pattern.is_empty() {
                let owner = principal.owner_uin.as_deref().unwrap_or_default();
                evaluated = Cow::Owned(format!("uin/{owner}"));
                if actual.is_empty() || actual == evaluated {
                    SegmentResult::OwnerAccount
                } else {
                    SegmentResult::Different
                }
            } else {
                match wildcard(pattern, actual, &mut assumptions) {
                    SegmentResult::Different
                        if crate::policy::variables::mentions_variable(pattern) =>
                    {
                        SegmentResult::VariableNotSubstituted
                    }
                    other => other,
                }
            }
        }
        Segment::Resource => {
            let (substituted, variable_rules) = variables::substitute(pattern, principal);
            assumptions.extend(variable_rules);
            evaluated = substituted;
            path(&evaluated, actual, &mut assumptions)
        }
    };
    let (pattern, actual) = if segment_texts {
        (evaluated.into_owned(), actual.to_string())
    } else {
        (String::new(), String::new())
    };
    let check = SegmentCheck {
        segment,
        pattern,
        actual,
        result,
    };
    (check, assumptions)
}

fn plain(pattern: &str, actual: &str) -> SegmentResult {
    if pattern == actual {
        SegmentResult::Equal
    } else if pattern.eq_ignore_ascii_case(actual) {
        SegmentResult::CaseOnly
    } else {
        SegmentResult::Different
    }
}

fn wildcard(pattern: &str, actual: &str, assumptions: &mut Vec<Rule>) -> SegmentResult {
    match glob::match_path(pattern, actual) {
        Some(GlobMatch::Exact) => SegmentResult::Equal,
        Some(GlobMatch::Wildcard) => SegmentResult::Wildcard,
        Some(GlobMatch::AcrossSlash) => {
            assumptions.push(Rule::R4);
            SegmentResult::AcrossSlash
        }
        None if glob::matches_ignoring_case(pattern, actual) => SegmentResult::CaseOnly,
        None => {
            // `?` is literal by our choice; a shell-style reader would have expected a match.
            if pattern.contains('?') {
                assumptions.push(Rule::R4);
            }
            SegmentResult::Different
        }
    }
}

/// The last segment: `type/id` or `type/path`, where `a/b/*` also matches `a/b` itself (rule R4).
fn path(pattern: &str, actual: &str, assumptions: &mut Vec<Rule>) -> SegmentResult {
    match wildcard(pattern, actual, assumptions) {
        SegmentResult::Different | SegmentResult::CaseOnly
            if pattern.strip_suffix("/*") == Some(actual) =>
        {
            assumptions.push(Rule::R4);
            SegmentResult::DirectoryItself
        }
        other => other,
    }
}
