//! The layers ARCHITECTURE.md promises, checked on the whole import graph of the library (`src/` except the two
//! binaries, `src/main.rs` with `src/web/` and `src/bin/`, which are crates of their own above it).
//!
//! Every `crate::…` and `super::…` path counts, wherever it is written: `use` lines, grouped imports
//! (`use crate::{a, b::c}`), `pub use` re-exports, and inline paths in expressions and types
//! (`crate::x::y(…)`). Comments, strings and char literals are skipped by a small lexer, and items under
//! `#[cfg(test)]` are left out by matching their braces (tests may reach anywhere). Each path's first segment
//! names a top-level module (`src/x.rs` or `src/x/`; a name the crate root re-exports counts as the module it
//! comes from). The layer table is read from ARCHITECTURE.md, between the `layers:begin` and `layers:end`
//! markers: every module is in exactly one layer, and an import may only point to a *lower* layer. A path that
//! points up or sideways fails with its file, line, edge and both layers; a cycle between modules fails with
//! every edge that closes it. The unit tests at the end plant such paths in synthetic sources and check that
//! the checker reports them.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

// ---------------------------------------------------------------------------------------------------------------
// Lexing: just enough Rust to find paths outside comments, strings and char literals.

#[derive(Clone, Debug, PartialEq)]
enum Tok {
    Ident(String),
    /// `::`
    PathSep,
    Open(char),
    Close(char),
    Punct(char),
}

#[derive(Clone, Debug)]
struct Token {
    tok: Tok,
    line: usize,
}

fn is_ident_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

fn lex(text: &str) -> Vec<Token> {
    let chars: Vec<char> = text.chars().collect();
    let mut tokens = Vec::new();
    let mut line = 1;
    let mut i = 0;
    let at = |i: usize| chars.get(i).copied().unwrap_or('\0');
    // Skips a "…" string starting at the opening quote; returns the index after the closing quote.
    let skip_string = |mut i: usize, line: &mut usize| {
        i += 1;
        while i < chars.len() && chars[i] != '"' {
            if chars[i] == '\\' {
                i += 1;
            }
            if at(i) == '\n' {
                *line += 1;
            }
            i += 1;
        }
        i + 1
    };
    while i < chars.len() {
        let c = chars[i];
        if c == '\n' {
            line += 1;
            i += 1;
        } else if c.is_whitespace() {
            i += 1;
        } else if c == '/' && at(i + 1) == '/' {
            while i < chars.len() && chars[i] != '\n' {
                i += 1;
            }
        } else if c == '/' && at(i + 1) == '*' {
            let mut depth = 0;
            while i < chars.len() {
                if chars[i] == '/' && at(i + 1) == '*' {
                    depth += 1;
                    i += 2;
                } else if chars[i] == '*' && at(i + 1) == '/' {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    if chars[i] == '\n' {
                        line += 1;
                    }
                    i += 1;
                }
            }
        } else if c == '"' {
            i = skip_string(i, &mut line);
        } else if c == '\'' {
            if at(i + 1) == '\\' {
                // An escaped char literal: '\n', '\'', '\u{7d}' (the escaped character is skipped first).
                i += 3;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                i += 1;
            } else if at(i + 2) == '\'' {
                // 'x', including '{', '}' and '"'.
                i += 3;
            } else {
                // A lifetime or label: the name that follows lexes as an identifier.
                i += 1;
            }
        } else if is_ident_char(c) {
            let start = i;
            while i < chars.len() && is_ident_char(chars[i]) {
                i += 1;
            }
            let word: String = chars[start..i].iter().collect();
            let raw = matches!(word.as_str(), "r" | "br" | "cr");
            if raw && (at(i) == '"' || (at(i) == '#' && (at(i + 1) == '"' || at(i + 1) == '#'))) {
                // A raw string: r"…", r#"…"#, br##"…"##.
                let mut hashes = 0;
                while at(i) == '#' {
                    hashes += 1;
                    i += 1;
                }
                i += 1;
                loop {
                    if i >= chars.len() {
                        break;
                    }
                    if chars[i] == '"' && (1..=hashes).all(|h| at(i + h) == '#') {
                        i += 1 + hashes;
                        break;
                    }
                    if chars[i] == '\n' {
                        line += 1;
                    }
                    i += 1;
                }
            } else if matches!(word.as_str(), "b" | "c") && at(i) == '"' {
                i = skip_string(i, &mut line);
            } else if word == "b" && at(i) == '\'' {
                // A byte literal: b'x', b'\n'.
                i += 1;
                if at(i + 1) == '\\' {
                    i += 3;
                    while i < chars.len() && chars[i] != '\'' {
                        i += 1;
                    }
                    i += 1;
                } else {
                    i += 3;
                }
            } else if word == "r" && at(i) == '#' && is_ident_char(at(i + 1)) {
                // A raw identifier: r#type.
                i += 1;
            } else {
                tokens.push(Token {
                    tok: Tok::Ident(word),
                    line,
                });
            }
        } else {
            let tok = match c {
                ':' if at(i + 1) == ':' => {
                    i += 1;
                    Tok::PathSep
                }
                '{' | '(' | '[' => Tok::Open(c),
                '}' | ')' | ']' => Tok::Close(c),
                other => Tok::Punct(other),
            };
            tokens.push(Token { tok, line });
            i += 1;
        }
    }
    tokens
}

