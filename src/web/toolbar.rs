//! The workspace toolbar (copy link, copy as Markdown, paste an error, new) and the banner above the panes.

use web_sys::{HtmlElement, HtmlTextAreaElement};
use yew::prelude::*;

use cam_playground::eval::Decision;
use cam_playground::i18n::Locale;

use cam_playground::explain::Message;
use cam_playground::i18n;
use cam_playground::request::read_error_message;
use cam_playground::share;
use cam_playground::vocabulary::Label;
use cam_playground::workspace::WorkspaceResult;

use super::persist;
use super::state::{Action, Banner, RequestEdit, State};

fn decision_of(result: &WorkspaceResult) -> Option<Decision> {
    result.evaluation.as_ref().map(|e| e.decision)
}

/// The current workspace as a link, which also becomes the address bar's new history entry.
fn share_url(state: &State, result: &WorkspaceResult) -> String {
    let fragment = share::encode(&state.workspace, &state.view(), decision_of(result));
    persist::push_fragment(&fragment);
    persist::url_for(&fragment)
}

#[function_component(Toolbar)]
pub fn toolbar() -> Html {
    let app = super::use_app();
    let locale = super::use_locale();
    let pasting = use_state(|| false);
    let paste_error = use_state(|| None::<cam_playground::request::PasteProblem>);
    let area = use_node_ref();
    let state = &app.state;

    let copy_link = {
        let (state, result) = (state.clone(), app.result.clone());
        Callback::from(move |_: MouseEvent| {
            let url = share_url(&state, &result);
            persist::copy_to_clipboard(&url);
            state.dispatch(Action::Banner(Some(Banner::Copied {
                label: Label::LinkCopied,
                text: url,
            })));
        })
    };
    let copy_markdown = {
        let (state, result) = (state.clone(), app.result.clone());
        Callback::from(move |_: MouseEvent| {
            let url = share_url(&state, &result);
            let text = i18n::markdown(&state.workspace, &result, Some(&url), locale);
            persist::copy_to_clipboard(&text);
            state.dispatch(Action::Banner(Some(Banner::Copied {
                label: Label::MarkdownCopied,
                text,
            })));
        })
    };
    let copy_embed = {
        let (state, result) = (state.clone(), app.result.clone());
        Callback::from(move |_: MouseEvent| {
            let url = share_url(&state, &result);
            // The script sizes the frame, follows the page's theme and language, and loads it when scrolled to.
            let folder = url.split('#').next().unwrap_or_default();
            let folder = &folder[..folder.rfind('/').map_or(0, |i| i + 1)];
            let text = format!(
                "<script src=\"{folder}embed.js\" defer></script>\n<cam-playground link=\"{url}\"></cam-playground>"
            );
            persist::copy_to_clipboard(&text);
            state.dispatch(Action::Banner(Some(Banner::Copied {
                label: Label::EmbedCopied,
                text,
            })));
        })
    };
    let new = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            persist::keep_previous(&state.workspace);
            let displaced = state.workspace.clone();
            state.dispatch(Action::New);
            state.dispatch(Action::Banner(Some(Banner::RestoreAfterNew(displaced))));
        })
    };
    let toggle_paste = {
        let (pasting, paste_error) = (pasting.clone(), paste_error.clone());
        Callback::from(move |_: MouseEvent| {
            pasting.set(!*pasting);
            paste_error.set(None);
        })
    };
    let fill = {
        let (state, pasting, paste_error, area) = (
            state.clone(),
            pasting.clone(),
            paste_error.clone(),
            area.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let text = area
                .cast::<HtmlTextAreaElement>()
                .map(|a| a.value())
                .unwrap_or_default();
            match read_error_message(&text) {
                Ok(facts) => {
                    state.dispatch(Action::EditRequestField(RequestEdit::FromError(facts)));
                    pasting.set(false);
                    paste_error.set(None);
                }
                Err(problem) => paste_error.set(Some(problem)),
            }
        })
    };

    html! {
        <>
            <div class="toolbar" role="toolbar" aria-label={locale.label(Label::ShareLink)}>
                <button class="copy-link" onclick={copy_link}>{ locale.label(Label::CopyLink) }</button>
                <button class="copy-markdown" onclick={copy_markdown}>{ locale.label(Label::CopyMarkdown) }</button>
                <button class="copy-embed" onclick={copy_embed}>{ locale.label(Label::CopyEmbed) }</button>
                <button class="paste-error" aria-expanded={pasting.to_string()} onclick={toggle_paste.clone()}>{ locale.label(Label::PasteError) }</button>
                <button class="new" onclick={new}>{ locale.label(Label::NewWorkspace) }</button>
            </div>
            if *pasting {
                <div class="paste-box">
                    <label for="pasted-error">{ locale.label(Label::PasteError) }</label>
                    <textarea id="pasted-error" ref={area} rows="3" placeholder={locale.label(Label::PasteErrorPlaceholder)} />
                    if let Some(problem) = &*paste_error {
                        <p class="notice" role="alert">{ locale.paste_problem(problem) }</p>
                    }
                    <div class="row">
                        <button class="fill" onclick={fill}>{ locale.label(Label::FillRequest) }</button>
                        <button onclick={toggle_paste}>{ locale.label(Label::Cancel) }</button>
                    </div>
                </div>
            }
        </>
    }
}

