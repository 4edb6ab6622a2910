//! Where a workspace comes from and goes to outside the page: the URL fragment (share links), this browser's
//! storage (autosave) and the clipboard. The codec itself is the engine's `share` module.

use gloo::storage::{LocalStorage, Storage};
use wasm_bindgen::JsValue;

use cam_playground::json::{ast::Value, reader, writer};
use cam_playground::share::{self, Shared, View};
use cam_playground::workspace::Workspace;

const WORKSPACE_KEY: &str = "cam-playground.workspace";
const PREVIOUS_KEY: &str = "cam-playground.previous";

/// The share fragment in the address bar, if any (without `#`).
pub fn fragment() -> Option<String> {
    let hash = gloo::utils::window().location().hash().ok()?;
    let hash = hash.trim_start_matches('#');
    (!hash.is_empty()).then(|| hash.to_string())
}

/// Puts a link in the address bar as a new history entry (so Back returns to the previous state).
pub fn push_fragment(fragment: &str) {
    if let Ok(history) = gloo::utils::window().history() {
        let _ = history.push_state_with_url(&JsValue::NULL, "", Some(&format!("#{fragment}")));
    }
}

/// The full URL of a fragment on this page (without `?embed`, so it opens the full playground).
pub fn url_for(fragment: &str) -> String {
    url_with(&[], fragment)
}

/// `url_for` with query parameters (`?lang=zh-CN&theme=dark`); the values are tags and names, never user text.
pub fn url_with(query: &[(&str, &str)], fragment: &str) -> String {
    let location = gloo::utils::window().location();
    let origin = location.origin().unwrap_or_default();
    let path = location.pathname().unwrap_or_default();
    let query: Vec<String> = query
        .iter()
        .map(|(name, value)| format!("{name}={value}"))
        .collect();
    let query = if query.is_empty() {
        String::new()
    } else {
        format!("?{}", query.join("&"))
    };
    format!("{origin}{path}{query}#{fragment}")
}

pub fn saved() -> Option<Shared> {
    stored(WORKSPACE_KEY).and_then(|text| share::decode(&text).ok())
}

pub fn autosave(workspace: &Workspace, decision: Option<cam_playground::eval::Decision>) {
    store(
        WORKSPACE_KEY,
        &share::encode_quickly(workspace, &View::default(), decision),
    );
}

/// Keeps a workspace that opening a link displaced, so a reload can still offer it.
pub fn keep_previous(workspace: &Workspace) {
    store(
        PREVIOUS_KEY,
        &share::encode_quickly(workspace, &View::default(), None),
    );
}

pub fn previous() -> Option<Workspace> {
    stored(PREVIOUS_KEY)
        .and_then(|text| share::decode(&text).ok())
        .map(|s| s.workspace)
}

pub fn forget_previous() {
    LocalStorage::delete(PREVIOUS_KEY);
}

/// Best effort: the text also stays visible on the page for copying by hand.
pub fn copy_to_clipboard(text: &str) {
    let _ = gloo::utils::window()
        .navigator()
        .clipboard()
        .write_text(text);
}

pub fn is_embedded() -> bool {
    query_pairs().iter().any(|(name, _)| name == "embed")
}

/// The address's query parameters, percent-decoded, in order (`?embed&view=result` → `[("embed", ""), ("view",
/// "result")]`).
pub fn query_pairs() -> Vec<(String, String)> {
    let search = gloo::utils::window()
        .location()
        .search()
        .unwrap_or_default();
    let decode = |text: &str| {
        js_sys::decode_uri_component(&text.replace('+', " "))
            .map(String::from)
            .unwrap_or_else(|_| text.to_string())
    };
    search
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(name), decode(value))
        })
        .collect()
}

/// The value of a query parameter (`?lang=zh-CN`), percent-decoded.
pub fn query_param(name: &str) -> Option<String> {
    query_pairs()
        .into_iter()
        .find(|(key, _)| key == name)
        .map(|(_, value)| value)
        .filter(|value| !value.is_empty())
}

/// Also read by `static/boot.js`, to word its notice when the app cannot start.
const LANG_KEY: &str = "cam-playground.lang";

/// The language the user chose with the switch, in this browser.
pub fn saved_language() -> Option<String> {
    stored(LANG_KEY)
}

pub fn save_language(tag: &str) {
    store(LANG_KEY, tag);
}

/// A string this browser keeps under `key`, stored as gloo's `LocalStorage::set` stores one: as JSON text (a
/// quoted string; `static/boot.js` reads the language so). Read and written with the engine's JSON, not gloo's
/// `get` and `set`, which bring serde_json's deserializer and serializer into the page.
pub fn stored(key: &str) -> Option<String> {
    let text = LocalStorage::raw().get_item(key).ok()??;
    match reader::read(&text) {
        Ok(Some(Value::StringLit(string))) => Some(string.as_str().to_string()),
        _ => None,
    }
}

pub fn store(key: &str, value: &str) {
    let _ = LocalStorage::raw().set_item(key, &writer::quoted(value));
}

/// The browser's preferred languages, most preferred first (`navigator.languages`).
pub fn browser_languages() -> Vec<String> {
    let navigator = gloo::utils::window().navigator();
    let languages: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if languages.is_empty() {
        navigator.language().into_iter().collect()
    } else {
        languages
    }
}
