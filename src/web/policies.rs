//! The policy pane: tabs for identity policies and permissions boundaries, and the editor of the active one.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use cam_playground::eval::trace::{Outcome, Source};
use cam_playground::explain::Label;
use cam_playground::highlight::Mark;
use cam_playground::i18n::Locale;
use cam_playground::policy::Effect;
use cam_playground::workspace::WorkspaceResult;

use super::editor::{CodeEditor, GutterMark};
use super::state::{Action, State, Tab};
use super::Shared;

#[derive(Properties, PartialEq)]
pub struct PoliciesPaneProps {
    pub state: UseReducerHandle<State>,
    pub result: Shared<WorkspaceResult>,
}

#[function_component(PoliciesPane)]
pub fn policies_pane(props: &PoliciesPaneProps) -> Html {
    let locale = super::use_locale();
    let state = &props.state;
    let renaming = use_state(|| None::<Tab>);
    let tabs: Vec<(Tab, String)> = [Source::Policy, Source::Boundary]
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
    let add = |source: Source| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::AddPolicy(source)))
    };

    let tab_buttons = tabs.iter().map(|(t, name)| {
        let t = *t;
        let selected = t == tab;
        let kind = match t.source {
            Source::Policy => locale.label(Label::Policy),
            Source::Boundary => locale.label(Label::Boundary),
        };
        if *renaming == Some(t) {
            let finish = {
                let (state, renaming) = (state.clone(), renaming.clone());
                move |input: HtmlInputElement| {
                    state.dispatch(Action::RenameTab { tab: t, name: input.value() });
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
            let on_key = Callback::from(move |e: KeyboardEvent| {
                if e.key() == "Enter" {
                    if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                        finish(input);
                    }
                }
            });
            return html! {
                <input class="tab-rename" value={name.clone()} aria-label={locale.label(Label::RenameTab)}
                    onblur={on_blur} onkeydown={on_key} autofocus=true />
            };
        }
        let on_rename = {
            let renaming = renaming.clone();
            Callback::from(move |_: MouseEvent| renaming.set(Some(t)))
        };
        html! {
            <span class={classes!("tab", selected.then_some("selected"), (t.source == Source::Boundary).then_some("boundary"))}>
                <button role="tab" aria-selected={selected.to_string()} onclick={dispatch(Action::SelectTab, t)}
                    ondblclick={on_rename} title={locale.label(Label::RenameTab)}>
                    <span class="tab-kind">{ kind }</span>{ " " }{ name }
                </button>
                <button class="tab-close" aria-label={format!("{} {name}", locale.label(Label::RemoveTab))}
                    title={locale.label(Label::RemoveTab)} onclick={dispatch(Action::RemoveTab, t)}>{ "×" }</button>
            </span>
        }
    });

    // The editor shows every finding (the parser's diagnostics and the linter's) and the deciding statements:
    // worked out once per result, not on every keystroke.
    let annotations = use_memo(
        (props.result.clone(), tab, locale),
        |(result, tab, locale)| {
            let parsed = match tab.source {
                Source::Policy => result.policies.get(tab.index),
                Source::Boundary => result.boundary.get(tab.index),
            };
            let findings = parsed
                .map(|p| {
                    cam_playground::lint::findings(p, cam_playground::catalog::Catalog::builtin())
                })
                .unwrap_or_default();
            (
                Shared(std::rc::Rc::new(findings)),
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
                Callback::from(move |text: String| state.dispatch(Action::EditPolicy { tab, text }))
            };
            let id = match tab.source {
                Source::Policy => format!("policy-{}", tab.index),
                Source::Boundary => format!("boundary-{}", tab.index),
            };
            let label = format!(
                "{} {}: {}",
                match tab.source {
                    Source::Policy => locale.label(Label::Policy),
                    Source::Boundary => locale.label(Label::Boundary),
                },
                tab.index + 1,
                policy.name
            );
            html! {
                <CodeEditor id={id} label={label} text={policy.text.clone()} {diagnostics} {marks} {gutter}
                    reveal={reveal.filter(|(_, n)| *n > 0)} {on_change} />
            }
        }
        None => html! {},
    };

    let format = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Format(tab)))
    };
    html! {
        <>
            <div class="tabs" role="tablist" aria-label={locale.label(Label::Policies)}>
                { for tab_buttons }
                <button class="tab-add" onclick={add(Source::Policy)}>{ locale.label(Label::AddPolicy) }</button>
                <button class="tab-add" onclick={add(Source::Boundary)}>{ locale.label(Label::AddBoundary) }</button>
                <button class="format" onclick={format} disabled={state.active_policy().is_none()}>{ locale.label(Label::Format) }</button>
            </div>
            if let Some(notice) = &state.notice {
                <p class="notice" role="alert">{ locale.label(*notice) }</p>
            }
            { editor }
        </>
    }
}

/// Gutter markers on the first line of each statement that decided the outcome.
fn gutter_marks(result: &WorkspaceResult, tab: Tab, locale: Locale) -> Vec<GutterMark> {
    let Some(evaluation) = &result.evaluation else {
        return Vec::new();
    };
    let traces = match tab.source {
        Source::Policy => &evaluation.policies,
        Source::Boundary => &evaluation.boundary,
    };
    let Some(trace) = traces.get(tab.index) else {
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