/// Link problems, work that can be restored, copied text, and a decision that changed since a link was made. A
/// plain function: it reads only the context its parent reads.
pub fn banner_view(app: &super::AppContext, locale: Locale) -> Html {
    let state = &app.state;
    let dismiss = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::Banner(None)))
    };
    let changed = state.link_stamp.as_ref().and_then(|stamp| {
        let now = Decision::name_of(decision_of(&app.result));
        (!stamp.decision.is_empty() && stamp.decision != now).then(|| {
            let current = share::stamp(decision_of(&app.result));
            locale.render(&Message::DecisionChangedSinceLink {
                was: stamp.decision.clone(),
                engine: stamp.engine.clone(),
                catalog: stamp.catalog.clone(),
                now_engine: current.engine.clone(),
                now_catalog: current.catalog.clone(),
                now: now.to_string(),
            })
        })
    });
    let banner = match &state.banner {
        Some(Banner::LinkError(problem)) => html! {
            <div class="banner-bar error" role="alert">
                <strong>{ locale.label(Label::LinkUnreadable) }</strong>{ locale.colon() }{ locale.share_problem(problem) }
                <button onclick={dismiss}>{ locale.label(Label::Dismiss) }</button>
            </div>
        },
        Some(Banner::Restore(workspace) | Banner::RestoreAfterNew(workspace)) => {
            let help = match &state.banner {
                Some(Banner::RestoreAfterNew(_)) => Label::NewStarted,
                _ => Label::RestoreHelp,
            };
            let restore = {
                let (state, workspace) = (state.clone(), workspace.clone());
                Callback::from(move |_: MouseEvent| {
                    persist::forget_previous();
                    state.dispatch(Action::Restore(workspace.clone()));
                })
            };
            html! {
                <div class="banner-bar info" role="status">
                    { locale.label(help) }
                    <button class="restore" onclick={restore}>{ locale.label(Label::RestorePrevious) }</button>
                    <button onclick={dismiss}>{ locale.label(Label::Dismiss) }</button>
                </div>
            }
        }
        Some(Banner::Copied { label, text }) => html! {
            <div class="banner-bar info" role="status">
                { locale.label(*label) }
                <textarea class="copied" readonly=true rows="1" aria-label={locale.label(*label)} value={text.clone()} />
                <button onclick={dismiss}>{ locale.label(Label::Dismiss) }</button>
            </div>
        },
        None => html! {},
    };
    html! {
        <>
            { banner }
            if let Some(message) = changed {
                <div class="banner-bar warning" role="alert">{ message }</div>
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct UndoStatusProps {
    /// The fix panel's line (after a fix) rather than the one under the toolbar (everything else).
    pub fix: bool,
}

/// What was just done, with "Undo" (issue 27, item 6): after a fix, a removed tab, an example, a pasted error.
/// After a fix or a pasted error it takes the focus, so a second Enter does not press whatever button now sits
/// where the focus was (finding 6), and a screen reader hears what changed.
#[function_component(UndoStatus)]
pub fn undo_status(props: &UndoStatusProps) -> Html {
    let app = super::use_app();
    let locale = super::use_locale();
    let line = use_node_ref();
    let shown = app.state.undo.as_ref().filter(|undo| {
        matches!(undo.done, cam_playground::analysis::Done::Fix { .. }) == props.fix
    });
    let focus = shown
        .filter(|undo| {
            matches!(
                undo.done,
                cam_playground::analysis::Done::Fix { .. }
                    | cam_playground::analysis::Done::Filled { .. }
                    | cam_playground::analysis::Done::AddedPolicy { .. }
            )
        })
        .map(|undo| undo.serial);
    {
        let line = line.clone();
        use_effect_with(focus, move |focus| {
            if focus.is_some() {
                if let Some(line) = line.cast::<HtmlElement>() {
                    line.scroll_into_view();
                    let _ = line.focus();
                }
            }
        });
    }
    let Some(undo) = shown else {
        return html! {};
    };
    let state = app.state.clone();
    let on_undo = Callback::from(move |_: MouseEvent| state.dispatch(Action::Undo));
    let state = app.state.clone();
    let clear = Callback::from(move |_: MouseEvent| state.dispatch(Action::ClearPolicies));
    let filled = matches!(undo.done, cam_playground::analysis::Done::Filled { .. });
    html! {
        <div class="banner-bar info undo-status" aria-live="polite" tabindex="-1" ref={line}>
            <span>{ super::glossary::rich(&locale.done(&undo.done)) }</span>
            if filled {
                <button class="clear-policies" onclick={clear}>{ locale.label(Label::ClearPolicies) }</button>
            }
            <button class="undo" onclick={on_undo}>{ locale.label(Label::Undo) }</button>
        </div>
    }
}
