//! "What can this policy do?": the workspace against every catalog API for the current principal, SdkAppId and
//! context, grouped by category, with counts and a filter. A grid shows it at a glance (one cell per API,
//! coloured by decision, arrow keys move, Enter opens the request); a list shows the same rows as a table.

use wasm_bindgen::JsCast;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

use cam_playground::analysis::{workspace_matrix, MatrixRow};
use cam_playground::catalog::{Catalog, Category};
use cam_playground::eval::Decision;
use cam_playground::vocabulary::Label;

use cam_playground::eval::trace::StatementRef;
use cam_playground::explain::Message;
use cam_playground::i18n::Locale;
use cam_playground::workspace::Workspace;

use super::state::{Action, RequestEdit};

/// Arrow keys move between the grid's cells: left and right to the neighbour, up and down to the cell above or
/// below (by position on screen, so it works whatever the width); Home and End to the first and last.
fn move_focus_in_grid(e: KeyboardEvent) {
    let Some(current) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok())
        .filter(|el| el.class_name().split_whitespace().any(|c| c == "cell"))
    else {
        return;
    };
    let Ok(all) = gloo::utils::document().query_selector_all(".matrix-grid .cell") else {
        return;
    };
    let cells: Vec<web_sys::HtmlElement> = (0..all.length())
        .filter_map(|i| all.item(i)?.dyn_into::<web_sys::HtmlElement>().ok())
        .collect();
    let Some(at) = cells.iter().position(|c| *c == current) else {
        return;
    };
    let here = current.get_bounding_client_rect();
    let vertical = |down: bool| {
        let row_of = |c: &web_sys::HtmlElement| c.get_bounding_client_rect().top();
        let candidates = cells.iter().enumerate().filter(|(_, c)| {
            let top = row_of(c);
            if down {
                top > here.top() + 1.0
            } else {
                top < here.top() - 1.0
            }
        });
        let next_row = if down {
            candidates
                .clone()
                .map(|(_, c)| row_of(c))
                .fold(f64::INFINITY, f64::min)
        } else {
            candidates
                .clone()
                .map(|(_, c)| row_of(c))
                .fold(f64::NEG_INFINITY, f64::max)
        };
        candidates
            .filter(|(_, c)| (row_of(c) - next_row).abs() < 1.0)
            .min_by(|(_, a), (_, b)| {
                let dx = |c: &web_sys::HtmlElement| {
                    (c.get_bounding_client_rect().left() - here.left()).abs()
                };
                dx(a).total_cmp(&dx(b))
            })
            .map(|(i, _)| i)
    };
    let target = match e.key().as_str() {
        "ArrowRight" => Some((at + 1).min(cells.len() - 1)),
        "ArrowLeft" => Some(at.saturating_sub(1)),
        "ArrowDown" => vertical(true),
        "ArrowUp" => vertical(false),
        "Home" => Some(0),
        "End" => Some(cells.len() - 1),
        _ => None,
    };
    if let Some(cell) = target.and_then(|i| cells.get(i)) {
        e.prevent_default();
        let _ = current.set_attribute("tabindex", "-1");
        let _ = cell.set_attribute("tabindex", "0");
        let _ = cell.focus();
    }
}

