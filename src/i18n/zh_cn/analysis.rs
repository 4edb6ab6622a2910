//! Simplified Chinese words for the analysis panels (fixes).

use crate::analysis::{Done, FixText};

/// What a fix does, as a sentence.
pub fn fix(text: &FixText) -> String {
    match text {
        FixText::RemoveDeny { source, policy, statement } => {
            format!("删除{} {policy} 中的语句 {statement}（效力为拒绝）", super::set_name(*source).trim_end())
        }
        FixText::AddAction { action, source, policy, statement } => {
            format!("将 `{action}` 添加到{} {policy} 的语句 {statement} 的操作（action）中", super::set_name(*source).trim_end())
        }
        FixText::AddResource { resource, source, policy, statement } => {
            format!("将资源 {resource} 添加到{} {policy} 的语句 {statement} 中", super::set_name(*source).trim_end())
        }
        FixText::GrantOperationLevel { action, source, policy, statement } => format!(
            "`{action}` 是操作级接口：请在一条新语句中授权，资源设为 `*`（{} {policy} 的语句 {statement} 指定的是具体资源，见规则 R5）",
            super::set_name(*source).trim_end()
        ),
        FixText::SetConditionKey { source, policy, statement, key, operator, values, request_values, value } => {
            let now = match request_values {
                Some(v) => format!("请求中的值为 {}", v.join("、")),
                None => "请求中没有这个条件键".to_string(),
            };
            format!(
                "{} {policy} 的语句 {statement} 要求 {key} 满足 `{operator}` `{}`，而{now}。把请求中的 {key} 改为 `{value}` 即可",
                super::set_name(*source).trim_end(),
                values.join("`、`")
            )
        }
        FixText::AddAllowStatement { action, resources, source, policy, bypasses } => format!(
            "在{} {policy} 中添加一条语句，允许对 {} 执行 `{action}`{}",
            super::set_name(*source).trim_end(),
            resources.join("、"),
            if bypasses.is_empty() { String::new() } else { format!("（这会绕过对 {} 的条件限制）", bypasses.join("、")) }
        ),
        FixText::AddDenyStatement { action, policy } => format!("在策略 {policy} 中添加一条语句，拒绝 `{action}`"),
        FixText::RemoveAllow { source, policy, statement } => {
            format!("删除{} {policy} 中允许此请求的语句 {statement}", super::set_name(*source).trim_end())
        }
    }
}

/// 刚刚完成的操作，用于提供撤销的状态行。
pub fn done(done: &Done) -> String {
    match done {
        Done::Fix { fix: text } => format!("已应用：{}。", fix(text)),
        Done::RemovedTab { source, name } => {
            format!("已移除{} {name}。", super::set_name(*source).trim_end())
        }
        Done::LoadedExample { id } => format!(
            "已载入示例“{}”，可一键恢复之前的工作区。",
            super::super::en::analysis::example_title(id, crate::locale::Locale::ZhCn)
        ),
        Done::Filled {
            action,
            id,
            owner_uin,
        } => {
            let mut filled = vec![format!("操作 `{action}`")];
            filled.extend(id.iter().map(|(param, id)| format!("{param} {id}")));
            filled.extend(owner_uin.iter().map(|uin| format!("主账号 UIN {uin}")));
            format!(
                "已从错误信息填入：{}。下一步：粘贴该子账号关联的全部策略（及权限边界），目前载入的仍是示例策略。",
                filled.join("、")
            )
        }
        Done::AddedPolicy { name } => format!("已添加策略 {name}，并打开了它的标签页。"),
        Done::ClearedPolicies => "已清空示例策略，请粘贴该子账号自己的策略。".into(),
        Done::Imported { cases } => {
            format!("已导入测试文件：标签页已替换为文件中的文档，并固定了其中的 {cases} 个用例。")
        }
    }
}
