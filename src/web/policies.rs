//! The policy pane: a tab per document, of every kind (rule K1), the kind row (`kind_row`), and the editor of the
//! active one.

use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use cam_playground::eval::trace::Outcome;
use cam_playground::highlight::Mark;
use cam_playground::i18n::Locale;
use cam_playground::policy::Effect;
use cam_playground::policy::PolicyKind;
use cam_playground::vocabulary::Label;
use cam_playground::workspace::WorkspaceResult;

use super::editor::{CodeEditor, GutterMark};
use super::state::{Action, Tab};
use super::ByPtr;

#[function_component(PoliciesPane)]
pub fn policies_pane() -> Html {
    let app = super::use_app();
    let locale = super::use_locale();
    let state = &app.state;
    let renaming = use_state(|| None::<Tab>);
    // The rename field takes the focus when it opens (`autofocus` works only while nothing has the focus).
    let rename_field = use_node_ref();
    {
        let rename_field = rename_field.clone();
        use_effect_with(*renaming, move |renaming| {
            if let (Some(_), Some(input)) = (renaming, rename_field.cast::<HtmlInputElement>()) {
                let _ = input.focus();
                input.select();
            }
        });
    }
    let readonly = super::embed::use_embed().is_some_and(|embed| embed.readonly);
    let tabs: Vec<(Tab, String)> = PolicyKind::ALL
        .into_iter()
        .flat_map(|source| {
            state
                .policies(source)
                .iter()
                .enumerate()
                .map(move |(index, p)| (Tab { source, index }, p.name.clone()))
        })
        .collect();
    let tab = state.tab;
    let dispatch = |action: fn(Tab) -> Action, tab: Tab| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(action(tab)))
    };
    let add = |source: PolicyKind| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::AddPolicy(source)))
    };

    // The WAI-ARIA tabs pattern: only tabs inside the tablist, one of them focusable (arrow keys move, Home and
    // End jump, F2 or Enter on the selected tab renames it, Delete removes it); the other controls beside it.
    let tab_buttons = tabs.iter().map(|(t, name)| {
        let t = *t;
        let selected = t == tab;
        let kind = locale.label(Label::from(t.source));
        let on_rename = {
            let renaming = renaming.clone();
            Callback::from(move |_: MouseEvent| {
                if !readonly {
                    renaming.set(Some(t))
                }
            })
        };
        html! {
            <button role="tab" id={tab_id(t)} aria-selected={selected.to_string()} aria-controls="policy-panel"
                tabindex={if selected { "0" } else { "-1" }}
                class={classes!("tab", selected.then_some("selected"), format!("kind-{}", t.source.as_str()))}
                onclick={dispatch(Action::SelectTab, t)} ondblclick={on_rename}
                title={(!readonly).then(|| locale.label(Label::RenameTab))}>
                <span class="tab-kind">{ kind }</span>{ " " }{ name.clone() }
            </button>
        }
    });
    let on_tab_key = {
        let (state, renaming, order) = (
            state.clone(),
            renaming.clone(),
            tabs.iter().map(|(t, _)| *t).collect::<Vec<_>>(),
        );
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
                    renaming.set(Some(state.tab));
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
                if let Some(button) = gloo::utils::document()
                    .get_element_by_id(&tab_id(*next))
                    .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = button.focus();
                }
            }
        })
    };
    let rename = (*renaming).and_then(|t| {
        let name = tabs
            .iter()
            .find(|(candidate, _)| *candidate == t)?
            .1
            .clone();
        let finish = {
            let (state, renaming) = (state.clone(), renaming.clone());
            move |input: HtmlInputElement| {
                state.dispatch(Action::RenameTab {
                    tab: t,
                    name: input.value(),
                });
                renaming.set(None);
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
            let renaming = renaming.clone();
            // Back to the tab, which the rename field replaced (issue 27, finding 7).
            let original = name.clone();
            let back = move || {
                if let Some(button) = gloo::utils::document()
                    .get_element_by_id(&tab_id(t))
                    .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
                {
                    let _ = button.focus();
                }
            };
            Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
                "Enter" => {
                    if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                        finish(input);
                    }
                    back();
                }
                "Escape" => {
                    // Leaving the field commits it (blur): put the name back first.
                    if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                        input.set_value(&original);
                    }
                    renaming.set(None);
                    back();
                }
                _ => {}
            })
        };
        Some(html! {
            <input class="tab-rename" ref={rename_field.clone()} value={name} aria-label={locale.label(Label::RenameTab)}
                onblur={on_blur} onkeydown={on_key} autofocus=true />
        })
    });
    let selected_name = tabs
        .iter()
        .find(|(t, _)| *t == tab)
        .map(|(_, name)| name.clone())
        .unwrap_or_default();

    // The editor shows every finding (the parser's diagnostics and the linter's) and the deciding statements:
    // worked out once per result, not on every keystroke.
    let annotations = use_memo(
        (app.result.clone(), tab, locale),
        |(result, tab, locale)| {
            let parsed = result.policies_in(tab.source).get(tab.index);
            let findings = parsed
                .map(|p| {
                    cam_playground::lint::findings(p, cam_playground::catalog::Catalog::builtin())
                })
                .unwrap_or_default();
            (
                ByPtr(std::rc::Rc::new(findings)),
                gutter_marks(result, *tab, *locale),
            )
        },
    );
    let editor = match state.active_policy() {
        Some(policy) => {
            let diagnostics = annotations.0.clone();
            let mut marks = Vec::new();
            if let Some(focus) = state.focus.filter(|f| f.tab == tab) {
                marks.push(Mark {
                    start: focus.statement.start,
                    end: focus.statement.end,
                    class: "focus-statement",
                });
                if let Some(element) = focus.element {
                    marks.push(Mark {
                        start: element.start,
                        end: element.end,
                        class: "focus-element",
                    });
                }
            }
            let gutter = annotations.1.clone();
            let reveal = state
                .focus
                .filter(|f| f.tab == tab)
                .map(|f| (f.element.unwrap_or(f.statement), state.reveal));
            let on_change = {
                let state = state.clone();
                Callback::from(move |text: String| {
                    super::perf::edit_started();
                    state.dispatch(Action::EditPolicy { tab, text })
                })
            };
            let id = tab.to_string();
            let label = format!(
                "{} {}{}{}",
                locale.label(Label::from(tab.source)),
                tab.index + 1,
                locale.colon(),
                policy.name
            );
            let on_read_as = (!readonly).then(|| {
                let state = state.clone();
                Callback::from(move |kind: PolicyKind| {
                    state.dispatch(Action::SetKind { tab, kind })
                })
            });
            // Ctrl+Z right after a fix undoes the fix (issue 27, item 6).
            let on_undo = state
                .undo
                .as_ref()
                .filter(|u| matches!(u.done, cam_playground::analysis::Done::Fix { .. }))
                .map(|_| {
                    let state = state.clone();
                    Callback::from(move |()| state.dispatch(Action::Undo))
                });
            html! {
                <CodeEditor id={id} label={label} text={policy.text.clone()} {diagnostics} {marks} {gutter}
                    reveal={reveal.filter(|(_, n)| *n > 0)} {on_change} {readonly} {on_read_as} {on_undo} />
            }
        }
        None => html! {},
    };

    let format = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Format(tab)))
    };
    // One node whether shown or not, so the picker before it is kept (and keeps its focus) when it goes.
    let inferred: Html = state
        .inferred
        .filter(|t| *t == tab)
        .map(|t| {
            html! {
                <p class="kind-inferred" aria-live="polite">
                    { super::glossary::with_rule_links(locale, &locale.kind_inferred(t.source)) }
                </p>
            }
        })
        .unwrap_or_default();
    html! {
        <>
            <div class="tab-row">
                <div class="tabs" role="tablist" aria-label={locale.label(Label::Policies)} onkeydown={on_tab_key}>
                    { for tab_buttons }
                </div>
                // One child with or without the rename field, so the tabs before it are kept (and their focus).
                { rename.unwrap_or_default() }
                if state.active_policy().is_some() && !readonly {
                    <button class="tab-close" aria-label={format!("{} {selected_name}", locale.label(Label::RemoveTab))}
                        title={locale.label(Label::RemoveTab)} onclick={dispatch(Action::RemoveTab, tab)}>{ "×" }</button>
                }
                if !readonly {
                    <button class="tab-add" onclick={add(PolicyKind::Identity)}>{ locale.label(Label::AddPolicy) }</button>
                    <button class="tab-add" onclick={add(PolicyKind::Boundary)}>{ locale.label(Label::AddBoundary) }</button>
                    <button class="format" onclick={format} disabled={state.active_policy().is_none()}>{ locale.label(Label::Format) }</button>
                }
            </div>
            if !readonly {
                <super::kind_row::KindRow />
            }
            { inferred }
            if let Some(notice) = &state.notice {
                <p class="notice" role="alert">{ locale.label(*notice) }</p>
            }
            <div id="policy-panel" role="tabpanel" aria-labelledby={tab_id(tab)}>
                { editor }
            </div>
        </>
    }
}

