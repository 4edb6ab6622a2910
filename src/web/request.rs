//! The request builder: a form over the public request JSON (and the JSON itself in raw mode). The form reads
//! the request text, and every edit writes it back, so both views always agree. The form is a few functions,
//! one per group of fields (`action_field`, `param_fields`, `principal_fields`, `context_fields`); what an edit does
//! and how a field shows the request are `form`'s.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use cam_playground::catalog::Catalog;
use cam_playground::diagnostic::Diagnostic;
use cam_playground::fields;
use cam_playground::form::{context_text, other_context, param_text};
use cam_playground::i18n::Locale;
use cam_playground::request::{read_request, ContextValue, Request};
use cam_playground::vocabulary::{Label, Term};
use cam_playground::workspace::WorkspaceResult;

use super::editor::CodeEditor;
use super::state::{Action, RequestEdit, State};

/// Every keystroke of a form field edits the request, so the decision is live (a big workspace waits for typing
/// to pause, as the policy editor does).
fn edit(
    state: &UseReducerHandle<State>,
    make: impl Fn(String) -> RequestEdit + 'static,
) -> Callback<InputEvent> {
    let state = state.clone();
    Callback::from(move |e: InputEvent| {
        if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
            state.dispatch(Action::EditRequestField(make(input.value())));
        }
    })
}

#[function_component(RequestPane)]
pub fn request_pane() -> Html {
    let app = super::use_app();
    let locale = super::use_locale();
    let state = &app.state;
    let embed = super::embed::use_embed();
    let readonly = embed.as_ref().is_some_and(|embed| embed.readonly);
    let open = use_state(|| embed.as_ref().is_none_or(|embed| embed.request_open()));
    let set_raw = |raw: bool| {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::SetRawRequest(raw)))
    };
    let body = if state.raw_request {
        let on_change = {
            let state = state.clone();
            Callback::from(move |text: String| {
                super::perf::edit_started();
                state.dispatch(Action::EditRequest(text))
            })
        };
        html! {
            <CodeEditor id="request-json" label={locale.label(Label::RequestJson)} text={state.workspace.request.clone()}
                diagnostics={super::ByPtr(std::rc::Rc::new(app.result.request.diagnostics.clone()))} {on_change} {readonly} />
        }
    } else {
        match read_request(&state.workspace.request) {
            // A read-only embed shows the form with every field disabled.
            Some(request) => html! {
                <fieldset class="request-fields" disabled={readonly}>{ request_form(&app, locale, &request) }</fieldset>
            },
            None => html! {
                <p class="notice" role="alert">
                    { locale.label(Label::RequestJsonInvalid) }{ " " }
                    <button onclick={set_raw(true)}>{ locale.label(Label::RequestJson) }</button>
                </p>
            },
        }
    };
    html! {
        <div class="editor request">
            <div class="pane-head">
                if embed.is_some() {
                    <span class="editor-title">{ super::disclosure(&open, "request-toggle", Label::Request, locale) }</span>
                } else {
                    <span class="editor-title">{ locale.label(Label::Request) }</span>
                }
                if *open {
                    <span class="segmented" role="group" aria-label={locale.label(Label::Request)}>
                        <button aria-pressed={(!state.raw_request).to_string()} onclick={set_raw(false)}>{ locale.label(Label::RequestForm) }</button>
                        <button aria-pressed={state.raw_request.to_string()} onclick={set_raw(true)}>{ locale.label(Label::RequestJson) }</button>
                    </span>
                }
            </div>
            if *open {
                { body }
                { derived_resource(&app.result, locale) }
            }
        </div>
    }
}

/// One of the request's own problems, in the form.
fn problem(d: &Diagnostic, locale: Locale) -> Html {
    let words = d.words(locale);
    let class = classes!("diag", d.severity.as_str());
    html! { <li class={class}><span class="message">{ super::glossary::rich(&locale.sentence_start(&words.message)) }</span><div class="help">{ super::glossary::rich(&locale.sentence_start(&words.help)) }</div></li> }
}

/// The form: the action and its resource, who is asking, the context; the request's problems other than the
/// action's under it.
/// The request's problems under the field they are about (the action's) or under the form (the others).
fn problem_list(problems: &[&Diagnostic], locale: Locale) -> Html {
    html! { <ul class="diagnostics request-problems" aria-live="polite">{ for problems.iter().map(|d| problem(d, locale)) }</ul> }
}

