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
    /// Each line's first byte, and whether the line is pure ASCII, where a column is a byte difference: minified
    /// JSON is one long line, and counting characters from its start for every span would make parsing
    /// quadratic. One list, one allocation: an index is made for every text read, on every key typed.
    lines: Vec<(usize, bool)>,
    /// Length of a leading byte-order mark: the JSON parser sees the text after it, so its ranges start here.
    base: usize,
}

impl<'t> LineIndex<'t> {
    pub fn new(text: &'t str) -> Self {
        let starts = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1));
        let mut lines: Vec<(usize, bool)> = starts.map(|start| (start, true)).collect();
        for i in 0..lines.len() {
            let end = lines.get(i + 1).map_or(text.len(), |&(next, _)| next);
            lines[i].1 = text.as_bytes()[lines[i].0..end].is_ascii();
        }
        let base = if text.starts_with('\u{feff}') { 3 } else { 0 };
        LineIndex { text, lines, base }
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
        let line = self.lines.partition_point(|&(s, _)| s <= start);
        // Editors do not show a byte-order mark, so columns on the first line start after it.
        let (line_start, ascii) = self.lines[line - 1];
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
