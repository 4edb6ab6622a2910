//! The JavaScript package's usage errors in English (`i18n::api`).

use crate::i18n::api::{quoted_tags, ApiText};

pub fn text(text: &ApiText) -> String {
    match text {
        ApiText::NotAnObject => "the input is not an object".into(),
        ApiText::NotAList { field } => format!("{field} is not a list"),
        ApiText::NotAPolicy { field, index } => {
            format!("{field}[{index}] is neither JSON text nor a policy object")
        }
        ApiText::UnknownKind { field, index, given } => format!(
            "{field}[{index}].kind is {given:?}, which is no kind of document: write \"identity\", \"boundary\", \"trust\", \"session\", \"bucket\" or \"scp\""
        ),
        ApiText::UnknownNode { field, index, given } => format!(
            "{field}[{index}].node is {given:?}, which is no node of an organization: write \"account\", \"department\", \"department/<name>\" or \"root\""
        ),
        ApiText::NodeNotScp { field, index } => format!(
            "{field}[{index}].node binds an SCP to an organization node, but {field}[{index}] is not an SCP: give it kind \"scp\" (or put it in scp), or leave node out"
        ),
        ApiText::KindNotInMatrix { kind } => format!(
            "the matrix reads identity policies and a boundary, not a {kind} document: evaluate requests against it instead"
        ),
        ApiText::RequestNotJson => "request is neither JSON text nor an object".into(),
        ApiText::ExplainNotBoolean => "explain is true or false".into(),
        ApiText::UnknownLang { given } => format!("lang is {}, not {given}", quoted_tags(" or ")),
    }
}

/// `evaluate expects {…}: problem`.
pub fn error(expects: &str, problem: &ApiText) -> String {
    format!("{expects}: {}", text(problem))
}
