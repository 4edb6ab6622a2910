//! What the JavaScript package throws when it is called with input of the wrong shape, as data: the locale
//! tables (`i18n::{en,zh_cn}::api`) word it, after the function's signature (`evaluate expects {…}: …`).

#[derive(Clone, Debug, PartialEq)]
pub enum ApiText {
    NotAnObject,
    /// `policies` or `boundary` is not an array.
    NotAList {
        field: &'static str,
    },
    NotAPolicy {
        field: &'static str,
        index: usize,
    },
    /// `field[index].kind` names no kind of document (rule K1).
    UnknownKind {
        field: &'static str,
        index: usize,
        given: String,
    },
    /// `field[index].node` names no organization node an SCP can be bound to (rule O2).
    UnknownNode {
        field: &'static str,
        index: usize,
        given: String,
    },
    /// `field[index]` names a `node` but is not an SCP (rule O2).
    NodeNotScp {
        field: &'static str,
        index: usize,
    },
    /// The matrix reads identity policies and a boundary; `kind` is another kind given to it.
    KindNotInMatrix {
        kind: &'static str,
    },
    RequestNotJson,
    ExplainNotBoolean,
    /// `lang` names no locale; `given` is its JSON text.
    UnknownLang {
        given: String,
    },
}

/// The locale tags, quoted, joined by `separator` (what `UnknownLang` lists in either language).
pub(crate) fn quoted_tags(separator: &str) -> String {
    crate::i18n::Locale::ALL
        .map(|l| format!("{:?}", l.tag()))
        .join(separator)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::ApiText;
    use crate::i18n::Locale;

    /// Every kind of text, with the parameters its words must show.
    pub(crate) fn samples_with_parameters() -> Vec<(ApiText, Vec<&'static str>)> {
        vec![
            (ApiText::NotAnObject, vec![]),
            (ApiText::NotAList { field: "boundary" }, vec!["boundary"]),
            (
                ApiText::NotAPolicy {
                    field: "policies",
                    index: 7,
                },
                vec!["policies[7]"],
            ),
            (
                ApiText::UnknownNode {
                    field: "scp",
                    index: 2,
                    given: "ou-7".into(),
                },
                vec!["scp[2].node", "ou-7"],
            ),
            (
                ApiText::NodeNotScp {
                    field: "trust",
                    index: 1,
                },
                vec!["trust[1].node"],
            ),
            (
                ApiText::UnknownKind {
                    field: "policies",
                    index: 3,
                    given: "role".into(),
                },
                vec!["policies[3].kind", "\"role\"", "trust"],
            ),
            (ApiText::KindNotInMatrix { kind: "bucket" }, vec!["bucket"]),
            (ApiText::RequestNotJson, vec!["request"]),
            (ApiText::ExplainNotBoolean, vec!["explain"]),
            (
                ApiText::UnknownLang {
                    given: "\"fr\"".into(),
                },
                vec!["\"fr\"", "\"en\"", "\"zh-CN\""],
            ),
        ]
    }

    pub(crate) fn samples() -> Vec<ApiText> {
        samples_with_parameters()
            .into_iter()
            .map(|(t, _)| t)
            .collect()
    }

    #[test]
    fn every_api_text_is_worded_in_every_locale_with_its_parameters() {
        for (text, parameters) in samples_with_parameters() {
            for locale in Locale::ALL {
                let worded = locale.api(&text);
                for parameter in &parameters {
                    assert!(worded.contains(parameter), "{locale:?} {text:?}: {worded}");
                }
            }
            let chinese = Locale::ZhCn.api(&text);
            assert!(
                chinese
                    .chars()
                    .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                "{chinese}"
            );
        }
    }
}
