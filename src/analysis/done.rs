//! What the user just did to the workspace that can be undone, as data: the status line after it says what was
//! done (the locale tables' `analysis::done`) and offers "Undo".

use serde::Serialize;

use super::FixText;
use crate::policy::PolicyKind;

#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Done {
    /// A fix was applied.
    Fix { fix: FixText },
    /// A policy or boundary tab was removed.
    RemovedTab { source: PolicyKind, name: String },
    /// An example (its gallery id) replaced the workspace.
    LoadedExample { id: String },
    /// A pasted error filled the request: the action, the resource parameter and its id, the owner's UIN.
    Filled {
        action: String,
        id: Option<(String, String)>,
        owner_uin: Option<String>,
    },
    /// The generator's policy was added as a new tab.
    AddedPolicy { name: String },
    /// The example's policies were cleared (after a pasted error: the user's own policies come next).
    ClearedPolicies,
    /// A test file replaced the tabs and the pinned cases (the Tests panel's import).
    Imported { cases: usize },
}
