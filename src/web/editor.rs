//! A JSON editor: a plain textarea over a highlighted copy of its text, with line numbers, gutter markers and
//! diagnostics. Rust only, no JS editor: the whole editor costs a few KB of WASM (see ARCHITECTURE.md).

use std::collections::BTreeMap;

use web_sys::{HtmlElement, HtmlTextAreaElement};
use yew::prelude::*;

use cam_playground::diagnostic::{Diagnostic, Severity, Text};
use cam_playground::highlight::{self, Mark};
use cam_playground::json::Span;
use cam_playground::policy::{PolicyKind, PolicyText};
use cam_playground::vocabulary::Label;

/// Highlighting stops above this size: the textarea then shows its own text, and no copy of a big document is
/// laid out again on every keystroke.
const MAX_HIGHLIGHTED_BYTES: usize = 64 * 1024;
/// Must match `--code-line` in style.css.
const LINE_HEIGHT_PX: f64 = 20.0;
/// The problems list shows this many until asked for all: a big document can have thousands.
const LISTED_PROBLEMS: usize = 100;

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
    /// Shared, because a big document's thousands of findings must not be copied on every keystroke.
    #[prop_or_default]
    pub diagnostics: super::ByPtr<Vec<Diagnostic>>,
    #[prop_or_default]
    pub marks: Vec<Mark>,
    #[prop_or_default]
    pub gutter: Vec<GutterMark>,
    /// Move the cursor to this span whenever the counter changes.
    #[prop_or_default]
    pub reveal: Option<(Span, u32)>,
    pub on_change: Callback<String>,
    /// Shown and selectable, not editable (a read-only embed).
    #[prop_or_default]
    pub readonly: bool,
    /// Reads the document as another kind: the one-click action of a "reads like another kind" problem (K1).
    #[prop_or_default]
    pub on_read_as: Option<Callback<PolicyKind>>,
    /// Ctrl+Z (⌘Z) calls this instead of the textarea's own undo: set while the last change was a fix, which
    /// the textarea's history does not know.
    #[prop_or_default]
    pub on_undo: Option<Callback<()>>,
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
    let on_keydown = props.on_undo.clone().map(|on_undo| {
        Callback::from(move |e: KeyboardEvent| {
            if (e.ctrl_key() || e.meta_key()) && !e.shift_key() && e.key().eq_ignore_ascii_case("z")
            {
                e.prevent_default();
                on_undo.emit(());
            }
        })
    });
    {
        let (area, text) = (area.clone(), props.text.clone());
        use_effect_with(props.reveal, move |reveal| {
            if let (Some((span, _)), Some(area)) = (reveal, area.cast::<HtmlTextAreaElement>()) {
                select(&area, &text, *span);
            }
        });
    }

    let text = props.text.as_str();
    let plain = text.len() > MAX_HIGHLIGHTED_BYTES;
    let highlighted = if !plain {
        let mut marks = props.marks.clone();
        // A problem of the whole document (over 6,144 characters) is in the gutter and the list, not a wave
        // under every line (issue 27, finding 13).
        let whole =
            |d: &&Diagnostic| d.span.start == 0 && d.span.end >= text.len() && text.len() > 1;
        marks.extend(
            props
                .diagnostics
                .iter()
                .filter(|d| !whole(d))
                .map(|d| Mark {
                    start: d.span.start,
                    end: d.span.end.max(d.span.start + 1),
                    class: match d.severity {
                        Severity::Error => "diag-error",
                        Severity::SecurityWarning | Severity::Warning => "diag-warning",
                        Severity::Info => "diag-info",
                    },
                }),
        );
        // A location between two characters (a missing comma at the end of a line) underlines nothing visible:
        // the character before it carries a bar on its right edge instead.
        marks.extend(
            props
                .diagnostics
                .iter()
                .filter(|d| d.span.start == d.span.end && d.span.start > 0 && d.is_error())
                .filter_map(|d| {
                    let before = text.get(..d.span.start)?.chars().next_back()?;
                    Some(Mark {
                        start: d.span.start - before.len_utf8(),
                        end: d.span.start,
                        class: "diag-point",
                    })
                }),
        );
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
        html! {}
    };
    let line_count = text.lines().count().max(1) + usize::from(text.ends_with('\n'));
    let marked_lines = use_memo(
        (props.diagnostics.clone(), props.gutter.clone()),
        |(diagnostics, gutter)| marked_lines(diagnostics, gutter),
    );

    html! {
        <div class="editor">
            <label class="editor-title" for={props.id.clone()}>{ props.label.clone() }</label>
            // `fit-N` (up to 16 lines): a phone's editor fits its text (style.css; the page's CSP allows no inline style).
            <div class={classes!("code-editor", plain.then_some("plain"), (line_count <= 16).then(|| format!("fit-{line_count}")))}>
                <div class="gutter" ref={gutter} aria-hidden="true">
                    <Gutter {line_count} marked={super::ByPtr(marked_lines)} />
                    <div class="gutter-pad" />
                </div>
                <div class="code-area">
                    <pre class="code-overlay" ref={overlay} aria-hidden="true">{ highlighted }{ "\n\n" }</pre>
                    <textarea id={props.id.clone()} ref={area.clone()} class="code-input" spellcheck="false"
                        wrap="off" autocapitalize="off" autocomplete="off"
                        value={props.text.clone()} oninput={on_input} onscroll={on_scroll} onkeydown={on_keydown} readonly={props.readonly} />
                </div>
            </div>
            <Problems diagnostics={props.diagnostics.clone()} area={area} text={props.text.clone()} on_read_as={props.on_read_as.clone()}
                on_change={(!props.readonly).then(|| props.on_change.clone())} />
        </div>
    }
}

