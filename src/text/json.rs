//! The JSON phase's words as data: what kind of syntax problem, which JSON type. The locale tables
//! (`i18n::{en,zh_cn}::json`) word them; the reader (`json/mod.rs`) builds diagnostics from them, and reads a value's type (`JsonType::of`).

use serde::Serialize;

use super::Severity;
use crate::rules::Rule;

/// What the reader found wrong, as data: one variant per kind jsonc-parser (the reader it replaced) told apart, so each
/// locale words it. `Other` keeps the parser's own text for a kind this list does not know.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SyntaxProblem {
    BareDecimalPoint,
    Comment,
    ExpectedColon,
    ExpectedValue,
    ExpectedDigit,
    ExpectedDigitAfterMinus,
    ExpectedExponentDigit,
    UnquotedKey,
    HexadecimalNumber,
    ExpectedComma,
    MultipleRoots,
    NonFiniteNumber,
    SingleQuotedString,
    TrailingComma,
    UnaryPlus,
    UnexpectedCloseBrace,
    UnexpectedCloseBracket,
    UnexpectedColon,
    UnexpectedComma,
    UnexpectedToken,
    UnexpectedTokenInObject,
    UnexpectedWord,
    UnterminatedArray,
    UnterminatedCommentBlock,
    UnterminatedObject,
    TooDeep,
    /// A string problem: the escape sequences and quotes of a string literal.
    InvalidEscapeInSingleQuotes,
    InvalidEscapeInDoubleQuotes,
    ExpectedFourHexDigits,
    ExpectedTwoHexDigits,
    /// `\uXXXX` that is not a character; `escape` is the hex digits.
    InvalidUnicodeEscape {
        escape: String,
    },
    InvalidEscape,
    UnterminatedString,
    /// A kind this list does not map, with jsonc-parser's own (English) text.
    Other {
        text: String,
    },
}

impl SyntaxProblem {
    /// Which advice the problem gets: the kinds with advice of their own, the rest `General`.
    pub fn advice(&self) -> SyntaxAdvice {
        use SyntaxAdvice as A;
        use SyntaxProblem as P;
        match self {
            P::TrailingComma => A::TrailingComma,
            P::Comment => A::Comment,
            P::SingleQuotedString => A::SingleQuote,
            P::ExpectedComma => A::MissingComma,
            P::UnterminatedObject | P::UnterminatedArray => A::Unterminated,
            P::InvalidEscapeInSingleQuotes
            | P::InvalidEscapeInDoubleQuotes
            | P::ExpectedFourHexDigits
            | P::ExpectedTwoHexDigits
            | P::InvalidUnicodeEscape { .. }
            | P::InvalidEscape
            | P::UnterminatedString => A::BadString,
            P::TooDeep => A::TooDeep,
            P::MultipleRoots => A::MultipleRoots,
            P::UnquotedKey => A::UnquotedKey,
            _ => A::General,
        }
    }

    /// The diagnostic code: one per advice.
    pub fn code(&self) -> &'static str {
        match self.advice() {
            SyntaxAdvice::TrailingComma => "json/trailing-comma",
            SyntaxAdvice::Comment => "json/comment",
            SyntaxAdvice::SingleQuote => "json/single-quote",
            SyntaxAdvice::MissingComma => "json/missing-comma",
            SyntaxAdvice::Unterminated => "json/unterminated",
            SyntaxAdvice::BadString => "json/bad-string",
            SyntaxAdvice::TooDeep => "json/too-deep",
            SyntaxAdvice::MultipleRoots => "json/multiple-roots",
            SyntaxAdvice::UnquotedKey => "json/unquoted-key",
            SyntaxAdvice::General => "json/syntax",
        }
    }
}

/// The kinds of JSON syntax problem that get their own code and help (the locale tables word the help).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxAdvice {
    TrailingComma,
    Comment,
    SingleQuote,
    MissingComma,
    Unterminated,
    BadString,
    TooDeep,
    MultipleRoots,
    UnquotedKey,
    General,
}

/// The type of a JSON value, for "expected X, found Y" messages (`i18n::{en,zh_cn}` word it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum JsonType {
    String,
    Number,
    Boolean,
    Object,
    List,
    Null,
}

impl JsonType {
    pub const ALL: [JsonType; 6] = [
        JsonType::String,
        JsonType::Number,
        JsonType::Boolean,
        JsonType::Object,
        JsonType::List,
        JsonType::Null,
    ];
}

/// The JSON phase's diagnostics as data (`i18n::{en,zh_cn}::json` render them).
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum JsonText {
    /// The document is over `MAX_DOCUMENT_BYTES`.
    TooLarge {
        bytes: usize,
        limit: usize,
    },
    ByteOrderMark,
    Empty,
    /// Not JSON: what the parser found wrong.
    Syntax {
        problem: SyntaxProblem,
    },
    /// A comma missing in the middle of a line (`"2.0" "statement"`), where "at the end of the previous line"
    /// would point elsewhere.
    CommaMissingHere,
    /// Not JSON because of a full-width punctuation mark a Chinese input method typed (`，` for `,`), outside any
    /// string: `found` and the half-width `ascii` to type instead.
    FullWidth {
        found: char,
        ascii: char,
    },
}

impl JsonText {
    /// What the kind implies for its diagnostic: the stable code, the severity and the rule of the rule book it
    /// enforces, one row per kind, so a code cannot drift from its kind (`text::tests` lists every code once).
    pub fn facts(&self) -> (&'static str, Severity, Option<Rule>) {
        use JsonText as J;
        use Severity as S;
        match self {
            J::TooLarge { .. } => ("json/too-large", S::Error, None),
            J::ByteOrderMark => ("json/byte-order-mark", S::Warning, None),
            J::Empty => ("json/empty", S::Error, None),
            J::Syntax { problem } => (problem.code(), S::Error, None),
            J::FullWidth { .. } => ("json/full-width", S::Error, None),
            J::CommaMissingHere => ("json/missing-comma", S::Error, None),
        }
    }
}
