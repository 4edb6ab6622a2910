//! Embed mode (`?embed`) for documentation pages: a compact playground in an iframe that talks to its page by
//! `postMessage`. Messages out: `{type: "ready"}`, `{type: "result", decision, authoritative, deciding}`,
//! `{type: "resize", height}`, `{type: "state", state}`, `{type: "error", message}`. Messages in: `{type:
//! "setState", state: {policies: [{name, text}], boundary, request}}`, `{type: "getState"}`, `{type: "setLang",
//! lang: "zh-CN"}` and `{type: "setTheme", theme: "dark"}`. Only the parent page is listened to (and, with
//! `?origin=`, only the listed origins); anything else, or any other shape, is ignored. The options
//! (`view`, `readonly`, …) are the engine's `EmbedOptions`; `docs/embedding.md` documents both.

use std::rc::Rc;

use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use cam_playground::embed::{EmbedOptions, EmbedView};
use cam_playground::i18n::Locale;
use cam_playground::vocabulary::Label;

use super::policies::PoliciesPane;
use super::request::RequestPane;
use super::result::ResultPanel;
use super::state::Focus;
use super::toolbar::banner_view;
use super::{decision_chip, AppContext};
use cam_playground::wire::{EmbedMessage, EmbedRequest};

/// The embed's options, provided by the `App` when the page is embedded.
#[derive(Clone, PartialEq)]
pub struct Embed(pub Rc<EmbedOptions>);

/// `Some` inside an embed: the options the host page asked for.
#[hook]
pub fn use_embed() -> Option<Rc<EmbedOptions>> {
    use_context::<Embed>().map(|embed| embed.0)
}

/// Reads the options from the address; what it ignores is said once on the console, where a docs author looks.
pub fn options_from_address() -> EmbedOptions {
    let pairs = super::persist::query_pairs();
    let options = EmbedOptions::from_pairs(
        pairs
            .iter()
            .map(|(name, value)| (name.as_str(), value.as_str())),
    );
    if !options.ignored.is_empty() {
        web_sys::console::info_1(&JsValue::from_str(&format!(
            "CAM playground embed: ignored {} (known parameters: {}; see docs/embedding.md)",
            options.ignored.join(", "),
            cam_playground::embed::PARAMETERS.join(", ")
        )));
    }
    options
}

/// Sends a message to the embedding page (when there is one): to the one allowed origin if the page named
/// exactly one, else to any (the data is the example itself, which the page provided or can see).
pub fn post(options: &EmbedOptions, message: &EmbedMessage) {
    let window = gloo::utils::window();
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if parent == window {
        return;
    }
    let target = match options.origins.as_slice() {
        [only] => only.as_str(),
        _ => "*",
    };
    let text = cam_playground::json::writer::compact(message);
    if let Ok(data) = js_sys::JSON::parse(&text) {
        let _ = parent.post_message(&data, target);
    }
}

/// The height of the embed's content: the app's own box, not the document's, which is at least the frame's
/// current height (measured that way, a frame could grow but never shrink).
fn content_height() -> Option<f64> {
    let app = gloo::utils::document().query_selector(".app").ok()??;
    Some(app.get_bounding_client_rect().height().ceil())
}

pub fn post_height(options: &EmbedOptions) {
    if let Some(height) = content_height() {
        post(
            options,
            &EmbedMessage::Resize {
                height: options.frame_height(height),
            },
        );
    }
}

/// Reports the content height after every layout change (content, width, fonts, theme, an opened panel), growing
/// and shrinking alike. Dropping the returned observer stops it.
pub fn observe_height(
    options: Rc<EmbedOptions>,
) -> Option<(
    web_sys::ResizeObserver,
    wasm_bindgen::closure::Closure<dyn FnMut()>,
)> {
    let app = gloo::utils::document().query_selector(".app").ok()??;
    let on_resize =
        wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || post_height(&options));
    let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
    observer.observe(&app);
    Some((observer, on_resize))
}

/// Whether a message comes from the page this embed sits in (or, top level, from itself) and from an allowed
/// origin: another frame of the page, a popup or a listed-out origin is not listened to.
fn from_host(event: &web_sys::MessageEvent, options: &EmbedOptions) -> bool {
    let window = gloo::utils::window();
    let parent: JsValue = match window.parent() {
        Ok(Some(parent)) => parent.into(),
        _ => window.into(),
    };
    event
        .source()
        .is_some_and(|source| JsValue::from(source) == parent)
        && options.accepts(&event.origin())
}

/// A message from the host page, read by the engine (`wire::EmbedRequest`): anything else is ignored.
pub fn read(event: &web_sys::Event, options: &EmbedOptions) -> Option<EmbedRequest> {
    let event = event.dyn_ref::<web_sys::MessageEvent>()?;
    if !from_host(event, options) {
        return None;
    }
    let text = js_sys::JSON::stringify(&event.data()).ok()?.as_string()?;
    EmbedRequest::read(&text)
}

/// The embed's page: a slim bar (title, decision, "Open in playground") over the panes its `view` shows.
/// `pending`: typing has not paused on a big workspace; `open`: the full playground's link for this example. A
/// plain function, called by `App` inside the providers' children: it reads only what `App` holds.
pub fn embed_layout(
    app: &AppContext,
    locale: Locale,
    options: &EmbedOptions,
    pending: bool,
    on_focus: Callback<(Option<Focus>, bool)>,
    open: AttrValue,
) -> Html {
    let (state, result) = (&app.state, &app.result);
    let view_class = match options.view {
        EmbedView::Full => "view-full",
        EmbedView::Compact => "view-compact",
        EmbedView::Result => "view-result",
    };
    html! {
        <div class={classes!("app", "embed", view_class)}>
            <header class="topbar">
                <h1 class="embed-title">{ locale.label(Label::AppTitle) }</h1>
                { decision_chip(app, locale) }
                if options.readonly {
                    <span class="readonly-hint">{ locale.label(Label::ReadOnlyHint) }</span>
                }
                <a class="open-full" href={open} target="_blank" rel="noopener">{ locale.label(Label::OpenInPlayground) }</a>
            </header>
            <main>
            { banner_view(app, locale) }
            <div class="panes">
                if options.view != EmbedView::Result {
                    <section class="pane" aria-label={locale.label(Label::Policies)}>
                        <PoliciesPane />
                        <RequestPane />
                    </section>
                }
                <section class={classes!("pane", "result", pending.then_some("pending"))} aria-label={locale.label(Label::Decision)}
                    aria-busy={pending.to_string()}>
                    <ResultPanel result={result.clone()} focus={state.focus} {on_focus}
                        collapsed_steps={options.view == EmbedView::Compact} policy_shown={options.view != EmbedView::Result}
                        request_shown={options.view != EmbedView::Result && options.request_open()} />
                </section>
            </div>
            </main>
        </div>
    }
}
