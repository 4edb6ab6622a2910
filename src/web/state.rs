//! The session as Yew's `use_reducer` state. The state machine is the engine's `session` module (pure, tested
//! natively); here it is only wrapped, as `impl Reducible` must be on a type of this crate.

use std::rc::Rc;

use yew::Reducible;

use cam_playground::session::Session;

pub use cam_playground::session::{Action, Banner, Focus, RequestEdit, Tab, Theme};

/// The session, as the `App`'s reducer holds it; it reads as a `Session`.
#[derive(Clone, PartialEq)]
pub struct State(pub Session);

impl std::ops::Deref for State {
    type Target = Session;
    fn deref(&self) -> &Session {
        &self.0
    }
}

impl Reducible for State {
    type Action = Action;

    /// `Session::reduce`: pure (performance marks are taken where edits are dispatched).
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        Rc::new(State(self.0.reduce(action)))
    }
}
