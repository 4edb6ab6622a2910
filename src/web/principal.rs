//! Who is asking, in the request form: the principal's type (a CAM user, a root account, a role session, an
//! anonymous caller, a cloud service, a federated identity) and the fields that type needs, the accessed
//! resource's owner for cross-account cases, and the organization's facts when the workspace has SCPs. Like the
//! rest of the form, it reads the request text and writes every edit back to it (`RequestEdit`).

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use cam_playground::i18n::Locale;
use cam_playground::request::{PrincipalKind, Request};
use cam_playground::vocabulary::{Label, Term};

use super::state::{Action, RequestEdit, State};

/// A text field whose every keystroke edits the request.
fn text_field(
    state: &UseReducerHandle<State>,
    label: Label,
    value: String,
    placeholder: &'static str,
    class: &'static str,
    make: fn(String) -> RequestEdit,
    locale: Locale,
) -> Html {
    let state = state.clone();
    let oninput = Callback::from(move |e: InputEvent| {
        if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
            state.dispatch(Action::EditRequestField(make(input.value())));
        }
    });
    html! {
        <label class={classes!("field", class)}>
            <span>{ locale.label(label) }</span>
            <input {value} {placeholder} {oninput} spellcheck="false" />
        </label>
    }
}

fn checkbox(
    state: &UseReducerHandle<State>,
    label: Label,
    checked: bool,
    make: fn(bool) -> RequestEdit,
    locale: Locale,
) -> Html {
    let state = state.clone();
    let onchange = Callback::from(move |e: Event| {
        if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
            state.dispatch(Action::EditRequestField(make(input.checked())));
        }
    });
    html! {
        <label class="field check">
            <input type="checkbox" {checked} {onchange} />
            <span>{ locale.label(label) }</span>
        </label>
    }
}

/// The principal's type and the fields it needs, placed first in the form's principal group.
pub fn principal_fields(
    state: &UseReducerHandle<State>,
    request: &Request,
    locale: Locale,
) -> Html {
    let principal = &request.principal;
    let kind = principal.kind();
    let pick = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            if let Some(select) = e.target_dyn_into::<HtmlSelectElement>() {
                let kind = PrincipalKind::named(&select.value());
                state.dispatch(Action::EditRequestField(RequestEdit::PrincipalKind(kind)));
            }
        })
    };
    let specific = match kind {
        PrincipalKind::User => text_field(
            state,
            Label::Groups,
            principal.groups.join(","),
            "1001, 1002",
            "groups",
            RequestEdit::Groups,
            locale,
        ),
        PrincipalKind::Role => text_field(
            state,
            Label::RoleName,
            principal.role.clone().unwrap_or_default(),
            "DevOpsRole",
            "role",
            RequestEdit::Role,
            locale,
        ),
        PrincipalKind::Service => text_field(
            state,
            Label::ServiceName,
            principal.service.clone().unwrap_or_default(),
            "scf.qcloud.com",
            "service",
            RequestEdit::Service,
            locale,
        ),
        PrincipalKind::Federated => text_field(
            state,
            Label::Provider,
            principal.provider.clone().unwrap_or_default(),
            "qcs::cam::uin/100000000001:saml-provider/idp",
            "wide provider",
            RequestEdit::Provider,
            locale,
        ),
        PrincipalKind::Root | PrincipalKind::Anonymous => html! {},
    };
    html! {
        <>
            <label class="field principal-type">
                <span>{ locale.label(Label::PrincipalType) }
                    if kind == PrincipalKind::Anonymous { { super::glossary::term_help(locale, Term::AnonymousAccess) } }
                </span>
                <select onchange={pick}>
                    { for PrincipalKind::ALL.into_iter().map(|k| html! {
                        <option value={k.as_str()} selected={k == kind}>{ locale.principal_word(k) }</option>
                    }) }
                </select>
            </label>
            { specific }
        </>
    }
}

/// The accessed resource's owner (cross-account cases) and, when the workspace has SCPs, the organization's
/// facts they depend on (rules O2, O3).
pub fn owner_fields(
    state: &UseReducerHandle<State>,
    request: &Request,
    has_scp: bool,
    locale: Locale,
) -> Html {
    html! {
        <>
            { text_field(state, Label::ResourceOwnerUin, request.resource_owner_uin.clone().unwrap_or_default(),
                "100000000002", "resource-owner", RequestEdit::ResourceOwnerUin, locale) }
            if has_scp {
                <div class="organization" role="group" aria-label={locale.label(Label::Organization)}>
                    <span class="field-note">{ locale.label(Label::Organization) }</span>
                    { checkbox(state, Label::FullQcloudAccess, request.organization.full_qcloud_access, RequestEdit::FullQcloudAccess, locale) }
                    { checkbox(state, Label::ScpLimitsRoot, request.organization.scp_limits_root, RequestEdit::ScpLimitsRoot, locale) }
                </div>
            }
        </>
    }
}
