//! `string_*` and `binary_equal` (rule C7): exact, Unicode case-insensitive, `*`-wildcard, and base64-exact.

use crate::glob;

pub fn equal(request: &str, policy: &str) -> bool {
    request == policy
}

/// Case-insensitive equality by Unicode lowercase mapping (a close, dependency-free stand-in for full case
/// folding: it differs only for a handful of special characters such as `ß`).
pub fn equal_ignore_case(request: &str, policy: &str) -> bool {
    request == policy || request.to_lowercase() == policy.to_lowercase()
}

/// `string_like`: `*` is any run of characters; there is no other wildcard.
pub fn like(request: &str, policy: &str) -> bool {
    glob::matches(policy, request)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn families() {
        assert!(equal("a", "a") && !equal("a", "A"));
        assert!(equal_ignore_case("Ärger", "äRGER"));
        assert!(like("team&support", "team&*"));
        assert!(!like("team&support", "team&?upport"));
    }
}
