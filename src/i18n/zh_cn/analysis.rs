//! Simplified Chinese words for the analysis panels (fixes).

use crate::analysis::FixText;
use crate::policy::PolicyKind;

/// What a fix does, as a sentence.
pub fn fix(text: &FixText) -> String {
    match text {
        FixText::RemoveDeny { source, policy, statement } => {
            format!("删除{} {policy} 中的语句 {statement}（效力为拒绝）", source_name(*source))
        }
        FixText::AddAction { action, statement } => format!("将 `{action}` 添加到语句 {statement} 的操作（action）中"),
        FixText::AddResource { resource, statement } => format!("将资源 {resource} 添加到语句 {statement} 中"),
        FixText::GrantOperationLevel { action, statement } => format!(
            "`{action}` 是操作级接口：请在一条新语句中授权，资源设为 `*`（语句 {statement} 指定的是具体资源，见规则 R5）"
        ),
        FixText::SetConditionKey { statement, key, operator, values, request_values, value } => {
            let now = match request_values {
                Some(v) => format!("请求中的值为 {}", v.join("、")),
                None => "请求中没有这个条件键".to_string(),
            };
            format!(
                "语句 {statement} 的生效条件要求 {key} {operator} `{}`（{now}）：请将它设为 `{value}`",
                values.join("`、`")
            )
        }
        FixText::AddAllowStatement { action, resources, source, policy } => format!(
            "在{} {policy} 中添加一条语句，允许对 {} 执行 `{action}`",
            source_name(*source),
            resources.join("、")
        ),
        FixText::AddDenyStatement { action, policy } => format!("在策略 {policy} 中添加一条语句，拒绝 `{action}`"),
        FixText::RemoveAllow { source, policy, statement } => {
            format!("删除{} {policy} 中允许此请求的语句 {statement}", source_name(*source))
        }
    }
}

fn source_name(source: PolicyKind) -> &'static str {
    match source {
        PolicyKind::Identity => "策略",
        PolicyKind::Boundary => "权限边界",
        PolicyKind::Trust => "信任策略",
        PolicyKind::Session => "会话策略",
        PolicyKind::Bucket => "存储桶策略",
        PolicyKind::Scp => "服务管控策略",
    }
}
