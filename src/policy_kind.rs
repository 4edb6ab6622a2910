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

/// `policies_in`, `policies_in_mut` and `by_kind` for a type with one list per kind (fields `policies`,
/// `boundary`, `trust`, `session`, `bucket`, `scp`): the one place a kind picks its field. The workspace, its
/// parsed result and the evaluation's traces all hold their lists so.
macro_rules! by_kind {
    ($type:ty, $item:ty) => {
        impl $type {
            /// The list of one kind.
            pub fn policies_in(&self, kind: $crate::policy_kind::PolicyKind) -> &Vec<$item> {
                match kind {
                    $crate::policy_kind::PolicyKind::Identity => &self.policies,
                    $crate::policy_kind::PolicyKind::Boundary => &self.boundary,
                    $crate::policy_kind::PolicyKind::Trust => &self.trust,
                    $crate::policy_kind::PolicyKind::Session => &self.session,
                    $crate::policy_kind::PolicyKind::Bucket => &self.bucket,
                    $crate::policy_kind::PolicyKind::Scp => &self.scp,
                }
            }

            pub fn policies_in_mut(
                &mut self,
                kind: $crate::policy_kind::PolicyKind,
            ) -> &mut Vec<$item> {
                match kind {
                    $crate::policy_kind::PolicyKind::Identity => &mut self.policies,
                    $crate::policy_kind::PolicyKind::Boundary => &mut self.boundary,
                    $crate::policy_kind::PolicyKind::Trust => &mut self.trust,
                    $crate::policy_kind::PolicyKind::Session => &mut self.session,
                    $crate::policy_kind::PolicyKind::Bucket => &mut self.bucket,
                    $crate::policy_kind::PolicyKind::Scp => &mut self.scp,
                }
            }

            /// Every kind's list, in `$crate::policy_kind::PolicyKind::ALL` order, with its kind.
            pub fn by_kind(
                &self,
            ) -> impl Iterator<Item = ($crate::policy_kind::PolicyKind, &Vec<$item>)> {
                $crate::policy_kind::PolicyKind::ALL
                    .into_iter()
                    .map(|kind| (kind, self.policies_in(kind)))
            }
        }
    };
}
pub(crate) use by_kind;

/// Where in the organization an SCP is bound (rule O2): the member account's own node, a department on the way
/// up (written `department`, or `department/<path>` with `/` between nested departments' names), or the root
/// node. Written `account`, `department…` and `root` in every JSON, link and flag.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub enum ScpNode {
    #[default]
    Account,
    /// The department's path from the root, `/` between names; empty when unnamed.
    Department(String),
    Root,
}

impl ScpNode {
    /// Reads a node's written form; `None` for anything else.
    pub fn named(name: &str) -> Option<ScpNode> {
        match name {
            "account" => Some(ScpNode::Account),
            "root" => Some(ScpNode::Root),
            "department" => Some(ScpNode::Department(String::new())),
            _ => {
                let path = name.strip_prefix("department/")?;
                let clean = path.split('/').all(|name| !name.trim().is_empty());
                clean.then(|| ScpNode::Department(path.to_string()))
            }
        }
    }

    pub fn is_account(&self) -> bool {
        *self == ScpNode::Account
    }

    /// How far above the member account: the walk of rule O2 goes from the lowest to the highest. A department
    /// path's depth counts its names, so a nested department is checked before its parent; the root is last.
    pub fn height(&self) -> usize {
        match self {
            ScpNode::Account => 0,
            ScpNode::Department(path) => usize::MAX / 2 - path.split('/').count(),
            ScpNode::Root => usize::MAX,
        }
    }

    /// The levels a workspace's SCPs are bound to, from the member account up (rule O2), each once.
    pub fn walk<'n>(nodes: impl IntoIterator<Item = &'n ScpNode>) -> Vec<ScpNode> {
        let mut levels: Vec<ScpNode> = Vec::new();
        for node in nodes {
            if !levels.contains(node) {
                levels.push(node.clone());
            }
        }
        // Stable: departments of one depth keep the order they were first named in.
        levels.sort_by_key(ScpNode::height);
        levels
    }
}

impl std::fmt::Display for ScpNode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ScpNode::Account => f.write_str("account"),
            ScpNode::Root => f.write_str("root"),
            ScpNode::Department(path) if path.is_empty() => f.write_str("department"),
            ScpNode::Department(path) => write!(f, "department/{path}"),
        }
    }
}

impl Serialize for ScpNode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for ScpNode {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let name = String::deserialize(deserializer)?;
        ScpNode::named(&name).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "unknown node `{name}`: expected account, department, department/<name> or root"
            ))
        })
    }
}

#[cfg(test)]
mod node_tests {
    use super::ScpNode;

    #[test]
    fn nodes_read_back_what_they_write_and_walk_from_the_account_up() {
        for name in [
            "account",
            "root",
            "department",
            "department/Finance/Payments",
        ] {
            assert_eq!(ScpNode::named(name).unwrap().to_string(), name);
        }
        for bad in [
            "",
            "Root",
            "department/",
            "department//x",
            "department/ ",
            "ou-1",
        ] {
            assert_eq!(ScpNode::named(bad), None, "{bad:?}");
        }
        let node = |name: &str| ScpNode::named(name).unwrap();
        let nodes = [
            node("root"),
            node("department/Finance"),
            node("account"),
            node("department/Finance/Payments"),
            node("root"),
        ];
        assert_eq!(
            ScpNode::walk(&nodes),
            [
                node("account"),
                node("department/Finance/Payments"),
                node("department/Finance"),
                node("root")
            ]
        );
    }
}