fn ident(tokens: &[Token], i: usize) -> Option<&str> {
    match tokens.get(i).map(|t| &t.tok) {
        Some(Tok::Ident(name)) => Some(name),
        _ => None,
    }
}

fn is(tokens: &[Token], i: usize, tok: &Tok) -> bool {
    tokens.get(i).is_some_and(|t| &t.tok == tok)
}

/// Whether `#[cfg(test)]` starts at `i` (`#![cfg(test)]` too).
fn cfg_test_at(tokens: &[Token], i: usize) -> Option<usize> {
    let mut k = i;
    if !is(tokens, k, &Tok::Punct('#')) {
        return None;
    }
    k += 1;
    if is(tokens, k, &Tok::Punct('!')) {
        k += 1;
    }
    let expected = [
        Tok::Open('['),
        Tok::Ident("cfg".into()),
        Tok::Open('('),
        Tok::Ident("test".into()),
        Tok::Close(')'),
        Tok::Close(']'),
    ];
    for tok in &expected {
        if !is(tokens, k, tok) {
            return None;
        }
        k += 1;
    }
    Some(k)
}

/// The tokens with every `#[cfg(test)]` item left out: from the attribute to the `;` or the matching `}` of
/// the item's first `{` (brackets and parentheses counted, so `[u8; 3]` does not end it). `#![cfg(test)]` drops
/// the rest of the file.
fn without_tests(tokens: Vec<Token>) -> Vec<Token> {
    let mut kept = Vec::with_capacity(tokens.len());
    let mut i = 0;
    while i < tokens.len() {
        let Some(after) = cfg_test_at(&tokens, i) else {
            kept.push(tokens[i].clone());
            i += 1;
            continue;
        };
        if is(&tokens, i + 1, &Tok::Punct('!')) {
            break;
        }
        let mut depth = 0usize;
        let mut k = after;
        while k < tokens.len() {
            match tokens[k].tok {
                Tok::Open('{') if depth == 0 => {
                    k = matching_close(&tokens, k);
                    break;
                }
                Tok::Punct(';') if depth == 0 => break,
                Tok::Open(_) => depth += 1,
                Tok::Close(_) => depth = depth.saturating_sub(1),
                _ => {}
            }
            k += 1;
        }
        i = k + 1;
    }
    kept
}

fn matching_close(tokens: &[Token], open: usize) -> usize {
    let mut depth = 0usize;
    for (k, token) in tokens.iter().enumerate().skip(open) {
        match token.tok {
            Tok::Open(_) => depth += 1,
            Tok::Close(_) => {
                depth -= 1;
                if depth == 0 {
                    return k;
                }
            }
            _ => {}
        }
    }
    tokens.len()
}

// ---------------------------------------------------------------------------------------------------------------
// Paths.

/// One path found in a file: its line, the segments after `crate::`/`super::` resolved from the crate root, and
/// how it was written.
#[derive(Debug)]
struct Found {
    line: usize,
    segments: Vec<String>,
    written: String,
}

