//! The glossary: the terms a newcomer trips on and every rule of the rule book, in the user's language. Where a
//! term appears or a rule is cited, a small button opens the glossary at its entry (keyboard reachable: they are
//! buttons, and the entry takes the focus).

use wasm_bindgen::JsCast;
use yew::prelude::*;

use cam_playground::i18n::Locale;
use cam_playground::i18n::Piece;
use cam_playground::i18n::Sentence;
use cam_playground::rules::{Rule, RuleKind};
use cam_playground::vocabulary::{Label, Term};

const GLOSSARY_ID: &str = "glossary";

fn rule_anchor(rule: Rule) -> String {
    format!("rule-{}", rule.id())
}

thread_local! {
    /// Where the focus was before a jump into the glossary, for its "Back" button (finding 28).
    static CAME_FROM: std::cell::RefCell<Option<web_sys::HtmlElement>> = const { std::cell::RefCell::new(None) };
}

/// The event the glossary hears when an entry is opened from elsewhere (it then shows "Back" under it).
const JUMPED: &str = "glossary-jump";

/// Opens the glossary at an entry and moves the focus there.
fn reveal(anchor: &str) {
    let document = gloo::utils::document();
    let origin = document
        .active_element()
        .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
    CAME_FROM.with(|from| *from.borrow_mut() = origin);
    if let Some(glossary) = document.get_element_by_id(GLOSSARY_ID) {
        let _ = glossary.set_attribute("data-jumped", anchor);
        if let Ok(event) = web_sys::Event::new(JUMPED) {
            let _ = glossary.dispatch_event(&event);
        }
    }
    if let Some(glossary) = document.get_element_by_id(GLOSSARY_ID) {
        let _ = glossary.set_attribute("open", "");
    }
    if let Some(entry) = document.get_element_by_id(anchor) {
        entry.scroll_into_view();
        if let Some(entry) = entry.dyn_ref::<web_sys::HtmlElement>() {
            let _ = entry.focus();
        }
    }
}

/// A "?" after a term, opening its explanation.
pub fn term_help(locale: Locale, term: Term) -> Html {
    let (name, explanation) = locale.term(term);
    let onclick = Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        reveal(term.anchor());
    });
    html! {
        <button class="term-help" type="button" {onclick} title={explanation.into_string()}
            aria-label={locale.what_is(name)}>{ "?" }</button>
    }
}

/// Text with a line-break opportunity after each `:` and `/`, so a long resource or action wraps between its
/// segments rather than inside a number (copying the text is unaffected: `<wbr>` has no text).
pub fn breakable(text: &str) -> Html {
    let mut parts = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find([':', '/']) {
        parts.push(html! { <>{ rest[..=at].to_string() }<wbr /></> });
        rest = &rest[at + 1..];
    }
    parts.push(html! { { rest.to_string() } });
    html! { { for parts } }
}

/// Words with their backtick spans shown as `<code>` (issue 27, finding 12), breakable between segments.
pub fn rich(text: &str) -> Html {
    html! {
        { for cam_playground::i18n::code_spans(text).into_iter().map(|(code, piece)| if code {
            html! { <code>{ breakable(piece) }</code> }
        } else {
            breakable(piece)
        }) }
    }
}

/// A sentence whose cited rules (recorded by the table as it wrote them, `Sentence::pieces`) are buttons opening
/// the rule's entry.
pub fn with_rule_links(locale: Locale, sentence: &Sentence) -> Html {
    html! {
        { for sentence.pieces().into_iter().map(|piece| match piece {
            Piece::Text(text) => rich(text),
            Piece::Rule(rule) => {
                let onclick = Callback::from(move |e: MouseEvent| {
                    e.prevent_default();
                    e.stop_propagation();
                    reveal(&rule_anchor(rule));
                });
                html! {
                    <button class="rule-ref" type="button" {onclick} title={locale.rule_title(rule).replace('`', "")}>{ rule.id() }</button>
                }
            }
        }) }
    }
}

#[function_component(Glossary)]
pub fn glossary() -> Html {
    let locale = super::use_locale();
    let node = use_node_ref();
    // The entry opened from a term or a rule id: it gets a button back there.
    let jumped = use_state(|| None::<String>);
    {
        let (node, jumped) = (node.clone(), jumped.clone());
        use_effect_with((), move |_| {
            let listener = node.cast::<web_sys::Element>().map(|glossary| {
                let target = glossary.clone();
                gloo::events::EventListener::new(&glossary, JUMPED, move |_| {
                    jumped.set(target.get_attribute("data-jumped"));
                })
            });
            move || drop(listener)
        });
    }
    let back = {
        let jumped = jumped.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(origin) = CAME_FROM.with(|from| from.borrow_mut().take()) {
                origin.scroll_into_view();
                let _ = origin.focus();
            }
            jumped.set(None);
        })
    };
    let back_under = |anchor: &str| -> Html {
        if jumped.as_deref() == Some(anchor) {
            html! { <button class="glossary-back" type="button" onclick={back.clone()}>{ locale.label(Label::BackToWhereYouWere) }</button> }
        } else {
            html! {}
        }
    };
    html! {
        <details class="glossary" id={GLOSSARY_ID} ref={node}>
            <summary>{ locale.label(Label::Glossary) }</summary>
            <dl class="terms">
                { for Term::ALL.into_iter().map(|term| {
                    let (name, explanation) = locale.term(term);
                    html! {
                        <>
                            <dt id={term.anchor()} tabindex="-1">{ name }</dt>
                            <dd>{ with_rule_links(locale, &explanation) }{ back_under(term.anchor()) }</dd>
                        </>
                    }
                }) }
            </dl>
            <h3>{ locale.label(Label::GlossaryRules) }</h3>
            <dl class="rules">
                { for Rule::ALL.iter().map(|rule| {
                    let kind = match rule.kind() {
                        RuleKind::Doc => locale.label(Label::RuleDoc),
                        RuleKind::Choice => locale.label(Label::RuleChoice),
                    };
                    html! {
                        <>
                            <dt id={rule_anchor(*rule)} tabindex="-1"><code>{ rule.id() }</code>{ " " }<span class="badge">{ kind }</span></dt>
                            <dd>
                                { rich(locale.rule_title(*rule)) }{ " " }
                                <a href={locale.doc_url(*rule)} target="_blank" rel="noopener noreferrer">{ format!("{} {}", locale.label(Label::DocPage), rule.doc_page()) }</a>
                                { back_under(&rule_anchor(*rule)) }
                            </dd>
                        </>
                    }
                }) }
            </dl>
        </details>
    }
}
