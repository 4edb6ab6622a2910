//! Strict JSON (RFC 8259) read into `ast`, made to replace jsonc-parser with every extension off and no change
//! anyone can see: the same tree, and for malformed text the same `SyntaxProblem` over the same byte range,
//! down to jsonc-parser's own quirks (listed on `read`). It is faster because it borrows every string without
//! escapes, clones no token and keeps no stack of open ranges.

use std::borrow::Cow;

pub mod ast;

use super::SyntaxProblem;
use ast::{Array, BooleanLit, NullKeyword, NumberLit, Object, ObjectProp, Range, StringLit, Value};

/// jsonc-parser's nesting limit. It counts open arrays, objects *and properties*, so an object costs two.
const MAX_DEPTH: usize = 512;

/// Malformed text: what is wrong, over which bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub problem: SyntaxProblem,
    pub range: Range,
}

impl SyntaxError {
    fn new(problem: SyntaxProblem, start: usize, end: usize) -> SyntaxError {
        SyntaxError {
            problem,
            range: Range::new(start, end),
        }
    }
}

/// Reads `text` as one JSON value; `Ok(None)` when it holds nothing but white space.
///
/// Where jsonc-parser departs from RFC 8259 this reader does too, so that swapping one for the other changes
/// nothing:
/// - white space also takes U+000B, U+000C and every Unicode `White_Space` character (U+00A0, U+2028, U+3000…),
///   but not U+FEFF: a byte-order mark anywhere is an unexpected token (the engine drops a leading one first);
/// - control characters are allowed raw inside strings;
/// - nesting deeper than `MAX_DEPTH` is `TooDeep`;
/// - malformed input is classified by jsonc-parser's tokens: a bare word (`[abc ]`) is `UnexpectedWord`, but a
///   word running into punctuation (`[abc]`) is `UnexpectedToken` over the word; `01` is the number `0` followed
///   by a second value.
pub fn read(text: &str) -> Result<Option<Value<'_>>, SyntaxError> {
    let mut reader = Reader {
        text,
        bytes: text.as_bytes(),
        token_start: 0,
        pos: 0,
    };
    let root = match reader.next_token()? {
        Token::End => None,
        token => Some(reader.value(token, 0, 0)?),
    };
    match reader.next_token()? {
        Token::End => Ok(root),
        _ => Err(reader.token_error(SyntaxProblem::MultipleRoots)),
    }
}

/// jsonc-parser's tokens with every extension off. Comments, single quotes, `+1`, `.5`, `0x1` and
/// `-Infinity` never become tokens: reading them is already the error.
enum Token<'a> {
    OpenBrace,
    CloseBrace,
    OpenBracket,
    CloseBracket,
    Comma,
    Colon,
    String(Cow<'a, str>),
    Number(&'a str),
    Boolean(bool),
    Null,
    /// Letters, digits, `-`, `_` and `$`: never valid, but which error it is depends on where it stands.
    Word,
    End,
}

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    token_start: usize,
    /// Just past the current token, or wherever reading it stopped: error ranges end here.
    pos: usize,
}