#[function_component(MatrixPanel)]
pub fn matrix_panel() -> Html {
    let app = super::use_app();
    let locale = super::use_locale();
    let open = use_state(|| false);
    let filter = use_state(|| None::<Decision>);
    let as_list = use_state(|| false);
    // Computed only while open, and only when the workspace changed (not on unrelated re-renders).
    let rows = use_memo(
        (
            *open,
            app.result.clone(),
            app.state.workspace.request.clone(),
        ),
        |(open, result, request)| {
            (*open).then(|| {
                workspace_matrix(result, request, Catalog::builtin()).map(std::rc::Rc::new)
            })?
        },
    );
    let header = super::disclosure(&open, "matrix-toggle", Label::WhatCanItDo, locale);
    // Every branch has the header and one more child, so the header stays the same element and keeps the focus
    // when it is pressed (issue 27, finding 7: Yew matches unkeyed children from the end).
    if !*open {
        return html! { <section class="matrix">{ header }<></></section> };
    }
    let Some(rows) = (*rows).clone() else {
        return html! { <section class="matrix">{ header }<p class="notice">{ locale.label(Label::NotEvaluatedHelp) }</p></section> };
    };
    let count = |d: Decision| rows.iter().filter(|r| r.decision == Some(d)).count();
    let on_filter = {
        let filter = filter.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<HtmlSelectElement>() {
                filter.set(select.value().parse().ok());
            }
        })
    };
    let toggle_view = {
        let as_list = as_list.clone();
        Callback::from(move |_: MouseEvent| as_list.set(!*as_list))
    };
    let filter_value = *filter;
    html! {
        <section class="matrix">
            { header }
            <>
            // Inside the one child after the header, which keeps its place (and its focus) in every branch.
            { super::kinds_note(&app.state.workspace, locale) }
            <div class="matrix-head">
                <span class="counts" data-allowed={count(Decision::Allow).to_string()}>
                    { locale.render(&Message::MatrixCounts { allowed: count(Decision::Allow), explicit: count(Decision::ExplicitDeny), implicit: count(Decision::ImplicitDeny) }) }
                </span>
                // What the colours mean (finding 21): a phone cannot hover a cell to read it.
                <span class="legend">
                    { for [(Decision::Allow, Label::Allowed), (Decision::ImplicitDeny, Label::ImplicitlyDenied), (Decision::ExplicitDeny, Label::ExplicitlyDenied)].into_iter().map(|(d, label)| html! {
                        <span class="legend-item"><span class={classes!("swatch", "cell", Decision::name_of(Some(d)))} aria-hidden="true" />{ locale.label(label) }</span>
                    }) }
                </span>
                <select onchange={on_filter} aria-label={locale.label(Label::Decision)}>
                    <option value="" selected={filter.is_none()}>{ locale.label(Label::AllDecisions) }</option>
                    // The values are the names `Decision`'s `FromStr` reads back in `on_filter`.
                    <option value={Decision::Allow.as_str()}>{ locale.label(Label::Allowed) }</option>
                    <option value={Decision::ExplicitDeny.as_str()}>{ locale.label(Label::ExplicitlyDenied) }</option>
                    <option value={Decision::ImplicitDeny.as_str()}>{ locale.label(Label::ImplicitlyDenied) }</option>
                </select>
                <button type="button" class="view-toggle" aria-pressed={as_list.to_string()} onclick={toggle_view}>
                    { locale.label(Label::ListView) }
                </button>
            </div>
            if *as_list {
                { matrix_table(&app, locale, &rows, filter_value) }
            } else {
                { matrix_grid(&app, locale, &rows, filter_value) }
            }
            </>
        </section>
    }
}

/// The rows of a category that pass the filter.
fn shown(rows: &[MatrixRow], category: Category, filter: Option<Decision>) -> Vec<&MatrixRow> {
    rows.iter()
        .filter(|r| r.category == category && filter.is_none_or(|f| r.decision == Some(f)))
        .collect()
}

/// A deciding statement with its policy's name: "statement 1 of policy `ccc-admin`" (line N).
fn named(workspace: &Workspace, locale: Locale, d: &StatementRef) -> String {
    let name = workspace
        .policies_in(d.source)
        .get(d.policy)
        .map_or("", |p| p.name.as_str());
    locale.render(&Message::NamedStatement {
        source: d.source,
        number: d.statement + 1,
        name: name.to_string(),
        line: d.span.line,
    })
}

/// Opens an API's request (its action in the form).
fn open_request(app: &super::AppContext, action: &str) -> impl Fn() + 'static {
    let (state, action) = (app.state.clone(), action.to_string());
    move || {
        state.dispatch(Action::EditRequestField(RequestEdit::Action(
            action.clone(),
        )))
    }
}

