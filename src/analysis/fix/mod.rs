//! Minimal fixes: for a denied request, the smallest edits of a policy or of the request that would allow it;
//! for an allowed one, the smallest edits that would deny it. Each candidate is applied to a copy of the
//! workspace and kept only if re-evaluation gives the wanted decision. Edits splice the source text at the
//! parser's spans, so everything else the author wrote stays as it was.
//!
//! `search` builds the candidates, `splice` edits the JSON text at the parser's spans, `text` is what a fix does as
//! data (`FixText`); this file verifies the candidates, cheapest first, within its bounds.

use serde::Serialize;

use crate::catalog::Catalog;
use crate::eval::{Decision, Detail};
use crate::workspace::{Workspace, WorkspaceResult};

mod search;
mod splice;
pub(crate) mod text;

pub use text::FixText;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Fix {
    /// What the fix does, as data (`i18n::en::analysis::fix` words it).
    pub description: FixText,
    /// The workspace with the fix applied.
    pub workspace: Workspace,
    /// Tokens added or removed: smaller is better.
    pub cost: usize,
}

/// At most this many fixes are offered.
const OFFERED: usize = 3;
/// Above this much workspace text no fixes are searched: every candidate is a copy of the workspace and a whole
/// re-evaluation.
pub const FIXES_SEARCHED_UP_TO_BYTES: usize = 64 * 1024;
/// At most this many candidates are verified (each is a whole re-evaluation): a 1,000-statement policy yields
/// thousands of candidates, and verifying them all froze the page. Fewer for bigger workspaces: at most
/// `VERIFIED_BYTES_AT_MOST` bytes re-read in all, but never fewer than `VERIFIED_AT_LEAST`, so that the search
/// runs in a few tens of milliseconds while the panel is open and the user types.
const VERIFIED_AT_MOST: usize = 64;
const VERIFIED_AT_LEAST: usize = 8;
const VERIFIED_BYTES_AT_MOST: usize = 256 * 1024;

/// Whether `fixes` searches this workspace at all (it does up to `FIXES_SEARCHED_UP_TO_BYTES`).
pub fn searched(workspace: &Workspace) -> bool {
    workspace.text_len() <= FIXES_SEARCHED_UP_TO_BYTES
}

pub fn fixes(workspace: &Workspace, result: &WorkspaceResult, catalog: &Catalog) -> Vec<Fix> {
    let (Some(evaluation), Some(request)) = (&result.evaluation, &result.request.request) else {
        return Vec::new();
    };
    if !searched(workspace) {
        return Vec::new();
    }
    let want_allow = evaluation.decision != Decision::Allow;
    let mut candidates = Vec::new();
    if want_allow {
        search::to_allow(workspace, result, evaluation, request, &mut candidates);
    } else if !evaluation.root_account {
        search::to_deny(workspace, result, request, &mut candidates);
    }
    // Cheapest first, so the first ones that verify are the smallest fixes.
    candidates.sort_by_key(|f| f.cost);
    let mut verified: Vec<Fix> = Vec::new();
    let budget = (VERIFIED_BYTES_AT_MOST / workspace.text_len().max(1))
        .clamp(VERIFIED_AT_LEAST, VERIFIED_AT_MOST);
    for fix in candidates.into_iter().take(budget) {
        if verified.len() == OFFERED {
            break;
        }
        if verified.iter().any(|v| v.workspace == fix.workspace) {
            continue;
        }
        // A fix changes one text: the others are taken from the workspace's own result.
        let decision = fix
            .workspace
            .run_after(catalog, Detail::DecisionOnly, Some((workspace, result)))
            .evaluation
            .map(|e| e.decision);
        if decision.is_some_and(|d| (d == Decision::Allow) == want_allow) {
            verified.push(fix);
        }
    }
    verified
}
