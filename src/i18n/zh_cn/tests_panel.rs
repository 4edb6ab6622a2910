//! 测试用例面板的中文用语。

use crate::eval::Decision;
use crate::i18n::tests_panel::TestsText;
use crate::workspace::Expect;

fn decision(d: Decision) -> &'static str {
    match d {
        Decision::Allow => "允许",
        Decision::ExplicitDeny => "显式拒绝",
        Decision::ImplicitDeny => "隐式拒绝",
    }
}

fn expect(e: Expect) -> &'static str {
    match e {
        Expect::Allow => "允许",
        Expect::Deny => "拒绝（显式或隐式均可）",
        Expect::ExplicitDeny => "显式拒绝",
        Expect::ImplicitDeny => "隐式拒绝",
    }
}

pub fn text(text: &TestsText) -> String {
    match text {
        TestsText::Title => "测试用例".into(),
        TestsText::Help => "将当前请求及其结论固定为测试用例。每次编辑都会重新运行所有用例：哪个用例被改坏、原因是什么，立即可见。文件格式与 `camctl test` 读取的相同。".into(),
        TestsText::Pin { decision: d } => format!("固定为用例：预期{}", decision(*d)),
        TestsText::PinUnavailable => "暂无可固定的结论：请求尚未评估。".into(),
        TestsText::NoCases => "暂无用例：请固定当前请求，或导入测试文件。".into(),
        TestsText::Summary { passed, total } => format!("{total} 个用例中有 {passed} 个通过"),
        TestsText::Passed => "通过".into(),
        TestsText::Failed => "未通过".into(),
        TestsText::NotRun => "无法运行".into(),
        TestsText::Expects { expect: e } => format!("预期{}", expect(*e)),
        TestsText::DecidedBy { statements } => format!("决定结论的语句：{}", statements.join("、")),
        TestsText::FailureDecision { expected, got } => format!("预期{}，实际为{}", expect(*expected), decision(*got)),
        TestsText::FailureDeciding { expected, got } => format!(
            "预期决定结论的语句为 {}，实际为 {}",
            expected.join("、"),
            if got.is_empty() { "无".to_string() } else { got.join("、") }
        ),
        TestsText::FailureAuthoritative { expected: true, assumptions } => format!(
            "预期结论确定，但结论取决于我们的假设（{}）",
            assumptions.join("、")
        ),
        TestsText::FailureAuthoritative { expected: false, .. } => "预期结论不确定，实际结论确定".into(),
        TestsText::Remove { name } => format!("删除用例 {name}"),
        TestsText::OpenCase => "打开其请求".into(),
        TestsText::Coverage => "覆盖率".into(),
        TestsText::CoverageSummary { percent, statements_covered, statements, keys_covered, keys } => format!(
            "覆盖率 {percent}%：{statements} 条语句中有 {statements_covered} 条决定过用例的结论；{keys} 个条件键中有 {keys_covered} 个既出现过成立、也出现过不成立"
        ),
        TestsText::StatementNotCovered { name, exercised } => format!(
            "未覆盖：语句 {name} 没有决定任何用例的结论{}",
            if *exercised > 0 { format!("（其操作和资源在 {exercised} 个用例中匹配）") } else { String::new() }
        ),
        TestsText::KeyNotCovered { statement, operator, key, held, failed } => format!(
            "未覆盖：{statement} 中的 {operator} {key} 成立 {held} 次，不成立 {failed} 次"
        ),
        TestsText::Export => "导出测试文件".into(),
        TestsText::ExportHelp => "每个标签页的策略都内联其中，以标签页名称为 id：保存为 .json 文件后即可用 `camctl test` 运行。".into(),
        TestsText::Import => "导入".into(),
        TestsText::ImportLabel => "粘贴 camctl 测试文件".into(),
        TestsText::ImportError { line, column, message, help } => format!("无法导入：第 {line} 行第 {column} 列：{message}。{help}"),
        TestsText::Imported { cases } => format!("已导入 {cases} 个用例；标签页已替换为文件中的策略。"),
    }
}
