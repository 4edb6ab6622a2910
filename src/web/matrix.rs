//! "What can this policy do?": the workspace against every catalog API for the current principal, SdkAppId and
//! context, grouped by category, with counts and a filter; a row opens that request.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use cam_playground::analysis::{matrix, MatrixRow};
use cam_playground::catalog::{Catalog, Category};
use cam_playground::eval::Decision;
use cam_playground::explain::Label;
use cam_playground::request::read_request;

use super::state::{Action, RequestEdit, State};
use super::Shared;
use cam_playground::workspace::{models, WorkspaceResult};

#[derive(Properties, PartialEq)]
pub struct MatrixPanelProps {
    pub state: UseReducerHandle<State>,
    pub result: Shared<WorkspaceResult>,
}

#[function_component(MatrixPanel)]
pub fn matrix_panel(props: &MatrixPanelProps) -> Html {
    let locale = super::use_locale();
    let open = use_state(|| false);
    let filter = use_state(|| None::<Decision>);
    // Computed only while open, and only when the workspace changed (not on unrelated re-renders).
    let rows = use_memo(
        (
            *open,
            props.result.clone(),
            props.state.workspace.request.clone(),
        ),
        |(open, result, request)| {
            let (policies, boundary) = (models(&result.policies)?, models(&result.boundary)?);
            (*open).then(|| {
                Some(matrix(
                    &policies,
                    &boundary,
                    &read_request(request)?,
                    Catalog::builtin(),
                ))
            })?
        },
    );
    let header = super::disclosure(&open, "matrix-toggle", Label::WhatCanItDo, locale);
    if !*open {
        return html! { <section class="matrix">{ header }</section> };
    }
    let Some(rows) = rows.as_ref() else {
        return html! { <section class="matrix">{ header }<p class="notice">{ locale.label(Label::NotEvaluatedHelp) }</p></section> };
    };
    let count = |d: Decision| rows.iter().filter(|r| r.decision == Some(d)).count();
    let on_filter = {
        let filter = filter.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<HtmlSelectElement>() {
                filter.set(match select.value().as_str() {
                    "allow" => Some(Decision::Allow),
                    "explicit_deny" => Some(Decision::ExplicitDeny),
                    "implicit_deny" => Some(Decision::ImplicitDeny),
                    _ => None,
                });
            }
        })
    };
    let groups = [Category::Write, Category::Other, Category::Read, Category::List].map(|category| {
        let shown: Vec<&MatrixRow> = rows
            .iter()
            .filter(|r| r.category == category && filter.is_none_or(|f| r.decision == Some(f)))
            .collect();
        let title = match category {
            Category::Write => Label::CategoryWrite,
            Category::Other => Label::CategoryOther,
            Category::Read => Label::CategoryRead,
            Category::List => Label::CategoryList,
        };
        html! {
            if !shown.is_empty() {
                <tbody>
                    <tr class="group"><th colspan="3">{ format!("{} ({})", locale.label(title), shown.len()) }</th></tr>
                    { for shown.into_iter().map(|row| {
                        let state = props.state.clone();
                        let action = row.action.clone();
                        let open_row = Callback::from(move |e: MouseEvent| {
                            e.stop_propagation();
                            state.dispatch(Action::EditRequestField(RequestEdit::Action(action.clone())));
                        });
                        let decision = row.decision.map_or("none", Decision::as_str);
                        let by = row.deciding.iter().map(|d| format!("{} {}", locale.label(Label::StatementShort), d.statement + 1)).collect::<Vec<_>>().join(", ");
                        html! {
                            <tr class={classes!("row", decision)} onclick={open_row.clone()} title={locale.label(Label::OpenRequest)}>
                                <td><button class="row-open" type="button" onclick={open_row}
                                    aria-label={format!("{}: {}", locale.label(Label::OpenRequest), row.action)}><code>{ &row.action }</code></button></td>
                                <td><span class={classes!("pill", decision)}>{ row.decision.map_or(locale.label(Label::NotEvaluated), |d| locale.label(Label::from(d))) }</span></td>
                                <td>{ by }{ row.problem.as_ref().map(|text| locale.words(text).message).unwrap_or_default() }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            }
        }
    });
    html! {
        <section class="matrix">
            { header }
            <div class="matrix-head">
                <span class="counts" data-allowed={count(Decision::Allow).to_string()}>
                    { locale.render(&cam_playground::explain::Message::MatrixCounts { allowed: count(Decision::Allow), explicit: count(Decision::ExplicitDeny), implicit: count(Decision::ImplicitDeny) }) }
                </span>
                <select onchange={on_filter} aria-label={locale.label(Label::Decision)}>
                    <option value="" selected={filter.is_none()}>{ locale.label(Label::AllDecisions) }</option>
                    <option value="allow">{ locale.label(Label::Allowed) }</option>
                    <option value="explicit_deny">{ locale.label(Label::ExplicitlyDenied) }</option>
                    <option value="implicit_deny">{ locale.label(Label::ImplicitlyDenied) }</option>
                </select>
            </div>
            <table class="matrix-table">{ for groups }</table>
        </section>
    }
}
