//! The decision banner and the step-by-step reasoning. Steps are `explain::steps` rendered through the message
//! table; hovering or clicking one focuses its statement in the editor.

use yew::prelude::*;

use cam_playground::eval::trace::StatementRef;
use cam_playground::eval::Decision;
use cam_playground::explain::{self, Message, Status, Step};
use cam_playground::i18n::Locale;
use cam_playground::session::Session;
use cam_playground::vocabulary::{Label, Term};
use cam_playground::workspace::WorkspaceResult;

use super::glossary;
use super::state::{Focus, Tab};
use super::ByPtr;

#[derive(Properties, PartialEq)]
pub struct FixPanelProps {
    pub workspace: cam_playground::workspace::Workspace,
    pub result: ByPtr<WorkspaceResult>,
    /// The fixed workspace and what the fix did (for the status line that offers to undo it).
    pub on_apply: Callback<(
        cam_playground::workspace::Workspace,
        cam_playground::analysis::FixText,
    )>,
}

/// "How to change the decision": the smallest verified edits, each applied with one click.
#[function_component(FixPanel)]
pub fn fix_panel(props: &FixPanelProps) -> Html {
    let locale = super::use_locale();
    let open = use_state(|| false);
    // Searched once per result while open, not on every render (hovering a step re-renders the panel).
    let fixes = use_memo(
        (*open, props.result.clone(), props.workspace.clone()),
        |(open, result, workspace)| {
            if *open {
                cam_playground::analysis::fixes(
                    workspace,
                    &result.0,
                    cam_playground::catalog::Catalog::builtin(),
                )
            } else {
                Vec::new()
            }
        },
    );
    let Some(evaluation) = &props.result.evaluation else {
        return html! {};
    };
    let label = if evaluation.decision == Decision::Allow {
        Label::HowToDeny
    } else {
        Label::HowToAllow
    };
    let too_large = !cam_playground::analysis::fixes_searched(&props.workspace);
    html! {
        <div class="fixes">
            { super::disclosure(&open, "fix-toggle", label, locale) }
            <super::toolbar::UndoStatus fix=true />
            if *open {
                if too_large {
                    <p class="hint">{ locale.label(Label::FixesTooLarge) }</p>
                } else if fixes.is_empty() {
                    <p class="hint">{ locale.label(Label::NoFix) }</p>
                }
                // Grouped by what they change (finding 16): the request, or the policies.
                { for [(true, Label::FixesChangeRequest), (false, Label::FixesChangePolicy)].into_iter().filter(|(request, _)| fixes.iter().any(|f| f.description.changes_request() == *request)).map(|(request, heading)| html! {
                <>
                <h3 class="fix-group">{ locale.label(heading) }</h3>
                <ul>
                    { for fixes.iter().filter(|f| f.description.changes_request() == request).map(|fix| {
                        let apply = props.on_apply.reform({
                            let (workspace, text) = (fix.workspace.clone(), fix.description.clone());
                            move |_: MouseEvent| (workspace.clone(), text.clone())
                        });
                        html! {
                            <li>
                                <span>{ glossary::rich(&locale.fix(&fix.description)) }</span>
                                <button class="apply-fix" onclick={apply}>{ locale.label(Label::Apply) }</button>
                            </li>
                        }
                    }) }
                </ul>
                </>
                }) }
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct ResultPanelProps {
    pub result: ByPtr<WorkspaceResult>,
    pub focus: Option<Focus>,
    /// `(focus, reveal)`: reveal moves the editor's cursor (a click), otherwise only highlights (a hover).
    pub on_focus: Callback<(Option<Focus>, bool)>,
    /// The step list waits behind a disclosure (a compact embed shows the decision first).
    #[prop_or_default]
    pub collapsed_steps: bool,
    /// Whether the policy is on the page for a step to point at (a result-only embed shows none).
    #[prop_or(true)]
    pub policy_shown: bool,
    /// Whether the request starts on show (a compact embed folds it; a result-only one shows none).
    #[prop_or(true)]
    pub request_shown: bool,
}

fn focus_of(step: &Step) -> Option<Focus> {
    let StatementRef {
        source,
        policy,
        span,
        ..
    } = step.statement?;
    Some(Focus {
        tab: Tab {
            source,
            index: policy,
        },
        statement: span,
        element: step.span.filter(|s| *s != span),
    })
}

/// What keeps the workspace from a decision. Errors shown under their policy or request are pointed to; those of
/// a text not on show (another tab's policy; a result-only embed shows neither, a compact one folds the request)
/// are listed here, each with its document (or the request), line and column, and what to do.
fn blocking_errors(
    session: &Session,
    result: &WorkspaceResult,
    props: &ResultPanelProps,
    locale: Locale,
) -> Html {
    let mut hidden = result.blocking_errors();
    let all = hidden.len();
    hidden.retain(|(tab, _)| match tab {
        // The policy pane shows one tab at a time: another tab's errors are not on show.
        Some(tab) => !props.policy_shown || *tab != session.tab,
        None => !props.request_shown,
    });
    let help = (hidden.len() < all || hidden.is_empty())
        .then(|| html! { <p>{ locale.label(Label::NotEvaluatedHelp) }</p> });
    if hidden.is_empty() {
        return html! { { for help } };
    }
    let place = |tab: Option<Tab>| match tab {
        Some(tab) => format!(
            "{} {}",
            locale.label(Label::from(tab.source)),
            session.policy(tab).map_or("", |p| p.name.as_str())
        ),
        None => locale.label(Label::Request).to_string(),
    };
    html! {
        <>
        { for help }
        <ul class="diagnostics blocking" aria-label={locale.label(Label::Problems)}>
            { for hidden.into_iter().map(|(tab, d)| {
                let words = d.words(locale);
                html! {
                    <li class="diag error">
                        <span class="where">{ format!("{} {}:{}", place(tab), d.span.line, d.span.column) }</span>{ " " }
                        <span class="message">{ glossary::rich(&locale.sentence_start(&words.message)) }</span>
                        <div class="help">{ glossary::rich(&locale.sentence_start(&words.help)) }</div>
                    </li>
                }
            }) }
        </ul>
        </>
    }
}

/// The reasoning list shows this many steps until asked for all (a 1,000-statement policy has thousands).
const LISTED_STEPS: usize = 400;
/// In an embed, fewer: the frame grows to its content on the host's page, and a host page is read by scrolling
/// past examples, not through 200 steps of one (a 40-statement policy lists about 200).
const EMBED_LISTED_STEPS: usize = 40;

#[function_component(ResultPanel)]
pub fn result_panel(props: &ResultPanelProps) -> Html {
    let locale = super::use_locale();
    let listed = if super::embed::use_embed().is_some() {
        EMBED_LISTED_STEPS
    } else {
        LISTED_STEPS
    };
    let app = super::use_app();
    let show_all = use_state(|| false);
    let steps_open = use_state(|| !props.collapsed_steps);
    let result = &props.result;
    let (Some(evaluation), Some(request)) = (&result.evaluation, &result.request.request) else {
        return html! {
            <div class="banner invalid" role="status" data-decision="none" aria-live="polite">
                <strong>{ locale.label(Label::NotEvaluated) }</strong>
                { blocking_errors(&app.state, result, props, locale) }
            </div>
        };
    };
    let class = match evaluation.decision {
        Decision::Allow => "banner allow",
        Decision::ExplicitDeny => "banner deny",
        Decision::ImplicitDeny => "banner implicit",
    };
    let steps = explain::steps(evaluation, request);
    // The banner shows the refusals (rule G9) and the decision: the list starts after them.
    let first = 1 + steps
        .iter()
        .position(|s| matches!(s.message, Message::Decision { .. }))
        .unwrap_or(0);
    let refusals = steps[..first - 1].iter().map(|step| {
        html! { <p class="refused" role="alert">{ glossary::rich(&locale.render(&step.message)) }</p> }
    });
    let decision_term = match evaluation.decision {
        Decision::ExplicitDeny => Some(Term::ExplicitDeny),
        Decision::ImplicitDeny => Some(Term::ImplicitDeny),
        Decision::Allow => None,
    };
    let conclusion = steps
        .iter()
        .find(|s| matches!(s.message, Message::Conclusion { .. }));
    // A long list shows its first steps and the closing decision steps (the trailing top-level ones).
    let tail = steps.len()
        - steps
            .iter()
            .rev()
            .take_while(|s| s.depth == 0)
            .count()
            .min(steps.len() - 1);
    let tail = tail.max(first);
    let head = if *show_all {
        tail
    } else {
        tail.min(first + listed)
    };
    // The one step the Tab key reaches: the first linked one shown.
    let entry = (first..head)
        .chain(tail..steps.len())
        .find(|&i| props.policy_shown && focus_of(&steps[i]).is_some())
        .unwrap_or(usize::MAX);
    let leave = {
        let on_focus = props.on_focus.clone();
        Callback::from(move |_: MouseEvent| on_focus.emit((None, false)))
    };
    html! {
        <>
            <div {class} role="status" data-decision={evaluation.decision.as_str()}
                data-authoritative={evaluation.authoritative.to_string()}
                data-hypothetical={evaluation.hypothetical().to_string()} aria-live="polite">
                { for refusals }
                <strong>{ locale.label(Label::from(evaluation.decision)) }</strong>
                if let Some(term) = decision_term {
                    { glossary::term_help(locale, term) }
                }
                if evaluation.hypothetical() {
                    <span class="badge hypothetical">{ locale.sentence_start(locale.label(Label::Hypothetical)) }</span>
                    { glossary::term_help(locale, Term::Hypothetical) }
                }
                if !evaluation.authoritative {
                    <span class="badge" title={locale.render(&Message::NotAuthoritative)}>{ locale.sentence_start(locale.label(Label::NotAuthoritative)) }</span>
                    { glossary::term_help(locale, Term::NotAuthoritative) }
                }
                if let Some(conclusion) = conclusion {
                    <p>{ glossary::with_rule_links(locale, &locale.sentence(&conclusion.message)) }</p>
                }
                if let Some(layer) = evaluation.layer.filter(|_| evaluation.layered()) {
                    <p class="deciding-layer" data-layer={layer.as_str()}>{ locale.decided_by(layer, evaluation.scp_node.as_ref()) }</p>
                }
            </div>
            if props.collapsed_steps {
                <h2>{ super::disclosure(&steps_open, "steps-toggle", Label::StepByStep, locale) }</h2>
            } else {
                <h2>
                    { locale.label(Label::StepByStep) }
                    if props.policy_shown {
                        // A touch screen cannot hover (finding 24).
                        <span class="hint step-hint-hover">{ locale.label(Label::StepHint) }</span>
                        <span class="hint step-hint-touch">{ locale.label(Label::StepHintTouch) }</span>
                    }
                </h2>
            }
            if *steps_open {
                <ol class="steps" onmouseleave={leave} onkeydown={super::roving(".steps", ":scope > li.step.linked")}>
                    { for steps[first..head].iter().enumerate().map(|(i, step)| render_step(step, props, locale, first + i == entry)) }
                    if head < tail {
                        <li class="more">{ super::show_all(&show_all, steps.len() - 1, locale) }</li>
                    }
                    { for steps[tail..].iter().enumerate().map(|(i, step)| render_step(step, props, locale, tail + i == entry)) }
                </ol>
            }
        </>
    }
}

fn render_step(step: &Step, props: &ResultPanelProps, locale: Locale, entry: bool) -> Html {
    let status = match step.status {
        Status::Pass => "pass",
        Status::Fail => "fail",
        Status::Info => "info",
        Status::Warn => "warn",
        Status::Skip => "skip",
    };
    let focus = focus_of(step).filter(|_| props.policy_shown);
    let focused = focus.is_some()
        && props.focus.map(|f| (f.tab, f.statement)) == focus.map(|f| (f.tab, f.statement));
    let section = match step.message {
        Message::LayerHeader { .. } => Some("layer-header"),
        Message::Caller { .. } | Message::AssumeRole { .. } => Some("who"),
        _ => None,
    };
    let class = classes!(
        "step",
        status,
        section,
        format!("depth-{}", step.depth),
        focus.is_some().then_some("linked"),
        focused.then_some("focused")
    );
    let body = match &step.message {
        Message::Assumption { rule, detail } => html! {
            <>
                { glossary::rich(&locale.render(&Message::AssumptionText { rule: *rule, detail: detail.clone() })) }{ " " }
                <a href={locale.doc_url(*rule)} target="_blank" rel="noopener noreferrer">{ format!("{} {}", locale.label(Label::DocPage), rule.doc_page()) }</a>
            </>
        },
        message => glossary::with_rule_links(locale, &locale.sentence(message)),
    };
    let location = step
        .span
        .map(|s| html! { <span class="where">{ format!(" {}:{}", s.line, s.column) }</span> });
    match focus {
        Some(focus) => {
            let on_enter = props
                .on_focus
                .reform(move |_: MouseEvent| (Some(focus), false));
            let on_click = props
                .on_focus
                .reform(move |_: MouseEvent| (Some(focus), true));
            let on_key = {
                let on_focus = props.on_focus.clone();
                Callback::from(move |e: KeyboardEvent| {
                    if e.key() == "Enter" || e.key() == " " {
                        e.prevent_default();
                        on_focus.emit((Some(focus), true));
                    }
                })
            };
            html! {
                <li {class} tabindex={if entry { "0" } else { "-1" }} onmouseenter={on_enter} onclick={on_click} onkeydown={on_key}>
                    { body }{ location }
                </li>
            }
        }
        None => html! { <li {class}>{ body }{ location }</li> },
    }
}