/// The list view: a table, a group of rows per category.
fn matrix_table(
    app: &super::AppContext,
    locale: Locale,
    rows: &[MatrixRow],
    filter: Option<Decision>,
) -> Html {
    let groups = Category::ALL.map(|category| {
        let shown = shown(rows, category, filter);
        let title = Label::from(category);
        html! {
            if !shown.is_empty() {
                <tbody>
                    <tr class="group"><th colspan="3">{ format!("{} ({})", locale.label(title), shown.len()) }</th></tr>
                    { for shown.into_iter().map(|row| {
                        let open = open_request(app, &row.action);
                        let open_row = Callback::from(move |e: MouseEvent| {
                            e.stop_propagation();
                            open();
                        });
                        let decision = Decision::name_of(row.decision);
                        // The policy's name too, as the grid's cells say it (finding 21).
                        let by = row.deciding.iter().map(|d| named(&app.state.workspace, locale, d)).collect::<Vec<_>>().join(locale.list_separator());
                        html! {
                            <tr class={classes!("row", decision)} onclick={open_row.clone()} title={locale.label(Label::OpenRequest)}>
                                <td><button class="row-open" type="button" onclick={open_row}
                                    aria-label={format!("{}{}{}", locale.label(Label::OpenRequest), locale.colon(), row.action)}><code>{ &row.action }</code></button></td>
                                <td><span class={classes!("pill", decision)}>{ row.decision.map_or(locale.label(Label::NotEvaluated), |d| locale.label(Label::from(d))) }</span></td>
                                <td>{ super::glossary::rich(&by) }{ row.problem.as_ref().map(|text| locale.words(text).message).unwrap_or_default() }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            }
        }
    });
    html! { <table class="matrix-table">{ for groups }</table> }
}

/// The grid view: a cell per API, coloured by decision, a group per category; one Tab stop, arrow keys move.
fn matrix_grid(
    app: &super::AppContext,
    locale: Locale,
    rows: &[MatrixRow],
    filter: Option<Decision>,
) -> Html {
    // One tab stop for the whole grid: the first cell shown, until the arrows move it.
    let first_shown = Category::ALL.iter().find_map(|category| {
        rows.iter()
            .find(|r| r.category == *category && filter.is_none_or(|f| r.decision == Some(f)))
            .map(|r| r.action.clone())
    });
    let grid_groups = Category::ALL.map(|category| {
        let shown = shown(rows, category, filter);
        let title = Label::from(category);
        let cells = shown.iter().map(|row| {
            let open = open_request(app, &row.action);
            let open_row = Callback::from(move |_: MouseEvent| open());
            let decision = Decision::name_of(row.decision);
            let verdict = row.decision.map_or(locale.label(Label::NotEvaluated), |d| locale.label(Label::from(d)));
            let level = locale.label(Label::from(row.granularity));
            let by: Vec<String> = row.deciding.iter().map(|d| named(&app.state.workspace, locale, d)).collect();
            // A tooltip cannot show code: its backticks go.
            let description = format!("{} — {verdict} · {level}{}{}", row.action, if by.is_empty() { "" } else { " · " }, by.join(locale.list_separator()))
                .replace('`', "");
            html! {
                <button type="button" class={classes!("cell", decision)} onclick={open_row}
                    title={description.clone()} aria-label={description} data-action={row.action.clone()}
                    tabindex={if first_shown.as_deref() == Some(row.action.as_str()) { "0" } else { "-1" }} />
            }
        });
        html! {
            if !shown.is_empty() {
                <div class="grid-group">
                    <h3>{ format!("{} ({})", locale.label(title), shown.len()) }</h3>
                    <div class="cells">{ for cells }</div>
                </div>
            }
        }
    });
    html! {
        <div class="matrix-grid" role="group" aria-label={locale.label(Label::WhatCanItDo)} onkeydown={Callback::from(move_focus_in_grid)}>
            { for grid_groups }
        </div>
    }
}
