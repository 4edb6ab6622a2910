//! The JSON reader (`json::reader`) against jsonc-parser, the reader it replaces: on every JSON text of the
//! repository, on hand-picked tricky inputs and on seeded random mutations of valid documents, both give the
//! same tree or the same error (`compare.rs` says what "same" covers). `JSON_READER_MUTATIONS` sets how many
//! mutations to try (default 300,000).

mod compare;

use cam_playground::json::{JsonText, SyntaxProblem};

use std::path::Path;

fn assert_agree(texts: impl IntoIterator<Item = String>) -> usize {
    let mut count = 0;
    for text in texts {
        if let Some(difference) = compare::difference(&text) {
            panic!("the readers differ\n{difference}");
        }
        count += 1;
    }
    count
}

fn files(dir: &str, extension: Option<&str>) -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.is_file())
        .filter(|path| extension.is_none_or(|e| path.extension().is_some_and(|x| x == e)))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|path| std::fs::read_to_string(path).unwrap())
        .collect()
}

/// A JSON file, every string in it (policy texts are often strings) and every object and array in it written
/// out compact and pretty.
fn with_texts_inside(file: String) -> Vec<String> {
    fn walk(value: &serde_json::Value, out: &mut Vec<String>) {
        match value {
            serde_json::Value::String(s) => out.push(s.clone()),
            serde_json::Value::Array(items) => {
                out.push(serde_json::to_string(value).unwrap());
                out.push(serde_json::to_string_pretty(value).unwrap());
                items.iter().for_each(|item| walk(item, out));
            }
            serde_json::Value::Object(map) => {
                out.push(serde_json::to_string(value).unwrap());
                out.push(serde_json::to_string_pretty(value).unwrap());
                map.values().for_each(|item| walk(item, out));
            }
            _ => {}
        }
    }
    let mut texts = Vec::new();
    walk(&serde_json::from_str(&file).unwrap(), &mut texts);
    texts.push(file);
    texts
}

#[test]
fn the_readers_agree_on_the_repositorys_json() {
    let mut texts = files("tests/malformed", None);
    for file in files("tests/vectors", Some("json")) {
        texts.extend(with_texts_inside(file));
    }
    let gallery = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/gallery.json"
    ));
    texts.extend(with_texts_inside(gallery.unwrap()));
    texts.extend(files("catalog", Some("json")));
    texts.extend(files("tests/fixtures", Some("json")));
    let count = assert_agree(texts);
    assert!(count > 2_000, "only {count} texts");
}

/// Nested `open` `depth` times around `inner`, closed with `close` (or left open).
fn nested(open: &str, depth: usize, inner: &str, close: &str) -> String {
    format!("{}{inner}{}", open.repeat(depth), close.repeat(depth))
}