fn request_form(app: &super::AppContext, locale: Locale, request: &Request) -> Html {
    let other_problems: Vec<&Diagnostic> = app
        .result
        .request
        .diagnostics
        .iter()
        .filter(|d| d.path != "$.action")
        .collect();
    html! {
        <div class="request-form">
            { action_field(app, locale, request) }
            { param_fields(app, locale, request) }
            { resource_field(app, locale, request) }
            { principal_fields(app, locale, request) }
            { context_fields(app, locale, request) }
            if !other_problems.is_empty() {
                { problem_list(&other_problems, locale) }
            }
        </div>
    }
}

/// The action, its granularity, its problems (a typo's did-you-mean) and the catalog's description of it.
fn action_field(app: &super::AppContext, locale: Locale, request: &Request) -> Html {
    let catalog = Catalog::builtin();
    let api = catalog.api_for_action(&request.action);
    let badge = match api.map(|(_, a)| a.granularity) {
        Some(level) => html! {
            <span class={format!("badge level-{}", level.as_str())}>{ locale.label(Label::from(level)) }</span>
        },
        None => html! { <span class="badge">{ locale.label(Label::NotInCatalog) }</span> },
    };
    let level_help = api.map_or_else(Html::default, |(_, a)| {
        super::glossary::term_help(locale, Term::from(a.granularity))
    });
    let action_problems: Vec<&Diagnostic> = app
        .result
        .request
        .diagnostics
        .iter()
        .filter(|d| d.path == "$.action")
        .collect();
    html! {
        <>
            <label class="field wide">
                <span>{ locale.label(Label::Action) }{ " " }{ badge }{ level_help }</span>
                <input list="catalog-actions" value={request.action.clone()} placeholder={locale.action_placeholder(catalog)}
                    oninput={edit(&app.state, RequestEdit::Action)} spellcheck="false" />
            </label>
            if !action_problems.is_empty() {
                { problem_list(&action_problems, locale) }
            }
            if let Some((_, api)) = api {
                <p class="api-description" lang="en">{ &api.description }</p>
            }
        </>
    }
}

/// The resource parameters the action's templates fill (`SdkAppId` for ccc), each with its problems.
fn param_fields(app: &super::AppContext, locale: Locale, request: &Request) -> Html {
    Catalog::builtin()
        .form_params(&request.action)
        .into_iter()
        .map(|name| {
            let term = Term::for_param(name);
            let label = term.map_or(name, |term| locale.term(term).0);
            let help = term.map(|term| super::glossary::term_help(locale, term));
            let owned = name.to_string();
            let oninput = edit(&app.state, move |value| RequestEdit::Param {
                name: owned.clone(),
                value,
            });
            let text = param_text(request, name);
            html! {
                <>
                <label class="field">
                    <span>{ label }{ help }</span>
                    <input value={text.clone()} inputmode="numeric" {oninput} />
                </label>
                { super::tools::field_problems(locale, &fields::check_ids(name, &text)) }
                </>
            }
        })
        .collect()
}

/// The request's resources, for APIs outside the catalog or to override the derived one.
fn resource_field(app: &super::AppContext, locale: Locale, request: &Request) -> Html {
    let resource_placeholder = match Catalog::builtin().api_for_action(&request.action) {
        Some(_) => locale.label(Label::ResourceDerived),
        None => "qcs::cvm:ap-guangzhou:uin/100000000001:instance/ins-1",
    };
    html! {
        <label class="field wide">
            <span>{ locale.label(Label::ResourceField) }</span>
            <input class="resource-input" value={request.resource.join(", ")} placeholder={resource_placeholder}
                oninput={edit(&app.state, RequestEdit::Resource)} spellcheck="false" />
        </label>
    }
}

/// Who is asking (`principal`), their ids, and the resource's owner.
fn principal_fields(app: &super::AppContext, locale: Locale, request: &Request) -> Html {
    let state = &app.state;
    html! {
        <fieldset>
            <legend>{ locale.label(Label::Principal) }</legend>
            { super::principal::principal_fields(state, request, locale) }
            <label class="field"><span>{ locale.label(Label::Uin) }</span>
                <input value={request.principal.uin.clone().unwrap_or_default()} inputmode="numeric" oninput={edit(state, RequestEdit::Uin)} /></label>
            <label class="field"><span>{ locale.label(Label::OwnerUin) }</span>
                <input value={request.principal.owner_uin.clone().unwrap_or_default()} inputmode="numeric" oninput={edit(state, RequestEdit::OwnerUin)} /></label>
            <label class="field"><span>{ locale.label(Label::AppId) }</span>
                <input value={request.principal.app_id.clone().unwrap_or_default()} inputmode="numeric" oninput={edit(state, RequestEdit::AppId)} /></label>
            { super::principal::owner_fields(state, request, !state.workspace.scp.is_empty(), locale) }
        </fieldset>
    }
}

