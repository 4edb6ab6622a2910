//! Spanned JSON: strict RFC 8259 parsing (our borrowing `reader`, which gives the tree and errors jsonc-parser
//! gave with every extension off) into an AST whose nodes carry byte ranges; paths; the formatter; the writer of
//! what the page writes (`writer`).

use crate::diagnostic::Diagnostic;
pub use crate::span::{LineIndex, Span};

pub use reader::ast;
use reader::ast::{Range, Value};

pub mod reader;
pub mod shape;
pub mod writer;
pub use crate::text::json::{JsonText, JsonType, SyntaxAdvice, SyntaxProblem};

/// The largest document the playground reads. CAM itself caps policies at 6,144 characters (rule G7); the cap
/// here only keeps a pasted multi-megabyte blob from freezing the page.
pub const MAX_DOCUMENT_BYTES: usize = 1 << 20;

/// Parses the indexed text as strict JSON. A byte-order mark is tolerated (read as absent) with a warning.
pub fn parse<'t>(index: &LineIndex<'t>, diagnostics: &mut Vec<Diagnostic>) -> Option<Value<'t>> {
    let text = index.text();
    if text.len() > MAX_DOCUMENT_BYTES {
        diagnostics.push(Diagnostic::new(
            JsonText::TooLarge {
                bytes: text.len(),
                limit: MAX_DOCUMENT_BYTES,
            },
            index.span(0, 0),
            "$",
        ));
        return None;
    }
    if index.bom_len() > 0 {
        diagnostics.push(Diagnostic::new(
            JsonText::ByteOrderMark,
            index.span(0, index.bom_len()),
            "$",
        ));
    }
    match reader::read(index.body()) {
        Ok(value) => {
            if value.is_none() {
                diagnostics.push(Diagnostic::new(JsonText::Empty, index.whole(), "$"));
            }
            value
        }
        Err(error) => {
            let at = index.range(error.range);
            let body_start = index.bom_len();
            // A full-width mark where the reader stopped gets its own error (issue 27, item 4).
            let full_width = text
                .get(at.start.max(body_start)..)
                .and_then(|rest| rest.chars().next())
                .and_then(|c| Some((c, half_width_of(c)?)));
            // The reader stops just after the element before the missing comma. When the next element follows
            // on the same line, the comma is missing here, not at the end of a line (finding 30).
            let rest = text.get(at.start..).unwrap_or_default();
            let line_end = rest.find('\n').unwrap_or(rest.len());
            let mid_line = error.problem == SyntaxProblem::ExpectedComma
                && !rest[..line_end].trim().is_empty();
            diagnostics.push(match full_width {
                Some((found, ascii)) => Diagnostic::new(
                    JsonText::FullWidth { found, ascii },
                    index.span(at.start, at.start + found.len_utf8()),
                    "$",
                ),
                None if mid_line => Diagnostic::new(JsonText::CommaMissingHere, at, "$"),
                None => syntax_error(error.problem, at),
            });
            None
        }
    }
}

/// The half-width mark JSON needs for a full-width one a Chinese input method types.
pub fn half_width_of(c: char) -> Option<char> {
    Some(match c {
        '“' | '”' | '＂' => '"',
        '，' | '、' => ',',
        '：' => ':',
        '［' | '【' => '[',
        '］' | '】' => ']',
        '｛' => '{',
        '｝' => '}',
        _ => return None,
    })
}

/// The text with every full-width mark outside strings made half-width (`“version”：“2.0”，` →
/// `"version":"2.0",`), for the one-click fix of `json/full-width`; `None` when there is none. Inside a string
/// (opened by `"` or by `“`) every character is kept, so Chinese text in a value is untouched.
pub fn half_width(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let (mut in_string, mut escaped, mut changed) = (false, false, false);
    for c in text.chars() {
        if in_string {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' || c == '”' || c == '“' || c == '＂' {
                in_string = false;
                changed |= c != '"';
                out.push('"');
                continue;
            }
            out.push(c);
            continue;
        }
        let half = half_width_of(c).unwrap_or(c);
        changed |= half != c;
        in_string = half == '"';
        out.push(half);
    }
    changed.then_some(out)
}

fn syntax_error(problem: SyntaxProblem, span: Span) -> Diagnostic {
    Diagnostic::new(JsonText::Syntax { problem }, span, "$")
}

pub fn range_of(value: &Value<'_>) -> Range {
    value.range()
}

/// `$.a` + `b` → `$.a.b`; keys that are not identifiers use bracket notation: `$.condition["qcs:ip"]`.
pub fn child_path(path: &str, key: &str) -> String {
    Path::Text(path).key(key).to_string()
}