impl<'a> Reader<'a> {
    /// The value that starts with `token`, inside `depth` open arrays, objects and properties (the innermost
    /// starting at `outer`).
    fn value(
        &mut self,
        token: Token<'a>,
        depth: usize,
        outer: usize,
    ) -> Result<Value<'a>, SyntaxError> {
        use SyntaxProblem as P;
        if depth > MAX_DEPTH {
            return Err(SyntaxError::new(P::TooDeep, outer, self.pos));
        }
        let range = self.token_range();
        Ok(match token {
            Token::OpenBrace => Value::Object(self.object(depth)?),
            Token::OpenBracket => Value::Array(self.array(depth)?),
            Token::String(value) => Value::StringLit(StringLit { range, value }),
            Token::Number(value) => Value::NumberLit(NumberLit { range, value }),
            Token::Boolean(value) => Value::BooleanLit(BooleanLit { range, value }),
            Token::Null => Value::NullKeyword(NullKeyword { range }),
            // Only a property's value can be missing: the top level and arrays look for the end first.
            Token::End => return Err(self.token_error(P::ExpectedValue)),
            Token::CloseBrace => return Err(self.token_error(P::UnexpectedCloseBrace)),
            Token::CloseBracket => return Err(self.token_error(P::UnexpectedCloseBracket)),
            Token::Comma => return Err(self.token_error(P::UnexpectedComma)),
            Token::Colon => return Err(self.token_error(P::UnexpectedColon)),
            Token::Word => return Err(self.token_error(P::UnexpectedWord)),
        })
    }

    /// The object whose `{` is the current token.
    fn object(&mut self, depth: usize) -> Result<Object<'a>, SyntaxError> {
        use SyntaxProblem as P;
        let start = self.token_start;
        let mut properties = Vec::new();
        let mut token = self.next_token()?;
        loop {
            match token {
                Token::CloseBrace => break,
                Token::String(value) => {
                    let name = StringLit {
                        range: self.token_range(),
                        value,
                    };
                    properties.push(self.property(name, depth + 1)?);
                }
                Token::End => return Err(SyntaxError::new(P::UnterminatedObject, start, self.pos)),
                Token::Word | Token::Number(_) | Token::Boolean(_) | Token::Null => {
                    return Err(self.token_error(P::UnquotedKey))
                }
                _ => return Err(self.token_error(P::UnexpectedTokenInObject)),
            }
            let value_end = self.pos;
            token = self.next_token()?;
            match token {
                Token::Comma => {
                    let comma = self.token_range();
                    token = self.next_token()?;
                    if let Token::CloseBrace = token {
                        return Err(SyntaxError::new(P::TrailingComma, comma.start, comma.end));
                    }
                }
                // What jsonc-parser would take for the next key.
                Token::String(_)
                | Token::Word
                | Token::Number(_)
                | Token::Boolean(_)
                | Token::Null => {
                    return Err(SyntaxError::new(P::ExpectedComma, value_end, value_end))
                }
                _ => {}
            }
        }
        Ok(Object {
            range: Range::new(start, self.pos),
            properties,
        })
    }

    /// The rest of a property after its name, inside an object at `depth`.
    fn property(
        &mut self,
        name: StringLit<'a>,
        depth: usize,
    ) -> Result<ObjectProp<'a>, SyntaxError> {
        let Token::Colon = self.next_token()? else {
            return Err(self.token_error(SyntaxProblem::ExpectedColon));
        };
        let token = self.next_token()?;
        let value = self.value(token, depth + 1, name.range.start)?;
        Ok(ObjectProp {
            range: Range::new(name.range.start, self.pos),
            name,
            value,
        })
    }

    /// The array whose `[` is the current token.
    fn array(&mut self, depth: usize) -> Result<Array<'a>, SyntaxError> {
        use SyntaxProblem as P;
        let start = self.token_start;
        let mut elements = Vec::new();
        let mut token = self.next_token()?;
        loop {
            match token {
                Token::CloseBracket => break,
                Token::End => return Err(SyntaxError::new(P::UnterminatedArray, start, self.pos)),
                token => elements.push(self.value(token, depth + 1, start)?),
            }
            let value_end = self.pos;
            token = self.next_token()?;
            match token {
                Token::Comma => {
                    let comma = self.token_range();
                    token = self.next_token()?;
                    if let Token::CloseBracket = token {
                        return Err(SyntaxError::new(P::TrailingComma, comma.start, comma.end));
                    }
                }
                // A value where a comma should be (a word is not one: it is an unexpected word instead).
                Token::OpenBrace
                | Token::OpenBracket
                | Token::String(_)
                | Token::Number(_)
                | Token::Boolean(_)
                | Token::Null => {
                    return Err(SyntaxError::new(P::ExpectedComma, value_end, value_end))
                }
                _ => {}
            }
        }
        Ok(Array {
            range: Range::new(start, self.pos),
            elements,
        })
    }

    fn next_token(&mut self) -> Result<Token<'a>, SyntaxError> {
        use SyntaxProblem as P;
        self.skip_white_space();
        self.token_start = self.pos;
        let Some(&byte) = self.bytes.get(self.pos) else {
            return Ok(Token::End);
        };
        let token = match byte {
            b'{' => Token::OpenBrace,
            b'}' => Token::CloseBrace,
            b'[' => Token::OpenBracket,
            b']' => Token::CloseBracket,
            b',' => Token::Comma,
            b':' => Token::Colon,
            b'"' => return self.string(),
            b'-' | b'0'..=b'9' => return self.number(),
            b't' if self.keyword("true") => return Ok(Token::Boolean(true)),
            b'f' if self.keyword("false") => return Ok(Token::Boolean(false)),
            b'n' if self.keyword("null") => return Ok(Token::Null),
            b'/' => return Err(self.comment()),
            b'\'' => return Err(self.token_error(P::SingleQuotedString)),
            b'+' => return Err(self.token_error(P::UnaryPlus)),
            b'.' if self.digit_at(self.pos + 1) => {
                return Err(self.token_error(P::BareDecimalPoint))
            }
            _ => return self.word(),
        };
        self.pos += 1;
        Ok(token)
    }

    fn skip_white_space(&mut self) {
        while let Some(&byte) = self.bytes.get(self.pos) {
            match byte {
                b' ' | b'\n' | b'\r' | b'\t' | 0x0B | 0x0C => self.pos += 1,
                0x80.. => match self.char_at(self.pos) {
                    Some(c) if c.is_whitespace() => self.pos += c.len_utf8(),
                    _ => return,
                },
                _ => return,
            }
        }
    }

    /// A string, its opening quote at `pos`. Without escapes it borrows from the text.
    fn string(&mut self) -> Result<Token<'a>, SyntaxError> {
        let quote = self.pos;
        let content = quote + 1;
        match self.quote_or_backslash(content) {
            Some(end) if self.bytes[end] == b'"' => {
                self.pos = end + 1;
                Ok(Token::String(Cow::Borrowed(&self.text[content..end])))
            }
            Some(backslash) => self.escaped_string(quote, backslash),
            None => Err(self.unterminated_string(quote)),
        }
    }

    /// The rest of a string from its first backslash, decoded into a new `String`.
    fn escaped_string(
        &mut self,
        quote: usize,
        first_backslash: usize,
    ) -> Result<Token<'a>, SyntaxError> {
        use SyntaxProblem as P;
        let mut value = String::new();
        let mut run_start = quote + 1;
        let mut backslash = first_backslash;
        loop {
            value.push_str(&self.text[run_start..backslash]);
            self.pos = backslash + 1;
            let decoded = match self.bytes.get(self.pos) {
                Some(b'"') => '"',
                Some(b'\\') => '\\',
                Some(b'/') => '/',
                Some(b'b') => '\u{8}',
                Some(b'f') => '\u{c}',
                Some(b'n') => '\n',
                Some(b'r') => '\r',
                Some(b't') => '\t',
                Some(b'u') => self.unicode_escape(backslash)?,
                Some(b'\'') => {
                    return Err(self.error_from(backslash, P::InvalidEscapeInDoubleQuotes))
                }
                Some(_) => return Err(self.error_from(backslash, P::InvalidEscape)),
                None => return Err(self.unterminated_string(quote)),
            };
            value.push(decoded);
            // `pos` is on the escape's last character, which is ASCII.
            run_start = self.pos + 1;
            match self.quote_or_backslash(run_start) {
                Some(end) if self.bytes[end] == b'"' => {
                    value.push_str(&self.text[run_start..end]);
                    self.pos = end + 1;
                    return Ok(Token::String(Cow::Owned(value)));
                }
                Some(next) => backslash = next,
                None => return Err(self.unterminated_string(quote)),
            }
        }
    }

    /// `\uXXXX` with `pos` on its `u`, or a surrogate pair of two; leaves `pos` on the last hex digit.
    fn unicode_escape(&mut self, backslash: usize) -> Result<char, SyntaxError> {
        let first = self.hex_digits(backslash)?;
        let digits = &self.text[self.pos - 3..=self.pos];
        let invalid = |reader: &Self, why: &str| {
            let escape = format!("{digits} ({why})");
            reader.error_from(backslash, SyntaxProblem::InvalidUnicodeEscape { escape })
        };
        match first {
            0xD800..=0xDBFF => {
                self.pos += 1;
                if self.bytes.get(self.pos) != Some(&b'\\') {
                    return Err(invalid(self, "unpaired high surrogate"));
                }
                self.pos += 1;
                if self.bytes.get(self.pos) != Some(&b'u') {
                    return Err(invalid(self, "unpaired high surrogate"));
                }
                let second = self.hex_digits(backslash)?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return Err(invalid(
                        self,
                        "high surrogate not followed by low surrogate",
                    ));
                }
                let code = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
                Ok(char::from_u32(code).expect("a surrogate pair is a character"))
            }
            0xDC00..=0xDFFF => Err(invalid(self, "unpaired low surrogate")),
            _ => {
                Ok(char::from_u32(first)
                    .expect("a code unit outside the surrogates is a character"))
            }
        }
    }

    /// The four hex digits after the `u` at `pos`; leaves `pos` on the last one (or on the first that is not).
    fn hex_digits(&mut self, backslash: usize) -> Result<u32, SyntaxError> {
        let mut code = 0;
        for _ in 0..4 {
            self.pos += 1;
            match self
                .bytes
                .get(self.pos)
                .and_then(|&b| char::from(b).to_digit(16))
            {
                Some(digit) => code = code * 16 + digit,
                None => {
                    return Err(self.error_from(backslash, SyntaxProblem::ExpectedFourHexDigits))
                }
            }
        }
        Ok(code)
    }

    fn quote_or_backslash(&self, from: usize) -> Option<usize> {
        // Both are ASCII, so never part of a multi-byte character.
        (self.bytes[from..].iter())
            .position(|&b| b == b'"' || b == b'\\')
            .map(|i| from + i)
    }

    fn unterminated_string(&mut self, quote: usize) -> SyntaxError {
        self.pos = self.text.len();
        SyntaxError::new(SyntaxProblem::UnterminatedString, quote, self.pos)
    }

    /// A number, its first character (`-` or a digit) at `pos`.
    fn number(&mut self) -> Result<Token<'a>, SyntaxError> {
        use SyntaxProblem as P;
        let start = self.pos;
        if self.bytes[start] == b'-' {
            self.pos += 1;
        }
        match self.bytes.get(self.pos) {
            Some(b'0') => {
                self.pos += 1;
                if matches!(self.bytes.get(self.pos), Some(b'x' | b'X')) {
                    return Err(self.token_error(P::HexadecimalNumber));
                }
            }
            Some(b'1'..=b'9') => self.skip_digits(),
            Some(b'.') if self.digit_at(self.pos + 1) => {
                return Err(self.token_error(P::BareDecimalPoint))
            }
            Some(b'I') if self.keyword("Infinity") => {
                return Err(self.token_error(P::NonFiniteNumber))
            }
            Some(b'N') if self.keyword("NaN") => return Err(self.token_error(P::NonFiniteNumber)),
            _ => return Err(self.error_from(self.pos, P::ExpectedDigitAfterMinus)),
        }
        if self.bytes.get(self.pos) == Some(&b'.') {
            self.pos += 1;
            if !self.digit_at(self.pos) {
                return Err(self.token_error(P::BareDecimalPoint));
            }
            self.skip_digits();
        }
        if matches!(self.bytes.get(self.pos), Some(b'e' | b'E')) {
            self.pos += 1;
            if matches!(self.bytes.get(self.pos), Some(b'+' | b'-')) {
                self.pos += 1;
                if !self.digit_at(self.pos) {
                    return Err(self.error_from(self.pos, P::ExpectedDigit));
                }
            } else if !self.digit_at(self.pos) {
                return Err(self.error_from(self.pos, P::ExpectedExponentDigit));
            }
            self.skip_digits();
        }
        Ok(Token::Number(&self.text[start..self.pos]))
    }

    fn digit_at(&self, at: usize) -> bool {
        self.bytes.get(at).is_some_and(u8::is_ascii_digit)
    }

    fn skip_digits(&mut self) {
        while self.digit_at(self.pos) {
            self.pos += 1;
        }
    }

    /// Moves past `word` if it comes next as a whole word, not the start of a longer one (`nullable`).
    fn keyword(&mut self, word: &str) -> bool {
        let end = self.pos + word.len();
        if !self.bytes[self.pos..].starts_with(word.as_bytes()) {
            return false;
        }
        let longer = match self.bytes.get(end) {
            Some(&b) if b.is_ascii() => b.is_ascii_alphanumeric() || b == b'$',
            Some(_) => self.char_at(end).is_some_and(char::is_alphanumeric),
            None => false,
        };
        if !longer {
            self.pos = end;
        }
        !longer
    }

    /// A run of letters, digits, `-`, `_` and `$` up to white space or `:`; any other character in it is an
    /// unexpected token over the run so far (jsonc-parser's "word").
    fn word(&mut self) -> Result<Token<'a>, SyntaxError> {
        while let Some(c) = self.char_at(self.pos) {
            let (ends, continues) = if c.is_ascii() {
                (
                    c.is_ascii_whitespace() || c == ':',
                    c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '$'),
                )
            } else {
                (c.is_whitespace(), c.is_alphanumeric())
            };
            if ends {
                break;
            }
            if !continues {
                return Err(self.token_error(SyntaxProblem::UnexpectedToken));
            }
            self.pos += c.len_utf8();
        }
        Ok(Token::Word)
    }

    /// A comment, with `/` at `pos`: an error, over the whole comment (up to its line break).
    fn comment(&mut self) -> SyntaxError {
        use SyntaxProblem as P;
        let body = self.pos + 2;
        match self.bytes.get(self.pos + 1) {
            Some(b'/') => {
                let line_end = self.bytes[body..]
                    .iter()
                    .position(|&b| b == b'\n' || b == b'\r');
                self.pos = line_end.map_or(self.text.len(), |i| body + i);
                self.token_error(P::Comment)
            }
            Some(b'*') => match self.text[body..].find("*/") {
                Some(i) => {
                    self.pos = body + i + 2;
                    self.token_error(P::Comment)
                }
                None => {
                    self.pos = self.text.len();
                    self.token_error(P::UnterminatedCommentBlock)
                }
            },
            _ => self.token_error(P::UnexpectedToken),
        }
    }

    fn token_range(&self) -> Range {
        Range::new(self.token_start, self.pos)
    }

    /// An error over the current token as far as it was read, or over its first character if none was.
    fn token_error(&self, problem: SyntaxProblem) -> SyntaxError {
        let end = if self.pos > self.token_start {
            self.pos
        } else {
            self.char_end(self.pos)
        };
        SyntaxError::new(problem, self.token_start, end)
    }

    /// An error from `start` over the character at `pos`.
    fn error_from(&self, start: usize, problem: SyntaxProblem) -> SyntaxError {
        SyntaxError::new(problem, start, self.char_end(self.pos))
    }

    fn char_at(&self, at: usize) -> Option<char> {
        self.text[at..].chars().next()
    }

    /// The end of the character at `at`, or of the text.
    fn char_end(&self, at: usize) -> usize {
        self.char_at(at)
            .map_or(self.text.len(), |c| at + c.len_utf8())
    }
}