/// The context: source IP, time, tags (with rule C9's note for a product without tag authorization) and any
/// other key.
fn context_fields(app: &super::AppContext, locale: Locale, request: &Request) -> Html {
    let state = &app.state;
    let set_context = |key: &'static str| {
        edit(state, move |value| RequestEdit::Context {
            key: key.to_string(),
            value: (!value.trim().is_empty()).then(|| ContextValue::One(value.trim().to_string())),
        })
    };
    let now = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            let iso = String::from(js_sys::Date::new_0().to_iso_string());
            // Whole seconds read better: 2026-11-28T12:00:00Z.
            let iso = match iso.split_once('.') {
                Some((seconds, _)) => format!("{seconds}Z"),
                None => iso,
            };
            state.dispatch(Action::EditRequestField(RequestEdit::Context {
                key: "qcs:current_time".into(),
                value: Some(ContextValue::One(iso)),
            }));
        })
    };
    let (ip, time) = (
        context_text(request, "qcs:ip"),
        context_text(request, "qcs:current_time"),
    );
    let tags = |key: &str| {
        request
            .context
            .get(key)
            .map(|v| v.values().to_vec())
            .unwrap_or_default()
    };
    // Rule C9: the catalog says whether the action's product has tags for CAM to compare.
    let untagged = Catalog::builtin()
        .api_for_action(&request.action)
        .map(|(product, _)| product)
        .filter(|product| !product.tag_authorization);
    html! {
        <fieldset>
            <legend>{ locale.label(Label::Context) }</legend>
            <label class="field"><span>{ locale.label(Label::SourceIp) }</span>
                <input value={ip.clone()} placeholder={locale.label(Label::IpPlaceholder)} oninput={set_context("qcs:ip")} spellcheck="false" /></label>
            { super::tools::field_problems(locale, &fields::check_ip_address(&ip).into_iter().collect::<Vec<_>>()) }
            <div class="field">
                <label for="current-time">{ locale.label(Label::CurrentTime) }</label>
                <div class="row">
                    <input id="current-time" value={time.clone()} placeholder={locale.label(Label::TimePlaceholder)}
                        oninput={set_context("qcs:current_time")} spellcheck="false" />
                    <button onclick={now}>{ locale.label(Label::Now) }</button>
                </div>
                { super::tools::field_problems(locale, &fields::check_time(&time).into_iter().collect::<Vec<_>>()) }
            </div>
            <TagChips state={state.clone()} key_name="qcs:resource_tag" label={locale.label(Label::ResourceTags)}
                values={tags("qcs:resource_tag")} />
            <TagChips state={state.clone()} key_name="qcs:request_tag" label={locale.label(Label::RequestTags)}
                values={tags("qcs:request_tag")} />
            if let Some(product) = untagged {
                <p class="field-note" role="note" data-rule="C9">
                    { super::glossary::with_rule_links(locale, &locale.tags_not_supported(&product.name, &product.abbreviation)) }
                </p>
            }
            <CustomKeys state={state.clone()} entries={other_context(request)} />
        </fieldset>
    }
}

#[derive(Properties, PartialEq)]
struct TagChipsProps {
    state: UseReducerHandle<State>,
    key_name: &'static str,
    label: &'static str,
    values: Vec<String>,
}

#[function_component(TagChips)]
fn tag_chips(props: &TagChipsProps) -> Html {
    let locale = super::use_locale();
    let key = props.key_name;
    // A chip that is not `key&value` is not added: its problem shows under the field (issue 27, finding 20).
    let problem = use_state(|| None::<fields::FieldProblem>);
    let on_key = {
        let (state, problem) = (props.state.clone(), problem.clone());
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" {
                e.prevent_default();
                if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                    problem.set(fields::check_tag(&input.value()));
                    if problem_of(&input.value()) {
                        return;
                    }
                    state.dispatch(Action::EditRequestField(RequestEdit::AddToList {
                        key: key.into(),
                        value: input.value(),
                    }));
                    input.set_value("");
                }
            }
        })
    };
    html! {
        <div class="field">
            <label for={format!("tags-{key}")}>{ props.label }</label>
            <div class="chips">
                { for props.values.iter().enumerate().map(|(index, value)| {
                    let state = props.state.clone();
                    let remove = Callback::from(move |_: MouseEvent| {
                        state.dispatch(Action::EditRequestField(RequestEdit::RemoveFromList { key: key.into(), index }))
                    });
                    html! {
                        <span class="chip">{ value }
                            <button aria-label={format!("{} {value}", locale.label(Label::Remove))} onclick={remove}>{ "×" }</button>
                        </span>
                    }
                }) }
                <input id={format!("tags-{key}")} class="chip-input" placeholder={locale.label(Label::TagPlaceholder)} onkeydown={on_key} spellcheck="false" />
            </div>
            { super::tools::field_problems(locale, &problem.iter().cloned().collect::<Vec<_>>()) }
        </div>
    }
}

