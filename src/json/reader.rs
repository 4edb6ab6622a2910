//! Strict JSON (RFC 8259) read into `ast`, made to replace jsonc-parser with every extension off and no change
//! anyone can see: the same tree, and for malformed text the same `SyntaxProblem` over the same byte range,
//! down to jsonc-parser's own quirks (listed on `read`).
//!
//! It is faster because it borrows every string without escapes and reads valid JSON byte by byte, with no
//! tokens: where the next byte is not what valid JSON has there, a slow path reads the token as jsonc-parser's
//! scanner would (`next_token`) and names the error jsonc-parser would give for it.

use std::borrow::Cow;

pub mod ast;

use super::SyntaxProblem;
use ast::{Array, BooleanLit, NullKeyword, NumberLit, Object, ObjectProp, Range, StringLit, Value};

/// jsonc-parser's nesting limit. It counts open arrays, objects *and properties*, so an object costs two.
const MAX_DEPTH: usize = 512;

/// The room a non-empty object or array gets at once: what its first `push` would give it (`Vec` starts at four
/// for items of this size), without `push`'s out-of-line growth path, which cost ~70 instructions per list.
const FIRST_ROOM: usize = 4;

/// Malformed text: what is wrong, over which bytes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub problem: SyntaxProblem,
    pub range: Range,
}

impl SyntaxError {
    #[cold]
    fn new(problem: SyntaxProblem, start: usize, end: usize) -> Box<SyntaxError> {
        Box::new(SyntaxError {
            problem,
            range: Range::new(start, end),
        })
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
    reader.document().map_err(|error| *error)
}

/// The kinds of jsonc-parser's tokens (with every extension off), as the slow paths tell them apart. Comments,
/// single quotes, `+1`, `.5`, `0x1` and `-Infinity` never become tokens: reading them is already the error.
#[derive(Clone, Copy)]
enum Token {
    OpenBrace,
    CloseBrace,
    OpenBracket,
    CloseBracket,
    Comma,
    Colon,
    String,
    Number,
    Boolean,
    Null,
    /// Letters, digits, `-`, `_` and `$`: never valid, but which error it is depends on where it stands.
    Word,
    End,
}

impl Token {
    fn starts_value(self) -> bool {
        use Token as T;
        matches!(
            self,
            T::OpenBrace | T::OpenBracket | T::String | T::Number | T::Boolean | T::Null
        )
    }
}

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    /// Where the current token starts (set by `peek`).
    token_start: usize,
    /// Where reading is: error ranges end here, as they end where jsonc-parser's scanner stopped.
    pos: usize,
}

/// Errors are rare: boxed, they keep the `Result`s passed up the recursion small.
type Read<T> = Result<T, Box<SyntaxError>>;

