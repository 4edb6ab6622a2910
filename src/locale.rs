//! The languages the product speaks, as a plain value below every phase: which locale, its tag, and negotiation
//! with the user's preferred languages. What each locale *says* is the message layer's (`i18n`).

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Locale {
    #[default]
    #[serde(rename = "en")]
    En,
    #[serde(rename = "zh-CN")]
    ZhCn,
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

    /// The language the 中文/English switch offers: the next one in `ALL` (with two, the other one; a third
    /// language joins the cycle without a change here).
    pub fn other(self) -> Locale {
        let at = Locale::ALL.iter().position(|l| *l == self).unwrap_or(0);
        Locale::ALL[(at + 1) % Locale::ALL.len()]
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
