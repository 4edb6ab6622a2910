//! The Yew front end: a thin layer of function components over engine results. The state is the `Workspace`
//! (texts the user edits) plus view state; everything shown is derived from `Workspace::run`, so no CAM logic
//! lives here.

mod catalog;
mod editor;
mod policies;
mod request;
mod result;
mod state;

use gloo::storage::{LocalStorage, Storage};
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use cam_playground::catalog::Catalog;
use cam_playground::examples;
use cam_playground::explain::{en, Label};

use catalog::CatalogBrowser;
use policies::PoliciesPane;
use request::RequestPane;
use result::{decision_label, ResultPanel};
use state::{Action, RequestEdit, State, Theme};

const THEME_KEY: &str = "cam-playground.theme";

/// An `Rc` compared by pointer: the evaluation result is recomputed only when the workspace changes, so a new
/// pointer means new content, and components skip the deep comparison of a large trace.
pub struct Shared<T>(pub std::rc::Rc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(self.0.clone())
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        std::rc::Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

fn stored_theme() -> Theme {
    match LocalStorage::get::<String>(THEME_KEY).ok().as_deref() {
        Some("light") => Theme::Light,
        Some("dark") => Theme::Dark,
        _ => Theme::Auto,
    }
}

fn apply_theme(theme: Theme) {
    let name = match theme {
        Theme::Auto => "auto",
        Theme::Light => "light",
        Theme::Dark => "dark",
    };
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.set_attribute("data-theme", name);
    }
    let _ = LocalStorage::set(THEME_KEY, name);
}

#[function_component(App)]
fn app() -> Html {
    let state = use_reducer(|| State::from_example(examples::default_example(), stored_theme()));
    let result = Shared(use_memo(state.workspace.clone(), |workspace| {
        state::timed("evaluate", || workspace.run(Catalog::builtin()))
    }));
    // The catalog (a few hundred elements) renders right after the first result, not before it.
    let deferred = use_state(|| false);
    {
        let deferred = deferred.clone();
        use_effect_with((), move |_| {
            state::mark_first_result();
            gloo::timers::callback::Timeout::new(0, move || deferred.set(true)).forget();
        });
    }
    use_effect_with(state.theme, |theme| apply_theme(*theme));
    use_effect_with(result.clone(), |_| state::measure_edit());

    let on_example = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<HtmlSelectElement>() {
                state.dispatch(Action::LoadExample(select.value()));
            }
        })
    };
    let next_theme = {
        let state = state.clone();
        let next = match state.theme {
            Theme::Auto => Theme::Light,
            Theme::Light => Theme::Dark,
            Theme::Dark => Theme::Auto,
        };
        Callback::from(move |_: MouseEvent| state.dispatch(Action::SetTheme(next)))
    };
    let theme_label = match state.theme {
        Theme::Auto => Label::ThemeAuto,
        Theme::Light => Label::ThemeLight,
        Theme::Dark => Label::ThemeDark,
    };
    // Stable callbacks, so the catalog and the result panel do not re-render on unrelated edits.
    let dispatcher = state.dispatcher();
    let on_focus = use_callback(dispatcher.clone(), |(focus, reveal), dispatcher| {
        dispatcher.dispatch(Action::Focus { focus, reveal })
    });
    let on_use_api = use_callback(dispatcher, |action: String, dispatcher| {
        dispatcher.dispatch(Action::EditRequestField(RequestEdit::Action(action)))
    });
    let example = examples::gallery().iter().find(|e| e.id == state.example);
    let pill = result.evaluation.as_ref().map(|e| {
        html! { <span class={classes!("pill", e.decision.as_str())}>{ en::label(decision_label(e.decision)) }</span> }
    });

    html! {
        <div class="app">
            <header class="topbar">
                <div class="brand">
                    <h1>{ en::label(Label::AppTitle) }</h1>
                    <span class="subtitle">{ en::label(Label::AppSubtitle) }</span>
                </div>
                <label class="example-picker">
                    <span>{ en::label(Label::Example) }</span>
                    <select onchange={on_example} aria-label={en::label(Label::LoadExample)}>
                        { for examples::gallery().iter().map(|e| html! {
                            <option value={e.id.clone()} selected={e.id == state.example}>{ &e.title }</option>
                        }) }
                    </select>
                </label>
                { pill }
                <button class="theme" onclick={next_theme} title={en::label(Label::ThemeToggle)}>{ en::label(theme_label) }</button>
                if let Some(example) = example {
                    <p class="why">{ &example.why }</p>
                }
            </header>
            <main class="panes">
                <section class="pane" aria-label={en::label(Label::Policies)}>
                    <PoliciesPane state={state.clone()} result={result.clone()} />
                </section>
                <section class="pane" aria-label={en::label(Label::Request)}>
                    <RequestPane state={state.clone()} result={result.clone()} />
                </section>
                <section class="pane result" aria-label={en::label(Label::Decision)}>
                    <ResultPanel result={result.clone()} focus={state.focus} {on_focus} />
                </section>
            </main>
            if *deferred {
                <CatalogBrowser on_use={on_use_api} />
            }
        </div>
    }
}

pub fn start() {
    yew::Renderer::<App>::new().render();
}
