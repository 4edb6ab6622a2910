//! The Simplified Chinese tables, in Tencent Cloud's own terms (`../shared/reference/zh-glossary.md`): the
//! reasoning (`render`), the interface's labels (`label`) and each phase's diagnostics (the submodules).

mod json;
mod lint;
mod policy;
mod request;

use crate::diagnostic::Text;
use crate::explain::{Label, Message};
use crate::i18n::Words;

/// A diagnostic's message and help.
pub fn words(text: &Text) -> Words {
    match text {
        Text::Json(t) => json::words(t),
        Text::Policy(t) => policy::words(t),
        Text::Request(t) => request::words(t),
        Text::Lint(t) => lint::words(t),
        Text::Legacy(words) => words.clone(),
    }
}

pub fn render(message: &Message) -> String {
    crate::i18n::en::render(message)
}

pub fn label(label: Label) -> &'static str {
    crate::i18n::en::label(label)
}