/// Reads a path tree after `::` at `i` (`a::b`, `{a, b::c}`, `*`, `self`): every leaf, as segments appended to
/// `prefix`. Returns the index after the tree.
fn tree(
    tokens: &[Token],
    mut i: usize,
    prefix: Vec<String>,
    leaves: &mut Vec<Vec<String>>,
) -> usize {
    if is(tokens, i, &Tok::Open('{')) {
        let close = matching_close(tokens, i);
        i += 1;
        while i < close {
            if is(tokens, i, &Tok::Punct(',')) {
                i += 1;
                continue;
            }
            let next = tree(tokens, i, prefix.clone(), leaves);
            i = next.max(i + 1);
        }
        return close + 1;
    }
    let mut path = prefix;
    loop {
        match ident(tokens, i) {
            Some("self") => i += 1,
            Some(name) => {
                path.push(name.to_string());
                i += 1;
            }
            None => {
                if is(tokens, i, &Tok::Punct('*')) {
                    i += 1;
                }
                break;
            }
        }
        if is(tokens, i, &Tok::PathSep) {
            if is(tokens, i + 1, &Tok::Open('{')) {
                return tree(tokens, i + 1, path, leaves);
            }
            i += 1;
        } else {
            break;
        }
    }
    if ident(tokens, i) == Some("as") {
        i += 2; // `as name`: the path is what is imported
    }
    leaves.push(path);
    i
}

/// Every `crate::` and `super::` path in a file outside test items, resolved from the crate root. `module` is the
/// file's module path (`["policy", "parse"]`); `mod x { … }` blocks inside the file extend it for `super::`.
fn paths(text: &str, module: &[String]) -> Vec<Found> {
    let tokens = without_tests(lex(text));
    let mut found = Vec::new();
    // Inline modules: (the index of their closing brace, name).
    let mut inline: Vec<(usize, String)> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        while inline.last().is_some_and(|(close, _)| *close < i) {
            inline.pop();
        }
        if ident(&tokens, i) == Some("mod") && is(&tokens, i + 2, &Tok::Open('{')) {
            if let Some(name) = ident(&tokens, i + 1) {
                inline.push((matching_close(&tokens, i + 2), name.to_string()));
            }
        }
        let after_sep = i > 0 && is(&tokens, i - 1, &Tok::PathSep);
        let root = match ident(&tokens, i) {
            Some("crate") if !after_sep => Some(Vec::new()),
            Some("super") if !after_sep => {
                let mut here: Vec<String> = module.to_vec();
                here.extend(inline.iter().map(|(_, name)| name.clone()));
                let mut k = i;
                while ident(&tokens, k) == Some("super") && is(&tokens, k + 1, &Tok::PathSep) {
                    here.pop();
                    k += 2;
                }
                // `tree` starts after the last `super::`.
                if k > i {
                    let mut leaves = Vec::new();
                    let end = tree(&tokens, k, here, &mut leaves);
                    push_leaves(&tokens, i, end, leaves, &mut found);
                    i = end.max(i + 1);
                    continue;
                }
                None
            }
            _ => None,
        };
        if let (Some(prefix), true) = (root, is(&tokens, i + 1, &Tok::PathSep)) {
            let mut leaves = Vec::new();
            let end = tree(&tokens, i + 2, prefix, &mut leaves);
            push_leaves(&tokens, i, end, leaves, &mut found);
            i = end.max(i + 1);
            continue;
        }
        i += 1;
    }
    found
}

fn push_leaves(
    tokens: &[Token],
    start: usize,
    end: usize,
    leaves: Vec<Vec<String>>,
    found: &mut Vec<Found>,
) {
    let written: String = tokens[start..end.min(tokens.len())]
        .iter()
        .map(|t| match &t.tok {
            Tok::Ident(name) => name.clone(),
            Tok::PathSep => "::".into(),
            Tok::Open(c) | Tok::Close(c) | Tok::Punct(c) => c.to_string(),
        })
        .collect::<Vec<_>>()
        .join("")
        .replace(",", ", ")
        .replace(", }", "}");
    for segments in leaves {
        found.push(Found {
            line: tokens[start].line,
            segments,
            written: written.clone(),
        });
    }
}

// ---------------------------------------------------------------------------------------------------------------
// The layer table and the check.

#[derive(Debug)]
struct Layer {
    number: usize,
    name: String,
    modules: Vec<String>,
}