/// Valid and malformed texts at every edge of the grammar and of jsonc-parser's extensions.
#[rustfmt::skip]
const TRICKY: &[&str] = &[
    // Scalars and numbers.
    "0", "-0", "-0.0", "1e5", "1E+5", "1e-5", "-1.5e-10", "0.000", "1.7976931348623157e309",
    "123456789012345678901234567890123456789", "1.e5", "1.", ".5", "-.5", "-.", "-", "-x", "-é", "+1", "+",
    "01", "00", "-01", "0x1F", "0X", "-0x1", "1e", "1e+", "1ex", "1E-é", "1e+-1", "1.5.5", "1..5",
    "Infinity", "-Infinity", "NaN", "-NaN", "-Infinityx", "-Infinity$", "-Infinity-", "-Infinity_",
    "-Infinit", "-NaNé", "-Infinity€", "true", "false", "null", "True", "nul", "tru", "nulls", "null$",
    "null-", "null_", "nullé", "null€", "[true-]", "[true_]", "[true$]", "[truex]", "[truex ]",
    // Strings and escapes.
    r#""""#, r#""a\"b""#, r#""\\""#, r#""\/""#, r#""\b\f\n\r\t""#, r#""\u0041""#, r#""\u00e9x""#,
    r#""\uD834\uDD1E""#, r#""\ud834\udd1e""#, "\"é𝄞\"", r#""a\u0000b""#, "\"a\u{1}b\u{7f}c\n\t\"",
    r#""\x41""#, r#""\'""#, r#""\a""#, "\"\\é\"", r#""\u""#, r#""\u12""#, r#""\u12G4""#, "\"\\u12é\"",
    r#""\uD800""#, r#""\uD800x""#, r#""\uD800\""#, r#""\uD800\n""#, r#""\uD800\u""#,
    r#""\uD800\u00""#, r#""\uD800\u0041""#, r#""\uDC00""#, r#""\uDBFF\uDFFF""#, r#""\uD800\uD800""#,
    "\"\\uD800\\é\"", "\"\\uD800é\"", r#""\uD800"#, r#""\uD800\"#, r#""abc"#, r#""abc\"#, r#""\"#,
    "\"", r#""a\"#, r#""a\\"#, r#""a\\""#, r#""\"\"""#, r#"{"\u0061":1}"#, r#"{"a\nb":"c\td"}"#,
    // White space, byte-order marks, emptiness, roots.
    "", " ", "\n\t\r ", "\u{b}1", "\u{c}[]", "\u{a0}{}", "\u{2028}1\u{3000}", "\u{85}1", "\u{feff}{}",
    "{}\u{feff}", "{\u{feff}}", "[1\u{feff}]", "\u{feff}", "\u{200b}1", "[a\u{b}]", "[a\u{a0}]",
    "{} {}", "1 2", r#""a" "b""#, "{}x", "{} x", "[]]", "{}}", "1,", "1:",
    // Objects.
    r#"{"a":1,"a":2}"#, r#"{"a":1,}"#, "{,}", r#"{"a":1,,"b":2}"#, "{'a':1}", "{a:1}", "{1:1}",
    "{true:1}", "{null:1}", "{-1:1}", "{é:1}", r#"{"a" 1}"#, r#"{"a"}"#, r#"{"a":}"#, r#"{"a""#,
    r#"{"a":"#, r#"{"a":1"#, r#"{"a":1 "b":2}"#, r#"{"a":1 b:2}"#, r#"{"a":1 2}"#, r#"{"a":1 true}"#,
    r#"{"a":1 [}"#, r#"{"a":1 {}}"#, r#"{"a":1 :}"#, r#"{"a":1 ]"#, r#"{"a":1,]"#, "{]", "{[]:1}",
    "{:}", r#"{"a"::1}"#, r#"{"a":1:}"#, r#"{"a":'x'}"#, "{", "{ ", r#"{"a":1,"#, r#"{"a"  "#,
    // Arrays.
    "[1,]", "[,]", "[,1]", "[1,,2]", "[1 2]", r#"[1 "a"]"#, "[1 {}]", "[1 []]", "[1 x]", "[1 true]",
    "[x]", "[x ]", "[abc]", "[abc,1]", "[abc:1]", "[a-b_c$d ]", "[@]", "[a@]", "[é]", "[é ]", "[€]",
    "[}", "[:]", "[1:2]", "[1 }]", "[1 :]", "[", "[ ", "[1", "[1,", "[[]", "[{]", "[{}", "[\"a\"",
    "]", "}", ",", ":", "@", "#", "é", "€", "\u{0}", "{}\u{0}", "[\u{1}]", "\u{7f}",
    // Comments.
    "// c\n{}", "/* c */{}", "{} /* c", "{} /* c *", "/", "/x", "{}//", "{}// c\r\n", "[1,/*x*/2]",
    "[1/", "/*/", "/**/", "{\"a\"://\n1}", "{/*c*/}",
];

