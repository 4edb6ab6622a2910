//! Simplified Chinese words of `camctl`.

use crate::diagnostic::Severity;
use crate::eval::Decision;
use crate::i18n::cli::CliText;

pub fn text(text: &CliText) -> String {
    match text {
        CliText::Usage => USAGE.into(),
        CliText::NeedsValue { option } => format!("--{option} 需要一个值"),
        CliText::UnknownOption { option } => format!("未知选项 --{option}"),
        CliText::BadChoice { option, choices, given } => format!("--{option} 只能是 {}，不能是 {given}", choices.join(" 或 ")),
        CliText::CannotRead { path, error } => format!("无法读取 {path}：{error}"),
        CliText::RequestRequired => "必须提供 --request".into(),
        CliText::BaseRequestRequired => "必须提供 --request（它给出请求者、SdkAppId 和请求上下文）".into(),
        CliText::OwnerUinRequired => "必须提供 --owner-uin：资源描述中要写主账号".into(),
        CliText::FromUntilTogether => "--from 和 --until 必须同时使用".into(),
        CliText::NeedAction => "至少指定一个 --action".into(),
        CliText::LintNeedsPolicy => "lint 需要一个策略：camctl lint --policy P.json".into(),
        CliText::NotAPolicy { file } => format!("{file} 不是有效的策略"),
        CliText::NotAPolicyAt { file, line, column, message } => format!("{file} 不是有效的策略：{line}:{column}：{message}"),
        CliText::NotARequest { file } => format!("{file} 不是有效的请求"),
        CliText::NotEvaluated => "未评估：请先修正上面列出的错误".into(),
        CliText::ExpectNotMet { expected_allow, got } => format!("预期为 {}，实际为 {}", if *expected_allow { "allow" } else { "deny" }, got.as_str()),
        CliText::RefusedHypothetical => "CAM 会拒绝保存某个策略；上面的结论只是假设".into(),
        CliText::RefusedWith { code } => match code.as_str() {
            "MalformedPolicy" => format!("COS 会拒绝保存：{code}（预测值，规则 K2）"),
            "InvalidParameter.StrategyFormatError" => format!("STS 会拒绝：{code}（预测值，规则 K2）"),
            _ => format!("CAM 会拒绝保存：{code}"),
        },
        CliText::NoErrors => "没有错误".into(),
        CliText::ErrorsFound => "发现错误".into(),
        CliText::MatrixSummary { apis, allowed, explicit, implicit } => format!("共 {apis} 个接口：允许 {allowed} 个，显式拒绝 {explicit} 个，隐式拒绝 {implicit} 个"),
        CliText::DiffCompared { compared, named } => format!("比较了 {named} 个 SdkAppId 中的 {compared} 个（请求自身的排在最前）"),
        CliText::NoDecisionChanged => "没有结论发生变化".into(),
        CliText::DiffRow { action, param, id, before, after } => format!(
            "{} {action}，{param} {id}：{} → {}",
            if *after == Some(Decision::Allow) { "+" } else { "-" },
            decision_name(*before),
            decision_name(*after)
        ),
        CliText::CatalogProduct { name, abbreviation, apis, resource_level, operation_level } => format!("{name}（{abbreviation}）：共 {apis} 个接口，资源级 {resource_level} 个，操作级 {operation_level} 个"),
        CliText::ResourceLevel => "资源级".into(),
        CliText::OperationLevel => "操作级".into(),
        CliText::SeverityName { severity } => match severity {
            Severity::Error => "错误",
            Severity::SecurityWarning => "安全警告",
            Severity::Warning => "警告",
            Severity::Info => "提示",
        }
        .into(),
        CliText::RuleRef { rule } => format!("（规则 {rule}）"),
        CliText::At => "位置".into(),
        CliText::Help => "建议：".into(),
        CliText::DecisionName { decision } => decision_name(*decision).into(),
    }
}

fn decision_name(decision: Option<Decision>) -> &'static str {
    match decision {
        Some(Decision::Allow) => "允许",
        Some(Decision::ExplicitDeny) => "显式拒绝",
        Some(Decision::ImplicitDeny) => "隐式拒绝",
        None => "未评估",
    }
}

const USAGE: &str = "用法：
  camctl eval --policy P.json [--policy P2.json …] [--boundary B.json …] --request R.json
              [--trust-policy T.json …] [--session-policy S.json …] [--bucket-policy B.json …] [--scp O.json …]
              [--format text|json] [--expect allow|deny]
  camctl lint --policy P.json [--policy P2.json …] [--kind identity|boundary|trust|session|bucket|scp]
              [--format text|json]   （或：camctl lint P.json …；不写 --kind 时按每个文件的结构推断类型）
  camctl matrix --policy P.json … [--boundary B.json …] --request R.json [--format text|json]
  camctl diff --before P.json … --after P2.json … --request R.json [--format text|json]
  camctl generate --action ccc:Api … --id ID … --owner-uin UIN [--ip CIDR …] [--from T --until T]
                  （--id 填入接口资源模板中的参数：ccc 为 SdkAppId；也可写 --sdk-app-id）
  camctl catalog [--format json]
  camctl catalog import PAGE.txt [--doc-page 598/77494] [--name-zh 云联络中心]
所有命令都接受 --lang en|zh-CN（默认取自 LC_ALL / LC_MESSAGES / LANG，否则为英文）

退出码：0 已评估（或满足 --expect；lint：没有 ERROR 级问题），1 不满足 --expect（lint：有 ERROR 级问题），
2 输入或用法无效，或（eval）CAM 会拒绝保存某个策略：此时仍输出假设性结论，并列出错误及 CAM 会返回的
CreatePolicy 错误码";

pub fn import_problem(problem: &crate::catalog::ImportProblem) -> String {
    use crate::catalog::ImportProblem as P;
    match problem {
        P::EmptyPage => "页面为空".into(),
        P::NoFactsTable => "没有 `Product Abbreviation …` 基本信息表".into(),
        P::FactsRowWithoutName => "基本信息行没有以产品名称开头".into(),
        P::FactsColumns { expected } => format!("基本信息表的列不是 `{expected}`"),
        P::FactsRow => {
            "无法按 CAM 简称、控制台、按标签授权、授权粒度、IP 限制读取基本信息行".into()
        }
        P::BadRow => "有一行表格无法读取".into(),
        P::NoRows => "没有找到接口行".into(),
    }
}