/// The table between `<!-- layers:begin -->` and `<!-- layers:end -->`: rows `| number | name | modules |`,
/// modules as a comma-separated list (backticks allowed), the lowest layer first.
fn layer_table(markdown: &str) -> Result<Vec<Layer>, String> {
    let begin = markdown
        .find("<!-- layers:begin")
        .ok_or("no `<!-- layers:begin` marker")?;
    let end = markdown[begin..]
        .find("<!-- layers:end")
        .ok_or("no `<!-- layers:end` marker")?
        + begin;
    let mut layers = Vec::new();
    for row in markdown[begin..end].lines().filter(|l| l.starts_with('|')) {
        let cells: Vec<&str> = row.trim_matches('|').split('|').map(str::trim).collect();
        let Ok(number) = cells[0].parse::<usize>() else {
            continue; // the header and its separator
        };
        if cells.len() < 3 {
            return Err(format!("layer row without modules: {row}"));
        }
        if number != layers.len() {
            return Err(format!(
                "layers must be numbered 0, 1, 2… from the bottom: {row}"
            ));
        }
        layers.push(Layer {
            number,
            name: cells[1].to_string(),
            modules: cells[2]
                .split(',')
                .map(|m| m.trim().trim_matches('`').to_string())
                .filter(|m| !m.is_empty())
                .collect(),
        });
    }
    if layers.is_empty() {
        return Err("the layer table has no rows".into());
    }
    Ok(layers)
}

/// A source file of the library: its path (as shown in failures) and text.
struct Source {
    path: String,
    text: String,
}

