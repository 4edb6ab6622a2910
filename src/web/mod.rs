//! The Yew front end: a thin layer of function components over engine results. The state is the `Workspace`
//! (texts the user edits) plus view state; everything shown is derived from `Workspace::run`, so no CAM logic
//! lives here.

mod catalog;
mod editor;
mod embed;
mod glossary;
mod hooks;
mod kind_row;
mod matrix;
mod perf;
mod persist;
mod policies;
mod principal;
mod request;
mod result;
mod scp_node;
mod state;
mod tab_list;
mod tests_panel;
mod toolbar;
mod tools;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use cam_playground::analysis::{Done, FixText};
use cam_playground::examples;
use cam_playground::i18n::Locale;
use cam_playground::vocabulary::Label;
use cam_playground::workspace::Workspace;

use cam_playground::session::Session;
use catalog::CatalogBrowser;
use policies::PoliciesPane;
use request::RequestPane;
use result::ResultPanel;
use state::{Action, RequestEdit, State, Theme};
use toolbar::{banner_view, Toolbar};

const THEME_KEY: &str = "cam-playground.theme";

/// The interface language, provided by the `App` to every component. Switching it re-renders the page from the
/// same results: nothing is parsed or evaluated again.
#[hook]
pub fn use_locale() -> Locale {
    use_context::<Locale>().unwrap_or_default()
}

/// What the panels read: the reducer (to dispatch actions) and the latest result. The `App` provides it, so a
/// panel asks for it with `use_app()` instead of receiving it through every component between.
#[derive(Clone, PartialEq)]
pub struct AppContext {
    pub state: UseReducerHandle<State>,
    pub result: ByPtr<cam_playground::workspace::WorkspaceResult>,
}

/// The app's state and result; every panel is rendered inside the `App`'s provider.
#[hook]
pub fn use_app() -> AppContext {
    use_context::<AppContext>().expect("panels are rendered inside the App's AppContext provider")
}

/// Start-up language: `?lang=` in the address, else the choice saved by the switch, else the browser's
/// languages. An unknown `?lang=` value is returned for a notice (and English or the other sources win).
fn initial_locale() -> (Locale, Option<String>) {
    let asked = persist::query_param("lang");
    if let Some(locale) = asked.as_deref().and_then(Locale::from_tag) {
        return (locale, None);
    }
    let saved = persist::saved_language()
        .as_deref()
        .and_then(Locale::from_tag);
    let locale = saved.unwrap_or_else(|| {
        let languages = persist::browser_languages();
        Locale::negotiate(languages.iter().map(String::as_str))
    });
    (locale, asked)
}

fn apply_locale(locale: Locale) {
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.set_attribute("lang", locale.tag());
    }
    gloo::utils::document().set_title(locale.label(Label::AppTitle));
}

/// The button that opens and closes a panel (matrix, generator, fixes): ▸/▾ and `aria-expanded`.
fn disclosure(
    open: &UseStateHandle<bool>,
    class: &'static str,
    label: Label,
    locale: Locale,
) -> Html {
    let toggle = {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(!*open))
    };
    html! {
        <button class={class} aria-expanded={open.to_string()} onclick={toggle}>
            { if **open { "▾ " } else { "▸ " } }{ glossary::rich(locale.label(label)) }
        </button>
    }
}

/// The matrix, generator and diff read identity policies and the boundary only: a note when the workspace has
/// documents of other kinds, naming them.
fn kinds_note(workspace: &cam_playground::workspace::Workspace, locale: Locale) -> Html {
    let others = workspace.kinds_outside_tools();
    if others.is_empty() {
        return html! {};
    }
    html! { <p class="hint kinds-note" role="note">{ locale.kinds_not_here(&others) }</p> }
}

/// A list that is one Tab stop (issue 27, finding 28: thirty stops between the request and the fixes, 181 in the
/// generator): the arrow keys, Home and End move between the `items` (a selector under the `list` the key was
/// pressed in), which carry `tabindex` 0 (the one Tab reaches) or -1.
fn roving(list: &'static str, items: &'static str) -> Callback<KeyboardEvent> {
    Callback::from(move |e: KeyboardEvent| rove(&e, list, items))
}

