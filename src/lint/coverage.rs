//! Whether one action or resource pattern covers another: every string the narrower one matches, the wider one
//! matches too. Exact for patterns without wildcards; for wildcard patterns it treats the narrower one's `*` as
//! text the wider one's `*` must absorb, which never claims coverage that does not hold.

use crate::glob;

pub fn covers(wider: &str, narrower: &str) -> bool {
    let strip = |p: &str| p.strip_prefix("name/").unwrap_or(p).to_string();
    let (wider, narrower) = (strip(wider), strip(narrower));
    wider == narrower
        || wider == "*"
        || (wider == "*:*" && narrower.contains(':'))
        || glob::matches(&wider, &narrower)
}

#[cfg(test)]
mod tests {
    use super::covers;

    #[test]
    fn coverage() {
        assert!(covers("ccc:*", "ccc:CreateStaff"));
        assert!(covers("ccc:*", "ccc:Create*"));
        assert!(covers("name/ccc:*", "ccc:Describe*"));
        assert!(!covers("ccc:Create*", "ccc:*"));
        assert!(!covers("ccc:Describe*", "ccc:CreateStaff"));
        assert!(covers("*", "qcs::ccc::uin/1:SdkAppId/1"));
        assert!(covers(
            "qcs::ccc::uin/1:SdkAppId/*",
            "qcs::ccc::uin/1:SdkAppId/14"
        ));
    }
}
