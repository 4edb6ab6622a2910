//! Which statements of a policy can concern an action. Built on first use and kept with the policy, so prepared
//! policies and big ones are evaluated for a decision touching only the statements that can match the request.

use std::sync::OnceLock;

use super::Statement;
use crate::FastMap;

/// A statement whose action patterns are all plain names (no `*`, no `permid/`) and whose operators are all
/// known can only concern the actions it names, ignoring case (rules A1, A2, A4: a name matched only ignoring
/// case is a CHOICE, so it must be evaluated too). Every other statement is a candidate for every action.
#[derive(Debug, Default)]
pub struct ActionIndex {
    /// Lowercase action name → its slot in `positions` (the same map type as the catalog's name index, so the
    /// bundle carries one copy of its code).
    by_name: FastMap<String, usize>,
    /// Per name, the positions in `Policy::statements` of the statements naming it, ascending.
    positions: Vec<Vec<usize>>,
    /// Positions of the statements that are candidates for every action, ascending.
    everywhere: Vec<usize>,
}

impl ActionIndex {
    fn new(statements: &[Statement]) -> ActionIndex {
        let mut index = ActionIndex::default();
        for (position, statement) in statements.iter().enumerate() {
            let names: Option<Vec<String>> = statement
                .conditions
                .iter()
                .all(|block| block.operator.is_ok())
                .then(|| {
                    statement
                        .actions
                        .iter()
                        .map(|a| plain_name(&a.value))
                        .collect()
                })
                .flatten();
            match names {
                Some(names) => {
                    for name in names {
                        let slots = index.positions.len();
                        let slot = *index.by_name.entry(name).or_insert(slots);
                        if slot == slots {
                            index.positions.push(Vec::new());
                        }
                        let positions = &mut index.positions[slot];
                        if positions.last() != Some(&position) {
                            positions.push(position);
                        }
                    }
                }
                None => index.everywhere.push(position),
            }
        }
        index
    }

    /// The positions (in `Policy::statements`) of the statements that can concern `action`, ascending. The
    /// others' action patterns all differ from it, whatever the case.
    pub fn candidates(&self, action: &str) -> Vec<usize> {
        let named = self
            .by_name
            .get(action.to_lowercase().as_str())
            .map_or(&[][..], |&slot| self.positions[slot].as_slice());
        // A statement is either named or everywhere, never both: no position comes twice.
        let mut positions: Vec<usize> = named.iter().chain(&self.everywhere).copied().collect();
        positions.sort_unstable();
        positions
    }
}

/// The lowercase name a pattern can only match, or `None` for a wildcard or a `permid/` pattern.
fn plain_name(pattern: &str) -> Option<String> {
    let bare = pattern.strip_prefix("name/").unwrap_or(pattern);
    (!bare.contains('*') && !bare.starts_with("permid/")).then(|| bare.to_lowercase())
}

/// A policy's index, built on first use. It is derived from the statements, so it takes no part in comparing,
/// copying (a copy builds its own) or printing policies.
#[derive(Default)]
pub struct LazyActionIndex(OnceLock<ActionIndex>);

impl LazyActionIndex {
    pub fn get(&self, statements: &[Statement]) -> &ActionIndex {
        self.0.get_or_init(|| ActionIndex::new(statements))
    }
}

impl Clone for LazyActionIndex {
    fn clone(&self) -> Self {
        LazyActionIndex::default()
    }
}

impl PartialEq for LazyActionIndex {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl std::fmt::Debug for LazyActionIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("LazyActionIndex")
    }
}
