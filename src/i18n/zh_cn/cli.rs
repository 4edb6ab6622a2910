//! Simplified Chinese words of `camctl`.

use crate::diagnostic::Severity;
use crate::eval::Decision;
use crate::i18n::cli::CliText;
use crate::i18n::example;

pub fn text(text: &CliText) -> String {
    match text {
        CliText::Usage => USAGE.into(),
        CliText::NeedsValue { option } => format!("--{option} 需要一个值"),
        CliText::UnknownOption { option } => format!("未知选项 --{option}"),
        CliText::BadChoice { option, choices, given } => format!("--{option} 只能是 {}，不能是 {given}", choices.join(" 或 ")),
        CliText::CannotRead { path, error } => format!("无法读取 {path}：{}", io_error(error)),
        CliText::RequestRequired => "必须提供 --request".into(),
        CliText::BaseRequestRequired => format!("必须提供 --request（它给出请求者、{} 和请求上下文）", example().param),
        CliText::OwnerUinRequired => "必须提供 --owner-uin，资源描述中要写明主账号 UIN".into(),
        CliText::FromUntilTogether => "--from 和 --until 必须同时使用".into(),
        CliText::NeedAction => "至少指定一个 --action".into(),
        CliText::LintNeedsPolicy => "lint 需要一个策略，例如 camctl lint --policy P.json".into(),
        CliText::NotAPolicy { file } => format!("{file} 不是有效的策略"),
        CliText::NotAPolicyAt { file, line, column, message } => format!("{file} 不是有效的策略（第 {line} 行第 {column} 列）：{message}"),
        CliText::NotARequest { file } => format!("{file} 不是有效的请求"),
        CliText::TfPickDocument { file, addresses } if addresses.is_empty() => format!("{file} 中没有 CAM 策略文档（tencentcloud_cam_policy、tencentcloud_cam_role、tencentcloud_cos_bucket_policy 等）"),
        CliText::TfPickDocument { file, addresses } => format!(
            "{file} 中有 {} 个 CAM 策略文档，请用“{file}#地址”指定其中一个：{}",
            addresses.len(),
            addresses.join("、")
        ),
        CliText::TfNoDocument { file, address, addresses } => format!(
            "{file} 中没有 CAM 策略文档 {address}，现有的是：{}",
            if addresses.is_empty() { "无".to_string() } else { addresses.join("、") }
        ),
        CliText::NotEvaluated => "无法评估，请先修正上面列出的错误".into(),
        CliText::ExpectNotMet { expected_allow, got } => format!(
            "结论为{}，不满足 `--expect {}`",
            decision_name(Some(*got)),
            if *expected_allow { "allow" } else { "deny" }
        ),
        CliText::RefusedHypothetical => "CAM 会拒绝保存其中某个策略，上面的结论只是假设".into(),
        CliText::RefusedWith { code } => match code.as_str() {
            "MalformedPolicy" => format!("COS 会拒绝保存：{code}（预测值，规则 K2）"),
            "InvalidParameter.StrategyFormatError" => format!("STS 会拒绝：{code}（预测值，规则 K2）"),
            _ => format!("CAM 会拒绝保存：{code}"),
        },
        CliText::NoErrors => "没有错误".into(),
        CliText::ErrorsFound => "发现错误".into(),
        CliText::MatrixSummary { apis, allowed, explicit, implicit } => format!("共 {apis} 个接口：允许 {allowed} 个，显式拒绝 {explicit} 个，隐式拒绝 {implicit} 个"),
        CliText::DiffCompared { compared, named } => format!("比较了 {named} 个 {} 中的 {compared} 个（请求自身的排在最前）", example().param),
        CliText::NoDecisionChanged => "没有结论发生变化".into(),
        CliText::DiffRow { action, param, id, before, after } => format!(
            "{} {action}，{param} {id}：{} → {}",
            if *after == Some(Decision::Allow) { "+" } else { "-" },
            decision_name(*before),
            decision_name(*after)
        ),
        CliText::CatalogProduct { name, abbreviation, apis, resource_level, operation_level } => format!(
            "{}（{abbreviation}）：共 {apis} 个接口，资源级 {resource_level} 个，操作级 {operation_level} 个",
            super::product_name(abbreviation, name)
        ),
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
        CliText::GateNewAccess { count } => format!("no-new-access：新策略允许了 {count} 个旧策略不允许的请求"),
        CliText::GateNoNewAccess => "no-new-access：新策略没有允许任何旧策略不允许的请求".into(),
        CliText::NeverAllowViolated { patterns, count } => format!("`never-allow` {}：有 {count} 个匹配的请求被允许", patterns.join("、")),
        CliText::NeverAllowHeld { patterns } => format!("`never-allow` {}：没有任何匹配的请求被允许", patterns.join("、")),
        CliText::CheckNeedsPattern => "check 至少需要一个 `--never-allow` 操作模式".into(),
        CliText::AccessOn { action, param, id, before } => format!("+ {action}，{param} {id}{}", was(*before)),
        CliText::AccessOnUnnamed { action, param, before } => format!("+ {action}，所有策略都未写明的 {param}{}", was(*before)),
        CliText::AccessOnResource { action, resource } => format!("+ {action}，资源 {resource}"),
        CliText::ExampleRequest => "示例请求：".into(),
        CliText::OpenInPlayground { url } => format!("在 CAM 策略演练场中打开：{url}"),
        CliText::GitMissing { error } => format!("无法运行 git（读取版本需要它）：{}", io_error(error)),
        CliText::GitUnknownRevision { rev, detail } if detail.is_empty() => format!("未知的 Git 版本 {rev}（是否已拉取？浅克隆中请先运行 git fetch --depth=1 origin 分支名）"),
        CliText::GitUnknownRevision { rev, detail } => format!("未知的 Git 版本 {rev}：{detail}"),
        CliText::GitPathMissing { path, rev: Some(rev) } => format!("版本 {rev} 中不存在 {path}"),
        CliText::GitPathMissing { path, rev: None } => format!("工作区中不存在 {path}"),
        CliText::GitNewPath { path, rev } => format!("提示：{rev} 中没有 {path}，其中策略允许的所有请求都算作新增访问"),
        CliText::DiffSides => "diff 比较 --before 文件 … 与 --after 文件 …，或比较 --git-base 版本中的路径 … 与工作区（或 --git-head 版本）；请二选一".into(),
        CliText::FmtNeedsFile => "fmt 需要一个 JSON 文件：camctl fmt [--check] policies/*.json".into(),
        CliText::FmtWouldChange { file } => format!("{file} 的格式会被调整"),
        CliText::FmtRewrote { file } => format!("已调整 {file} 的格式"),
        CliText::NotJsonAt { file, line, column, message } => format!("{file} 不是有效的 JSON：{line}:{column}：{message}"),
        CliText::TestNeedsFile => "test 需要一个测试文件：camctl test cam-tests.json".into(),
        CliText::NotAPercent { option, given } => format!("--{option} 应为 0 到 100 之间的百分数，不能是 {given}"),
        CliText::InputAt { file, line, column } => format!("{file}:{line}:{column}：错误："),
        CliText::CasePassed { name } => format!("✓ {name}"),
        CliText::CaseFailed { name } => format!("✗ {name}"),
        CliText::FailureDecision { expected, got } => format!(
            "预期结论为{}（`{expected}`），实际为{}（`{}`）",
            expected_name(expected),
            decision_name(Some(*got)),
            got.as_str()
        ),
        CliText::FailureDeciding { expected, got } => format!(
            "预期起决定作用的语句为{}，实际为{}",
            statements(expected),
            statements(got)
        ),
        CliText::FailureAuthoritative { expected: true, assumptions } => format!(
            "预期结论确定，但它取决于{}",
            if assumptions.is_empty() { "无法评估的语句".to_string() } else { format!("文档未说明、由我们取舍的规则 {}", assumptions.join("、")) }
        ),
        CliText::FailureAuthoritative { expected: false, .. } => "预期结论不确定，实际结论确定".into(),
        CliText::ReasoningOfInvolved => "推理过程（相关语句）：".into(),
        CliText::TestTotals { passed, failed, skipped } => {
            let mut line = format!("通过 {passed} 个，失败 {failed} 个");
            if *skipped > 0 {
                line.push_str(&format!("，另有 {skipped} 个未被 --run 选中"));
            }
            line
        }
        CliText::NoCaseSelected { pattern } => format!("--run {pattern} 没有选中任何用例"),
        CliText::StatementNotCovered { name, file, line, exercised } => format!(
            "  未覆盖：语句 {name}（{file}:{line}）没有决定任何用例的结论{}",
            if *exercised > 0 { format!("（其操作和资源在 {exercised} 个用例中匹配）") } else { String::new() }
        ),
        CliText::KeyNotCovered { statement, operator, key, file, line, held, failed } => format!(
            "  未覆盖：{statement} 中的 {operator} {key}（{file}:{line}）成立 {held} 次，不成立 {failed} 次"
        ),
        CliText::CoverageBelow { percent, threshold } => format!("覆盖率 {percent}% 低于阈值 {threshold}%"),
        CliText::SuppressedCount { count } => format!("有 {count} 个问题已被配置文件屏蔽"),
        CliText::BaselineCount { count } => format!("有 {count} 个问题已在基线中"),
    }
}