/// The module path of a library file: `src/a.rs` and `src/a/mod.rs` are `["a"]`, `src/a/b.rs` is `["a", "b"]`.
fn module_of(path: &str) -> Vec<String> {
    let rel = path.strip_prefix("src/").unwrap_or(path);
    let rel = rel.strip_suffix(".rs").unwrap_or(rel);
    let mut parts: Vec<String> = rel.split('/').map(str::to_string).collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

/// The names `src/lib.rs` re-exports (`pub use catalog::Catalog;` makes `crate::Catalog` module `catalog`).
fn root_reexports(lib: &str) -> BTreeMap<String, String> {
    let tokens = without_tests(lex(lib));
    let mut names = BTreeMap::new();
    for i in 0..tokens.len() {
        if ident(&tokens, i) == Some("pub") && ident(&tokens, i + 1) == Some("use") {
            let mut leaves = Vec::new();
            tree(&tokens, i + 2, Vec::new(), &mut leaves);
            for leaf in leaves {
                if let (Some(first), Some(last)) = (leaf.first(), leaf.last()) {
                    names.insert(last.clone(), first.clone());
                }
            }
        }
    }
    names
}

/// One import between two top-level modules.
#[derive(Debug)]
struct Edge {
    file: String,
    line: usize,
    from: String,
    to: String,
    written: String,
}

/// Checks the library's sources against the layer table; returns one line per violation.
fn check(sources: &[Source], lib: &str, architecture: &str) -> Vec<String> {
    let layers = match layer_table(architecture) {
        Ok(layers) => layers,
        Err(e) => return vec![format!("ARCHITECTURE.md: {e}")],
    };
    let mut failures = Vec::new();
    let mut layer_of: BTreeMap<&str, &Layer> = BTreeMap::new();
    for layer in &layers {
        for module in &layer.modules {
            if layer_of.insert(module, layer).is_some() {
                failures.push(format!(
                    "ARCHITECTURE.md: `{module}` is in more than one layer"
                ));
            }
        }
    }
    let modules: BTreeSet<String> = sources
        .iter()
        .filter_map(|s| module_of(&s.path).first().cloned())
        .collect();
    for module in &modules {
        if !layer_of.contains_key(module.as_str()) {
            failures.push(format!(
                "src/{module}: module `{module}` is in no layer of ARCHITECTURE.md's table; add it to the layer it belongs to"
            ));
        }
    }
    for module in layer_of.keys() {
        if !modules.contains(*module) {
            failures.push(format!(
                "ARCHITECTURE.md: the layer table names `{module}`, which is no module of src/"
            ));
        }
    }
    let reexports = root_reexports(lib);
    let mut edges = Vec::new();
    for source in sources {
        let module = module_of(&source.path);
        let from = module[0].clone();
        for found in paths(&source.text, &module) {
            let Some(first) = found.segments.first() else {
                continue;
            };
            let to = if modules.contains(first) {
                first.clone()
            } else if let Some(module) = reexports.get(first) {
                module.clone()
            } else {
                continue; // an item of the crate root itself
            };
            let seen = edges.iter().any(|e: &Edge| {
                e.file == source.path && e.line == found.line && e.from == from && e.to == to
            });
            if to != from && !seen {
                edges.push(Edge {
                    file: source.path.clone(),
                    line: found.line,
                    from: from.clone(),
                    to,
                    written: found.written,
                });
            }
        }
    }
    let describe = |m: &str| match layer_of.get(m) {
        Some(l) => format!("{m} (layer {} {})", l.number, l.name),
        None => format!("{m} (in no layer)"),
    };
    for edge in &edges {
        let (Some(from), Some(to)) = (
            layer_of.get(edge.from.as_str()),
            layer_of.get(edge.to.as_str()),
        ) else {
            continue;
        };
        if to.number >= from.number {
            let way = if to.number == from.number {
                "sideways, within one layer"
            } else {
                "up"
            };
            failures.push(format!(
                "{}:{}: `{}`: the edge {} -> {} points {way}; an import may only point to a lower layer of \
                 ARCHITECTURE.md's table",
                edge.file,
                edge.line,
                edge.written,
                describe(&edge.from),
                describe(&edge.to),
            ));
        }
    }
    for cycle in cycles(&edges) {
        let inside = |e: &&Edge| cycle.contains(&e.from) && cycle.contains(&e.to);
        // The edges that close the cycle are those not pointing down the table (a cycle has at least one).
        let down = |e: &&Edge| match (layer_of.get(e.from.as_str()), layer_of.get(e.to.as_str())) {
            (Some(from), Some(to)) => to.number < from.number,
            _ => false,
        };
        let closing: Vec<String> = edges
            .iter()
            .filter(inside)
            .filter(|e| !down(e))
            .map(|e| {
                format!(
                    "{}:{}: {} -> {} (`{}`)",
                    e.file,
                    e.line,
                    describe(&e.from),
                    describe(&e.to),
                    e.written
                )
            })
            .collect();
        failures.push(format!(
            "import cycle between {}; the edges that close it:\n    {}",
            cycle.iter().cloned().collect::<Vec<_>>().join(", "),
            closing.join("\n    ")
        ));
    }
    failures
}

/// The strongly connected components of more than one module (Tarjan).
fn cycles(edges: &[Edge]) -> Vec<BTreeSet<String>> {
    let mut graph: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for e in edges {
        graph.entry(&e.from).or_default().insert(&e.to);
        graph.entry(&e.to).or_default();
    }
    struct Walk<'a> {
        graph: &'a BTreeMap<&'a str, BTreeSet<&'a str>>,
        index: BTreeMap<&'a str, usize>,
        low: BTreeMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        found: Vec<BTreeSet<String>>,
    }
    impl<'a> Walk<'a> {
        fn visit(&mut self, v: &'a str) {
            let n = self.index.len();
            self.index.insert(v, n);
            self.low.insert(v, n);
            self.stack.push(v);
            self.on_stack.insert(v);
            for &w in &self.graph[v] {
                if !self.index.contains_key(w) {
                    self.visit(w);
                    let low = self.low[v].min(self.low[w]);
                    self.low.insert(v, low);
                } else if self.on_stack.contains(w) {
                    let low = self.low[v].min(self.index[w]);
                    self.low.insert(v, low);
                }
            }
            if self.low[v] == self.index[v] {
                let mut component = BTreeSet::new();
                while let Some(w) = self.stack.pop() {
                    self.on_stack.remove(w);
                    component.insert(w.to_string());
                    if w == v {
                        break;
                    }
                }
                if component.len() > 1 {
                    self.found.push(component);
                }
            }
        }
    }
    let mut walk = Walk {
        graph: &graph,
        index: BTreeMap::new(),
        low: BTreeMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        found: Vec::new(),
    };
    for &v in graph.keys() {
        if !walk.index.contains_key(v) {
            walk.visit(v);
        }
    }
    walk.found
}

// ---------------------------------------------------------------------------------------------------------------
// The real sources.

