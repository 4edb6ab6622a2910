//! The policy tabs: the tab list (the WAI-ARIA tabs pattern) and the field that renames a tab in its place.

use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use cam_playground::i18n::Locale;
use cam_playground::vocabulary::Label;

use super::state::{Action, Tab};

/// The element id of a policy tab (the tab panel is labelled by it).
pub(super) fn tab_id(tab: Tab) -> String {
    format!("tab-{tab}")
}

/// Moves the focus to a tab's button.
fn focus_tab(tab: Tab) {
    if let Some(button) = gloo::utils::document()
        .get_element_by_id(&tab_id(tab))
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = button.focus();
    }
}

/// The WAI-ARIA tabs pattern: only tabs inside the tablist, one of them focusable (arrow keys move, Home and End
/// jump, F2 or Enter on the selected tab renames it, Delete removes it); the other controls are beside it.
/// `on_rename` opens the rename field for a tab (a double click, F2 or Enter).
pub fn tab_list(
    app: &super::AppContext,
    locale: Locale,
    readonly: bool,
    on_rename: Callback<Tab>,
) -> Html {
    let state = &app.state;
    let buttons = state.tabs().map(|(t, policy)| {
        let selected = t == state.tab;
        let select = {
            let state = state.clone();
            Callback::from(move |_: MouseEvent| state.dispatch(Action::SelectTab(t)))
        };
        let on_rename = {
            let on_rename = on_rename.clone();
            Callback::from(move |_: MouseEvent| {
                if !readonly {
                    on_rename.emit(t)
                }
            })
        };
        html! {
            <button role="tab" id={tab_id(t)} aria-selected={selected.to_string()} aria-controls="policy-panel"
                tabindex={if selected { "0" } else { "-1" }}
                class={classes!("tab", selected.then_some("selected"), format!("kind-{}", t.source.as_str()))}
                onclick={select} ondblclick={on_rename}
                title={(!readonly).then(|| locale.label(Label::RenameTab))}>
                <span class="tab-kind">{ locale.label(Label::from(t.source)) }</span>{ " " }{ policy.name.clone() }
            </button>
        }
    });
    let on_key = {
        let (state, on_rename) = (state.clone(), on_rename.clone());
        let order: Vec<Tab> = state.tabs().map(|(t, _)| t).collect();
        Callback::from(move |e: KeyboardEvent| {
            let Some(at) = order.iter().position(|t| *t == state.tab) else {
                return;
            };
            let last = order.len().saturating_sub(1);
            let target = match e.key().as_str() {
                "ArrowRight" | "ArrowDown" => Some(if at == last { 0 } else { at + 1 }),
                "ArrowLeft" | "ArrowUp" => Some(if at == 0 { last } else { at - 1 }),
                "Home" => Some(0),
                "End" => Some(last),
                "F2" | "Enter" | "Delete" if readonly => None,
                "F2" | "Enter" => {
                    e.prevent_default();
                    on_rename.emit(state.tab);
                    None
                }
                "Delete" => {
                    e.prevent_default();
                    state.dispatch(Action::RemoveTab(state.tab));
                    None
                }
                _ => None,
            };
            if let Some(next) = target.and_then(|i| order.get(i)) {
                e.prevent_default();
                state.dispatch(Action::SelectTab(*next));
                focus_tab(*next);
            }
        })
    };
    html! {
        <div class="tabs" role="tablist" aria-label={locale.label(Label::Policies)} onkeydown={on_key}>
            { for buttons }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct RenameInputProps {
    pub tab: Tab,
    /// The tab's name when the field opened.
    pub name: String,
    /// The field is done (the name committed, or put back).
    pub on_done: Callback<()>,
}

/// The field that renames a tab, in its place: Enter or leaving it commits, Escape puts the name back; either
/// way the focus goes back to the tab (issue 27, finding 7).
#[function_component(RenameInput)]
pub fn rename_input(props: &RenameInputProps) -> Html {
    let app = super::use_app();
    let locale = super::use_locale();
    let field = use_node_ref();
    // The field takes the focus when it opens (`autofocus` works only while nothing has the focus).
    {
        let field = field.clone();
        use_effect_with(props.tab, move |_| {
            if let Some(input) = field.cast::<HtmlInputElement>() {
                let _ = input.focus();
                input.select();
            }
        });
    }
    let t = props.tab;
    let finish = {
        let (state, on_done) = (app.state.clone(), props.on_done.clone());
        move |input: HtmlInputElement| {
            state.dispatch(Action::RenameTab {
                tab: t,
                name: input.value(),
            });
            on_done.emit(());
        }
    };
    let on_blur = {
        let finish = finish.clone();
        Callback::from(move |e: FocusEvent| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                finish(input);
            }
        })
    };
    let on_key = {
        let (on_done, original) = (props.on_done.clone(), props.name.clone());
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "Enter" => {
                if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                    finish(input);
                }
                focus_tab(t);
            }
            "Escape" => {
                // Leaving the field commits it (blur): put the name back first.
                if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                    input.set_value(&original);
                }
                on_done.emit(());
                focus_tab(t);
            }
            _ => {}
        })
    };
    html! {
        <input class="tab-rename" ref={field} value={props.name.clone()} aria-label={locale.label(Label::RenameTab)}
            onblur={on_blur} onkeydown={on_key} autofocus=true />
    }
}
