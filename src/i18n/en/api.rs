//! The JavaScript package's usage errors in English (`i18n::api`).

use crate::i18n::api::{quoted_tags, ApiText};

pub fn text(text: &ApiText) -> String {
    match text {
        ApiText::NotAnObject => "the input is not an object".into(),
        ApiText::NotAList { field } => format!("{field} is not a list"),
        ApiText::NotAPolicy { field, index } => {
            format!("{field}[{index}] is neither JSON text nor a policy object")
        }
        ApiText::RequestNotJson => "request is neither JSON text nor an object".into(),
        ApiText::ExplainNotBoolean => "explain is true or false".into(),
        ApiText::UnknownLang { given } => format!("lang is {}, not {given}", quoted_tags(" or ")),
    }
}