/// Every `.rs` file under `dir` (relative to the crate), with its text.
fn sources(dir: &str) -> Vec<Source> {
    let crate_root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut found = Vec::new();
    let mut pending = vec![crate_root.join(dir)];
    while let Some(path) = pending.pop() {
        if path.is_dir() {
            pending.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = std::fs::read_to_string(&path).unwrap();
            let rel = path.strip_prefix(crate_root).unwrap();
            found.push(Source {
                path: rel.to_string_lossy().replace('\\', "/"),
                text,
            });
        }
    }
    assert!(!found.is_empty(), "no sources under {dir}");
    found.sort_by(|a, b| a.path.cmp(&b.path));
    found
}

/// The library's files: the two binaries (`src/main.rs` with `src/web/`, `src/bin/`) are crates of their own, and
/// `src/lib.rs` is the root (read for its re-exports).
fn library() -> Vec<Source> {
    sources("src")
        .into_iter()
        .filter(|s| {
            !(s.path == "src/main.rs"
                || s.path == "src/lib.rs"
                || s.path.starts_with("src/web/")
                || s.path.starts_with("src/bin/"))
        })
        .collect()
}

fn read(path: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

#[test]
fn every_import_points_down_the_layer_table_of_architecture_md() {
    let failures = check(&library(), &read("src/lib.rs"), &read("ARCHITECTURE.md"));
    assert!(failures.is_empty(), "\n{}\n", failures.join("\n"));
}

#[test]
fn the_check_sees_the_real_graph() {
    // A guard that reads nothing passes everything: the library's known edges must be found.
    let library = library();
    let lib = read("src/lib.rs");
    let reexports = root_reexports(&lib);
    assert_eq!(
        reexports.get("Diagnostic").map(String::as_str),
        Some("diagnostic")
    );
    let mut edges = BTreeSet::new();
    for source in &library {
        let module = module_of(&source.path);
        for found in paths(&source.text, &module) {
            if let Some(first) = found.segments.first() {
                edges.insert((module[0].clone(), first.clone()));
            }
        }
    }
    for (from, to) in [
        ("diagnostic", "text"),
        ("json", "diagnostic"),
        ("policy", "json"),
        ("eval", "policy"),
        ("i18n", "explain"),
        ("wire", "i18n"),
        ("js_api", "wire"),
    ] {
        assert!(
            edges.contains(&(from.to_string(), to.to_string())),
            "{from} -> {to} not found"
        );
    }
}

#[test]
fn the_engine_never_imports_the_web_layer() {
    for source in sources("src") {
        let file = &source.path;
        if file.starts_with("src/web/") || file == "src/main.rs" || file.starts_with("src/js_api/")
        {
            continue;
        }
        for forbidden in ["yew::", "web_sys::", "gloo::", "wasm_bindgen::"] {
            assert!(
                !source.text.contains(forbidden),
                "{file} uses {forbidden}: the engine compiles natively"
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------------------------
// The checker on planted edges.

const TABLE: &str = "\
<!-- layers:begin -->
| layer | what | modules |
|---|---|---|
| 0 | bottom | `span`, `rules` |
| 1 | kinds | `text` |
| 2 | diagnostics | `diagnostic` |
| 3 | words | `i18n` |
<!-- layers:end -->
";

fn planted(files: &[(&str, &str)]) -> Vec<String> {
    let sources: Vec<Source> = files
        .iter()
        .map(|(path, text)| Source {
            path: path.to_string(),
            text: text.to_string(),
        })
        .collect();
    check(&sources, "pub use diagnostic::Diagnostic;\n", TABLE)
}

const CLEAN: &[(&str, &str)] = &[
    ("src/span.rs", "pub struct Span;\n"),
    ("src/rules.rs", "pub enum Rule {}\n"),
    ("src/text/mod.rs", "pub mod json;\n"),
    ("src/text/json.rs", "use super::super::span::Span;\n"),
    (
        "src/diagnostic.rs",
        "use crate::span::Span;\nuse crate::text::{json, self};\n",
    ),
    (
        "src/i18n/mod.rs",
        "use crate::{diagnostic::Diagnostic, text};\nfn f() { crate::span::Span; }\n",
    ),
];

fn with(path: &str, text: &str) -> Vec<(String, String)> {
    CLEAN
        .iter()
        .map(|(p, t)| {
            let t = if *p == path {
                text.to_string()
            } else {
                t.to_string()
            };
            (p.to_string(), t)
        })
        .collect()
}

fn run(files: Vec<(String, String)>) -> Vec<String> {
    let files: Vec<(&str, &str)> = files
        .iter()
        .map(|(p, t)| (p.as_str(), t.as_str()))
        .collect();
    planted(&files)
}

#[test]
fn clean_sources_pass() {
    assert_eq!(planted(CLEAN), Vec::<String>::new());
}

#[test]
fn a_grouped_import_that_points_up_is_named() {
    let failures = run(with(
        "src/diagnostic.rs",
        "use crate::span::Span;\nuse crate::{text::json, i18n::Words};\n",
    ));
    assert_eq!(failures.len(), 2, "{failures:#?}");
    assert!(
        failures[0].starts_with("src/diagnostic.rs:2: `crate::{text::json, i18n::Words}`: the edge diagnostic (layer 2 diagnostics) -> i18n (layer 3 words) points up"),
        "{failures:#?}"
    );
    assert!(
        failures[1].starts_with("import cycle between diagnostic, i18n"),
        "{failures:#?}"
    );
    // Only the edge that does not point down closes it; i18n -> diagnostic is as it should be.
    assert!(!failures[1].contains("src/i18n/mod.rs:1"), "{failures:#?}");
    assert!(
        failures[1].contains(
            "src/diagnostic.rs:2: diagnostic (layer 2 diagnostics) -> i18n (layer 3 words)"
        ),
        "{failures:#?}"
    );
}

#[test]
fn an_inline_path_in_an_expression_is_named() {
    let failures = run(with(
        "src/span.rs",
        "pub struct Span;\nfn width() -> usize {\n    crate::diagnostic::sort(&mut []);\n    0\n}\n",
    ));
    assert!(
        failures[0].starts_with("src/span.rs:3: `crate::diagnostic::sort`: the edge span (layer 0 bottom) -> diagnostic (layer 2 diagnostics) points up"),
        "{failures:#?}"
    );
    assert!(failures
        .iter()
        .any(|f| f.starts_with("import cycle between diagnostic, span")));
}

#[test]
fn an_import_after_a_test_module_is_named_and_the_test_module_is_not() {
    let text = "pub struct Span;\n\
        #[cfg(test)]\n\
        mod tests {\n    use crate::i18n::Words;\n    const CLOSE: char = '}';\n    const QUOTE: char = '\\'';\n    const OPEN: &str = \"{{\";\n    // }\n    fn f() { let _ = '\\u{7d}'; }\n}\n\
        /* crate::i18n in a comment */\n\
        pub fn g() -> &'static str { let _ = r#\"crate::i18n\"#; crate::i18n::Locale::En.tag() }\n";
    let failures = run(with("src/span.rs", text));
    assert_eq!(
        failures.iter().filter(|f| f.contains("-> i18n")).count(),
        2,
        "{failures:#?}"
    );
    assert!(
        failures[0].starts_with("src/span.rs:12: `crate::i18n::Locale::En`: the edge span (layer 0 bottom) -> i18n (layer 3 words) points up"),
        "{failures:#?}"
    );
}

#[test]
fn super_paths_re_exports_and_sideways_imports_are_named() {
    // `super::super::` from src/text/json.rs is the crate root; `crate::Diagnostic` is lib.rs's re-export.
    let failures = run(with(
        "src/text/json.rs",
        "use super::super::span::Span;\npub use super::super::Diagnostic;\nfn f() { super::super::span::Span; }\n",
    ));
    assert!(
        failures[0].starts_with("src/text/json.rs:2: `super::super::Diagnostic`: the edge text (layer 1 kinds) -> diagnostic (layer 2 diagnostics) points up"),
        "{failures:#?}"
    );
    let failures = run(with("src/span.rs", "use crate::rules::Rule;\n"));
    assert!(
        failures[0].starts_with("src/span.rs:1: `crate::rules::Rule`: the edge span (layer 0 bottom) -> rules (layer 0 bottom) points sideways"),
        "{failures:#?}"
    );
}

#[test]
fn a_module_missing_from_the_table_is_named() {
    let mut files = with("src/span.rs", "pub struct Span;\n");
    files.push(("src/share.rs".into(), "use crate::span::Span;\n".into()));
    let failures = run(files);
    assert!(
        failures[0].starts_with("src/share: module `share` is in no layer"),
        "{failures:#?}"
    );
}
