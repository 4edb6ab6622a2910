//! A JSON editor: a plain textarea over a highlighted copy of its text, with line numbers, gutter markers and
//! diagnostics. Rust only, no JS editor: the whole editor costs a few KB of WASM (see ARCHITECTURE.md).

use web_sys::{HtmlElement, HtmlTextAreaElement};
use yew::prelude::*;

use cam_playground::diagnostic::{Diagnostic, Severity};
use cam_playground::explain::{en, Label};
use cam_playground::highlight::{self, Mark};
use cam_playground::json::Span;

/// Highlighting stops above this size; the textarea alone keeps big documents responsive.
const MAX_HIGHLIGHTED_BYTES: usize = 64 * 1024;
/// Must match `--code-line` in style.css.
const LINE_HEIGHT_PX: f64 = 20.0;

/// A marker in the gutter, e.g. a deciding statement.
#[derive(Clone, Debug, PartialEq)]
pub struct GutterMark {
    pub line: usize,
    pub class: &'static str,
    pub title: String,
}

#[derive(Properties, PartialEq)]
pub struct CodeEditorProps {
    pub id: AttrValue,
    pub label: AttrValue,
    pub text: AttrValue,
    #[prop_or_default]
    pub diagnostics: Vec<Diagnostic>,
    #[prop_or_default]
    pub marks: Vec<Mark>,
    #[prop_or_default]
    pub gutter: Vec<GutterMark>,
    /// Move the cursor to this span whenever the counter changes.
    #[prop_or_default]
    pub reveal: Option<(Span, u32)>,
    pub on_change: Callback<String>,
}

#[function_component(CodeEditor)]
pub fn code_editor(props: &CodeEditorProps) -> Html {
    let area = use_node_ref();
    let overlay = use_node_ref();
    let gutter = use_node_ref();

    let on_input = {
        let on_change = props.on_change.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(area) = e.target_dyn_into::<HtmlTextAreaElement>() {
                on_change.emit(area.value());
            }
        })
    };
    let on_scroll = {
        let (overlay, gutter) = (overlay.clone(), gutter.clone());
        Callback::from(move |e: Event| {
            if let Some(area) = e.target_dyn_into::<HtmlTextAreaElement>() {
                if let Some(pre) = overlay.cast::<HtmlElement>() {
                    pre.set_scroll_top(area.scroll_top());
                    pre.set_scroll_left(area.scroll_left());
                }
                if let Some(g) = gutter.cast::<HtmlElement>() {
                    g.set_scroll_top(area.scroll_top());
                }
            }
        })
    };
    {
        let (area, text) = (area.clone(), props.text.clone());
        use_effect_with(props.reveal, move |reveal| {
            if let (Some((span, _)), Some(area)) = (reveal, area.cast::<HtmlTextAreaElement>()) {
                select(&area, &text, *span);
            }
        });
    }

    let text = props.text.as_str();
    let mut marks = props.marks.clone();
    marks.extend(props.diagnostics.iter().map(|d| Mark {
        start: d.span.start,
        end: d.span.end.max(d.span.start + 1),
        class: match d.severity {
            Severity::Error => "diag-error",
            Severity::SecurityWarning | Severity::Warning => "diag-warning",
            Severity::Info => "diag-info",
        },
    }));
    let highlighted = if text.len() <= MAX_HIGHLIGHTED_BYTES {
        highlight::pieces(text, &marks)
            .into_iter()
            .map(|p| {
                let piece = &text[p.start..p.end];
                if p.class.is_empty() {
                    html! { { piece } }
                } else {
                    html! { <span class={p.class}>{ piece }</span> }
                }
            })
            .collect::<Html>()
    } else {
        html! { { text } }
    };
    let line_count = text.lines().count().max(1) + usize::from(text.ends_with('\n'));
    let line_class = |line: usize| {
        let severity = props
            .diagnostics
            .iter()
            .filter(|d| d.span.line == line)
            .map(|d| d.severity)
            .min();
        let marker = props.gutter.iter().find(|g| g.line == line);
        let class = classes!(
            "line-number",
            severity.map(|s| match s {
                Severity::Error => "has-error",
                Severity::SecurityWarning | Severity::Warning => "has-warning",
                Severity::Info => "has-info",
            }),
            marker.map(|m| m.class)
        );
        (class, marker.map(|m| m.title.clone()))
    };

    html! {
        <div class="editor">
            <label class="editor-title" for={props.id.clone()}>{ props.label.clone() }</label>
            <div class="code-editor">
                <div class="gutter" ref={gutter} aria-hidden="true">
                    { for (1..=line_count).map(|line| {
                        let (class, title) = line_class(line);
                        html! { <div {class} title={title}>{ line }</div> }
                    }) }
                    <div class="gutter-pad" />
                </div>
                <div class="code-area">
                    <pre class="code-overlay" ref={overlay} aria-hidden="true">{ highlighted }{ "\n\n" }</pre>
                    <textarea id={props.id.clone()} ref={area.clone()} class="code-input" spellcheck="false"
                        wrap="off" autocapitalize="off" autocomplete="off"
                        value={props.text.clone()} oninput={on_input} onscroll={on_scroll} />
                </div>
            </div>
            <Problems diagnostics={props.diagnostics.clone()} area={area} text={props.text.clone()} />
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct ProblemsProps {
    diagnostics: Vec<Diagnostic>,
    area: NodeRef,
    text: AttrValue,
}

#[function_component(Problems)]
fn problems(props: &ProblemsProps) -> Html {
    if props.diagnostics.is_empty() {
        return html! {};
    }
    html! {
        <ul class="diagnostics" aria-label={en::label(Label::Problems)}>
            { for props.diagnostics.iter().map(|d| {
                let class = classes!("diag", d.severity.as_str());
                let onclick = {
                    let (area, text, span) = (props.area.clone(), props.text.clone(), d.span);
                    Callback::from(move |_: MouseEvent| {
                        if let Some(area) = area.cast::<HtmlTextAreaElement>() {
                            select(&area, &text, span);
                        }
                    })
                };
                html! {
                    <li class={class}>
                        <button class="where" {onclick} title={en::label(Label::GoToProblem)}>{ format!("{}:{}", d.span.line, d.span.column) }</button>
                        <span class="message">{ &d.message }</span>
                        <span class="code-id">{ d.code }</span>
                        <div class="help">{ &d.help }
                            if let Some(rule) = d.rule {
                                { " " }<a href={rule.doc_url()} target="_blank" rel="noopener noreferrer">{ format!("{} {}", en::label(Label::DocPage), rule.id()) }</a>
                            }
                        </div>
                    </li>
                }
            }) }
        </ul>
    }
}

/// Selects `span` in the textarea (whose offsets count UTF-16 units) and scrolls it into view.
fn select(area: &HtmlTextAreaElement, text: &str, span: Span) {
    let utf16 = |byte: usize| {
        let mut at = byte.min(text.len());
        while !text.is_char_boundary(at) {
            at -= 1;
        }
        text[..at].encode_utf16().count() as u32
    };
    let _ = area.focus();
    let _ = area.set_selection_range(utf16(span.start), utf16(span.end));
    let top = (span.line as f64 - 3.0).max(0.0) * LINE_HEIGHT_PX;
    area.set_scroll_top(top as i32);
}
