//! The app's effects as named hooks, so `App` reads as what the page does: evaluate when typing settles, render
//! the heavy panels after the first result, autosave, talk to an embedding page, follow links.

use std::rc::Rc;

use yew::prelude::*;

use cam_playground::catalog::Catalog;
use cam_playground::embed::EmbedOptions;
use cam_playground::eval::{Decision, Detail};
use cam_playground::i18n::Locale;
use cam_playground::wire::{EmbedMessage, EmbedRequest};
use cam_playground::workspace::{Workspace, WorkspaceResult};

use super::state::{Action, State};
use super::{embed, perf, persist, ByPtr};

/// Above this many bytes of policies and request, evaluation waits until typing pauses: for `SHORT_SETTLE_MS`
/// up to `EVALUATE_AT_ONCE_BYTES`, for `SETTLE_MS` beyond. A 300-statement policy (about 60 KB) took 114-250 ms
/// per key when evaluated on every key (issue 27, finding 14); the example (1 KB) takes a few.
const DEBOUNCE_ABOVE_BYTES: usize = 16 * 1024;
const SHORT_SETTLE_MS: u32 = 150;
const EVALUATE_AT_ONCE_BYTES: usize = 64 * 1024;
const SETTLE_MS: u32 = 250;

/// The result for the workspace: at once for a small workspace, once typing pauses for a big one (so every key
/// reaches the editor at once). Returns the workspace evaluated, whether the result lags the text, and the
/// result.
#[hook]
pub fn use_settled_evaluation(workspace: &Workspace) -> (Workspace, bool, ByPtr<WorkspaceResult>) {
    let size = workspace.text_len();
    let large = size > DEBOUNCE_ABOVE_BYTES;
    let wait = if size > EVALUATE_AT_ONCE_BYTES {
        SETTLE_MS
    } else {
        SHORT_SETTLE_MS
    };
    let settled = use_state(|| workspace.clone());
    {
        let settled = settled.clone();
        use_effect_with(workspace.clone(), move |workspace| {
            let workspace = workspace.clone();
            let timer = large.then(|| {
                gloo::timers::callback::Timeout::new(wait, move || settled.set(workspace))
            });
            move || drop(timer)
        });
    }
    let evaluated = if large {
        (*settled).clone()
    } else {
        workspace.clone()
    };
    let pending = evaluated != *workspace;
    // The last run, so the next one reads only the texts that changed.
    let earlier = use_mut_ref(|| None::<(Workspace, Rc<WorkspaceResult>)>);
    let result = use_memo(evaluated.clone(), |workspace| {
        let earlier = earlier.borrow();
        let earlier = earlier.as_ref().map(|(w, r)| (w, &**r));
        perf::timed("evaluate", || {
            workspace.run_after(Catalog::builtin(), Detail::Full, earlier)
        })
    });
    let remembered = matches!(&*earlier.borrow(), Some((_, r)) if Rc::ptr_eq(r, &result));
    if !remembered {
        *earlier.borrow_mut() = Some((evaluated.clone(), result.clone()));
    }
    (evaluated, pending, ByPtr(result))
}

/// False until the first result is on screen: the catalog (a few hundred elements) renders right after it.
#[hook]
pub fn use_after_first_result() -> bool {
    let deferred = use_state(|| false);
    {
        let deferred = deferred.clone();
        use_effect_with((), move |_| {
            perf::first_result();
            gloo::timers::callback::Timeout::new(0, move || deferred.set(true)).forget();
        });
    }
    *deferred
}

/// Saves every evaluated change, so a reload or a link never loses work. An embedded example is not the
/// user's work and never overwrites it.
#[hook]
pub fn use_autosave(evaluated: &Workspace, decision: Option<Decision>, embedded: bool) {
    use_effect_with(
        (evaluated.clone(), decision),
        move |(workspace, decision)| {
            if !embedded {
                persist::autosave(workspace, *decision)
            }
        },
    );
}

/// Inside an embed (`options` given): says `ready`, reports every result and the content height, and follows
/// the host page's messages (`docs/embedding.md`). Errors are answered in the embed's language of the moment.
#[hook]
pub fn use_embed_bridge(
    options: Option<Rc<EmbedOptions>>,
    state: &UseReducerHandle<State>,
    result: &ByPtr<WorkspaceResult>,
    locale: Locale,
    set_locale: Callback<Locale>,
) {
    {
        let options = options.clone();
        use_effect_with(result.clone(), move |result| {
            if let Some(options) = &options {
                embed::post(options, &EmbedMessage::result(result));
            }
        });
    }
    {
        let options = options.clone();
        use_effect_with((), move |_| {
            let observer = options.and_then(|options| {
                embed::post(&options, &EmbedMessage::Ready);
                embed::observe_height(options)
            });
            move || {
                if let Some((observer, _)) = observer {
                    observer.disconnect();
                }
            }
        });
    }
    let dispatcher = state.dispatcher();
    use_effect_with(
        (state.workspace.clone(), locale),
        move |(workspace, locale)| {
            let (workspace, locale) = (workspace.clone(), *locale);
            let listener = options.map(|options| {
                gloo::events::EventListener::new(&gloo::utils::window(), "message", move |event| {
                    let answer = |message: &EmbedMessage| embed::post(&options, message);
                    match embed::read(event, &options) {
                        Some(EmbedRequest::Measure) => embed::post_height(&options),
                        Some(EmbedRequest::GetState) => {
                            answer(&EmbedMessage::State { state: &workspace })
                        }
                        Some(EmbedRequest::SetState(Ok(next))) => {
                            dispatcher.dispatch(Action::Restore(next));
                            dispatcher.dispatch(Action::SetRawRequest(true));
                        }
                        Some(EmbedRequest::SetState(Err(error))) => answer(&EmbedMessage::Error {
                            message: locale.share_problem(&error.problem),
                        }),
                        Some(EmbedRequest::SetTheme(name)) => {
                            if let Ok(theme) = name.parse() {
                                dispatcher.dispatch(Action::SetTheme(theme));
                            }
                        }
                        Some(EmbedRequest::SetLang(tag)) => match Locale::from_tag(&tag) {
                            Some(locale) => set_locale.emit(locale),
                            None => answer(&EmbedMessage::Error {
                                message: locale.render(
                                    &cam_playground::explain::Message::UnknownLanguage { tag },
                                ),
                            }),
                        },
                        None => {}
                    }
                })
            });
            move || drop(listener)
        },
    );
}

/// Back/forward and pasted links: opens the fragment, keeping the current work restorable.
#[hook]
pub fn use_link_navigation(state: &UseReducerHandle<State>, embedded: bool) {
    let dispatcher = state.dispatcher();
    use_effect_with(state.workspace.clone(), move |current| {
        let current = current.clone();
        let listener =
            gloo::events::EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
                if let Some(fragment) = persist::fragment() {
                    dispatcher.dispatch(super::open_link(&fragment, Some(&current), embedded));
                }
            });
        move || drop(listener)
    });
}

/// Puts the theme on the page; the full playground remembers it, an embed (whose host decides) does not.
#[hook]
pub fn use_theme(theme: super::state::Theme, embedded: bool) {
    use_effect_with(theme, move |theme| super::apply_theme(*theme, !embedded));
}
