//! The kinds of CAM document (rule K1): plain data, below every phase that reads or words them.

use serde::Serialize;

/// The kind of a CAM document (rule K1): where it is saved and at which point of a request it is read. Written
/// `policy` (the identity policy, as before there were kinds; `identity` is read as the same), `boundary`,
/// `trust`, `session`, `bucket` and `scp` in the public JSON (`source`, `kind`), in tab names and in share links.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PolicyKind {
    /// Attached to users, groups and roles (CreatePolicy).
    #[default]
    #[serde(rename = "policy")]
    Identity,
    /// An identity policy used as a limit (rule E3).
    Boundary,
    /// A role's trust policy: who may assume the role (chapter T).
    Trust,
    /// An STS session policy, given with AssumeRole or GetFederationToken (chapter S).
    Session,
    /// A COS bucket policy (chapter B).
    Bucket,
    /// An Organization service control policy (chapter O).
    Scp,
}

impl PolicyKind {
    /// Every kind, in the order tabs, traces and the reasoning list them.
    pub const ALL: [PolicyKind; 6] = [
        PolicyKind::Identity,
        PolicyKind::Boundary,
        PolicyKind::Session,
        PolicyKind::Trust,
        PolicyKind::Bucket,
        PolicyKind::Scp,
    ];

    /// The kind's stable name: `policy`, `boundary`, `trust`, `session`, `bucket`, `scp`.
    pub fn as_str(self) -> &'static str {
        match self {
            PolicyKind::Identity => "policy",
            PolicyKind::Boundary => "boundary",
            PolicyKind::Trust => "trust",
            PolicyKind::Session => "session",
            PolicyKind::Bucket => "bucket",
            PolicyKind::Scp => "scp",
        }
    }

    /// The kind a name denotes: a stable name, or `identity` for the identity policy (rule K1's word).
    pub fn named(name: &str) -> Option<PolicyKind> {
        match name {
            "identity" => Some(PolicyKind::Identity),
            _ => PolicyKind::ALL.into_iter().find(|k| k.as_str() == name),
        }
    }

    /// The kinds that name who is asking in a `principal` element (rules T1, B1).
    pub fn has_principal(self) -> bool {
        matches!(self, PolicyKind::Trust | PolicyKind::Bucket)
    }
}

impl<'de> serde::Deserialize<'de> for PolicyKind {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = String::deserialize(deserializer)?;
        PolicyKind::named(&name).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "unknown kind of policy `{name}`: expected identity, boundary, trust, session, bucket or scp"
            ))
        })
    }
}

impl PolicyKind {
    /// The kind's place in `PolicyKind`'s declaration: an index into per-kind arrays.
    pub fn index(self) -> usize {
        self as usize
    }
}
