//! Simplified Chinese words for the lint phase's diagnostics.

use crate::i18n::Words;
use crate::lint::LintText;

pub fn words(text: &LintText) -> Words {
    match *text {}
}
