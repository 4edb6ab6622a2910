//! Simplified Chinese words for the json phase's diagnostics.

use crate::i18n::Words;
use crate::json::JsonText;

pub fn words(text: &JsonText) -> Words {
    match *text {}
}