/// A line with a problem or a marker: its class and tooltip.
#[derive(Clone, Debug, PartialEq)]
struct MarkedLine {
    classes: Vec<&'static str>,
    title: Option<String>,
}

/// The lines to mark, in one pass over the diagnostics and markers (not one pass per line).
fn marked_lines(diagnostics: &[Diagnostic], gutter: &[GutterMark]) -> BTreeMap<usize, MarkedLine> {
    let mut worst: BTreeMap<usize, Severity> = BTreeMap::new();
    for d in diagnostics {
        worst
            .entry(d.span.line)
            .and_modify(|s| *s = (*s).min(d.severity))
            .or_insert(d.severity);
    }
    let mut lines: BTreeMap<usize, MarkedLine> = worst
        .into_iter()
        .map(|(line, severity)| {
            let class = match severity {
                Severity::Error => "has-error",
                Severity::SecurityWarning | Severity::Warning => "has-warning",
                Severity::Info => "has-info",
            };
            (
                line,
                MarkedLine {
                    classes: vec![class],
                    title: None,
                },
            )
        })
        .collect();
    for mark in gutter {
        let line = lines.entry(mark.line).or_insert(MarkedLine {
            classes: Vec::new(),
            title: None,
        });
        if line.title.is_none() {
            line.classes.push(mark.class);
            line.title = Some(mark.title.clone());
        }
    }
    lines
}

#[derive(Properties, PartialEq)]
struct GutterProps {
    line_count: usize,
    marked: super::ByPtr<BTreeMap<usize, MarkedLine>>,
}

/// Runs of plain line numbers as single text nodes, with an element only for each marked line: tens of thousands
/// of lines stay cheap to render.
#[function_component(Gutter)]
fn gutter(props: &GutterProps) -> Html {
    let numbers = |from: usize, to: usize| {
        let run = (from..to)
            .map(|n| n.to_string())
            .collect::<Vec<_>>()
            .join("\n");
        (from < to).then(|| html! { <pre class="line-numbers">{ run }</pre> })
    };
    let mut pieces = Vec::new();
    let mut next = 1;
    for (&line, marked) in props.marked.0.range(..=props.line_count) {
        pieces.extend(numbers(next, line));
        pieces.push(html! {
            <div class={classes!("line-number", marked.classes.clone())} title={marked.title.clone()}>{ line }</div>
        });
        next = line + 1;
    }
    pieces.extend(numbers(next, props.line_count + 1));
    html! { <>{ for pieces }</> }
}

#[derive(Properties, PartialEq)]
struct ProblemsProps {
    diagnostics: super::ByPtr<Vec<Diagnostic>>,
    area: NodeRef,
    text: AttrValue,
    on_read_as: Option<Callback<PolicyKind>>,
    /// For one-click fixes of the text (full-width punctuation); `None` when read-only.
    on_change: Option<Callback<String>>,
}

#[function_component(Problems)]
fn problems(props: &ProblemsProps) -> Html {
    let locale = super::use_locale();
    let show_all = use_state(|| false);
    let diagnostics = &props.diagnostics.0;
    if diagnostics.is_empty() {
        return html! {};
    }
    let listed = if *show_all {
        diagnostics.len()
    } else {
        LISTED_PROBLEMS
    };
    html! {
        <ul class="diagnostics" aria-label={locale.label(Label::Problems)}>
            { for diagnostics.iter().take(listed).map(|d| {
                let words = d.words(locale);
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
                        <button class="where" {onclick} title={locale.label(Label::GoToProblem)}>{ format!("{}:{}", d.span.line, d.span.column) }</button>
                        <span class="message">{ super::glossary::rich(&locale.sentence_start(&words.message)) }</span>
                        if let Some(cam_error) = d.cam_error {
                            <div class="cam-error">{ locale.label(Label::CamWouldRefuse) }{ locale.colon() }<code>{ cam_error }</code></div>
                        }
                        <div class="help">{ super::glossary::rich(&locale.sentence_start(&words.help)) }
                            if let Some(rule) = d.rule {
                                { " " }<a href={locale.doc_url(rule)} target="_blank" rel="noopener noreferrer">{ format!("{} {}", locale.label(Label::DocPage), rule.id()) }</a>
                            }
                        </div>
                        if let (Some(on_read_as), Text::Policy(PolicyText::LooksLikeKind { shape, .. })) = (&props.on_read_as, &d.text) {
                            <button class="read-as" onclick={on_read_as.reform({ let shape = *shape; move |_: MouseEvent| shape })}>
                                { locale.read_as(*shape) }
                            </button>
                        }
                        if let (Some(on_change), Some(fixed)) = (&props.on_change, (d.code == "json/full-width").then(|| cam_playground::json::half_width(&props.text)).flatten()) {
                            <button class="replace-full-width" onclick={on_change.reform(move |_: MouseEvent| fixed.clone())}>{ locale.label(Label::ReplaceFullWidth) }</button>
                        }
                        <span class="code-id">{ d.code }</span>
                    </li>
                }
            }) }
            if diagnostics.len() > listed {
                <li class="more">
                    { super::show_all(&show_all, diagnostics.len(), locale) }
                </li>
            }
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
