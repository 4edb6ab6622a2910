//! A sentence as the tables write it: its text and the rules it cites, recorded while it is written, so a view
//! can link each cited rule without reading the sentence again.
//!
//! A table writes a citation as a `Rule` value (`sentence!("… (rule {R5}).")`); `Rule`'s `Display` hands the
//! writer the rule's own `&'static str` id, and `Sentence` recognizes that very string by its address. Text
//! from anywhere else (the user's patterns and values, the table's own words) is never taken for a citation,
//! whatever it says.

use std::fmt;

use crate::rules::Rule;

/// A sentence cut into plain text and the rule ids it cites (`rule R5`, `规则 R5`), so a view can link each id
/// to its explanation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    Text(&'a str),
    Rule(Rule),
}

/// Words with the rules they cite: `Display` gives the plain text, `pieces` the text cut at each citation.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sentence {
    text: String,
    /// Where each cited rule's id starts in `text`, in order.
    cited: Vec<(usize, Rule)>,
}

/// Writes a `Sentence` as `format!` writes a `String`.
macro_rules! sentence {
    ($($arg:tt)*) => {
        $crate::i18n::Sentence::format(format_args!($($arg)*))
    };
}
pub(crate) use sentence;

/// The rule whose id is this very string (the same address and length), if any.
fn cited(text: &str) -> Option<Rule> {
    Rule::ALL
        .iter()
        .copied()
        .find(|rule| std::ptr::eq(rule.id(), text))
}

impl fmt::Write for Sentence {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        if let Some(rule) = cited(text) {
            self.cited.push((self.text.len(), rule));
        }
        self.text.push_str(text);
        Ok(())
    }
}

impl Sentence {
    /// What `sentence!` calls: one body for every sentence of the tables, as `format!` calls
    /// `alloc::fmt::format`. Inlined at each call site it grew the playground's release wasm (before wasm-opt)
    /// by 18.4 KB raw / 3.0 KB gzip over the `String` tables; with one body, by 5.5 KB / 0.9 KB.
    #[inline(never)]
    pub fn format(args: fmt::Arguments<'_>) -> Sentence {
        let mut sentence = Sentence::default();
        let _ = fmt::Write::write_fmt(&mut sentence, args);
        sentence
    }

    /// The text cut into plain runs and the rules it cites.
    pub fn pieces(&self) -> Vec<Piece<'_>> {
        let mut pieces = Vec::with_capacity(2 * self.cited.len() + 1);
        let mut plain_from = 0;
        for &(start, rule) in &self.cited {
            if plain_from < start {
                pieces.push(Piece::Text(&self.text[plain_from..start]));
            }
            pieces.push(Piece::Rule(rule));
            plain_from = start + rule.id().len();
        }
        if plain_from < self.text.len() {
            pieces.push(Piece::Text(&self.text[plain_from..]));
        }
        pieces
    }

    /// Appends another sentence, its citations included.
    pub fn push(&mut self, more: &Sentence) {
        let shift = self.text.len();
        self.text.push_str(&more.text);
        self.cited.extend(
            more.cited
                .iter()
                .map(|&(start, rule)| (shift + start, rule)),
        );
    }

    /// The sentences one after another with `separator` between them, as `join` on strings.
    pub fn join(parts: &[Sentence], separator: &str) -> Sentence {
        let mut joined = Sentence::default();
        for (i, part) in parts.iter().enumerate() {
            if i > 0 {
                joined.text.push_str(separator);
            }
            joined.push(part);
        }
        joined
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    pub fn into_string(self) -> String {
        self.text
    }
}

/// Writes the sentence again, its citations as citations, so a sentence written into another keeps them.
impl fmt::Display for Sentence {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for piece in self.pieces() {
            match piece {
                Piece::Text(text) => f.write_str(text)?,
                Piece::Rule(rule) => f.write_str(rule.id())?,
            }
        }
        Ok(())
    }
}

/// Words that cite no rule.
impl From<&str> for Sentence {
    fn from(text: &str) -> Sentence {
        Sentence {
            text: text.to_string(),
            cited: Vec::new(),
        }
    }
}

impl From<String> for Sentence {
    fn from(text: String) -> Sentence {
        Sentence {
            text,
            cited: Vec::new(),
        }
    }
}

/// Text cut at its backtick code spans (`` `ccc:CreateStaff` ``), in order: `(false, words)` and `(true, code)`
/// without the backticks, so the interface shows code as code. An unpaired backtick stays in the words.
pub fn code_spans(text: &str) -> Vec<(bool, &str)> {
    let mut pieces = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('`') {
        let Some(length) = rest[open + 1..].find('`') else {
            break;
        };
        if open > 0 {
            pieces.push((false, &rest[..open]));
        }
        pieces.push((true, &rest[open + 1..open + 1 + length]));
        rest = &rest[open + 2 + length..];
    }
    if !rest.is_empty() {
        pieces.push((false, rest));
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Rule::R5;

    #[test]
    fn citations_are_recorded_as_written_and_nothing_else() {
        let api = "R5 (rule R5)";
        let s = sentence!("So CAM checks {api} against `*` (rule {R5}).");
        assert_eq!(
            s.to_string(),
            "So CAM checks R5 (rule R5) against `*` (rule R5)."
        );
        assert_eq!(
            s.pieces(),
            [
                Piece::Text("So CAM checks R5 (rule R5) against `*` (rule "),
                Piece::Rule(R5),
                Piece::Text(").")
            ]
        );
        let outer = sentence!("{s} See it.");
        assert_eq!(outer.pieces()[1], Piece::Rule(R5));
        assert_eq!(Sentence::from("rule R5").pieces(), [Piece::Text("rule R5")]);
        let by_id = sentence!("Assumption {} holds", crate::rules::Rule::C9.id());
        assert_eq!(by_id.pieces()[1], Piece::Rule(crate::rules::Rule::C9));
        let mut pushed = sentence!("a");
        pushed.push(&s);
        assert_eq!(pushed.pieces()[1], Piece::Rule(R5));
        assert_eq!(pushed.to_string(), format!("a{s}"));
    }

    /// Issue 27, finding 12: backtick spans become code, nothing else is lost.
    #[test]
    fn code_spans_cut_text_at_backticks() {
        let cases: &[(&str, &[(bool, &str)])] = &[
            (
                "因此 CAM 用资源 `*` 鉴权",
                &[(false, "因此 CAM 用资源 "), (true, "*"), (false, " 鉴权")],
            ),
            (
                "`CreateSt` is not",
                &[(true, "CreateSt"), (false, " is not")],
            ),
            ("`a``b`", &[(true, "a"), (true, "b")]),
            ("no code", &[(false, "no code")]),
            ("one ` only", &[(false, "one ` only")]),
            ("", &[]),
        ];
        for (text, pieces) in cases {
            assert_eq!(code_spans(text), *pieces, "{text}");
        }
    }
}
