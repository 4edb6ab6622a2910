//! The JSON the engine writes for the page (request texts, share links, embed messages, test files, generated
//! policies), byte for byte as serde_json writes it: `compact` as `serde_json::to_string`, `pretty` as
//! `to_string_pretty`. Our own, so the web bundle carries neither serde_json's serializer nor a `Serialize`
//! body per type and formatter (session 15, BENCHMARKS.md). The serde derives stay for the CLI and the
//! JavaScript package; tests hold each `ToJson` to its type's `Serialize`.

use std::fmt::Write;

use serde_json::{Number, Value};

/// Writes JSON into a `String`. Objects and arrays are opened and closed by hand; a member starts with `key`,
/// an array element with `item`, then its value.
pub struct JsonWriter {
    out: String,
    /// One member per line, indented by two spaces a level, as serde_json's `PrettyFormatter`.
    pretty: bool,
    depth: usize,
    /// Whether the innermost open object or array has no member yet.
    empty: bool,
}

/// A value that writes itself as JSON.
pub trait ToJson {
    fn write_json(&self, w: &mut JsonWriter);
}

/// `value` as serde_json's `to_string` writes it.
pub fn compact(value: &(impl ToJson + ?Sized)) -> String {
    let mut w = JsonWriter::new(false);
    value.write_json(&mut w);
    w.out
}

/// `value` as serde_json's `to_string_pretty` writes it.
pub fn pretty(value: &(impl ToJson + ?Sized)) -> String {
    let mut w = JsonWriter::new(true);
    value.write_json(&mut w);
    w.out
}

/// A JSON string literal: `text` quoted and escaped.
pub fn quoted(text: &str) -> String {
    compact(text)
}

impl JsonWriter {
    fn new(pretty: bool) -> JsonWriter {
        JsonWriter {
            out: String::new(),
            pretty,
            depth: 0,
            empty: true,
        }
    }

    pub fn begin_object(&mut self) {
        self.open('{');
    }

    pub fn end_object(&mut self) {
        self.close('}');
    }

    pub fn begin_array(&mut self) {
        self.open('[');
    }

    pub fn end_array(&mut self) {
        self.close(']');
    }

    /// Starts an object's member: its key, then the value is written.
    pub fn key(&mut self, key: &str) -> &mut JsonWriter {
        self.next_member();
        self.string(key);
        self.out.push_str(if self.pretty { ": " } else { ":" });
        self
    }

    /// Starts an array's element.
    pub fn item(&mut self) -> &mut JsonWriter {
        self.next_member();
        self
    }

    /// A member whose value writes itself.
    pub fn field(&mut self, key: &str, value: &(impl ToJson + ?Sized)) {
        value.write_json(self.key(key));
    }

    /// An object of these members, in their order (a map's).
    pub fn object<'m, T: ToJson + 'm>(
        &mut self,
        members: impl IntoIterator<Item = (&'m String, &'m T)>,
    ) {
        self.begin_object();
        for (key, value) in members {
            self.field(key, value);
        }
        self.end_object();
    }

    pub fn string(&mut self, text: &str) {
        self.out.push('"');
        let mut plain_from = 0;
        for (at, byte) in text.bytes().enumerate() {
            let escape = match byte {
                b'"' => "\\\"",
                b'\\' => "\\\\",
                b'\x08' => "\\b",
                b'\x0c' => "\\f",
                b'\n' => "\\n",
                b'\r' => "\\r",
                b'\t' => "\\t",
                0..=0x1f => "",
                _ => continue,
            };
            self.out.push_str(&text[plain_from..at]);
            plain_from = at + 1;
            if escape.is_empty() {
                // serde_json's other control characters: `\u00XX`, lowercase hex.
                let _ = write!(self.out, "\\u{byte:04x}");
            } else {
                self.out.push_str(escape);
            }
        }
        self.out.push_str(&text[plain_from..]);
        self.out.push('"');
    }

    pub fn null(&mut self) {
        self.out.push_str("null");
    }

    /// A float as serde_json writes an `f64`: its shortest digits (`120.0`), `null` when not finite.
    pub fn float(&mut self, value: f64) {
        match Number::from_f64(value) {
            Some(number) => number.write_json(self),
            None => self.null(),
        }
    }

    fn open(&mut self, bracket: char) {
        self.out.push(bracket);
        self.depth += 1;
        self.empty = true;
    }

    fn close(&mut self, bracket: char) {
        self.depth -= 1;
        if self.pretty && !self.empty {
            self.new_line();
        }
        self.out.push(bracket);
        // The container just closed was its parent's member.
        self.empty = false;
    }

    fn next_member(&mut self) {
        if !self.empty {
            self.out.push(',');
        }
        self.empty = false;
        if self.pretty {
            self.new_line();
        }
    }