fn rove(e: &KeyboardEvent, list: &str, selector: &str) {
    use wasm_bindgen::JsCast;
    let key = e.key();
    if !matches!(key.as_str(), "ArrowDown" | "ArrowUp" | "Home" | "End") {
        return;
    }
    // Yew delegates events to its root: the list is found from the target.
    let Some(list) = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|t| t.closest(list).ok().flatten())
    else {
        return;
    };
    let Ok(items) = list.query_selector_all(selector) else {
        return;
    };
    let items: Vec<web_sys::HtmlElement> = (0..items.length())
        .filter_map(|i| items.item(i)?.dyn_into().ok())
        .collect();
    let active = gloo::utils::document().active_element();
    let Some(at) = items
        .iter()
        .position(|item| active.as_ref() == Some(item.as_ref()))
    else {
        return;
    };
    let next = match key.as_str() {
        "ArrowDown" => (at + 1).min(items.len() - 1),
        "ArrowUp" => at.saturating_sub(1),
        "Home" => 0,
        _ => items.len() - 1,
    };
    e.prevent_default();
    for (i, item) in items.iter().enumerate() {
        let _ = item.set_attribute("tabindex", if i == next { "0" } else { "-1" });
    }
    let _ = items[next].focus();
}

/// "Show all (N)" under a list cut short, so a long list (a big document's thousands of findings or steps) does
/// not slow every render.
fn show_all(shown: &UseStateHandle<bool>, total: usize, locale: Locale) -> Html {
    let reveal = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(true))
    };
    html! {
        <button class="show-all" onclick={reveal}>{ format!("{} ({total})", locale.label(Label::ShowAll)) }</button>
    }
}

/// An `Rc` compared by pointer: the evaluation result is recomputed only when the workspace changes, so a new
/// pointer means new content, and components skip the deep comparison of a large trace.
pub struct ByPtr<T>(pub std::rc::Rc<T>);

impl<T> Clone for ByPtr<T> {
    fn clone(&self) -> Self {
        ByPtr(self.0.clone())
    }
}

impl<T: Default> Default for ByPtr<T> {
    fn default() -> Self {
        ByPtr(Default::default())
    }
}

