//! "Paste an error": the facts a Tencent Cloud authorization error carries, e.g.
//! `code:AuthFailure.UnauthorizedOperation message:… you are not authorized to perform operation
//! (ccc:CreateStaff) resource (qcs::ccc::uin/100000000001:SdkAppId/1400000000) has no permission`.

use serde::Serialize;

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ErrorFacts {
    pub action: String,
    pub resource: Option<String>,
    pub owner_uin: Option<String>,
}

/// Why a pasted text could not be read (`i18n::{en,zh_cn}::request::paste_problem` word it).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum PasteProblem {
    /// Longer than `MAX_ERROR_CHARS` (`length` in bytes).
    TooLong { length: usize },
    /// No `operation (service:Api)` in the text.
    NoAction,
}

/// The longest text read; an error message is a few hundred characters.
const MAX_ERROR_CHARS: usize = 16 * 1024;

pub fn read_error_message(text: &str) -> Result<ErrorFacts, PasteProblem> {
    if text.len() > MAX_ERROR_CHARS {
        return Err(PasteProblem::TooLong { length: text.len() });
    }
    // English or Chinese words, ASCII or full-width parentheses (issue 27, finding 32).
    let action = ["operation", "操作"]
        .into_iter()
        .find_map(|word| {
            after_word(text, word).filter(|a| a.contains(':') && !a.contains(char::is_whitespace))
        })
        .ok_or(PasteProblem::NoAction)?;
    let resource = ["resource", "资源"]
        .into_iter()
        .find_map(|word| after_word(text, word).filter(|r| r == "*" || r.starts_with("qcs:")));
    let account = resource
        .as_deref()
        .and_then(|r| r.split(':').nth(4))
        .and_then(|account| account.strip_prefix("uin/"))
        .filter(|uin| !uin.is_empty() && uin.bytes().all(|b| b.is_ascii_digit()))
        .map(str::to_string);
    Ok(ErrorFacts {
        action,
        resource,
        owner_uin: account,
    })
}

/// The text in parentheses after `word` (case-insensitive), e.g. `operation (ccc:CreateStaff)`.
fn after_word(text: &str, word: &str) -> Option<String> {
    let lower = text.to_ascii_lowercase();
    let mut from = 0;
    while let Some(at) = lower[from..].find(word) {
        let rest = text[from + at + word.len()..].trim_start();
        if let Some(inner) = rest.strip_prefix(['(', '（']) {
            let end = inner.find([')', '）'])?;
            return Some(inner[..end].trim().to_string());
        }
        from += at + word.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_documented_error() {
        let facts = read_error_message(
            "[TencentCloudSDKException]code:AuthFailure.UnauthorizedOperation message:[request id:abc]you are not authorized to perform operation (ccc:CreateStaff)\nresource (qcs::ccc::uin/100000000001:SdkAppId/1400000000) has no permission requestId:abc",
        )
        .unwrap();
        assert_eq!(facts.action, "ccc:CreateStaff");
        assert_eq!(
            facts.resource.as_deref(),
            Some("qcs::ccc::uin/100000000001:SdkAppId/1400000000")
        );
        assert_eq!(facts.owner_uin.as_deref(), Some("100000000001"));
    }

    /// Issue 27, finding 32: a Chinese-style message with full-width parentheses.
    #[test]
    fn reads_chinese_style_messages() {
        for text in [
            "您没有权限执行操作（ccc:CreateStaff），资源（qcs::ccc::uin/100000000001:SdkAppId/1400000000）",
            "you are not authorized to perform operation（ccc:CreateStaff）resource（qcs::ccc::uin/100000000001:SdkAppId/1400000000）",
            "操作 (ccc:CreateStaff) 资源 (qcs::ccc::uin/100000000001:SdkAppId/1400000000)",
        ] {
            let facts = read_error_message(text).unwrap();
            assert_eq!(facts.action, "ccc:CreateStaff", "{text}");
            assert_eq!(facts.owner_uin.as_deref(), Some("100000000001"), "{text}");
        }
        assert_eq!(
            read_error_message("您没有权限执行此操作"),
            Err(PasteProblem::NoAction)
        );
    }

    #[test]
    fn operation_level_errors_and_nonsense() {
        let facts = read_error_message(
            "not authorized to perform operation(ccc:DeleteCCCSkillGroup) resource(*)",
        )
        .unwrap();
        assert_eq!(
            (facts.action.as_str(), facts.resource.as_deref()),
            ("ccc:DeleteCCCSkillGroup", Some("*"))
        );
        assert_eq!(facts.owner_uin, None);
        assert_eq!(
            read_error_message("the server is on fire"),
            Err(PasteProblem::NoAction)
        );
        assert_eq!(
            read_error_message("operation ("),
            Err(PasteProblem::NoAction)
        );
        assert_eq!(
            read_error_message(&"x".repeat(20_000)),
            Err(PasteProblem::TooLong { length: 20_000 })
        );
    }

    #[test]
    fn paste_problems_are_worded_in_every_locale() {
        use crate::i18n::{en, zh_cn};
        let samples = [
            PasteProblem::TooLong { length: 20_017 },
            PasteProblem::NoAction,
        ];
        for sample in &samples {
            let parameter = match sample {
                PasteProblem::TooLong { length } => Some(length.to_string()),
                PasteProblem::NoAction => None,
            };
            let words = [
                en::request::paste_problem(sample),
                zh_cn::request::paste_problem(sample),
            ];
            for sentence in &words {
                assert!(!sentence.is_empty());
                if let Some(parameter) = &parameter {
                    assert!(sentence.contains(parameter.as_str()), "{sentence}");
                }
            }
            assert!(words[1]
                .chars()
                .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)));
        }
        assert_eq!(
            en::request::paste_problem(&PasteProblem::NoAction),
            "no action found: paste an error that says `… perform operation (ccc:ApiName) resource (…)`"
        );
    }
}
