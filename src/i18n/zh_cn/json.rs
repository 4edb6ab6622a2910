//! Simplified Chinese words for the json phase's diagnostics.

use crate::i18n::Words;
use crate::json::{JsonText, JsonType, SyntaxProblem};

pub fn words(text: &JsonText) -> Words {
    match text {
        JsonText::TooLarge { bytes, limit } => Words::new(
            format!("该文档有 {bytes} 字节，本工具最多读取 {limit} 字节"),
            "CAM 策略最长 6144 个字符，请只粘贴策略本身。",
        ),
        JsonText::ByteOrderMark => Words::new(
            "文档以字节顺序标记（BOM）开头",
            "JSON 文本不应以 BOM 开头。这里会忽略它，但上传前请将其删除。",
        ),
        JsonText::Empty => Words::new(
            "文档为空",
            "请粘贴一个 JSON 对象，例如 {\"version\": \"2.0\", \"statement\": []}",
        ),
        JsonText::CommaMissingHere => Words::new(
            "JSON 格式错误：此处缺少逗号",
            "元素之间要用逗号分隔：请在此处加上 ,",
        ),
        JsonText::FullWidth { found, ascii } => Words::new(
            format!("JSON 格式错误：此处是中文全角标点“{found}”"),
            format!("JSON 只接受半角（英文）标点：请改为 `{ascii}`，或一键全部替换为半角"),
        ),
        JsonText::Syntax { problem } => Words::new(
            format!("JSON 格式错误：{}", syntax_problem(problem)),
            syntax_help(problem),
        ),
    }
}

/// A JSON value's type, as "expected X, not Y" messages name it.
pub fn json_type(t: JsonType) -> &'static str {
    match t {
        JsonType::String => "字符串",
        JsonType::Number => "数字",
        JsonType::Boolean => "布尔值",
        JsonType::Object => "对象",
        JsonType::List => "数组",
        JsonType::Null => "空值（null）",
    }
}

fn syntax_problem(problem: &SyntaxProblem) -> String {
    use SyntaxProblem as P;
    match problem {
        P::BareDecimalPoint => "数字不能以小数点开头或结尾".into(),
        P::Comment => "不允许使用注释".into(),
        P::ExpectedColon => "对象属性的键后面缺少冒号".into(),
        P::ExpectedValue => "对象属性的冒号后面缺少值".into(),
        P::ExpectedDigit => "此处应为数字".into(),
        P::ExpectedDigitAfterMinus => "负号后面应为数字".into(),
        P::ExpectedExponentDigit => "数字中此处应为加号、减号或数字".into(),
        P::UnquotedKey => "对象属性的键应为字符串".into(),
        P::HexadecimalNumber => "不允许使用十六进制数".into(),
        P::ExpectedComma => "缺少逗号".into(),
        P::MultipleRoots => "文本中只能有一个 JSON 值".into(),
        P::NonFiniteNumber => "不允许使用 Infinity 和 NaN".into(),
        P::SingleQuotedString => "不允许使用单引号字符串".into(),
        P::TrailingComma => "不允许使用尾随逗号".into(),
        P::UnaryPlus => "数字前不允许加正号".into(),
        P::UnexpectedCloseBrace => "多出了右花括号".into(),
        P::UnexpectedCloseBracket => "多出了右方括号".into(),
        P::UnexpectedColon => "此处不应出现冒号".into(),
        P::UnexpectedComma => "此处不应出现逗号".into(),
        P::UnexpectedToken => "此处不应出现该符号".into(),
        P::UnexpectedTokenInObject => "对象中不应出现该符号".into(),
        P::UnexpectedWord => "此处不应出现该单词".into(),
        P::UnterminatedArray => "数组没有闭合".into(),
        P::UnterminatedCommentBlock => "块注释没有闭合".into(),
        P::UnterminatedObject => "对象没有闭合".into(),
        P::TooDeep => "嵌套层数超过上限".into(),
        P::InvalidEscapeInSingleQuotes => "单引号字符串中有无效的转义".into(),
        P::InvalidEscapeInDoubleQuotes => "双引号字符串中有无效的转义".into(),
        P::ExpectedFourHexDigits => "此处应为四位十六进制数字".into(),
        P::ExpectedTwoHexDigits => "此处应为两位十六进制数字".into(),
        P::InvalidUnicodeEscape { escape } => {
            format!("无效的 Unicode 转义序列：'{escape}' 不是有效的 UTF-8 字符")
        }
        P::InvalidEscape => "无效的转义".into(),
        P::UnterminatedString => "字符串没有闭合".into(),
        // The parser's own text, which only exists in English.
        P::Other { text } => text.clone(),
    }
}

fn syntax_help(problem: &SyntaxProblem) -> &'static str {
    use crate::json::SyntaxAdvice as A;
    match problem.advice() {
        A::TrailingComma => "JSON 不允许在 `}` 或 `]` 前面加逗号，请删除它。",
        A::Comment => "JSON 没有注释，请删除注释（CAM 会拒绝带注释的策略）。",
        A::SingleQuote => "JSON 字符串使用双引号：请把 'text' 写成 \"text\"。",
        A::MissingComma => "此处或上一行末尾缺少逗号：JSON 的元素之间要用逗号分隔。",
        A::Unterminated => "有 `{` 或 `[` 没有闭合，请补上对应的右括号。",
        A::BadString => "请检查字符串的引号和转义（\\\" \\\\ \\n \\uXXXX）。",
        A::TooDeep => "文档嵌套太深，不像是策略；CAM 策略最多只嵌套几层。",
        A::MultipleRoots => "一个文档只能有一个 JSON 值：多个策略请放在不同的标签页或文件中。",
        A::UnquotedKey => "对象的键是双引号括起的字符串，例如 \"effect\": …",
        A::General => "请修正此处的 JSON 语法（可借助 JSON 格式化或校验工具）。",
    }
}
