//! Simplified Chinese words for the request phase's diagnostics.

use crate::i18n::Words;
use crate::request::RequestText;

pub fn words(text: &RequestText) -> Words {
    match *text {}
}
