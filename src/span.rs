//! Where things are in a source text: `Span` (byte range, 1-based line and column) and `LineIndex`, which maps
//! byte offsets to lines and columns. Below every phase: the JSON reader, the diagnostics and the explanations
//! all name spans, and this module names none of them.

use serde::Serialize;

/// A byte range of the text the JSON reader read (the document after any byte-order mark): `start..end`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Range {
    pub start: usize,
    pub end: usize,
}

impl Range {
    pub fn new(start: usize, end: usize) -> Range {
        Range { start, end }
    }
}

/// A location in a source text: byte offsets for slicing, 1-based line and column (in characters) for people.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub column: usize,
}

impl Span {
    /// The span's first character (an object's opening brace): where a note about a whole object points, so
    /// its mark does not underline the whole text.
    pub fn opening(self) -> Span {
        Span {
            end: self.start + 1,
            ..self
        }
    }
}

/// Maps byte offsets of one text to lines and columns.
pub struct LineIndex<'t> {
    text: &'t str,
    /// Whether the first line is pure ASCII, where a column is a byte difference: minified JSON is one long line,
    /// and counting characters from its start for every span would make parsing quadratic.
    first_ascii: bool,
    /// Each later line's first byte, and whether it is pure ASCII. One list, one allocation, and none for a text
    /// of one line (what `JSON.stringify` writes, which the JavaScript package reads on every call).
    later: Vec<(usize, bool)>,
    /// Length of a leading byte-order mark: the JSON parser sees the text after it, so its ranges start here.
    base: usize,
}

impl<'t> LineIndex<'t> {
    pub fn new(text: &'t str) -> Self {
        let bytes = text.as_bytes();
        let mut later: Vec<(usize, bool)> = Vec::new();
        let mut first_ascii = true;
        // Whether the line being read is ASCII so far: the first line's flag until a `\n`, then the last later
        // line's. Lines and flags come from one pass, eight bytes at a time where there is no `\n`.
        let mut ascii = true;
        let mut line_ends = |newline: usize, ascii: &mut bool| {
            match later.last_mut() {
                None => first_ascii = *ascii,
                Some(line) => line.1 = *ascii,
            }
            later.push((newline + 1, true));
            *ascii = true;
        };
        let mut at = 0;
        while let Some(chunk) = bytes.get(at..at + 8) {
            let word = u64::from_le_bytes(chunk.try_into().expect("eight bytes"));
            if has_newline(word) {
                for (i, &byte) in chunk.iter().enumerate() {
                    if byte == b'\n' {
                        line_ends(at + i, &mut ascii);
                    } else {
                        ascii &= byte.is_ascii();
                    }
                }
            } else {
                ascii &= word & u64::from_le_bytes([0x80; 8]) == 0;
            }
            at += 8;
        }
        for (i, &byte) in bytes[at..].iter().enumerate() {
            if byte == b'\n' {
                line_ends(at + i, &mut ascii);
            } else {
                ascii &= byte.is_ascii();
            }
        }
        match later.last_mut() {
            None => first_ascii = ascii,
            Some(line) => line.1 = ascii,
        }
        let base = if text.starts_with('\u{feff}') { 3 } else { 0 };
        LineIndex {
            text,
            first_ascii,
            later,
            base,
        }
    }

    /// The whole text, byte-order mark included.
    pub fn text(&self) -> &'t str {
        self.text
    }

    /// The length of a leading byte-order mark (0 without one).
    pub fn bom_len(&self) -> usize {
        self.base
    }

    /// The text the JSON parser reads: the document without its byte-order mark.
    pub fn body(&self) -> &'t str {
        &self.text[self.base..]
    }

    pub fn span(&self, start: usize, end: usize) -> Span {
        let start = start.min(self.text.len());
        // The later lines starting at or before `start`: `start` is on the line after the last of them.
        let before = self.later.partition_point(|&(s, _)| s <= start);
        let line = before + 1;
        let (line_start, ascii) = match before {
            0 => (0, self.first_ascii),
            n => self.later[n - 1],
        };
        // Editors do not show a byte-order mark, so columns on the first line start after it.
        let line_start = line_start.max(self.base.min(start));
        let column = if ascii {
            start - line_start
        } else {
            self.text
                .get(line_start..start)
                .map_or(start - line_start, |prefix| prefix.chars().count())
        } + 1;
        Span {
            start,
            end: end.max(start),
            line,
            column,
        }
    }

    /// The span of a parser range (relative to `body`).
    pub fn range(&self, range: Range) -> Span {
        self.span(range.start + self.base, range.end + self.base)
    }

    /// The span of the end of the document, for "missing" diagnostics with nothing better to point at.
    pub fn whole(&self) -> Span {
        self.span(0, self.text.len())
    }
}

/// Whether one of the eight bytes of `word` is `\n` ("has zero byte" of *Bit Twiddling Hacks* on `word ^ 0x0A0A…`,
/// exact for whether there is one).
fn has_newline(word: u64) -> bool {
    const ONES: u64 = u64::from_le_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_le_bytes([0x80; 8]);
    let zeroed = word ^ u64::from_le_bytes([b'\n'; 8]);
    zeroed.wrapping_sub(ONES) & !zeroed & HIGHS != 0
}

#[cfg(test)]
mod tests {
    use super::LineIndex;

    /// Line and column by their definition: lines counted from 1 after each `\n`, columns in characters from
    /// the line's start (on the first line, from after a byte-order mark).
    fn by_definition(text: &str, start: usize) -> (usize, usize) {
        let before = &text[..start];
        let line = before.matches('\n').count() + 1;
        let bom = if text.starts_with('\u{feff}') { 3 } else { 0 };
        let line_start = before.rfind('\n').map_or(0, |i| i + 1).max(bom.min(start));
        (line, text[line_start..start].chars().count() + 1)
    }

    #[test]
    fn every_offset_gets_its_line_and_column() {
        let texts = [
            "",
            "{\"version\":\"2.0\"}",
            "{\n  \"a\": 1\n}",
            "{\n  \"名\": \"é\",\n  \"b\": 2\n}\n",
            "\u{feff}{\"a\":\"名\"}",
            "\u{feff}\n\n{}",
            "\n",
            "名\n\n",
            // Past eight bytes, where lines are found a word at a time: a `\n` and a non-ASCII character in
            // every place of a word, and lines longer than one.
            "{\"version\":\"2.0\",\"statement\":[{\"effect\":\"allow\"}]}",
            "{\"version\":\"2.0\",\"statement\":[{\"effect\":\"允许\"}],\"x\":1}",
            "0123456\n0123456789abcdef\n01234名67890\n\n\n0123456789abcdefghij名\n",
            "\u{feff}0123456789\nabcdefghijklmnopq\r\n名名名名名名\n0",
        ];
        for text in texts {
            let index = LineIndex::new(text);
            let offsets = text.char_indices().map(|(i, _)| i).chain([text.len()]);
            for start in offsets {
                let span = index.span(start, start);
                assert_eq!(
                    (span.line, span.column),
                    by_definition(text, start),
                    "{text:?} at {start}"
                );
            }
        }
    }
}