/// A JSON path built as a reader descends (`$.statement[0].action[2]`) and written out only when a diagnostic
/// needs it: building every path eagerly was a fifth of the time to parse a policy.
#[derive(Clone, Copy, Debug)]
pub enum Path<'a> {
    /// `$`.
    Root,
    /// A path already written out.
    Text(&'a str),
    Key(&'a Path<'a>, &'a str),
    Index(&'a Path<'a>, usize),
}

impl<'a> Path<'a> {
    pub fn key(&'a self, key: &'a str) -> Path<'a> {
        Path::Key(self, key)
    }

    pub fn index(&'a self, index: usize) -> Path<'a> {
        Path::Index(self, index)
    }
}

impl std::fmt::Display for Path<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Path::Root => f.write_str("$"),
            Path::Text(text) => f.write_str(text),
            Path::Key(parent, key)
                if !key.is_empty()
                    && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') =>
            {
                write!(f, "{parent}.{key}")
            }
            Path::Key(parent, key) => write!(f, "{parent}[{}]", writer::quoted(key)),
            Path::Index(parent, index) => write!(f, "{parent}[{index}]"),
        }
    }
}

impl From<&Path<'_>> for String {
    fn from(path: &Path<'_>) -> String {
        path.to_string()
    }
}

/// Pretty-prints a JSON document without changing anything but white space: every key (duplicates included)
/// and every scalar is copied from the source text. Short lists of scalars stay on one line. `Err` carries the
/// diagnostics when the text is not valid JSON (the document is then left as it is).
pub fn format(text: &str) -> Result<String, Vec<Diagnostic>> {
    let index = LineIndex::new(text);
    let mut diagnostics = Vec::new();
    let Some(root) = parse(&index, &mut diagnostics) else {
        return Err(diagnostics);
    };
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    write_value(&root, index.body(), 0, &mut out);
    out.push('\n');
    Ok(out)
}

const INLINE_LIST_WIDTH: usize = 72;

fn write_value(value: &Value<'_>, source: &str, depth: usize, out: &mut String) {
    let raw = |range: Range| &source[range.start..range.end];
    match value {
        Value::Object(object) if object.properties.is_empty() => out.push_str("{}"),
        Value::Object(object) => {
            write_block(('{', '}'), &object.properties, depth, out, |prop, out| {
                out.push_str(raw(prop.name.range));
                out.push_str(": ");
                write_value(&prop.value, source, depth + 1, out);
            });
        }
        Value::Array(array) if array.elements.is_empty() => out.push_str("[]"),
        Value::Array(array) => {
            let scalars = array
                .elements
                .iter()
                .all(|e| !matches!(e, Value::Object(_) | Value::Array(_)));
            let width: usize = array
                .elements
                .iter()
                .map(|e| raw(range_of(e)).len() + 2)
                .sum();
            if scalars && width + depth * 2 <= INLINE_LIST_WIDTH {
                let items: Vec<&str> = array.elements.iter().map(|e| raw(range_of(e))).collect();
                out.push('[');
                out.push_str(&items.join(", "));
                out.push(']');
                return;
            }
            write_block(('[', ']'), &array.elements, depth, out, |element, out| {
                write_value(element, source, depth + 1, out)
            });
        }
        scalar => out.push_str(raw(range_of(scalar))),
    }
}

fn indent(depth: usize) -> String {
    "  ".repeat(depth)
}

/// `{`/`[`, one item per line indented one level deeper, commas between, and the closing bracket.
fn write_block<T>(
    (open, close): (char, char),
    items: &[T],
    depth: usize,
    out: &mut String,
    write_item: impl Fn(&T, &mut String),
) {
    out.push(open);
    out.push('\n');
    for (i, item) in items.iter().enumerate() {
        out.push_str(&indent(depth + 1));
        write_item(item, out);
        out.push_str(if i + 1 < items.len() { ",\n" } else { "\n" });
    }
    out.push_str(&indent(depth));
    out.push(close);
}

/// The range of an object property's key.
pub fn prop_name_range(prop: &ast::ObjectProp<'_>) -> Range {
    prop.name.range
}

