//! The app's state and the actions that change it (Yew's `use_reducer`).

use std::rc::Rc;

use yew::Reducible;

use cam_playground::examples::{self, Example};
use cam_playground::workspace::Workspace;

#[derive(Clone, PartialEq)]
pub struct State {
    pub workspace: Workspace,
    /// The gallery example last loaded (edits keep the name, so the picker still shows where they started).
    pub example: String,
}

pub enum Action {
    EditPolicy { index: usize, text: String },
    EditRequest(String),
    LoadExample(String),
}

impl State {
    pub fn from_example(example: &Example) -> Self {
        State {
            workspace: example.workspace(),
            example: example.id.clone(),
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::EditPolicy { index, text } => {
                if let Some(policy) = next.workspace.policies.get_mut(index) {
                    policy.text = text;
                }
            }
            Action::EditRequest(text) => next.workspace.request = text,
            Action::LoadExample(id) => {
                if let Some(example) = examples::gallery().iter().find(|e| e.id == id) {
                    next = State::from_example(example);
                }
            }
        }
        Rc::new(next)
    }
}

/// Marks the first evaluated result for the navigation-to-result measurement (`performance.measure`).
pub fn mark_first_result() {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark("first-result");
    }
}