fn problem_of(tag: &str) -> bool {
    fields::check_tag(tag).is_some()
}

#[derive(Properties, PartialEq)]
struct CustomKeysProps {
    state: UseReducerHandle<State>,
    entries: Vec<(String, String)>,
}

#[function_component(CustomKeys)]
fn custom_keys(props: &CustomKeysProps) -> Html {
    let locale = super::use_locale();
    let new_key = use_node_ref();
    let new_value = use_node_ref();
    let add = {
        let (state, new_key, new_value) = (props.state.clone(), new_key.clone(), new_value.clone());
        Callback::from(move |_: MouseEvent| {
            if let (Some(k), Some(v)) = (
                new_key.cast::<HtmlInputElement>(),
                new_value.cast::<HtmlInputElement>(),
            ) {
                if !k.value().trim().is_empty() {
                    state.dispatch(Action::EditRequestField(RequestEdit::Context {
                        key: k.value().trim().to_string(),
                        value: Some(ContextValue::One(v.value())),
                    }));
                    k.set_value("");
                    v.set_value("");
                }
            }
        })
    };
    html! {
        <div class="field">
            <span>{ locale.label(Label::CustomKeys) }</span>
            { for props.entries.iter().map(|(key, value)| {
                let k = key.clone();
                let change = edit(&props.state, move |v| RequestEdit::Context { key: k.clone(), value: Some(ContextValue::One(v)) });
                let k = key.clone();
                let state = props.state.clone();
                let remove = Callback::from(move |_: MouseEvent| state.dispatch(Action::EditRequestField(RequestEdit::Context { key: k.clone(), value: None })));
                html! {
                    <div class="row">
                        <code class="key">{ key }</code>
                        <input value={value.clone()} aria-label={key.clone()} oninput={change} spellcheck="false" />
                        <button aria-label={format!("{} {key}", locale.label(Label::Remove))} onclick={remove}>{ "×" }</button>
                    </div>
                }
            }) }
            <div class="row adder">
                <input ref={new_key} class="new-key" placeholder={locale.label(Label::KeyPlaceholder)} aria-label={locale.label(Label::KeyPlaceholder)} spellcheck="false" />
                <input ref={new_value} placeholder={locale.label(Label::ValuePlaceholder)} aria-label={locale.label(Label::ValuePlaceholder)} spellcheck="false" />
                <button onclick={add}>{ locale.label(Label::Add) }</button>
            </div>
        </div>
    }
}

/// The resources CAM checks, and why (R5 for operation-level APIs, R6 templates, R7 several resources). A plain
/// function: the request pane that calls it re-renders with every result anyway.
fn derived_resource(result: &WorkspaceResult, locale: Locale) -> Html {
    let Some(request) = &result.request.request else {
        return html! {};
    };
    let why = cam_playground::explain::resource_origin(request);
    html! {
        <div class="derived" aria-live="polite">
            <span class="editor-title">{ locale.label(Label::DerivedResource) }</span>
            { for request.resources.iter().map(|r| html! { <code class="resource">{ super::glossary::breakable(r) }</code> }) }
            <p>{ super::glossary::with_rule_links(locale, &locale.sentence(&why)) }</p>
        </div>
    }
}

/// The action picker's type-ahead list: every catalog API with its description and granularity. Without props
/// it renders once, not on every keystroke.
#[function_component(ActionOptions)]
pub fn action_options() -> Html {
    let locale = super::use_locale();
    let catalog = Catalog::builtin();
    html! {
        <datalist id="catalog-actions">
            { for catalog.actions().map(|(action, _, a)| {
                let level = locale.label(Label::from(a.granularity));
                html! { <option value={action.to_string()}>{ format!("{} · {level}", a.description) }</option> }
            }) }
        </datalist>
    }
}
