//! JSON syntax highlighting for the editor overlay: text + marked ranges (diagnostics, the focused statement) →
//! pieces with CSS classes. Tolerant of invalid JSON (it is what users type mid-edit). No web dependencies.

use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum TokenKind {
    Key,
    String,
    Number,
    Literal,
    Punctuation,
    Plain,
}

impl TokenKind {
    fn class(self) -> &'static str {
        match self {
            TokenKind::Key => "tok-key",
            TokenKind::String => "tok-str",
            TokenKind::Number => "tok-num",
            TokenKind::Literal => "tok-lit",
            TokenKind::Punctuation => "tok-punct",
            TokenKind::Plain => "",
        }
    }
}

/// A byte range to decorate, e.g. a diagnostic (`diag-error`) or the statement a reasoning step is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Mark {
    pub start: usize,
    pub end: usize,
    pub class: &'static str,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    pub start: usize,
    pub end: usize,
    pub class: String,
}

/// Tokens as (start, end, kind), covering the whole text.
pub fn tokens(text: &str) -> Vec<(usize, usize, TokenKind)> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        let kind = match bytes[i] {
            b'"' => {
                i += 1;
                while i < bytes.len() && bytes[i] != b'"' && bytes[i] != b'\n' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                i = (i + 1).min(bytes.len());
                // A string followed (after blanks) by a colon is a key.
                let rest = text[i..].trim_start_matches([' ', '\t', '\r', '\n']);
                if rest.starts_with(':') {
                    TokenKind::Key
                } else {
                    TokenKind::String
                }
            }
            b'-' | b'0'..=b'9' => {
                i += 1;
                while i < bytes.len()
                    && matches!(bytes[i], b'0'..=b'9' | b'.' | b'e' | b'E' | b'+' | b'-')
                {
                    i += 1;
                }
                TokenKind::Number
            }
            b'{' | b'}' | b'[' | b']' | b':' | b',' => {
                i += 1;
                TokenKind::Punctuation
            }
            c if c.is_ascii_alphabetic() => {
                while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
                    i += 1;
                }
                if matches!(&text[start..i], "true" | "false" | "null") {
                    TokenKind::Literal
                } else {
                    TokenKind::Plain
                }
            }
            _ => {
                i += 1;
                while i < bytes.len()
                    && !b"\"-0123456789{}[]:,".contains(&bytes[i])
                    && !bytes[i].is_ascii_alphabetic()
                {
                    i += 1;
                }
                TokenKind::Plain
            }
        };
        // Never split a UTF-8 character (escapes can step past a multi-byte one).
        while i < bytes.len() && !text.is_char_boundary(i) {
            i += 1;
        }
        out.push((start, i.min(bytes.len()), kind));
    }
    out
}

/// Splits the text at token and mark boundaries; each piece gets its token class plus the classes of the marks
/// covering it. Adjacent pieces with the same classes are merged to keep the DOM small.
pub fn pieces(text: &str, marks: &[Mark]) -> Vec<Piece> {
    let mut cuts: Vec<usize> = vec![0, text.len()];
    let tokens = tokens(text);
    cuts.extend(tokens.iter().map(|t| t.0));
    for mark in marks {
        cuts.push(clamp_to_boundary(text, mark.start));
        cuts.push(clamp_to_boundary(text, mark.end));
    }
    cuts.sort_unstable();
    cuts.dedup();
    let mut out: Vec<Piece> = Vec::with_capacity(cuts.len());
    let mut token = 0;
    for window in cuts.windows(2) {
        let (start, end) = (window[0], window[1]);
        while token + 1 < tokens.len() && tokens[token].1 <= start {
            token += 1;
        }
        let mut class = tokens.get(token).map_or("", |t| t.2.class()).to_string();
        for mark in marks
            .iter()
            .filter(|m| m.start <= start && end <= m.end.max(m.start + 1))
        {
            if !class.is_empty() {
                class.push(' ');
            }
            class.push_str(mark.class);
        }
        match out.last_mut() {
            Some(last) if last.class == class => last.end = end,
            _ => out.push(Piece { start, end, class }),
        }
    }
    out
}

fn clamp_to_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(&str, TokenKind)> {
        tokens(text)
            .into_iter()
            .map(|(s, e, k)| (&text[s..e], k))
            .filter(|(t, _)| !t.trim().is_empty())
            .collect()
    }

    #[test]
    fn keys_values_and_literals() {
        use TokenKind::*;
        assert_eq!(
            kinds(r#"{"effect": "allow", "n": -1.5e3, "b": true}"#),
            vec![
                ("{", Punctuation),
                ("\"effect\"", Key),
                (":", Punctuation),
                ("\"allow\"", String),
                (",", Punctuation),
                ("\"n\"", Key),
                (":", Punctuation),
                ("-1.5e3", Number),
                (",", Punctuation),
                ("\"b\"", Key),
                (":", Punctuation),
                ("true", Literal),
                ("}", Punctuation),
            ]
        );
    }

    #[test]
    fn pieces_cover_the_text_and_carry_marks() {
        let text = "{\"a\": \"é\\\"x\"}\n  bad";
        let marks = [Mark {
            start: 6,
            end: 12,
            class: "diag-error",
        }];
        let split = pieces(text, &marks);
        assert_eq!(split.first().unwrap().start, 0);
        assert_eq!(split.last().unwrap().end, text.len());
        assert!(split.windows(2).all(|w| w[0].end == w[1].start));
        assert!(split
            .iter()
            .any(|p| p.class.contains("diag-error") && p.class.contains("tok-str")));
        // Unterminated strings and odd bytes never panic.
        for text in ["\"abc", "\"\\", "\"é\\", "{\u{feff}}", ""] {
            let _ = pieces(
                text,
                &[Mark {
                    start: 0,
                    end: 99,
                    class: "x",
                }],
            );
        }
    }
}