    fn new_line(&mut self) {
        self.out.push('\n');
        for _ in 0..self.depth {
            self.out.push_str("  ");
        }
    }
}

impl ToJson for str {
    fn write_json(&self, w: &mut JsonWriter) {
        w.string(self);
    }
}

impl ToJson for String {
    fn write_json(&self, w: &mut JsonWriter) {
        w.string(self);
    }
}

impl ToJson for bool {
    fn write_json(&self, w: &mut JsonWriter) {
        w.out.push_str(if *self { "true" } else { "false" });
    }
}

impl ToJson for usize {
    fn write_json(&self, w: &mut JsonWriter) {
        let _ = write!(w.out, "{self}");
    }
}

impl ToJson for u32 {
    fn write_json(&self, w: &mut JsonWriter) {
        let _ = write!(w.out, "{self}");
    }
}

/// The digits serde_json writes for a number: `Number`'s `Display` is its serializer's writing.
impl ToJson for Number {
    fn write_json(&self, w: &mut JsonWriter) {
        let _ = write!(w.out, "{self}");
    }
}

impl<T: ToJson + ?Sized> ToJson for &T {
    fn write_json(&self, w: &mut JsonWriter) {
        (**self).write_json(w);
    }
}

impl<T: ToJson> ToJson for Option<T> {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Some(value) => value.write_json(w),
            None => w.null(),
        }
    }
}

impl<T: ToJson> ToJson for [T] {
    fn write_json(&self, w: &mut JsonWriter) {
        w.begin_array();
        for element in self {
            element.write_json(w.item());
        }
        w.end_array();
    }
}

impl<T: ToJson> ToJson for Vec<T> {
    fn write_json(&self, w: &mut JsonWriter) {
        self.as_slice().write_json(w);
    }
}

impl ToJson for Value {
    fn write_json(&self, w: &mut JsonWriter) {
        match self {
            Value::Null => w.null(),
            Value::Bool(b) => b.write_json(w),
            Value::Number(n) => n.write_json(w),
            Value::String(s) => w.string(s),
            Value::Array(list) => list.write_json(w),
            Value::Object(map) => w.object(map),
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Asserts that `value` is written as serde_json writes it, compact and pretty.
    pub(crate) fn assert_writes_as_serde(value: &(impl ToJson + serde::Serialize + ?Sized)) {
        assert_eq!(compact(value), serde_json::to_string(value).unwrap());
        assert_eq!(pretty(value), serde_json::to_string_pretty(value).unwrap());
    }

    #[test]
    fn strings_escape_as_serde_json_escapes_them() {
        let every_low_byte: String = (0u8..=0x7f).map(char::from).collect();
        for text in [
            "",
            "plain",
            "quote \" backslash \\ slash /",
            "\u{7f} \u{80} é 中文 \u{2028} \u{1f600}",
            &every_low_byte,
        ] {
            assert_writes_as_serde(text);
        }
    }

    #[test]
    fn numbers_and_nesting_as_serde_json_writes_them() {
        let value: Value = serde_json::from_str(
            r#"{"a":[],"b":{},"c":[1,-2,3.5,1e300,0.1,18446744073709551615,-9223372036854775808],
                "d":[[[]],{"e":{"f":[null,true,false,"x"]}}],"z":"last","y":{}}"#,
        )
        .unwrap();
        assert_writes_as_serde(&value);
        assert_writes_as_serde(&Value::Null);
        assert_writes_as_serde(&vec![Value::Object(Default::default())]);
        for height in [0.0, 120.0, 120.5, 1e21, -0.0] {
            let mut w = JsonWriter::new(false);
            w.float(height);
            assert_eq!(w.out, serde_json::to_string(&height).unwrap());
        }
        for not_finite in [f64::NAN, f64::INFINITY] {
            let mut w = JsonWriter::new(false);
            w.float(not_finite);
            assert_eq!(w.out, serde_json::to_string(&not_finite).unwrap());
        }
    }

    /// Any JSON value: strings of any characters, nested lists and objects (keys in insertion order).
    pub(crate) fn any_value() -> impl Strategy<Value = Value> {
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            any::<u64>().prop_map(Value::from),
            any::<f64>().prop_map(Value::from),
            any::<String>().prop_map(Value::String),
        ];
        leaf.prop_recursive(4, 48, 6, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
                prop::collection::vec((any::<String>(), inner), 0..6)
                    .prop_map(|members| Value::Object(members.into_iter().collect())),
            ]
        })
    }

    proptest! {
        #[test]
        fn any_value_is_written_as_serde_json_writes_it(value in any_value()) {
            prop_assert_eq!(compact(&value), serde_json::to_string(&value).unwrap());
            prop_assert_eq!(pretty(&value), serde_json::to_string_pretty(&value).unwrap());
        }
    }
}
