//! The policy pane: a tab per document, of every kind (rule K1: `tab_list`), the kind row (`kind_row`), and the
//! editor of the active one.

use yew::prelude::*;

use cam_playground::analysis::Done;
use cam_playground::eval::trace::Outcome;
use cam_playground::highlight::Mark;
use cam_playground::i18n::Locale;
use cam_playground::policy::Effect;
use cam_playground::policy::PolicyKind;
use cam_playground::vocabulary::Label;
use cam_playground::workspace::WorkspaceResult;

use super::editor::{CodeEditor, GutterMark};
use super::state::{Action, Tab};
use super::tab_list::{tab_id, tab_list, RenameInput};
use super::ByPtr;

#[function_component(PoliciesPane)]
pub fn policies_pane() -> Html {
    let app = super::use_app();
    let locale = super::use_locale();
    let state = &app.state;
    let renaming = use_state(|| None::<Tab>);
    let readonly = super::embed::use_embed().is_some_and(|embed| embed.readonly);
    let tab = state.tab;
    let on_rename = {
        let renaming = renaming.clone();
        Callback::from(move |t: Tab| renaming.set(Some(t)))
    };
    let rename = (*renaming).and_then(|t| {
        let policy = state.policy(t)?;
        let on_done = {
            let renaming = renaming.clone();
            Callback::from(move |()| renaming.set(None))
        };
        Some(html! { <RenameInput tab={t} name={policy.name.clone()} {on_done} /> })
    });
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
                { tab_list(&app, locale, readonly, on_rename) }
                // One child with or without the rename field, so the tabs before it are kept (and their focus).
                { rename.unwrap_or_default() }
                { tab_buttons(&app, locale, readonly) }
            </div>
            if !readonly {
                { super::kind_row::kind_row(&app, locale) }
            }
            { inferred }
            if let Some(notice) = &state.notice {
                <p class="notice" role="alert">{ locale.label(*notice) }</p>
            }
            <div id="policy-panel" role="tabpanel" aria-labelledby={tab_id(tab)}>
                <ActiveEditor />
            </div>
        </>
    }
}

/// Beside the tabs: remove the selected one, add a policy or a boundary, format the selected one (none of them
/// in a read-only embed).
fn tab_buttons(app: &super::AppContext, locale: Locale, readonly: bool) -> Html {
    let state = &app.state;
    let tab = state.tab;
    let on = |action: Action| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(action.clone()))
    };
    let selected_name = state
        .active_policy()
        .map(|policy| policy.name.clone())
        .unwrap_or_default();
    html! {
        <>
            if state.active_policy().is_some() && !readonly {
                <button class="tab-close" aria-label={format!("{} {selected_name}", locale.label(Label::RemoveTab))}
                    title={locale.label(Label::RemoveTab)} onclick={on(Action::RemoveTab(tab))}>{ "×" }</button>
            }
            if !readonly {
                <button class="tab-add" onclick={on(Action::AddPolicy(PolicyKind::Identity))}>{ locale.label(Label::AddPolicy) }</button>
                <button class="tab-add" onclick={on(Action::AddPolicy(PolicyKind::Boundary))}>{ locale.label(Label::AddBoundary) }</button>
                <button class="format" onclick={on(Action::Format(tab))} disabled={state.active_policy().is_none()}>{ locale.label(Label::Format) }</button>
            }
        </>
    }
}

/// The selected document in the code editor, with every finding (the parser's diagnostics and the linter's), the
/// deciding statements in the gutter and the focused statement marked. A component for its `use_memo`.
#[function_component(ActiveEditor)]
fn active_editor() -> Html {
    let app = super::use_app();
    let locale = super::use_locale();
    let state = &app.state;
    let readonly = super::embed::use_embed().is_some_and(|embed| embed.readonly);
    let tab = state.tab;
    // Worked out once per result, not on every keystroke.
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
    let Some(policy) = state.active_policy() else {
        return html! {};
    };
    let diagnostics = annotations.0.clone();
    let focus = state.focus.filter(|f| f.tab == tab);
    let mut marks = Vec::new();
    if let Some(focus) = focus {
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
    let reveal = focus.map(|f| (f.element.unwrap_or(f.statement), state.reveal));
    let on_change = {
        let state = state.clone();
        Callback::from(move |text: String| {
            super::perf::edit_started();
            state.dispatch(Action::EditPolicy { tab, text })
        })
    };
    let label = format!(
        "{} {}{}{}",
        locale.label(Label::from(tab.source)),
        tab.index + 1,
        locale.colon(),
        policy.name
    );
    let on_read_as = (!readonly).then(|| {
        let state = state.clone();
        Callback::from(move |kind: PolicyKind| state.dispatch(Action::SetKind { tab, kind }))
    });
    // Ctrl+Z right after a fix undoes the fix (issue 27, item 6).
    let on_undo = state
        .undo
        .as_ref()
        .filter(|u| matches!(u.done, Done::Fix { .. }))
        .map(|_| {
            let state = state.clone();
            Callback::from(move |()| state.dispatch(Action::Undo))
        });
    html! {
        <CodeEditor id={tab.to_string()} {label} text={policy.text.clone()} {diagnostics} {marks} {gutter}
            reveal={reveal.filter(|(_, n)| *n > 0)} {on_change} {readonly} {on_read_as} {on_undo} />
    }
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
