//! English words for the json phase's diagnostics.

use crate::i18n::Words;
use crate::json::{JsonText, JsonType, SyntaxProblem};

pub fn words(text: &JsonText) -> Words {
    match text {
        JsonText::TooLarge { bytes, limit } => Words::new(
            format!("this document is {bytes} bytes; the playground reads at most {limit} bytes"),
            "CAM policies are limited to 6,144 characters; paste the policy alone",
        ),
        JsonText::ByteOrderMark => Words::new(
            "the document starts with a byte-order mark",
            "JSON text should not start with a BOM; it is ignored here, but remove it before uploading",
        ),
        JsonText::Empty => Words::new(
            "the document is empty",
            "paste a JSON object such as {\"version\": \"2.0\", \"statement\": []}",
        ),
        JsonText::CommaMissingHere => Words::new(
            "invalid JSON: a comma is missing here",
            "separate elements with a comma: add , at this point",
        ),
        JsonText::FullWidth { found, ascii } => Words::new(
            format!("invalid JSON: full-width (Chinese) punctuation “{found}” here"),
            format!("JSON takes only half-width punctuation: type `{ascii}` instead, or replace every full-width mark at once"),
        ),
        JsonText::Syntax { problem } => Words::new(
            format!("invalid JSON: {}", syntax_problem(problem)),
            syntax_help(problem),
        ),
    }
}

/// A JSON value's type, as "expected X, not Y" messages name it.
pub fn json_type(t: JsonType) -> &'static str {
    match t {
        JsonType::String => "a string",
        JsonType::Number => "a number",
        JsonType::Boolean => "a boolean",
        JsonType::Object => "an object",
        JsonType::List => "a list",
        JsonType::Null => "null",
    }
}

/// What the parser found (jsonc-parser's own wording, lowercased).
fn syntax_problem(problem: &SyntaxProblem) -> String {
    use SyntaxProblem as P;
    match problem {
        P::BareDecimalPoint => {
            "leading or trailing decimal points on numbers are not allowed".into()
        }
        P::Comment => "comments are not allowed".into(),
        P::ExpectedColon => "expected colon after the string or word in object property".into(),
        P::ExpectedValue => "expected value after colon in object property".into(),
        P::ExpectedDigit => "expected digit".into(),
        P::ExpectedDigitAfterMinus => "expected digit following negative sign".into(),
        P::ExpectedExponentDigit => "expected plus, minus, or digit in number literal".into(),
        P::UnquotedKey => "expected string for object property".into(),
        P::HexadecimalNumber => "hexadecimal numbers are not allowed".into(),
        P::ExpectedComma => "expected comma".into(),
        P::MultipleRoots => "text cannot contain more than one JSON value".into(),
        P::NonFiniteNumber => "infinity and NaN are not allowed".into(),
        P::SingleQuotedString => "single-quoted strings are not allowed".into(),
        P::TrailingComma => "trailing commas are not allowed".into(),
        P::UnaryPlus => "unary plus on numbers is not allowed".into(),
        P::UnexpectedCloseBrace => "unexpected close brace".into(),
        P::UnexpectedCloseBracket => "unexpected close bracket".into(),
        P::UnexpectedColon => "unexpected colon".into(),
        P::UnexpectedComma => "unexpected comma".into(),
        P::UnexpectedToken => "unexpected token".into(),
        P::UnexpectedTokenInObject => "unexpected token in object".into(),
        P::UnexpectedWord => "unexpected word".into(),
        P::UnterminatedArray => "unterminated array".into(),
        P::UnterminatedCommentBlock => "unterminated comment block".into(),
        P::UnterminatedObject => "unterminated object".into(),
        P::TooDeep => "maximum nesting depth exceeded".into(),
        P::InvalidEscapeInSingleQuotes => "invalid escape in single quote string".into(),
        P::InvalidEscapeInDoubleQuotes => "invalid escape in double quote string".into(),
        P::ExpectedFourHexDigits => "expected four hex digits".into(),
        P::ExpectedTwoHexDigits => "expected two hex digits".into(),
        P::InvalidUnicodeEscape { escape } => {
            format!("invalid unicode escape sequence. '{escape}' is not a valid UTF8 character")
        }
        P::InvalidEscape => "invalid escape".into(),
        P::UnterminatedString => "unterminated string literal".into(),
        P::Other { text } => lowercase_first(text),
    }
}

/// The advice, one per diagnostic code (`SyntaxProblem::code`).
fn syntax_help(problem: &SyntaxProblem) -> &'static str {
    use crate::json::SyntaxAdvice as A;
    match problem.advice() {
        A::TrailingComma => "JSON does not allow a comma before `}` or `]`: remove it",
        A::Comment => "JSON has no comments: delete the comment (CAM rejects policies with comments)",
        A::SingleQuote => "JSON strings use double quotes: write \"text\" instead of 'text'",
        A::MissingComma => "separate elements with a comma; a comma is probably missing at the end of the previous line",
        A::Unterminated => "a `{` or `[` is never closed: add the closing bracket",
        A::BadString => "check the string's quotes and escapes (\\\" \\\\ \\n \\uXXXX)",
        A::TooDeep => "the document nests too deeply to be a policy; CAM policies nest at most a few levels",
        A::MultipleRoots => "a document holds one JSON value: put several policies in separate tabs or files",
        A::UnquotedKey => "object keys are double-quoted strings: write \"effect\": …",
        A::General => "fix the JSON syntax at this position (a formatter or validator can help)",
    }
}

fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}