impl<'a> Reader<'a> {
    fn document(&mut self) -> Read<Option<Value<'a>>> {
        let root = match self.peek() {
            None => None,
            Some(_) => Some(self.value(0, 0)?),
        };
        match self.next_token()? {
            Token::End => Ok(root),
            _ => Err(self.token_error(SyntaxProblem::MultipleRoots)),
        }
    }

    /// The first byte of the next token, past white space; `None` at the end of the text.
    fn peek(&mut self) -> Option<u8> {
        self.skip_white_space();
        self.token_start = self.pos;
        self.bytes.get(self.pos).copied()
    }

    /// The next value, inside `depth` open arrays, objects and properties (the innermost starting at `outer`).
    fn value(&mut self, depth: usize, outer: usize) -> Read<Value<'a>> {
        let next = self.peek();
        if depth > MAX_DEPTH {
            // jsonc-parser has read the token before it counts: a malformed one is the error instead.
            self.next_token()?;
            return Err(SyntaxError::new(SyntaxProblem::TooDeep, outer, self.pos));
        }
        Ok(match next {
            Some(b'"') => {
                let value = self.string()?;
                Value::StringLit(StringLit {
                    range: self.token_range(),
                    value,
                })
            }
            Some(b'{') => Value::Object(self.object(depth)?),
            Some(b'[') => Value::Array(self.array(depth)?),
            Some(b'-' | b'0'..=b'9') => {
                let value = self.number()?;
                Value::NumberLit(NumberLit {
                    range: self.token_range(),
                    value,
                })
            }
            Some(b't') if self.keyword("true") => Value::BooleanLit(BooleanLit {
                range: self.token_range(),
                value: true,
            }),
            Some(b'f') if self.keyword("false") => Value::BooleanLit(BooleanLit {
                range: self.token_range(),
                value: false,
            }),
            Some(b'n') if self.keyword("null") => Value::NullKeyword(NullKeyword {
                range: self.token_range(),
            }),
            _ => return Err(self.not_a_value()),
        })
    }

    /// The object whose `{` is at `pos`, inside `depth` open arrays, objects and properties.
    fn object(&mut self, depth: usize) -> Read<Object<'a>> {
        let start = self.pos;
        self.pos += 1;
        let mut properties = Vec::new();
        if self.peek() != Some(b'}') {
            properties = Vec::with_capacity(FIRST_ROOM);
            loop {
                if self.peek() != Some(b'"') {
                    return Err(self.not_a_key(start));
                }
                let value = self.string()?;
                let name = StringLit {
                    range: self.token_range(),
                    value,
                };
                properties.push(self.property(name, depth + 1)?);
                let value_end = self.pos;
                match self.peek() {
                    Some(b',') => self.comma(b'}')?,
                    Some(b'}') => break,
                    _ => return Err(self.after_property(start, value_end)),
                }
            }
        }
        self.pos += 1;
        Ok(Object {
            range: Range::new(start, self.pos),
            properties,
        })
    }

    /// Past the comma after a list item, where the list's `close` next is a trailing comma.
    fn comma(&mut self, close: u8) -> Read<()> {
        let comma = self.pos;
        self.pos += 1;
        if self.peek() == Some(close) {
            return Err(SyntaxError::new(
                SyntaxProblem::TrailingComma,
                comma,
                comma + 1,
            ));
        }
        Ok(())
    }

    /// The rest of a property after its name, in an object inside `depth` open arrays, objects and properties.
    fn property(&mut self, name: StringLit<'a>, depth: usize) -> Read<ObjectProp<'a>> {
        if self.peek() != Some(b':') {
            return Err(match self.next_token() {
                Ok(_) => self.token_error(SyntaxProblem::ExpectedColon),
                Err(error) => error,
            });
        }
        self.pos += 1;
        let value = self.value(depth + 1, name.range.start)?;
        Ok(ObjectProp {
            range: Range::new(name.range.start, self.pos),
            name,
            value,
        })
    }

    /// The array whose `[` is at `pos`, inside `depth` open arrays, objects and properties.
    fn array(&mut self, depth: usize) -> Read<Array<'a>> {
        use SyntaxProblem as P;
        let start = self.pos;
        self.pos += 1;
        let mut elements = Vec::new();
        if self.peek() != Some(b']') {
            elements = Vec::with_capacity(FIRST_ROOM);
            loop {
                if self.peek().is_none() {
                    return Err(SyntaxError::new(P::UnterminatedArray, start, self.pos));
                }
                let element = self.value(depth + 1, start)?;
                elements.push(element);
                let element_end = self.pos;
                match self.peek() {
                    Some(b',') => self.comma(b']')?,
                    Some(b']') => break,
                    _ => return Err(self.after_element(start, element_end)),
                }
            }
        }
        self.pos += 1;
        Ok(Array {
            range: Range::new(start, self.pos),
            elements,
        })
    }

    /// The error where a value should start but none does (every token that starts one has its fast path).
    #[cold]
    fn not_a_value(&mut self) -> Box<SyntaxError> {
        match self.next_token() {
            Ok(token) => self.unexpected(token),
            Err(error) => error,
        }
    }

    /// jsonc-parser's error for a token where a value should be.
    fn unexpected(&self, token: Token) -> Box<SyntaxError> {
        use SyntaxProblem as P;
        self.token_error(match token {
            // Only a property's value can be missing: the top level and arrays look for the end first.
            Token::End => P::ExpectedValue,
            Token::CloseBrace => P::UnexpectedCloseBrace,
            Token::CloseBracket => P::UnexpectedCloseBracket,
            Token::Comma => P::UnexpectedComma,
            Token::Colon => P::UnexpectedColon,
            Token::Word => P::UnexpectedWord,
            Token::OpenBrace
            | Token::OpenBracket
            | Token::String
            | Token::Number
            | Token::Boolean
            | Token::Null => unreachable!("a value's start is read by `value`"),
        })
    }

    /// The error where an object's key should be but is not (`start`: the object's).
    #[cold]
    fn not_a_key(&mut self, start: usize) -> Box<SyntaxError> {
        use SyntaxProblem as P;
        match self.next_token() {
            Ok(Token::End) => SyntaxError::new(P::UnterminatedObject, start, self.pos),
            Ok(Token::Word | Token::Number | Token::Boolean | Token::Null) => {
                self.token_error(P::UnquotedKey)
            }
            Ok(_) => self.token_error(P::UnexpectedTokenInObject),
            Err(error) => error,
        }
    }

    /// The error after a property where neither `,` nor `}` is.
    #[cold]
    fn after_property(&mut self, start: usize, value_end: usize) -> Box<SyntaxError> {
        use SyntaxProblem as P;
        match self.next_token() {
            Ok(Token::End) => SyntaxError::new(P::UnterminatedObject, start, self.pos),
            // What jsonc-parser would take for the next key.
            Ok(Token::String | Token::Word | Token::Number | Token::Boolean | Token::Null) => {
                SyntaxError::new(P::ExpectedComma, value_end, value_end)
            }
            Ok(_) => self.token_error(P::UnexpectedTokenInObject),
            Err(error) => error,
        }
    }

    /// The error after an array element where neither `,` nor `]` is.
    #[cold]
    fn after_element(&mut self, start: usize, element_end: usize) -> Box<SyntaxError> {
        use SyntaxProblem as P;
        match self.next_token() {
            Ok(Token::End) => SyntaxError::new(P::UnterminatedArray, start, self.pos),
            Ok(token) if token.starts_value() => {
                SyntaxError::new(P::ExpectedComma, element_end, element_end)
            }
            // A word is not taken for a value here: jsonc-parser reads it as the next element, and fails there.
            Ok(token) => self.unexpected(token),
            Err(error) => error,
        }
    }

    /// Reads the next token as jsonc-parser's scanner would: what kind it is, or the error reading it is.
    fn next_token(&mut self) -> Read<Token> {
        use SyntaxProblem as P;
        let Some(byte) = self.peek() else {
            return Ok(Token::End);
        };
        let token = match byte {
            b'{' => Token::OpenBrace,
            b'}' => Token::CloseBrace,
            b'[' => Token::OpenBracket,
            b']' => Token::CloseBracket,
            b',' => Token::Comma,
            b':' => Token::Colon,
            b'"' => return self.string().map(|_| Token::String),
            b'-' | b'0'..=b'9' => return self.number().map(|_| Token::Number),
            b't' if self.keyword("true") => return Ok(Token::Boolean),
            b'f' if self.keyword("false") => return Ok(Token::Boolean),
            b'n' if self.keyword("null") => return Ok(Token::Null),
            b'/' => return Err(self.comment()),
            b'\'' => return Err(self.token_error(P::SingleQuotedString)),
            b'+' => return Err(self.token_error(P::UnaryPlus)),
            b'.' if self.digit_at(self.pos + 1) => {
                return Err(self.token_error(P::BareDecimalPoint))
            }
            _ => return self.word().map(|()| Token::Word),
        };
        self.pos += 1;
        Ok(token)
    }

    /// JSON's white space, and what else jsonc-parser takes for it: VT, FF and Unicode white space.
    fn skip_white_space(&mut self) {
        loop {
            match self.bytes.get(self.pos) {
                // Most tokens follow no white space at all.
                Some(b'!'..=0x7F) | None => return,
                Some(b' ' | b'\n' | b'\r' | b'\t' | 0x0B | 0x0C) => {
                    self.pos += 1;
                    self.skip_spaces();
                }
                Some(0x80..) if self.skip_unicode_white_space() => {}
                _ => return,
            }
        }
    }

    /// Runs of spaces (indentation), eight at a time.
    fn skip_spaces(&mut self) {
        const SPACES: u64 = u64::from_le_bytes([b' '; 8]);
        while let Some(chunk) = self.bytes.get(self.pos..self.pos + 8) {
            if u64::from_le_bytes(chunk.try_into().expect("eight bytes")) != SPACES {
                return;
            }
            self.pos += 8;
        }
    }

    /// Moves past a non-ASCII white space character at `pos`, if there is one: rare, so kept out of the way.
    #[cold]
    fn skip_unicode_white_space(&mut self) -> bool {
        match self.char_at(self.pos) {
            Some(c) if c.is_whitespace() => {
                self.pos += c.len_utf8();
                true
            }
            _ => false,
        }
    }

    /// A string, its opening quote at `pos`. Without escapes it borrows from the text.
    fn string(&mut self) -> Read<Cow<'a, str>> {
        let quote = self.pos;
        let content = quote + 1;
        match self.quote_or_backslash(content) {
            Some(end) if self.bytes[end] == b'"' => {
                self.pos = end + 1;
                Ok(Cow::Borrowed(&self.text[content..end]))
            }
            Some(backslash) => self.escaped_string(quote, backslash),
            None => Err(self.unterminated_string(quote)),
        }
    }

    /// The rest of a string from its first backslash, decoded into a new `String`. Out of line, so that
    /// `string`, on the hot path, stays small.
    #[inline(never)]
    fn escaped_string(&mut self, quote: usize, first_backslash: usize) -> Read<Cow<'a, str>> {
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
                    return Ok(Cow::Owned(value));
                }
                Some(next) => backslash = next,
                None => return Err(self.unterminated_string(quote)),
            }
        }
    }

    /// `\uXXXX` with `pos` on its `u`, or a surrogate pair of two; leaves `pos` on the last hex digit.
    fn unicode_escape(&mut self, backslash: usize) -> Read<char> {
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
    fn hex_digits(&mut self, backslash: usize) -> Read<u32> {
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

    /// The first `"` or `\` from `from` on, looked for eight bytes at a time: most of a JSON text is strings.
    /// (Both are ASCII, so never part of a multi-byte character.) The eight may reach past the string's end:
    /// only the last few bytes of the text are looked at one by one. Inlined: a call costs as much as a short
    /// string.
    #[inline(always)]
    fn quote_or_backslash(&self, from: usize) -> Option<usize> {
        let rest = &self.bytes[from..];
        let mut at = 0;
        while let Some(chunk) = rest.get(at..at + 8) {
            let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
            let found = bytes_equal_to(word, b'"') | bytes_equal_to(word, b'\\');
            if found != 0 {
                return Some(from + at + found.trailing_zeros() as usize / 8);
            }
            at += 8;
        }
        (rest[at..].iter())
            .position(|&b| b == b'"' || b == b'\\')
            .map(|i| from + at + i)
    }

    #[cold]
    fn unterminated_string(&mut self, quote: usize) -> Box<SyntaxError> {
        self.pos = self.text.len();
        SyntaxError::new(SyntaxProblem::UnterminatedString, quote, self.pos)
    }

    /// A number, its first character (`-` or a digit) at `pos`.
    fn number(&mut self) -> Read<&'a str> {
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
        Ok(&self.text[start..self.pos])
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
    #[cold]
    fn word(&mut self) -> Read<()> {
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
        Ok(())
    }

    /// A comment, with `/` at `pos`: an error, over the whole comment (up to its line break).
    #[cold]
    fn comment(&mut self) -> Box<SyntaxError> {
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
    #[cold]
    fn token_error(&self, problem: SyntaxProblem) -> Box<SyntaxError> {
        let end = if self.pos > self.token_start {
            self.pos
        } else {
            self.char_end(self.pos)
        };
        SyntaxError::new(problem, self.token_start, end)
    }

    /// An error from `start` over the character at `pos`.
    #[cold]
    fn error_from(&self, start: usize, problem: SyntaxProblem) -> Box<SyntaxError> {
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

/// The high bit of each byte of `word` that equals `byte`, and maybe of bytes above one that does: the lowest
/// bit set marks the first match ("has zero byte" of *Bit Twiddling Hacks* on `word ^ byte * 0x0101…`).
fn bytes_equal_to(word: u64, byte: u8) -> u64 {
    const ONES: u64 = u64::from_le_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_le_bytes([0x80; 8]);
    let zeroed = word ^ (ONES * u64::from(byte));
    zeroed.wrapping_sub(ONES) & !zeroed & HIGHS
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The nesting limit also bounds the recursion: deep text fits the 1 MB stack WebAssembly runs on, even
    /// unoptimized. (The differential test, `tests/it/json_reader`, checks every error against jsonc-parser's.)
    #[test]
    fn deep_nesting_is_an_error_not_a_stack_overflow() {
        let deep = std::thread::Builder::new().stack_size(1 << 20);
        let errors = deep
            .spawn(|| {
                ["[", "{\"a\":", "[{\"a\":"].map(|open| {
                    let text = open.repeat(100_000);
                    read(&text).map(|_| ()).unwrap_err().problem
                })
            })
            .unwrap()
            .join()
            .unwrap();
        assert_eq!(errors, [const { SyntaxProblem::TooDeep }; 3]);
    }

    #[test]
    fn strings_without_escapes_are_borrowed() {
        let text = r#"{"plain": "text", "escaped": "a\nb"}"#;
        let Some(Value::Object(object)) = read(text).unwrap() else {
            panic!("an object");
        };
        let borrowed = |name| matches!(object.get_string(name).unwrap().value, Cow::Borrowed(_));
        assert!(borrowed("plain"));
        assert!(!borrowed("escaped"));
        assert_eq!(object.get_string("escaped").unwrap().as_str(), "a\nb");
        assert!(object
            .properties
            .iter()
            .all(|p| matches!(p.name.value, Cow::Borrowed(_))));
    }
}
