//! The message layer: every sentence the product says, in each locale. The engine returns typed values (the
//! reasoning's `explain::Message`, the interface's `Label`, each phase's diagnostic `Text`); a locale's tables
//! (`en`, `zh_cn`) turn them into words. Nothing outside these tables builds a user-facing sentence, so a
//! sentence is reworded in one place and a missing translation is a compile error (every table is an
//! exhaustive `match`).

pub mod en;
pub mod zh_cn;

use serde::{Deserialize, Serialize};

use crate::diagnostic::Text;
use crate::explain::{Label, Message, Step};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Locale {
    #[default]
    #[serde(rename = "en")]
    En,
    #[serde(rename = "zh-CN")]
    ZhCn,
}

/// A diagnostic in words: what is wrong and what to do about it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Words {
    pub message: String,
    pub help: String,
}

impl Words {
    pub fn new(message: impl Into<String>, help: impl Into<String>) -> Words {
        Words {
            message: message.into(),
            help: help.into(),
        }
    }
}

impl Locale {
    pub const ALL: [Locale; 2] = [Locale::En, Locale::ZhCn];

    /// The BCP 47 tag: `en`, `zh-CN`.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::ZhCn => "zh-CN",
        }
    }

    /// Reads a language tag as browsers (`zh-CN`, `zh-Hans-CN`, `en-US`) and POSIX locales (`zh_CN.UTF-8`) write
    /// it. Any Chinese reads as Simplified Chinese, the only Chinese the product speaks.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        let language = tag
            .split(['-', '_', '.'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        match language.as_str() {
            "en" => Some(Locale::En),
            "zh" => Some(Locale::ZhCn),
            _ => None,
        }
    }

    /// The first locale the product speaks among the user's preferred languages, else English.
    pub fn negotiate<'a>(preferred: impl IntoIterator<Item = &'a str>) -> Locale {
        preferred
            .into_iter()
            .find_map(Locale::from_tag)
            .unwrap_or_default()
    }

    /// One step of the reasoning as a sentence.
    pub fn render(self, message: &Message) -> String {
        match self {
            Locale::En => en::render(message),
            Locale::ZhCn => zh_cn::render(message),
        }
    }

    pub fn label(self, label: Label) -> &'static str {
        match self {
            Locale::En => en::label(label),
            Locale::ZhCn => zh_cn::label(label),
        }
    }

    /// A diagnostic's message and help.
    pub fn words(self, text: &Text) -> Words {
        match self {
            Locale::En => en::words(text),
            Locale::ZhCn => zh_cn::words(text),
        }
    }

    /// The steps as indented plain text with status marks, for terminals and Markdown.
    pub fn render_text(self, steps: &[Step]) -> String {
        let mut out = String::new();
        for step in steps {
            let indent = "  ".repeat(step.depth as usize);
            let location = step
                .span
                .filter(|s| s.line > 0)
                .map(|s| format!("  [{}:{}]", s.line, s.column))
                .unwrap_or_default();
            out.push_str(&format!(
                "{indent}{} {}{location}\n",
                crate::explain::mark(step.status),
                self.render(&step.message)
            ));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_and_negotiation() {
        assert_eq!(Locale::from_tag("zh-CN"), Some(Locale::ZhCn));
        assert_eq!(Locale::from_tag("zh-Hans-CN"), Some(Locale::ZhCn));
        assert_eq!(Locale::from_tag("zh_CN.UTF-8"), Some(Locale::ZhCn));
        assert_eq!(Locale::from_tag("en-US"), Some(Locale::En));
        assert_eq!(Locale::from_tag("fr"), None);
        assert_eq!(Locale::negotiate(["fr-FR", "zh-TW", "en"]), Locale::ZhCn);
        assert_eq!(Locale::negotiate(["de"]), Locale::En);
        for locale in Locale::ALL {
            assert_eq!(Locale::from_tag(locale.tag()), Some(locale));
        }
    }
}
