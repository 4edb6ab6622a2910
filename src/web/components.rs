//! Small function components: props down, callbacks up.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

use cam_playground::diagnostic::{Diagnostic, Severity};
use cam_playground::eval::Decision;
use cam_playground::examples;
use cam_playground::explain::{self, en, Status};
use cam_playground::workspace::WorkspaceResult;

#[derive(Properties, PartialEq)]
pub struct ExamplePickerProps {
    pub selected: String,
    pub on_select: Callback<String>,
}

#[function_component(ExamplePicker)]
pub fn example_picker(props: &ExamplePickerProps) -> Html {
    let on_change = {
        let on_select = props.on_select.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<web_sys::HtmlSelectElement>() {
                on_select.emit(select.value());
            }
        })
    };
    html! {
        <label class="example-picker">
            { "Example " }
            <select onchange={on_change} aria-label="Load an example">
                { for examples::gallery().iter().map(|e| html! {
                    <option value={e.id.clone()} selected={e.id == props.selected} title={e.why.clone()}>{ &e.title }</option>
                }) }
            </select>
        </label>
    }
}

fn text_input(on_change: Callback<String>) -> Callback<InputEvent> {
    Callback::from(move |e: InputEvent| {
        if let Some(area) = e.target_dyn_into::<HtmlTextAreaElement>() {
            on_change.emit(area.value());
        }
    })
}

#[derive(Properties, PartialEq)]
pub struct PolicyEditorProps {
    pub index: usize,
    pub name: String,
    pub text: String,
    pub diagnostics: Vec<Diagnostic>,
    pub on_change: Callback<(usize, String)>,
}

#[function_component(PolicyEditor)]
pub fn policy_editor(props: &PolicyEditorProps) -> Html {
    let index = props.index;
    let on_change = props.on_change.reform(move |text: String| (index, text));
    html! {
        <div class="editor">
            <label class="editor-title" for={format!("policy-{index}")}>{ format!("Policy {}: {}", index + 1, props.name) }</label>
            <textarea id={format!("policy-{index}")} class="code" spellcheck="false" wrap="off"
                value={props.text.clone()} oninput={text_input(on_change)} />
            <Diagnostics diagnostics={props.diagnostics.clone()} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct RequestEditorProps {
    pub text: String,
    pub diagnostics: Vec<Diagnostic>,
    pub on_change: Callback<String>,
}

#[function_component(RequestEditor)]
pub fn request_editor(props: &RequestEditorProps) -> Html {
    html! {
        <div class="editor">
            <label class="editor-title" for="request">{ "Request" }</label>
            <textarea id="request" class="code" spellcheck="false" wrap="off"
                value={props.text.clone()} oninput={text_input(props.on_change.clone())} />
            <Diagnostics diagnostics={props.diagnostics.clone()} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct DiagnosticsProps {
    pub diagnostics: Vec<Diagnostic>,
}

#[function_component(Diagnostics)]
pub fn diagnostics(props: &DiagnosticsProps) -> Html {
    if props.diagnostics.is_empty() {
        return html! {};
    }
    html! {
        <ul class="diagnostics" aria-label="Problems">
            { for props.diagnostics.iter().map(|d| {
                let class = match d.severity {
                    Severity::Error => "diag error",
                    Severity::Warning => "diag warning",
                    Severity::Info => "diag info",
                };
                html! {
                    <li class={class}>
                        <span class="where">{ format!("{}:{}", d.span.line, d.span.column) }</span>
                        <span class="message">{ &d.message }</span>
                        <span class="code-id">{ d.code }</span>
                        <div class="help">{ &d.help }</div>
                    </li>
                }
            }) }
        </ul>
    }
}

#[derive(Properties, PartialEq)]
pub struct ResultPanelProps {
    pub result: std::rc::Rc<WorkspaceResult>,
}

#[function_component(ResultPanel)]
pub fn result_panel(props: &ResultPanelProps) -> Html {
    let result = &props.result;
    let (Some(evaluation), Some(request)) = (&result.evaluation, &result.request.request) else {
        return html! {
            <div class="banner invalid" role="status" data-decision="none">
                <strong>{ "Not evaluated" }</strong>
                <p>{ "Fix the errors shown under the policy or the request; the decision appears as soon as both can be read." }</p>
            </div>
        };
    };
    let (class, title) = match evaluation.decision {
        Decision::Allow => ("banner allow", "Allowed"),
        Decision::ExplicitDeny => ("banner deny", "Explicitly denied"),
        Decision::ImplicitDeny => ("banner implicit", "Implicitly denied"),
    };
    let steps = explain::steps(evaluation, request);
    html! {
        <>
            <div class={class} role="status" data-decision={evaluation.decision.as_str()}>
                <strong>{ title }</strong>
                if !evaluation.authoritative {
                    <span class="badge">{ "not authoritative" }</span>
                }
                if let Some(conclusion) = steps.iter().find(|s| matches!(s.message, explain::Message::Conclusion { .. })) {
                    <p>{ en::render(&conclusion.message) }</p>
                }
            </div>
            <h2>{ "Step by step" }</h2>
            <ol class="steps">
                { for steps.iter().skip(1).map(|step| {
                    let status = match step.status {
                        Status::Pass => "pass",
                        Status::Fail => "fail",
                        Status::Info => "info",
                        Status::Warn => "warn",
                        Status::Skip => "skip",
                    };
                    html! {
                        <li class={classes!("step", status, format!("depth-{}", step.depth))}>
                            { en::render(&step.message) }
                            if let Some(span) = step.span {
                                <span class="where">{ format!(" {}:{}", span.line, span.column) }</span>
                            }
                        </li>
                    }
                }) }
            </ol>
        </>
    }
}
