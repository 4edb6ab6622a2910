//! `*` wildcards, the only wildcard of CAM actions (A1), resources (R4) and `string_like` (C7).
//! Two-pointer matching with a single backtrack point: O(pattern × text) at worst, never exponential, so a
//! hostile pattern cannot freeze the page.

/// How a pattern matched, so traces can say which rule made it match.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GlobMatch {
    /// Equal without wildcards.
    Exact,
    /// Matched with `*` standing for runs without `/`.
    Wildcard,
    /// Matched only because a `*` spans a `/` (rule R4's CHOICE).
    AcrossSlash,
}

/// Matches `text` against `pattern` where `*` is any run of characters (including `/`).
pub fn matches(pattern: &str, text: &str) -> bool {
    wildcard(pattern.as_bytes(), text.as_bytes())
}

/// Like `matches`, but tells whether the match needed a `*` to cross a `/`.
pub fn match_path(pattern: &str, text: &str) -> Option<GlobMatch> {
    if pattern == text {
        Some(GlobMatch::Exact)
    } else if per_segment(pattern.as_bytes(), text.as_bytes(), b'/') {
        Some(GlobMatch::Wildcard)
    } else if wildcard(pattern.as_bytes(), text.as_bytes()) {
        Some(GlobMatch::AcrossSlash)
    } else {
        None
    }
}

/// Matches segment by segment, so no `*` consumes a `stop` byte.
fn per_segment(pattern: &[u8], text: &[u8], stop: u8) -> bool {
    let mut text_parts = text.split(|b| *b == stop);
    pattern
        .split(|b| *b == stop)
        .all(|p| text_parts.next().is_some_and(|t| wildcard(p, t)))
        && text_parts.next().is_none()
}

/// Like `matches`, ignoring case (Unicode lowercase; without allocating when both are ASCII, as actions are).
pub fn matches_ignoring_case(pattern: &str, text: &str) -> bool {
    // Most calls compare an action written out with another action: their last characters already differ. A
    // last character other than `*` must match the text's last one, and where both are ASCII, so are their
    // lowercase forms (lowercasing is per character), so the rest need not be read.
    if let (Some(&p), Some(&t)) = (pattern.as_bytes().last(), text.as_bytes().last()) {
        if p != b'*' && p.is_ascii() && t.is_ascii() && !p.eq_ignore_ascii_case(&t) {
            return false;
        }
    }
    if pattern.is_ascii() && text.is_ascii() {
        wildcard_by(pattern.as_bytes(), text.as_bytes(), |a, b| {
            a.eq_ignore_ascii_case(&b)
        })
    } else {
        matches(&pattern.to_lowercase(), &text.to_lowercase())
    }
}

/// Byte-wise wildcard match. Byte-wise is safe for UTF-8: `*` and `/` are ASCII and never occur inside a
/// multi-byte character.
fn wildcard(pattern: &[u8], text: &[u8]) -> bool {
    wildcard_by(pattern, text, |a, b| a == b)
}

fn wildcard_by(pattern: &[u8], text: &[u8], same: impl Fn(u8, u8) -> bool) -> bool {
    let (mut p, mut t) = (0, 0);
    let mut backtrack: Option<(usize, usize)> = None;
    while t < text.len() {
        if p < pattern.len() && pattern[p] == b'*' {
            backtrack = Some((p, t));
            p += 1;
        } else if p < pattern.len() && same(pattern[p], text[t]) {
            p += 1;
            t += 1;
        } else if let Some((star, star_t)) = backtrack {
            p = star + 1;
            t = star_t + 1;
            backtrack = Some((star, star_t + 1));
        } else {
            return false;
        }
    }
    pattern[p..].iter().all(|b| *b == b'*')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stars_match_runs() {
        assert!(matches("ccc:Describe*", "ccc:DescribeStaffInfoList"));
        assert!(matches("ccc:*Staff*", "ccc:CreateStaff"));
        assert!(matches("*", ""));
        assert!(!matches("ccc:Describe*", "ccc:CreateStaff"));
        assert!(!matches("a*b", "acbd"));
        assert!(matches("a*b*c", "aXbYbZc"));
    }

    #[test]
    fn case_can_be_ignored() {
        assert!(matches_ignoring_case("CCC:describe*", "ccc:DescribeStaff"));
        assert!(matches_ignoring_case("ccc:ÉTAT*", "ccc:état1"));
        assert!(!matches_ignoring_case("ccc:Create*", "ccc:DeleteStaff"));
        assert!(!matches("CCC:describe*", "ccc:DescribeStaff"));
        // The last characters decide at once, and only where both are ASCII.
        assert!(matches_ignoring_case("ccc:createstafF", "ccc:CreateStaff"));
        assert!(!matches_ignoring_case(
            "ccc:CreateStaff",
            "ccc:CreateStaffs"
        ));
        assert!(!matches_ignoring_case(
            "ccc:DescribeTelCdr",
            "ccc:CreateStaff"
        ));
        assert!(matches_ignoring_case("*F", "ccc:CreateStaff"));
        // The Kelvin sign lowercases to an ASCII `k`: the slow path still sees it.
        assert!(matches_ignoring_case("ccc:k", "ccc:\u{212A}"));
        assert!(matches_ignoring_case("ccc:\u{212A}", "ccc:k"));
        assert!(!matches_ignoring_case("x", ""));
        assert!(matches_ignoring_case("*", ""));
    }

    #[test]
    fn question_mark_is_literal() {
        assert!(!matches("a?c", "abc"));
        assert!(matches("a?c", "a?c"));
    }

    #[test]
    fn slash_crossing_is_reported() {
        assert_eq!(
            match_path("SdkAppId/*", "SdkAppId/1"),
            Some(GlobMatch::Wildcard)
        );
        assert_eq!(match_path("a/*", "a/b/c"), Some(GlobMatch::AcrossSlash));
        assert_eq!(match_path("a/b", "a/b"), Some(GlobMatch::Exact));
        assert_eq!(match_path("a/*", "b/c"), None);
    }

    #[test]
    fn hostile_patterns_terminate() {
        let pattern = "*a".repeat(500);
        let text = "a".repeat(6000) + "b";
        assert!(!matches(&pattern, &text));
    }
}