impl JsonType {
    /// The type of a value the reader read.
    pub fn of(value: &Value<'_>) -> JsonType {
        match value {
            Value::StringLit(_) => JsonType::String,
            Value::NumberLit(_) => JsonType::Number,
            Value::BooleanLit(_) => JsonType::Boolean,
            Value::Object(_) => JsonType::Object,
            Value::Array(_) => JsonType::List,
            Value::NullKeyword(_) => JsonType::Null,
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    #[test]
    fn format_keeps_every_token() {
        let text = "{\"version\":\"2.0\",\"statement\":[{\"effect\":\"allow\",\"effect\":\"deny\",\"action\":[\"ccc:*\"],\"n\":1.50e2,\"s\":\"\\u00e9\"}]}";
        let formatted = format(text).unwrap();
        assert_eq!(
            formatted,
            "{\n  \"version\": \"2.0\",\n  \"statement\": [\n    {\n      \"effect\": \"allow\",\n      \"effect\": \"deny\",\n      \"action\": [\"ccc:*\"],\n      \"n\": 1.50e2,\n      \"s\": \"\\u00e9\"\n    }\n  ]\n}\n"
        );
        assert_eq!(format(&formatted).unwrap(), formatted);
        assert!(format("{\"a\": }").is_err());
    }

    /// One sample per kind; the `match` names every variant, so a new one needs a sample to compile.
    pub(crate) fn samples() -> Vec<JsonText> {
        use SyntaxProblem as P;
        let problems = vec![
            P::BareDecimalPoint,
            P::Comment,
            P::ExpectedColon,
            P::ExpectedValue,
            P::ExpectedDigit,
            P::ExpectedDigitAfterMinus,
            P::ExpectedExponentDigit,
            P::UnquotedKey,
            P::HexadecimalNumber,
            P::ExpectedComma,
            P::MultipleRoots,
            P::NonFiniteNumber,
            P::SingleQuotedString,
            P::TrailingComma,
            P::UnaryPlus,
            P::UnexpectedCloseBrace,
            P::UnexpectedCloseBracket,
            P::UnexpectedColon,
            P::UnexpectedComma,
            P::UnexpectedToken,
            P::UnexpectedTokenInObject,
            P::UnexpectedWord,
            P::UnterminatedArray,
            P::UnterminatedCommentBlock,
            P::UnterminatedObject,
            P::TooDeep,
            P::InvalidEscapeInSingleQuotes,
            P::InvalidEscapeInDoubleQuotes,
            P::ExpectedFourHexDigits,
            P::ExpectedTwoHexDigits,
            P::InvalidUnicodeEscape {
                escape: "D8F3".into(),
            },
            P::InvalidEscape,
            P::UnterminatedString,
            P::Other {
                text: "Something odd".into(),
            },
        ];
        let mut samples = vec![
            JsonText::TooLarge {
                bytes: 1_234_567,
                limit: 1_048_576,
            },
            JsonText::ByteOrderMark,
            JsonText::Empty,
            JsonText::CommaMissingHere,
            JsonText::FullWidth {
                found: '：',
                ascii: ':',
            },
        ];
        samples.extend(
            problems
                .into_iter()
                .map(|problem| JsonText::Syntax { problem }),
        );
        for sample in &samples {
            match sample {
                JsonText::TooLarge { .. }
                | JsonText::ByteOrderMark
                | JsonText::Empty
                | JsonText::CommaMissingHere
                | JsonText::FullWidth { .. }
                | JsonText::Syntax { .. } => {}
            }
            if let JsonText::Syntax { problem } = sample {
                match problem {
                    P::BareDecimalPoint
                    | P::Comment
                    | P::ExpectedColon
                    | P::ExpectedValue
                    | P::ExpectedDigit
                    | P::ExpectedDigitAfterMinus
                    | P::ExpectedExponentDigit
                    | P::UnquotedKey
                    | P::HexadecimalNumber
                    | P::ExpectedComma
                    | P::MultipleRoots
                    | P::NonFiniteNumber
                    | P::SingleQuotedString
                    | P::TrailingComma
                    | P::UnaryPlus
                    | P::UnexpectedCloseBrace
                    | P::UnexpectedCloseBracket
                    | P::UnexpectedColon
                    | P::UnexpectedComma
                    | P::UnexpectedToken
                    | P::UnexpectedTokenInObject
                    | P::UnexpectedWord
                    | P::UnterminatedArray
                    | P::UnterminatedCommentBlock
                    | P::UnterminatedObject
                    | P::TooDeep
                    | P::InvalidEscapeInSingleQuotes
                    | P::InvalidEscapeInDoubleQuotes
                    | P::ExpectedFourHexDigits
                    | P::ExpectedTwoHexDigits
                    | P::InvalidUnicodeEscape { .. }
                    | P::InvalidEscape
                    | P::UnterminatedString
                    | P::Other { .. } => {}
                }
            }
        }
        samples
    }

    #[test]
    fn every_json_text_is_worded_in_every_locale() {
        for sample in samples() {
            let parameters: Vec<String> = match &sample {
                JsonText::TooLarge { bytes, limit } => vec![bytes.to_string(), limit.to_string()],
                JsonText::Syntax {
                    problem: SyntaxProblem::InvalidUnicodeEscape { escape },
                } => vec![escape.clone()],
                JsonText::Syntax {
                    problem: SyntaxProblem::Other { text },
                } => vec![text[1..].to_string()],
                JsonText::FullWidth { found, ascii } => vec![found.to_string(), ascii.to_string()],
                _ => Vec::new(),
            };
            crate::i18n::assert_worded(&sample.into(), &parameters);
        }
    }
}
