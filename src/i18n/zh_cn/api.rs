//! JavaScript 包的调用错误（`i18n::api`），简体中文。

use crate::i18n::api::{quoted_tags, ApiText};

pub fn text(text: &ApiText) -> String {
    match text {
        ApiText::NotAnObject => "输入不是对象".into(),
        ApiText::NotAList { field } => format!("`{field}` 不是数组"),
        ApiText::NotAPolicy { field, index } => {
            format!("`{field}[{index}]` 既不是 JSON 文本，也不是策略对象")
        }
        ApiText::UnknownKind { field, index, given } => format!(
            "`{field}[{index}].kind` 为 {given:?}，不是任何一种文档类型。请写 \"identity\"、\"boundary\"、\"trust\"、\"session\"、\"bucket\" 或 \"scp\""
        ),
        ApiText::UnknownNode { field, index, given } => format!(
            "`{field}[{index}].node` 为 {given:?}，不是集团组织中的节点。请写 \"account\"、\"department\"、\"department/<部门名>\" 或 \"root\""
        ),
        ApiText::NodeNotScp { field, index } => format!(
            "`{field}[{index}].node` 用于把服务管控策略绑定到集团组织节点，但 `{field}[{index}]` 不是服务管控策略。请将其 `kind` 设为 `scp`（或放入 `scp` 列表），或去掉 `node`"
        ),
        ApiText::KindNotInMatrix { kind } => format!(
            "矩阵只读取身份策略和权限边界，不读取 `{kind}` 类型的文档。请改用 `evaluate` 逐个评估请求"
        ),
        ApiText::RequestNotJson => "`request` 既不是 JSON 文本，也不是对象".into(),
        ApiText::ExplainNotBoolean => "`explain` 只能是 true 或 false".into(),
        ApiText::UnknownLang { given } => {
            format!("`lang` 只能是 {}，不能是 {given}", quoted_tags(" 或 "))
        }
    }
}

/// `evaluate` 的参数应为 {…}：问题。The function and its signature are code; the frame is Chinese.
pub fn error(expects: &str, problem: &ApiText) -> String {
    match expects.split_once(" expects ") {
        Some((function, signature)) => {
            format!("`{function}` 的参数应为 `{signature}`：{}", text(problem))
        }
        None => format!("{expects}：{}", text(problem)),
    }
}
