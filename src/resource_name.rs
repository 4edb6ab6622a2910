//! A six-segment resource name, `qcs:project:service:region:account:resource` (rule R2), split once on its
//! first five colons; the last segment keeps any further colons. The parser, the request resolver, the
//! evaluator, the linter and the catalog read names through this one type.

/// A resource name split into its six segments. Segments may be empty (any, or the owner for the account).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ResourceName<'a> {
    segments: [&'a str; 6],
}

impl<'a> ResourceName<'a> {
    /// The name's segments, or how many there are when fewer than six.
    pub fn split(text: &'a str) -> Result<Self, usize> {
        // A byte scan: names are short, and `splitn`'s searcher cost more than the split (evaluation splits
        // every pattern it checks).
        let mut segments = [""; 6];
        let (mut found, mut start) = (0, 0);
        for (i, byte) in text.bytes().enumerate() {
            if byte == b':' {
                segments[found] = &text[start..i];
                (found, start) = (found + 1, i + 1);
                if found == 5 {
                    segments[5] = &text[start..];
                    return Ok(ResourceName { segments });
                }
            }
        }
        Err(found + 1)
    }

    pub fn segments(&self) -> [&'a str; 6] {
        self.segments
    }

    /// `qcs` in a well-formed name.
    pub fn prefix(&self) -> &'a str {
        self.segments[0]
    }

    pub fn service(&self) -> &'a str {
        self.segments[2]
    }

    /// `uin/100000000001`, `uid/…`, or empty for the owner.
    pub fn account(&self) -> &'a str {
        self.segments[4]
    }

    /// The last segment: `SdkAppId/1400000000`, `*`, …
    pub fn resource(&self) -> &'a str {
        self.segments[5]
    }

    /// The resource's type and the rest: `SdkAppId/1400000000` → (`SdkAppId`, `1400000000`).
    pub fn typed(&self) -> Option<(&'a str, &'a str)> {
        self.resource().split_once('/')
    }
}

#[cfg(test)]
mod tests {
    use super::ResourceName;

    #[test]
    fn splits_on_the_first_five_colons() {
        let name = ResourceName::split("qcs::ccc::uin/1:SdkAppId/14:x").unwrap();
        assert_eq!(
            name.segments(),
            ["qcs", "", "ccc", "", "uin/1", "SdkAppId/14:x"]
        );
        assert_eq!(
            (name.prefix(), name.service(), name.account()),
            ("qcs", "ccc", "uin/1")
        );
        assert_eq!(name.typed(), Some(("SdkAppId", "14:x")));
        assert_eq!(ResourceName::split("qcs::ccc"), Err(3));
        assert_eq!(ResourceName::split(""), Err(1));
    }
}