/// An operating system's error, in Chinese where it is a common one; else as the system wrote it.
fn io_error(error: &str) -> String {
    let known = [
        ("No such file or directory", "文件或目录不存在"),
        ("Permission denied", "没有读取权限"),
        ("Is a directory", "这是一个目录，不是文件"),
        ("stream did not contain valid UTF-8", "文件不是 UTF-8 文本"),
    ];
    known
        .iter()
        .find(|(english, _)| error.starts_with(english))
        .map_or_else(|| format!("`{error}`"), |(_, chinese)| chinese.to_string())
}

/// A test file's expected decision (`allow`, `deny`, `explicit_deny`, `implicit_deny`) in words.
fn expected_name(expected: &str) -> &'static str {
    match expected {
        "allow" => "允许",
        "deny" => "拒绝",
        "explicit_deny" => "显式拒绝",
        "implicit_deny" => "隐式拒绝",
        _ => "",
    }
}

fn was(before: Option<Decision>) -> String {
    match before {
        Some(decision) => format!("（原为{}）", decision_name(Some(decision))),
        None => String::new(),
    }
}

fn statements(names: &[String]) -> String {
    if names.is_empty() {
        "无".into()
    } else {
        // Code after Chinese takes a space: `语句为 `agent#2``, but `实际为无`.
        format!(" {}", crate::i18n::quoted(names, "、"))
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
              （绑定在成员账号以上节点的服务管控策略：--scp O.json@root、--scp O.json@department/部门名）
  camctl lint --policy P.json [--policy P2.json …] [--kind identity|boundary|trust|session|bucket|scp]
              [--format pretty|json|sarif|github|junit] [--config .camlint.json] [--baseline earlier.json|earlier.sarif]
              （或：camctl lint P.json …；不写 --kind 时按每个文件的结构推断类型；配置文件可关闭某些问题代码、
               调整严重程度，并注明理由屏蔽单个问题；未指定 --config 时，若当前目录下有 .camlint.json 则读取它）
  camctl test TESTS.json … [--format pretty|json|junit] [--run 正则表达式] [--coverage-threshold 百分数] [--link-base URL]
Terraform：lint、test（策略路径写作“文件.tf#地址”）、matrix、diff 和 check 也读取 .tf 文件和目录，
  即 tencentcloud_cam_policy、tencentcloud_cam_role（信任策略）、tencentcloud_cos_bucket_policy 的策略文档，
  以及权限边界关联所引用的策略，写法可以是 heredoc JSON 或 jsonencode({…})；问题定位到 .tf 文件的行；
  ${var.x} 等表达式按占位文本读取，并附提示
  camctl matrix --policy P.json … [--boundary B.json …] --request R.json [--format text|json]
  camctl diff --before P.json … --after P2.json … --request R.json [--format text|json]
              [--gate no-new-access [--link-base URL]]（新策略允许了旧策略不允许的请求时，退出码为 1）
  camctl diff --git-base 版本 [--git-head 版本] 路径 … --request R.json [--gate no-new-access] …
              （比较路径在该版本中的内容与工作区，或与 --git-head 版本中的内容。用 git 读取，无需检出。
               基准版本中没有的路径视为新增，其中允许的访问都算作新增访问）
  camctl check --policy P.json … [--boundary B.json …] --request R.json --never-allow ccc:Delete* …
               [--resource 资源] [--format pretty|json] [--link-base URL] [--git-rev 版本]
               （有匹配的请求被允许时，退出码为 1）
  camctl fmt [--check] P.json …（统一 JSON 文件的缩进，键和值保持不变；加 --check 时只列出需要调整的文件，
               退出码为 1）
  camctl generate --action ccc:Api … --id ID … --owner-uin UIN [--ip CIDR …] [--from T --until T]
                  （--id 填入接口资源模板中的参数：ccc 为 SdkAppId；也可写 --sdk-app-id）
  camctl catalog [--format json]
  camctl catalog import PAGE.txt [--doc-page 598/77494] [--name-zh 云联络中心]
                 [--example-api CreateStaff] [--example-read-api DescribeStaffInfoList] [--example-id 1400000000]
所有命令都接受 --lang en|zh-CN（默认取自 LC_ALL / LC_MESSAGES / LANG，否则为英文）

退出码：0 已评估（或满足 --expect；lint：没有“错误”级问题；test：所有用例通过），1 不满足 --expect
（lint：有“错误”级问题；test：有用例失败或覆盖率低于阈值；diff --gate、check：发现了相应的访问），
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

/// 测试文件、lint 配置或基线文件中的问题，以及修改方法。
pub fn input_problem(problem: &crate::text::input::InputProblem) -> crate::i18n::Words {
    use crate::i18n::Words;
    use crate::text::input::{Expected, InputProblem as P, NameKind};
    let expected = |e: &Expected| match e {
        Expected::Object => "对象",
        Expected::List => "数组",
        Expected::String => "字符串",
        Expected::Number => "数字",
        Expected::Boolean => "true 或 false",
        Expected::NameOrObject => "名称或对象",
        Expected::Strings => "字符串或字符串数组",
        Expected::ContextValue => "字符串、数字、布尔值或由它们组成的数组",
    };
    let list = |items: &[String]| {
        items
            .iter()
            .map(|i| format!("`{i}`"))
            .collect::<Vec<_>>()
            .join("、")
    };
    match problem {
        P::CannotRead { path, error } => Words::new(
            format!("无法读取 {path}：{}", io_error(error)),
            "请检查路径：测试文件中的策略路径相对于测试文件所在目录。",
        ),
        P::WrongType { expected: e, found } => Words::new(
            format!("这里应为{}，实际为{}", expected(e), super::json::json_type(*found)),
            format!("请在此处填写{}；schemas/ 目录下的 JSON Schema 说明了每个字段。", expected(e)),
        ),
        P::UnknownField { field, suggestion, fields } => Words::new(
            format!("未知字段 `{field}`"),
            match suggestion {
                Some(s) => format!("是否应为 `{s}`？此处可用的字段为 {}。", list(fields)),
                None => format!("此处可用的字段为 {}。", list(fields)),
            },
        ),
        P::MissingField { field } => Words::new(format!("缺少字段 `{field}`"), format!("请在此对象中添加 `{field}`。")),
        P::DuplicateField { field } => Words::new(format!("`{field}` 写了两次"), "请只保留一个。"),
        P::NotOneOf { given, choices } => Words::new(format!("此处不能写 `{given}`"), format!("请写 {} 之一。", list(choices))),
        P::DuplicateId { id } => Words::new(format!("有两个策略的 id 都是 `{id}`"), "请为每个策略指定不同的 `id`。"),
        P::UnknownName { what, name, known } => {
            let (what, field) = match what {
                NameKind::Principal => ("请求者", "principals"),
                NameKind::Context => ("请求上下文", "contexts"),
                NameKind::Policy => ("策略", "policies"),
            };
            Words::new(
                format!("没有名为 `{name}` 的{what}"),
                if known.is_empty() {
                    format!("请在 `{field}` 中定义它。")
                } else {
                    format!("`{field}` 中定义的名称有 {}。", list(known))
                },
            )
        }
        P::BadStatementRef { given } => Words::new(
            format!("`{given}` 不是有效的语句引用"),
            "请写策略 id、`#` 和从 1 开始编号的语句序号，例如 `support#2`。",
        ),
        P::NoSuchStatement { policy, statement, count } => Words::new(
            format!("`{policy}` 中没有第 {statement} 条语句"),
            format!("它共有 {count} 条语句，从 1 开始编号。"),
        ),
        P::RequestOrMatrix => Words::new("每个用例必须且只能有 `request` 和 `matrix` 之一", "请为用例提供一个请求，或一个请求矩阵。"),
        P::ResourcesOrIds => Words::new(
            "矩阵只能给出 `sdk_app_ids` 或 `resources` 之一，不能同时给出",
            "请只保留一个；如需两者都测，请写两个用例。",
        ),
        P::PathOrText => Words::new(
            "每个策略必须且只能有 `path` 和 `text` 之一",
            "请给出文件路径，或以 `text` 直接给出策略内容。",
        ),
        P::PolicyNotOpen { id, path } => Words::new(
            format!("策略 `{id}` 是文件 `{path}`，策略演练场无法打开文件"),
            format!("请先在名为 `{id}` 的标签页中打开它，或以 `text` 直接给出策略内容（演练场的导出即是如此）。"),
        ),
        P::EmptyList { field } => Words::new(format!("`{field}` 为空"), "请至少提供一项。"),
        P::NoApiMatches { pattern } => Words::new(
            format!("`{pattern}` 没有匹配目录中的任何接口"),
            "请检查拼写；`camctl catalog` 会列出所有接口。",
        ),
        P::UnknownCode { code, suggestion } => Words::new(
            format!("`{code}` 不是问题代码"),
            match suggestion {
                Some(s) => format!("是否应为 `{s}`？代码列表的位置见 docs/ci.md。"),
                None => "`camctl lint --format json` 会显示每个问题的代码，代码列表的位置见 docs/ci.md。".into(),
            },
        ),
        P::BadPattern { pattern, error } => Words::new(
            format!("`{pattern}` 不是有效的正则表达式：{error}"),
            "请写一个用于匹配用例名称的正则表达式，例如 --run 'agent.*office'。",
        ),
        P::NotABaseline => Words::new(
            "该文件既不是 `camctl lint --format json` 的输出，也不是 SARIF 输出",
            "请传入由 `camctl lint --format json` 或 `camctl lint --format sarif` 生成的文件。",
        ),
    }
}
