//! Embed mode (`?embed`) for documentation pages: a compact playground in an iframe that talks to its page by
//! `postMessage`. Messages out: `{type: "ready"}`, `{type: "result", decision, authoritative, deciding}`,
//! `{type: "resize", height}`, `{type: "state", state}`. Messages in: `{type: "setState", state: {policies:
//! [{name, text}], boundary, request}}`, `{type: "getState"}`, `{type: "setLang", lang: "zh-CN"}` and
//! `{type: "setTheme", theme: "dark"}`. README
//! documents them.

use serde_json::{json, Value};
use wasm_bindgen::{JsCast, JsValue};

use cam_playground::json::{self, ast};
use cam_playground::share;
use cam_playground::workspace::{Workspace, WorkspaceResult};

/// Sends a message to the embedding page (when there is one).
pub fn post(message: &Value) {
    let window = gloo::utils::window();
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if parent == window {
        return;
    }
    if let Ok(data) = js_sys::JSON::parse(&message.to_string()) {
        // The data is the example itself, which the embedding page provided or can see: any origin may read it.
        let _ = parent.post_message(&data, "*");
    }
}

pub fn state_message(workspace: &Workspace) -> Value {
    json!({"type": "state", "state": workspace_json(workspace)})
}

fn workspace_json(workspace: &Workspace) -> Value {
    let policies = |set: &[cam_playground::workspace::NamedPolicy]| -> Vec<Value> {
        set.iter()
            .map(|p| json!({"name": p.name, "text": p.text}))
            .collect()
    };
    json!({"policies": policies(&workspace.policies), "boundary": policies(&workspace.boundary), "request": workspace.request})
}

pub fn result_message(result: &WorkspaceResult) -> Value {
    match &result.evaluation {
        Some(e) => json!({
            "type": "result",
            "decision": e.decision.as_str(),
            "authoritative": e.authoritative,
            "deciding": e.deciding.iter().map(|d| json!({"source": d.source, "policy": d.policy, "statement": d.statement})).collect::<Vec<_>>(),
        }),
        None => json!({"type": "result", "decision": null, "errors": true}),
    }
}

/// The height of the embed's content: the app's own box, not the document's, which is at least the frame's
/// current height (measured that way, a frame could grow but never shrink).
fn content_height() -> Option<f64> {
    let app = gloo::utils::document().query_selector(".app").ok()??;
    Some(app.get_bounding_client_rect().height().ceil())
}

pub fn post_height() {
    if let Some(height) = content_height() {
        post(&json!({"type": "resize", "height": height}));
    }
}

/// Reports the content height after every layout change (content, width, fonts, theme, an opened panel), growing
/// and shrinking alike. Dropping the returned observer stops it.
pub fn observe_height() -> Option<(
    web_sys::ResizeObserver,
    wasm_bindgen::closure::Closure<dyn FnMut()>,
)> {
    let app = gloo::utils::document().query_selector(".app").ok()??;
    let on_resize = wasm_bindgen::closure::Closure::<dyn FnMut()>::new(post_height);
    let observer = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
    observer.observe(&app);
    Some((observer, on_resize))
}

/// An incoming message, read defensively: anything unexpected is ignored.
pub enum Incoming {
    SetState(Result<Workspace, share::ShareError>),
    GetState,
    /// A language tag; an unknown one is answered with an error message.
    SetLang(String),
    /// `light`, `dark` or `auto`, following the host page's theme.
    SetTheme(String),
}

pub fn read(event: &web_sys::Event) -> Option<Incoming> {
    let event = event.dyn_ref::<web_sys::MessageEvent>()?;
    let data: JsValue = event.data();
    let text = js_sys::JSON::stringify(&data).ok()?.as_string()?;
    let index = json::LineIndex::new(&text);
    let Some(ast::Value::Object(message)) = json::parse(&index, &mut Vec::new()) else {
        return None;
    };
    match message.get_string("type")?.value.as_ref() {
        "getState" => Some(Incoming::GetState),
        "setLang" => Some(Incoming::SetLang(
            message.get_string("lang")?.value.to_string(),
        )),
        "setTheme" => Some(Incoming::SetTheme(
            message.get_string("theme")?.value.to_string(),
        )),
        "setState" => {
            let range = json::range_of(&message.get("state")?.value);
            Some(Incoming::SetState(share::workspace_from_json(
                text.get(range.start..range.end)?,
            )))
        }
        _ => None,
    }
}
