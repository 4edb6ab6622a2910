//! The policy generator and the policy diff panels.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use cam_playground::analysis::{
    generate, owner_for, Diff, GeneratorFields, GeneratorInput, Snapshot,
};
use cam_playground::catalog::{Catalog, Category};
use cam_playground::eval::Decision;
use cam_playground::explain::Message;
use cam_playground::fields::FieldProblem;
use cam_playground::i18n::Locale;
use cam_playground::vocabulary::Label;

use super::state::Action;

/// A field that updates on every keystroke, as the rest of the playground does.
fn typed(field: &UseStateHandle<String>) -> Callback<InputEvent> {
    let field = field.clone();
    Callback::from(move |e: InputEvent| {
        if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
            field.set(input.value())
        }
    })
}

/// A field's problems, under it, in the engine's words (issue 27, item 5).
pub fn field_problems(locale: Locale, problems: &[FieldProblem]) -> Html {
    if problems.is_empty() {
        return html! {};
    }
    html! {
        <ul class="field-problems" role="alert">
            { for problems.iter().map(|p| html! { <li class="diag error">{ super::glossary::rich(&locale.field_problem(p)) }</li> }) }
        </ul>
    }
}

/// Pick APIs (search, categories), SdkAppIds and optional conditions → the minimal policy, added as a tab. What
/// the user typed and picked is kept here, while the panel is closed too.
#[function_component(Generator)]
pub fn generator() -> Html {
    let app = super::use_app();
    let locale = super::use_locale();
    let open = use_state(|| false);
    let query = use_state(String::new);
    let chosen = use_state(Vec::<String>::new);
    let ids = use_state(|| "1400000000".to_string());
    let ips = use_state(String::new);
    let from = use_state(String::new);
    let until = use_state(String::new);
    let header = super::disclosure(
        &open,
        "tool-toggle generator-toggle",
        Label::Generator,
        locale,
    );
    // The header and one more child in both branches: the toggle stays the same element (finding 7).
    if !*open {
        return html! { <section class="tool">{ header }<></></section> };
    }
    html! {
        <section class="tool generator">
            { header }
            <>
            // Inside the one child after the header, which keeps its place (and its focus) in every branch.
            { super::kinds_note(&app.state.workspace, locale) }
            <div class="tool-grid">
                <ApiPicker query={query} chosen={chosen.clone()} />
                { generated_policy(&app, locale, &chosen, [&ids, &ips, &from, &until]) }
            </div>
            </>
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct ApiPickerProps {
    query: UseStateHandle<String>,
    chosen: UseStateHandle<Vec<String>>,
}

/// The generator's APIs: a search, whole categories at once, and a list of checkboxes (one Tab stop). A component
/// of its own: it reads only its props, so editing the workspace does not search the catalog and redraw the list.
#[function_component(ApiPicker)]
fn api_picker(props: &ApiPickerProps) -> Html {
    let locale = super::use_locale();
    let (query, chosen) = (&props.query, &props.chosen);
    let listed: Vec<_> = Catalog::builtin().search(query).take(60).collect();
    let toggle_api = |action: String| {
        let chosen = chosen.clone();
        Callback::from(move |_: Event| {
            let mut next = (*chosen).clone();
            match next.iter().position(|a| *a == action) {
                Some(i) => {
                    next.remove(i);
                }
                None => next.push(action.clone()),
            }
            chosen.set(next);
        })
    };
    let select_category = |category: Category| {
        let chosen = chosen.clone();
        Callback::from(move |_: MouseEvent| {
            let mut next = (*chosen).clone();
            for (action, _, api) in Catalog::builtin().actions() {
                if api.category == category && !next.iter().any(|a| a == action) {
                    next.push(action.to_string());
                }
            }
            chosen.set(next);
        })
    };
    html! {
        <div>
            <input type="search" placeholder={locale.label(Label::CatalogSearch)} aria-label={locale.label(Label::CatalogSearch)}
                oninput={let query = query.clone(); move |e: InputEvent| if let Some(i) = e.target_dyn_into::<HtmlInputElement>() { query.set(i.value()) }} />
            <div class="row">
                { for [Category::Read, Category::List, Category::Write, Category::Other].into_iter().map(|c| html! {
                    <button onclick={select_category(c)}>{ format!("+ {}", locale.label(Label::from(c))) }</button>
                }) }
                <button onclick={let chosen = chosen.clone(); move |_| chosen.set(Vec::new())}>{ locale.label(Label::Clear) }</button>
            </div>
            if listed.is_empty() {
                <p class="hint no-match" aria-live="polite">{ locale.label(Label::NoMatchingApis) }</p>
            }
            <ul class="pick-list" onkeydown={super::roving(".pick-list", "input[type=checkbox]")}>
                { for listed.iter().enumerate()
                    .map(|(i, (action, _, a))| {
                        let action = action.to_string();
                        html! {
                            <li><label>
                                <input type="checkbox" tabindex={if i == 0 { "0" } else { "-1" }} checked={chosen.contains(&action)} onchange={toggle_api(action.clone())} />
                                <code>{ &action }</code>{ " " }<span class="badge">{ locale.label(Label::from(a.granularity)) }</span>
                            </label></li>
                        }
                    }) }
            </ul>
        </div>
    }
}

/// The generator's conditions (SdkAppIds, IP ranges, a time window) and the policy they make with the chosen
/// APIs, which "Add as policy" opens as a new tab.
/// `fields` are the SdkAppIds, the IP ranges, and the window's start and end, as typed.
fn generated_policy(
    app: &super::AppContext,
    locale: Locale,
    chosen: &UseStateHandle<Vec<String>>,
    fields: [&UseStateHandle<String>; 4],
) -> Html {
    let [ids, ips, from, until] = fields;
    let catalog = Catalog::builtin();
    let owner = owner_for(&app.state.workspace.request);
    let fields = GeneratorFields {
        ids: (**ids).clone(),
        ips: (**ips).clone(),
        from: (**from).clone(),
        until: (**until).clone(),
    };
    let (input, report) = GeneratorInput::from_fields((**chosen).clone(), owner, &fields, catalog);
    let policy = input
        .filter(|_| !chosen.is_empty())
        .map(|input| generate(&input, catalog));
    let add_tab = {
        let (state, policy) = (app.state.clone(), policy.clone());
        Callback::from(move |_: MouseEvent| {
            if let Some(text) = &policy {
                state.dispatch(Action::AddGenerated(text.clone()));
            }
        })
    };
    html! {
        <div>
            <label class="field"><span>{ locale.ids_label(&catalog.form_params("")) }</span>
                <input class="gen-ids" value={(**ids).clone()} oninput={typed(ids)} aria-invalid={(!report.ids.is_empty()).to_string()} /></label>
            { field_problems(locale, &report.ids) }
            <label class="field"><span>{ locale.label(Label::IpRanges) }</span>
                <input class="gen-ips" value={(**ips).clone()} placeholder="10.0.0.0/8, 203.0.113.0/24" oninput={typed(ips)} aria-invalid={(!report.ips.is_empty()).to_string()} /></label>
            { field_problems(locale, &report.ips) }
            <div class="row">
                <label class="field"><span>{ locale.label(Label::From) }</span>
                    <input class="gen-from" value={(**from).clone()} placeholder="2026-11-28T01:00:00Z" oninput={typed(from)} /></label>
                <label class="field"><span>{ locale.label(Label::Until) }</span>
                    <input class="gen-until" value={(**until).clone()} placeholder="2026-11-28T10:00:00Z" oninput={typed(until)} /></label>
            </div>
            { field_problems(locale, &report.window) }
            if from.trim().is_empty() != until.trim().is_empty() {
                <p class="hint window-open">{ locale.label(Label::WindowOpen) }</p>
            }
            <p class="hint">{ locale.render(&Message::ApisChosen { count: chosen.len() }) }</p>
            if let Some(policy) = &policy {
                <textarea class="generated" readonly=true rows="12" aria-label={locale.label(Label::Generator)} value={policy.clone()} />
                <button class="add-generated" onclick={add_tab}>{ locale.label(Label::AddAsPolicy) }</button>
            }
        </div>
    }
}

/// Compare the current policies with a snapshot: every API × resource id whose decision changed.
#[function_component(DiffPanel)]
pub fn diff_panel() -> Html {
    let app = super::use_app();
    let locale = super::use_locale();
    let snapshot = use_state(|| None::<Snapshot>);
    let take = {
        let (snapshot, state) = (snapshot.clone(), app.state.clone());
        Callback::from(move |_: MouseEvent| snapshot.set(Some(Snapshot::of(&state.workspace))))
    };
    let header = html! {
        <div class="row">
            <strong>{ locale.label(Label::PolicyDiff) }</strong>
            <button class="snapshot" onclick={take}>{ locale.label(Label::TakeSnapshot) }</button>
        </div>
    };
    // Recomputed only when the snapshot or the workspace changes.
    let rows = use_memo(
        (
            (*snapshot).clone(),
            app.result.clone(),
            app.state.workspace.request.clone(),
        ),
        |(snapshot, result, request)| snapshot.as_ref()?.diff(result, request, Catalog::builtin()),
    );
    if snapshot.is_none() {
        // The header and one child, as in every branch (the header keeps its focus; issue 27, finding 7).
        return html! { <section class="tool">{ header }<>{ super::kinds_note(&app.state.workspace, locale) }<p class="hint">{ locale.label(Label::DiffHelp) }</p></></section> };
    }
    let Some(Diff {
        rows,
        compared,
        named,
    }) = rows.as_ref()
    else {
        return html! { <section class="tool">{ header }<p class="notice">{ locale.label(Label::NotEvaluatedHelp) }</p></section> };
    };
    let name = |d: Option<Decision>| {
        d.map_or(locale.label(Label::NotEvaluated), |d| {
            locale.label(Label::from(d))
        })
    };
    html! {
        <section class="tool diff">
            { header }
            <>
            // Inside the one child after the header, which keeps its place (and its focus) in every branch.
            { super::kinds_note(&app.state.workspace, locale) }
            <p class="hint diff-count" data-changes={rows.len().to_string()}>{ locale.render(&Message::DecisionsChanged { count: rows.len() }) }</p>
            if *named > compared.len() {
                <p class="hint">{ format!("{} {} / {named}", locale.label(Label::DiffSomeResourceIds), compared.len()) }</p>
            }
            <ul class="diff-list">
                { for rows.iter().map(|row| {
                    let gained = row.after == Some(Decision::Allow);
                    let state = app.state.clone();
                    let example = row.example.to_json_text();
                    let open = Callback::from(move |_: MouseEvent| state.dispatch(Action::EditRequest(example.clone())));
                    html! {
                        <li class={if gained { "gained" } else { "lost" }}>
                            <button class="row-open" type="button" onclick={open} title={locale.label(Label::OpenRequest)}>
                                <span class="sign">{ if gained { "+" } else { "−" } }</span>
                                <code>{ &row.action }</code>{ format!(" · {} {}{} · {} → {}", row.resource.param, row.resource.id,
                                    if row.resource.other { locale.aside(locale.label(Label::OtherResourceId)) } else { String::new() },
                                    name(row.before), name(row.after)) }
                            </button>
                        </li>
                    }
                }) }
            </ul>
            </>
        </section>
    }
}
