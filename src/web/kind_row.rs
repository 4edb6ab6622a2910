//! The row under the policy tabs: the kind picker of the selected document (rule K1), an SCP's organization node
//! (rule O2), and the menu that adds a tab of the kinds "+ Policy" and "+ Boundary" do not (under the tab row,
//! which keeps Format on its line).

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use cam_playground::i18n::Locale;
use cam_playground::policy::PolicyKind;
use cam_playground::vocabulary::{Label, Term};

use super::state::Action;

/// A plain function, not a component: it reads only the context its parent (the policies pane) reads.
pub fn kind_row(app: &super::AppContext, locale: Locale) -> Html {
    let state = &app.state;
    let tab = state.tab;
    // Reading the selected document as another kind moves it to that kind's list and keeps it selected.
    let pick_kind = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            if let Some(kind) = e
                .target_dyn_into::<HtmlSelectElement>()
                .and_then(|select| PolicyKind::named(&select.value()))
            {
                state.dispatch(Action::SetKind { tab, kind });
            }
        })
    };
    let add_other = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<HtmlSelectElement>() {
                if let Some(kind) = PolicyKind::named(&select.value()) {
                    state.dispatch(Action::AddPolicy(kind));
                }
                select.set_value("");
            }
        })
    };
    let selected = state.active_policy();
    html! {
        <div class="kind-row">
            if selected.is_some() {
                <label class="kind-picker">
                    <span>{ locale.label(Label::KindOfDocument) }</span>
                    <select onchange={pick_kind}>
                        { for PolicyKind::ALL.into_iter().map(|kind| html! {
                            <option value={kind.as_str()} selected={kind == tab.source}>{ locale.kind_choice(kind) }</option>
                        }) }
                    </select>
                    { Term::for_kind(tab.source).map(|term| super::glossary::term_help(locale, term)).unwrap_or_default() }
                </label>
            }
            if let Some(policy) = selected.filter(|_| tab.source == PolicyKind::Scp) {
                <super::scp_node::ScpNodePicker {tab} node={policy.node.clone()} />
            }
            <select class="tab-add tab-add-kind" onchange={add_other} aria-label={locale.label(Label::AddOtherKind)}>
                <option value="" selected=true>{ locale.label(Label::AddOtherKind) }</option>
                { for [PolicyKind::Trust, PolicyKind::Session, PolicyKind::Bucket, PolicyKind::Scp].into_iter().map(|kind| html! {
                    <option value={kind.as_str()}>{ locale.kind_choice(kind) }</option>
                }) }
            </select>
        </div>
    }
}
