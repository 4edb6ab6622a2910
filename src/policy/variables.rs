//! The `${…}` variables a policy names (rules V1–V3); the evaluator substitutes them (`eval::variables`).

/// The names of the `${…}` variables in `text`, in order.
pub fn names(text: &str) -> impl Iterator<Item = &str> {
    text.split("${")
        .skip(1)
        .filter_map(|rest| rest.split_once('}').map(|(name, _)| name))
}
