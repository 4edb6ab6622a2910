//! Both JSON readers' outcome for one text as the same plain data, so that equal outcomes mean the same tree
//! (kinds, ranges, string values and whether they borrow, number texts, property names and ranges) or the same
//! error (problem and range). Shared by `tests/json_reader` and the fuzz target `json_reader_vs_jsonc`.

use std::borrow::Cow;

use cam_playground::json::reader::{self, ast};
use cam_playground::json::SyntaxProblem;
use jsonc_parser::ast as jsonc;

pub type Outcome = Result<Option<Node>, (SyntaxProblem, Span)>;

type Span = (usize, usize);

#[derive(Debug, PartialEq)]
pub enum Node {
    String(Text),
    Number(Span, String),
    Boolean(Span, bool),
    Null(Span),
    Array(Span, Vec<Node>),
    Object(Span, Vec<(Span, Text, Node)>),
}

#[derive(Debug, PartialEq)]
pub struct Text {
    span: Span,
    value: String,
    borrowed: bool,
}

impl Text {
    // A `Cow`, not a `&str`: whether the string borrows is part of the outcome.
    #[allow(clippy::ptr_arg)]
    fn new(start: usize, end: usize, value: &Cow<str>) -> Text {
        Text {
            span: (start, end),
            value: value.to_string(),
            borrowed: matches!(value, Cow::Borrowed(_)),
        }
    }
}

/// `None` when both readers agree on `text`, else what each made of it.
pub fn difference(text: &str) -> Option<String> {
    let (theirs, ours) = (jsonc_outcome(text), reader_outcome(text));
    (theirs != ours).then(|| format!("text: {text:?}\njsonc:  {theirs:?}\nreader: {ours:?}"))
}

/// jsonc-parser with every extension off: how the engine used it before `json::reader`.
pub fn strict_jsonc() -> jsonc_parser::ParseOptions {
    jsonc_parser::ParseOptions {
        allow_comments: false,
        allow_loose_object_property_names: false,
        allow_trailing_commas: false,
        allow_missing_commas: false,
        allow_single_quoted_strings: false,
        allow_hexadecimal_numbers: false,
        allow_unary_plus_numbers: false,
        allow_bare_decimal_point_numbers: false,
        allow_non_finite_numbers: false,
        allow_extended_string_escapes: false,
    }
}

pub fn jsonc_outcome(text: &str) -> Outcome {
    match jsonc_parser::parse_to_ast(text, &Default::default(), &strict_jsonc()) {
        Ok(result) => Ok(result.value.as_ref().map(from_jsonc)),
        Err(error) => Err((
            problem_of(error.kind()),
            (error.range().start, error.range().end),
        )),
    }
}

pub fn reader_outcome(text: &str) -> Outcome {
    match reader::read(text) {
        Ok(value) => Ok(value.as_ref().map(from_ours)),
        Err(error) => Err((error.problem, (error.range.start, error.range.end))),
    }
}

fn from_jsonc(value: &jsonc::Value) -> Node {
    use jsonc::Value as V;
    match value {
        V::StringLit(s) => Node::String(Text::new(s.range.start, s.range.end, &s.value)),
        V::NumberLit(n) => Node::Number((n.range.start, n.range.end), n.value.into()),
        V::BooleanLit(b) => Node::Boolean((b.range.start, b.range.end), b.value),
        V::NullKeyword(n) => Node::Null((n.range.start, n.range.end)),
        V::Array(a) => Node::Array(
            (a.range.start, a.range.end),
            a.elements.iter().map(from_jsonc).collect(),
        ),
        V::Object(o) => Node::Object(
            (o.range.start, o.range.end),
            (o.properties.iter())
                .map(|p| {
                    let name = match &p.name {
                        jsonc::ObjectPropName::String(s) => {
                            Text::new(s.range.start, s.range.end, &s.value)
                        }
                        // Never in strict mode; kept visible should it ever appear.
                        jsonc::ObjectPropName::Word(w) => Text::new(
                            w.range.start,
                            w.range.end,
                            &Cow::Owned(format!("word {}", w.value)),
                        ),
                    };
                    ((p.range.start, p.range.end), name, from_jsonc(&p.value))
                })
                .collect(),
        ),
    }
}

