//! The reader's syntax tree: jsonc-parser's `ast` with the same names and fields, less what strict JSON never
//! has (unquoted property names, comments). Strings without escapes borrow from the source text.

use std::borrow::Cow;

pub use crate::span::Range;

#[derive(Clone, Debug, PartialEq)]
pub enum Value<'a> {
    StringLit(StringLit<'a>),
    NumberLit(NumberLit<'a>),
    BooleanLit(BooleanLit),
    Object(Object<'a>),
    Array(Array<'a>),
    NullKeyword(NullKeyword),
}

impl Value<'_> {
    pub fn range(&self) -> Range {
        match self {
            Value::StringLit(v) => v.range,
            Value::NumberLit(v) => v.range,
            Value::BooleanLit(v) => v.range,
            Value::Object(v) => v.range,
            Value::Array(v) => v.range,
            Value::NullKeyword(v) => v.range,
        }
    }
}

/// A string literal; `range` includes the quotes, `value` is the decoded text.
#[derive(Clone, Debug, PartialEq)]
pub struct StringLit<'a> {
    pub range: Range,
    pub value: Cow<'a, str>,
}

impl StringLit<'_> {
    pub fn as_str(&self) -> &str {
        &self.value
    }

    pub fn range(&self) -> Range {
        self.range
    }
}

/// A number literal; `value` is its source text, unconverted (`1.50e2` stays `1.50e2`).
#[derive(Clone, Debug, PartialEq)]
pub struct NumberLit<'a> {
    pub range: Range,
    pub value: &'a str,
}

#[derive(Clone, Debug, PartialEq)]
pub struct BooleanLit {
    pub range: Range,
    pub value: bool,
}

#[derive(Clone, Debug, PartialEq)]
pub struct NullKeyword {
    pub range: Range,
}

/// An object with its properties in source order, duplicates included.
#[derive(Clone, Debug, PartialEq)]
pub struct Object<'a> {
    pub range: Range,
    pub properties: Vec<ObjectProp<'a>>,
}

impl<'a> Object<'a> {
    /// The first property with this name.
    pub fn get(&self, name: &str) -> Option<&ObjectProp<'a>> {
        self.properties.iter().find(|p| p.name.as_str() == name)
    }

    /// The first property with this name, if its value is a string.
    pub fn get_string(&self, name: &str) -> Option<&StringLit<'a>> {
        match &self.get(name)?.value {
            Value::StringLit(string) => Some(string),
            _ => None,
        }
    }
}

/// `"name": value`; `range` runs from the name's opening quote to the value's end.
#[derive(Clone, Debug, PartialEq)]
pub struct ObjectProp<'a> {
    pub range: Range,
    /// Always a string in strict JSON (jsonc-parser's `ObjectPropName` also allows a bare word).
    pub name: StringLit<'a>,
    pub value: Value<'a>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Array<'a> {
    pub range: Range,
    pub elements: Vec<Value<'a>>,
}