fn tricky() -> Vec<String> {
    let mut texts: Vec<String> = TRICKY.iter().map(|s| s.to_string()).collect();
    // Nesting around jsonc-parser's limit: 512 open arrays, objects and properties (an object level counts two).
    for depth in [1, 255, 256, 257, 258, 510, 511, 512, 513, 514, 515, 600] {
        texts.push(nested("[", depth, "", "]"));
        texts.push(nested("[", depth, "1", "]"));
        texts.push(nested("[", depth, " ", ""));
        texts.push(nested("[", depth, "{}", "]"));
        texts.push(nested(r#"{"a":"#, depth, "1", "}"));
        texts.push(nested(r#"{"a":"#, depth, "[]", "}"));
        texts.push(nested(r#"{"a":"#, depth, "", ""));
        texts.push(nested(r#"{"a": "#, depth, "", "}"));
        texts.push(nested(r#"[{"a":"#, depth, "null", "}]"));
        texts.push(nested(r#"{"a":["#, depth, "null", "]}"));
    }
    texts
}

#[test]
fn the_readers_agree_on_tricky_inputs() {
    // jsonc-parser recurses about 1,000 frames deep on the nesting cases: more than a test thread's stack.
    let thread = std::thread::Builder::new().stack_size(256 << 20);
    let count = thread
        .spawn(|| assert_agree(tricky()))
        .unwrap()
        .join()
        .unwrap();
    assert!(count > 300, "only {count} texts");
}

/// SplitMix64: a small, seeded, reproducible random source.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'t, T>(&mut self, items: &'t [T]) -> &'t T {
        &items[self.below(items.len())]
    }
}

/// What mutations insert: JSON's punctuation, the starts of its tokens and of the extensions jsonc-parser
/// knows, white space (Unicode too), escapes, and multi-byte characters.
const FRAGMENTS: &[&str] = &[
    "{", "}", "[", "]", ",", ":", "\"", "\\", "/", "*", "'", "+", "-", ".", "0", "1", "9", "e",
    "E", "x", "u", "t", "f", "n", "a", "_", "$", " ", "\n", "\r", "\t", "\u{b}", "\u{c}", "\u{a0}",
    "\u{feff}", "\u{2028}", "é", "𝄞", "€", "\u{0}", "\u{1f}", "\\u", "\\uD800", "\\uDC00",
    "\\u00e9", "\\n", "true", "false", "null", "//", "/*", "*/", "1e", "-0", "NaN", "Infinity",
    "\"a\":", "[[", "{\"k\":",
];

/// One to three edits of `seed`: insert a fragment, delete up to three characters, replace one with a
/// fragment, or cut the text short.
fn mutate(seed: &str, random: &mut Random) -> String {
    let mut chars: Vec<char> = seed.chars().collect();
    for _ in 0..=random.below(3) {
        let at = random.below(chars.len() + 1);
        let end = (at + 1 + random.below(3)).min(chars.len());
        let fragment = random.pick(FRAGMENTS).chars();
        match random.below(8) {
            0..=3 => drop(chars.splice(at..at, fragment)),
            4 | 5 => drop(chars.drain(at..end)),
            6 => drop(chars.splice(at..(at + 1).min(chars.len()), fragment)),
            _ => chars.truncate(at),
        }
    }
    chars.into_iter().collect()
}

#[test]
fn the_readers_agree_on_mutated_documents() {
    let mutations: usize =
        std::env::var("JSON_READER_MUTATIONS").map_or(300_000, |n| n.parse().unwrap());
    // Valid documents of a few kilobytes at most, so a mutation's effect is not drowned in copying.
    let mut seeds: Vec<String> = tricky().into_iter().filter(|t| t.len() < 4_096).collect();
    for file in files("tests/vectors", Some("json")) {
        seeds.extend(
            with_texts_inside(file)
                .into_iter()
                .filter(|t| t.len() < 4_096),
        );
    }
    seeds.retain(|seed| matches!(compare::jsonc_outcome(seed), Ok(Some(_))));
    seeds.sort();
    seeds.dedup();
    assert!(seeds.len() > 500, "only {} seeds", seeds.len());
    let mut random = Random(14);
    let thread = std::thread::Builder::new().stack_size(256 << 20);
    thread
        .spawn(move || {
            for _ in 0..mutations {
                let seed: &String = random.pick(&seeds);
                let text = mutate(seed, &mut random);
                if let Some(difference) = compare::difference(&text) {
                    panic!("the readers differ\n{difference}");
                }
            }
        })
        .unwrap()
        .join()
        .unwrap();
}

/// The English syntax messages are jsonc-parser's own words, as they were before the kinds were typed (and
/// every kind jsonc-parser has maps to a problem of our own).
#[test]
fn english_syntax_messages_are_the_parsers() {
    use jsonc_parser::errors::ParseErrorKind as K;
    use jsonc_parser::ParseStringErrorKind as S;
    let kinds = vec![
        K::BareDecimalPointNumbersNotAllowed,
        K::CommentsNotAllowed,
        K::ExpectedColonAfterObjectKey,
        K::ExpectedObjectValue,
        K::ExpectedDigit,
        K::ExpectedDigitFollowingNegativeSign,
        K::ExpectedPlusMinusOrDigitInNumberLiteral,
        K::ExpectedStringObjectProperty,
        K::HexadecimalNumbersNotAllowed,
        K::ExpectedComma,
        K::MultipleRootJsonValues,
        K::NonFiniteNumbersNotAllowed,
        K::SingleQuotedStringsNotAllowed,
        K::TrailingCommasNotAllowed,
        K::UnaryPlusNumbersNotAllowed,
        K::UnexpectedCloseBrace,
        K::UnexpectedCloseBracket,
        K::UnexpectedColon,
        K::UnexpectedComma,
        K::UnexpectedToken,
        K::UnexpectedTokenInObject,
        K::UnexpectedWord,
        K::UnterminatedArray,
        K::UnterminatedCommentBlock,
        K::UnterminatedObject,
        K::NestingDepthExceeded,
        K::String(S::InvalidEscapeInSingleQuoteString),
        K::String(S::InvalidEscapeInDoubleQuoteString),
        K::String(S::ExpectedFourHexDigits),
        K::String(S::ExpectedTwoHexDigits),
        K::String(S::InvalidUnicodeEscapeSequence("D800".into())),
        K::String(S::InvalidEscape),
        K::String(S::UnterminatedStringLiteral),
    ];
    for kind in &kinds {
        let problem = compare::problem_of(kind);
        assert!(!matches!(problem, SyntaxProblem::Other { .. }), "{kind:?}");
        let words = cam_playground::i18n::Locale::En.words(
            &cam_playground::diagnostic::Text::Json(JsonText::Syntax { problem }),
        );
        let text = kind.to_string();
        let mut chars = text.chars();
        let first = chars.next().unwrap().to_lowercase().collect::<String>();
        assert_eq!(
            words.message,
            format!("invalid JSON: {first}{}", chars.as_str()),
            "{kind:?}"
        );
    }
}