fn from_ours(value: &ast::Value) -> Node {
    use ast::Value as V;
    match value {
        V::StringLit(s) => Node::String(Text::new(s.range.start, s.range.end, &s.value)),
        V::NumberLit(n) => Node::Number((n.range.start, n.range.end), n.value.into()),
        V::BooleanLit(b) => Node::Boolean((b.range.start, b.range.end), b.value),
        V::NullKeyword(n) => Node::Null((n.range.start, n.range.end)),
        V::Array(a) => Node::Array(
            (a.range.start, a.range.end),
            a.elements.iter().map(from_ours).collect(),
        ),
        V::Object(o) => Node::Object(
            (o.range.start, o.range.end),
            (o.properties.iter())
                .map(|p| {
                    let name = Text::new(p.name.range().start, p.name.range().end, &p.name.value);
                    ((p.range.start, p.range.end), name, from_ours(&p.value))
                })
                .collect(),
        ),
    }
}

/// jsonc-parser's error kind as the `SyntaxProblem` the reader gives for it.
// The last arm is unreachable while jsonc-parser's `serde` feature is off.
#[allow(unreachable_patterns)]
pub fn problem_of(kind: &jsonc_parser::errors::ParseErrorKind) -> SyntaxProblem {
    use jsonc_parser::errors::ParseErrorKind as K;
    use jsonc_parser::ParseStringErrorKind as S;
    match kind {
        K::BareDecimalPointNumbersNotAllowed => SyntaxProblem::BareDecimalPoint,
        K::CommentsNotAllowed => SyntaxProblem::Comment,
        K::ExpectedColonAfterObjectKey => SyntaxProblem::ExpectedColon,
        K::ExpectedObjectValue => SyntaxProblem::ExpectedValue,
        K::ExpectedDigit => SyntaxProblem::ExpectedDigit,
        K::ExpectedDigitFollowingNegativeSign => SyntaxProblem::ExpectedDigitAfterMinus,
        K::ExpectedPlusMinusOrDigitInNumberLiteral => SyntaxProblem::ExpectedExponentDigit,
        K::ExpectedStringObjectProperty => SyntaxProblem::UnquotedKey,
        K::HexadecimalNumbersNotAllowed => SyntaxProblem::HexadecimalNumber,
        K::ExpectedComma => SyntaxProblem::ExpectedComma,
        K::MultipleRootJsonValues => SyntaxProblem::MultipleRoots,
        K::NonFiniteNumbersNotAllowed => SyntaxProblem::NonFiniteNumber,
        K::SingleQuotedStringsNotAllowed => SyntaxProblem::SingleQuotedString,
        K::TrailingCommasNotAllowed => SyntaxProblem::TrailingComma,
        K::UnaryPlusNumbersNotAllowed => SyntaxProblem::UnaryPlus,
        K::UnexpectedCloseBrace => SyntaxProblem::UnexpectedCloseBrace,
        K::UnexpectedCloseBracket => SyntaxProblem::UnexpectedCloseBracket,
        K::UnexpectedColon => SyntaxProblem::UnexpectedColon,
        K::UnexpectedComma => SyntaxProblem::UnexpectedComma,
        K::UnexpectedToken => SyntaxProblem::UnexpectedToken,
        K::UnexpectedTokenInObject => SyntaxProblem::UnexpectedTokenInObject,
        K::UnexpectedWord => SyntaxProblem::UnexpectedWord,
        K::UnterminatedArray => SyntaxProblem::UnterminatedArray,
        K::UnterminatedCommentBlock => SyntaxProblem::UnterminatedCommentBlock,
        K::UnterminatedObject => SyntaxProblem::UnterminatedObject,
        K::NestingDepthExceeded => SyntaxProblem::TooDeep,
        K::String(string) => match string {
            S::InvalidEscapeInSingleQuoteString => SyntaxProblem::InvalidEscapeInSingleQuotes,
            S::InvalidEscapeInDoubleQuoteString => SyntaxProblem::InvalidEscapeInDoubleQuotes,
            S::ExpectedFourHexDigits => SyntaxProblem::ExpectedFourHexDigits,
            S::ExpectedTwoHexDigits => SyntaxProblem::ExpectedTwoHexDigits,
            S::InvalidUnicodeEscapeSequence(escape) => SyntaxProblem::InvalidUnicodeEscape {
                escape: escape.clone(),
            },
            S::InvalidEscape => SyntaxProblem::InvalidEscape,
            S::UnterminatedStringLiteral => SyntaxProblem::UnterminatedString,
        },
        // `Custom` (jsonc-parser's serde feature) and kinds of later versions.
        other => SyntaxProblem::Other {
            text: other.to_string(),
        },
    }
}
