//! The Yew front end: a thin layer of function components over engine results. State is the `Workspace`
//! (text the user edits); everything shown is derived from `Workspace::run`, so no CAM logic lives here.

mod components;
mod state;

use yew::prelude::*;

use cam_playground::catalog::Catalog;
use cam_playground::examples;
use components::{ExamplePicker, PolicyEditor, RequestEditor, ResultPanel};
use state::{Action, State};

#[function_component(App)]
fn app() -> Html {
    let state = use_reducer(|| State::from_example(examples::default_example()));
    let result = use_memo(state.workspace.clone(), |workspace| {
        workspace.run(Catalog::builtin())
    });
    use_effect_with((), |_| state::mark_first_result());

    let on_policy = {
        let state = state.clone();
        Callback::from(move |(index, text): (usize, String)| {
            state.dispatch(Action::EditPolicy { index, text })
        })
    };
    let on_request = {
        let state = state.clone();
        Callback::from(move |text: String| state.dispatch(Action::EditRequest(text)))
    };
    let on_example = {
        let state = state.clone();
        Callback::from(move |id: String| state.dispatch(Action::LoadExample(id)))
    };

    html! {
        <div class="app">
            <header class="topbar">
                <h1>{ "CAM Policy Playground" }</h1>
                <span class="subtitle">{ "Tencent Cloud · Cloud Contact Center (ccc)" }</span>
                <ExamplePicker selected={state.example.clone()} on_select={on_example} />
            </header>
            <main class="panes">
                <section class="pane" aria-label="Policies">
                    { for state.workspace.policies.iter().enumerate().map(|(index, policy)| html! {
                        <PolicyEditor
                            index={index}
                            name={policy.name.clone()}
                            text={policy.text.clone()}
                            diagnostics={result.policies.get(index).map(|p| p.diagnostics.clone()).unwrap_or_default()}
                            on_change={on_policy.clone()} />
                    }) }
                </section>
                <section class="pane" aria-label="Request">
                    <RequestEditor
                        text={state.workspace.request.clone()}
                        diagnostics={result.request.diagnostics.clone()}
                        on_change={on_request} />
                </section>
                <section class="pane result" aria-label="Decision and reasoning">
                    <ResultPanel result={result.clone()} />
                </section>
            </main>
        </div>
    }
}

pub fn start() {
    yew::Renderer::<App>::new().render();
}