impl<T> PartialEq for ByPtr<T> {
    fn eq(&self, other: &Self) -> bool {
        std::rc::Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> std::ops::Deref for ByPtr<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// `?theme=light|dark|auto` (an embed follows its host page), else the choice saved in this browser.
fn initial_theme() -> Theme {
    persist::query_param("theme")
        .as_deref()
        .and_then(|name| name.parse().ok())
        .or_else(|| {
            persist::stored(THEME_KEY)
                .as_deref()
                .and_then(|name| name.parse().ok())
        })
        .unwrap_or(Theme::Auto)
}

/// Sets the theme on the page; the full playground remembers it, an embed (whose host decides) does not.
fn apply_theme(theme: Theme, remember: bool) {
    let name = theme.as_str();
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.set_attribute("data-theme", name);
    }
    if remember {
        persist::store(THEME_KEY, name);
    }
}

#[function_component(App)]
fn app() -> Html {
    use_state(|| perf::mark("app-first-render"));
    let start_locale = use_memo((), |_| initial_locale());
    let chosen = use_state(|| start_locale.0);
    let locale = *chosen;
    use_effect_with(locale, |locale| apply_locale(*locale));
    let switch_locale = {
        let chosen = chosen.clone();
        Callback::from(move |_: MouseEvent| {
            let next = chosen.other();
            persist::save_language(next.tag());
            chosen.set(next);
        })
    };
    let unknown_language = start_locale.1.clone();
    // `Some` inside an embed: the options its host page asked for.
    let embed_options = (*use_memo((), |_| {
        persist::is_embedded().then(|| std::rc::Rc::new(embed::options_from_address()))
    }))
    .clone();
    let embedded = embed_options.is_some();
    let state = use_reducer(move || initial_state(embedded));
    let (evaluated, pending, result) = hooks::use_settled_evaluation(&state.workspace);
    let deferred = hooks::use_after_first_result();
    hooks::use_theme(state.theme, embedded);
    use_effect_with(result.clone(), |_| perf::edit_rendered());
    let decision = result.evaluation.as_ref().map(|e| e.decision);
    hooks::use_autosave(&evaluated, decision, embedded);
    let set_locale = {
        let chosen = chosen.clone();
        Callback::from(move |locale: Locale| chosen.set(locale))
    };
    hooks::use_embed_bridge(embed_options.clone(), &state, &result, locale, set_locale);
    hooks::use_link_navigation(&state, embedded);

    // A stable callback, so the result panel does not re-render on unrelated edits.
    let on_focus = use_callback(state.dispatcher(), |(focus, reveal), dispatcher| {
        dispatcher.dispatch(Action::Focus { focus, reveal })
    });
    // The embed's "open in the playground" link, encoded once per evaluated workspace, not on every render. It
    // opens in the embed's current language and theme, which the host page may have switched since it loaded.
    let open = use_memo(
        (evaluated, state.view(), decision, locale, state.theme),
        move |(workspace, view, decision, locale, theme)| {
            embedded.then(|| {
                persist::url_with(
                    &[("lang", locale.tag()), ("theme", theme.as_str())],
                    &cam_playground::share::encode(workspace, view, *decision),
                )
            })
        },
    );
    let app = AppContext {
        state: state.clone(),
        result: result.clone(),
    };
    if let (Some(open), Some(options)) = (open.as_ref().clone(), embed_options) {
        let layout = embed::embed_layout(
            &app,
            locale,
            &options,
            pending,
            on_focus,
            AttrValue::from(open),
        );
        return html! {
            <ContextProvider<Locale> context={locale}>
            <ContextProvider<AppContext> context={app}>
            <ContextProvider<embed::Embed> context={embed::Embed(options)}>
                { layout }
            </ContextProvider<embed::Embed>>
            </ContextProvider<AppContext>>
            </ContextProvider<Locale>>
        };
    }
    html! {
        <ContextProvider<Locale> context={locale}>
        <ContextProvider<AppContext> context={app}>
            <Playground {pending} {deferred} {on_focus} on_switch_locale={switch_locale} {unknown_language} />
        </ContextProvider<AppContext>>
        </ContextProvider<Locale>>
    }
}

#[derive(Properties, PartialEq)]
struct PlaygroundProps {
    /// The result shown is of an earlier workspace: typing has not paused yet.
    pending: bool,
    /// The first result is on screen: the catalog and the glossary may render.
    deferred: bool,
    on_focus: Callback<(Option<state::Focus>, bool)>,
    on_switch_locale: Callback<MouseEvent>,
    unknown_language: Option<String>,
}

/// The full playground's page (outside an embed): the top bar, the toolbar and banners, the three panes, and
/// the panels under them.
#[function_component(Playground)]
fn playground(props: &PlaygroundProps) -> Html {
    let app = use_app();
    let locale = use_locale();
    // Stable callbacks, so the catalog and the fix panel do not re-render while you type.
    let on_use_api = use_callback(app.state.dispatcher(), |action: String, dispatcher| {
        dispatcher.dispatch(Action::EditRequestField(RequestEdit::Action(action)))
    });
    let on_apply_fix = use_callback(
        app.state.dispatcher(),
        |(workspace, fix): (Workspace, FixText), dispatcher| {
            perf::edit_started();
            dispatcher.dispatch(Action::ApplyFix(workspace, Some(Done::Fix { fix })))
        },
    );
    // The first Tab stop: straight to the decision, past the editors and the form (finding 28). The address's
    // fragment holds share links, so the link moves the focus itself.
    let skip_to_decision = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        if let Some(decision) = gloo::utils::document()
            .get_element_by_id("decision")
            .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok())
        {
            decision.scroll_into_view();
            let _ = decision.focus();
        }
    });
    html! {
        <div class="app">
            <a class="skip-link" href="#decision" onclick={skip_to_decision}>{ locale.label(Label::SkipToDecision) }</a>
            { top_bar(&app, locale, &props.on_switch_locale, props.unknown_language.clone()) }
            <main>
            <Toolbar />
            { banner_view(&app, locale) }
            <toolbar::UndoStatus fix=false />
            { panes(&app, locale, props.pending, props.on_focus.clone(), on_apply_fix) }
            <matrix::MatrixPanel />
            <tests_panel::TestsPanel />
            <div class="tools">
                <tools::Generator />
                <tools::DiffPanel />
            </div>
            if props.deferred {
                <CatalogBrowser on_use={on_use_api} />
                <glossary::Glossary />
            }
            </main>
        </div>
    }
}

/// The policies, the request, and the decision with its reasoning and fixes (marked busy while typing has not
/// paused on a big workspace).
fn panes(
    app: &AppContext,
    locale: Locale,
    pending: bool,
    on_focus: Callback<(Option<state::Focus>, bool)>,
    on_apply_fix: Callback<(Workspace, FixText)>,
) -> Html {
    let (state, result) = (&app.state, &app.result);
    html! {
        <div class="panes">
            <section class="pane" aria-label={locale.label(Label::Policies)}>
                <PoliciesPane />
            </section>
            <section class="pane" aria-label={locale.label(Label::Request)}>
                <RequestPane />
            </section>
            <section id="decision" tabindex="-1" class={classes!("pane", "result", pending.then_some("pending"))} aria-label={locale.label(Label::Decision)}
                    aria-busy={pending.to_string()}>
                if pending {
                    <p class="pending-hint" aria-live="polite">{ locale.label(Label::Updating) }</p>
                }
                <ResultPanel result={result.clone()} focus={state.focus} {on_focus} />
                <result::FixPanel workspace={state.workspace.clone()} result={result.clone()} on_apply={on_apply_fix} />
            </section>
        </div>
    }
}

