//! JavaScript 包的调用错误（`i18n::api`），简体中文。

use crate::i18n::api::{quoted_tags, ApiText};

pub fn text(text: &ApiText) -> String {
    match text {
        ApiText::NotAnObject => "输入不是对象".into(),
        ApiText::NotAList { field } => format!("{field} 不是数组"),
        ApiText::NotAPolicy { field, index } => {
            format!("{field}[{index}] 既不是 JSON 文本，也不是策略对象")
        }
        ApiText::RequestNotJson => "request 既不是 JSON 文本，也不是对象".into(),
        ApiText::ExplainNotBoolean => "explain 只能是 true 或 false".into(),
        ApiText::UnknownLang { given } => {
            format!("lang 只能是 {}，不能是 {given}", quoted_tags(" 或 "))
        }
    }
}