/// The element id of a policy tab (the tab panel is labelled by it).
fn tab_id(tab: Tab) -> String {
    format!("tab-{tab}")
}

/// Gutter markers on the first line of each statement that decided the outcome.
fn gutter_marks(result: &WorkspaceResult, tab: Tab, locale: Locale) -> Vec<GutterMark> {
    let Some(evaluation) = &result.evaluation else {
        return Vec::new();
    };
    let Some(trace) = evaluation.policies_in(tab.source).get(tab.index) else {
        return Vec::new();
    };
    trace
        .statements
        .iter()
        .filter_map(|s| {
            let deciding = evaluation.deciding.iter().any(|d| {
                d.source == tab.source && d.policy == tab.index && d.statement == s.statement
            });
            let (class, what) = match (deciding, s.effect, s.outcome) {
                (true, Some(Effect::Allow), _) => ("deciding-allow", Label::GutterDecidesAllow),
                (true, Some(Effect::Deny), _) => ("deciding-deny", Label::GutterDecidesDeny),
                (false, _, Outcome::NotEvaluated) => ("not-evaluated", Label::GutterNotEvaluated),
                _ => return None,
            };
            Some(GutterMark {
                line: s.span.line,
                class,
                title: locale.label(what).to_string(),
            })
        })
        .collect()
}