/// The header: title and products, the example picker (naming an example only while the workspace is that
/// example), the decision chip, the theme and language switches. `unknown_language`: a `?lang=` the playground
/// does not speak, for a notice. A plain function: it reads only the context its parent reads.
fn top_bar(
    app: &AppContext,
    locale: Locale,
    on_switch_locale: &Callback<MouseEvent>,
    unknown_language: Option<String>,
) -> Html {
    let state = &app.state;
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
        let next = state.theme.next();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::SetTheme(next)))
    };
    let theme_label = Label::from(state.theme);
    let example = state.current_example();
    let other = locale.other();
    html! {
        <header class="topbar">
            <div class="brand">
                <h1>{ locale.label(Label::AppTitle) }</h1>
                <span class="subtitle">{ locale.products_line(cam_playground::catalog::Catalog::builtin()) }</span>
            </div>
            <div class="controls">
            <label class="example-picker">
                <span>{ locale.label(Label::Example) }</span>
                <select onchange={on_example} aria-label={locale.label(Label::LoadExample)}>
                    if example.is_none() {
                        <option value="" selected=true disabled=true>{ locale.label(Label::Custom) }</option>
                    }
                    { for examples::gallery().iter().map(|e| html! {
                        <option value={e.id.clone()} selected={example.is_some_and(|x| x.id == e.id)}>{ e.title(locale) }</option>
                    }) }
                </select>
            </label>
            { decision_chip(app, locale) }
            <button class="theme" onclick={next_theme} title={locale.label(Label::ThemeToggle)}>{ locale.label(theme_label) }</button>
            <button class="language" onclick={on_switch_locale.clone()} lang={other.tag()}
                title={locale.label(Label::SwitchLanguageTitle)}>{ locale.label(Label::SwitchLanguage) }</button>
            </div>
            if let Some(tag) = unknown_language {
                <p class="notice" role="status">{ glossary::rich(&locale.render(&cam_playground::explain::Message::UnknownLanguage { tag })) }</p>
            }
            if let Some(example) = example {
                <p class="why">{ example.why(locale) }</p>
            }
        </header>
    }
}

/// The decision as a chip in the top bar that jumps to the reasoning (on a phone it floats over the page, so the
/// decision is always one tap away).
/// A plain function, not a component: it reads only the app's context, so it re-rendered with its parent anyway
/// (ARCHITECTURE, review item 8).
pub fn decision_chip(app: &AppContext, locale: Locale) -> Html {
    let Some(evaluation) = app.result.evaluation.as_ref() else {
        return html! {};
    };
    let jump = Callback::from(|_: MouseEvent| {
        if let Ok(Some(pane)) = gloo::utils::document().query_selector(".pane.result") {
            pane.scroll_into_view();
        }
    });
    let decision = evaluation.decision;
    html! {
        <button type="button" class={classes!("pill", decision.as_str())} onclick={jump}
            aria-label={format!("{}{}{}", locale.label(Label::Decision), locale.colon(), locale.label(Label::from(decision)))}>
            { locale.label(Label::from(decision)) }
        </button>
    }
}

/// Start-up (`Session::at_start`) from what the browser holds: the link in the address bar, the autosaved
/// workspace and the work an earlier link displaced. Embedded, only the link counts.
fn initial_state(embedded: bool) -> State {
    let theme = initial_theme();
    let saved = (!embedded)
        .then(persist::saved)
        .flatten()
        .map(|s| s.workspace);
    let link = persist::fragment().map(|fragment| open_link(&fragment, saved.as_ref(), embedded));
    State(Session::at_start(
        theme,
        saved,
        link,
        persist::previous,
        embedded,
    ))
}

/// The action that opens a link (`session::open_link`); the work it displaces is kept in this browser.
pub(super) fn open_link(
    fragment: &str,
    current: Option<&cam_playground::workspace::Workspace>,
    embedded: bool,
) -> Action {
    let action = cam_playground::session::open_link(fragment, current, embedded);
    if let Action::OpenShared {
        displaced: Some(displaced),
        ..
    } = &action
    {
        persist::keep_previous(displaced);
    }
    action
}

pub fn start() {
    yew::Renderer::<App>::new().render();
}
