//! Where the selected SCP is bound in the organization (rule O2): the member account, a department (with its
//! name, `/` between nested departments) or the root node. The engine walks the nodes from the account up.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use cam_playground::policy_kind::ScpNode;
use cam_playground::vocabulary::Label;

use super::state::{Action, Tab};

#[derive(Properties, PartialEq)]
pub struct ScpNodePickerProps {
    pub tab: Tab,
    pub node: ScpNode,
}

#[function_component(ScpNodePicker)]
pub fn scp_node_picker(props: &ScpNodePickerProps) -> Html {
    let app = super::use_app();
    let locale = super::use_locale();
    let tab = props.tab;
    let dispatch = {
        let state = app.state.clone();
        move |node: ScpNode| state.dispatch(Action::SetScpNode { tab, node })
    };
    let on_pick = {
        let dispatch = dispatch.clone();
        Callback::from(move |e: Event| {
            let node = e
                .target_dyn_into::<HtmlSelectElement>()
                .and_then(|select| ScpNode::named(&select.value()));
            if let Some(node) = node {
                dispatch(node);
            }
        })
    };
    // A typed name is taken as it reads: blank names between slashes are dropped, so every keystroke binds to
    // a node the engine knows. The field keeps what was typed (`Finance/` on the way to `Finance/Night`): its
    // value only changes when the name it stands for does.
    let on_name = Callback::from(move |e: InputEvent| {
        if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
            let typed = input.value();
            let names: Vec<&str> = (typed.split('/'))
                .map(str::trim)
                .filter(|name| !name.is_empty())
                .collect();
            dispatch(ScpNode::Department(names.join("/")));
        }
    });
    let choices = [
        (ScpNode::Account, Label::NodeAccount),
        (ScpNode::Department(String::new()), Label::NodeDepartment),
        (ScpNode::Root, Label::NodeRoot),
    ];
    let same_choice =
        |choice: &ScpNode| std::mem::discriminant(choice) == std::mem::discriminant(&props.node);
    html! {
        <div class="scp-node" role="group" aria-label={locale.label(Label::BoundTo)}>
            <label class="kind-picker">
                <span>{ locale.label(Label::BoundTo) }</span>
                <select onchange={on_pick}>
                    { for choices.iter().map(|(node, label)| html! {
                        <option value={node.to_string()} selected={same_choice(node)}>{ locale.label(*label) }</option>
                    }) }
                </select>
            </label>
            if let ScpNode::Department(path) = &props.node {
                <label class="kind-picker department">
                    <span>{ locale.label(Label::DepartmentPath) }</span>
                    <input value={path.clone()} oninput={on_name} spellcheck="false" />
                </label>
            }
        </div>
    }
}
