//! The `${…}` variables a policy names (rules V1–V3); the evaluator substitutes them (`eval::variables`).

/// The variables CAM substitutes from the requester (rule V1); any other `${…}` is unknown (rule V3).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Variable {
    Uin,
    OwnerUin,
    AppId,
}

impl Variable {
    /// `uin` → `Variable::Uin`; `None` for a name CAM does not know.
    pub fn named(name: &str) -> Option<Variable> {
        match name {
            "uin" => Some(Variable::Uin),
            "owner_uin" => Some(Variable::OwnerUin),
            "app_id" => Some(Variable::AppId),
            _ => None,
        }
    }
}

/// Whether `text` has a `${`. Most texts have no `$` at all, and a byte search for it is far cheaper than a
/// substring search: this runs on every action, resource and value of every policy.
pub fn mentions_variable(text: &str) -> bool {
    text.contains('$') && text.contains("${")
}

/// The names of the `${…}` variables in `text`, in order.
pub fn names(text: &str) -> impl Iterator<Item = &str> {
    mentions_variable(text)
        .then(|| {
            text.split("${")
                .skip(1)
                .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
        })
        .into_iter()
        .flatten()
}
