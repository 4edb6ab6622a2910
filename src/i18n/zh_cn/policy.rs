//! Simplified Chinese words for the policy phase's diagnostics.

use crate::i18n::Words;
use crate::policy::PolicyText;

pub fn words(text: &PolicyText) -> Words {
    match *text {}
}
