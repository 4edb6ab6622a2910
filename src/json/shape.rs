//! Reading a JSON document of a known shape (a `camctl test` file, a lint configuration, a baseline): objects
//! with known fields, typed values, each problem an `InputError` located in the file with its JSON path. The
//! policy and request readers have their own, richer readers; this one serves the CLI's own files.

use std::borrow::Cow;

use super::ast::{Object, Value};
use super::{JsonType, LineIndex, Span};
use crate::diagnostic::{Diagnostic, Text};
use crate::text::input::{Expected, InputProblem};

/// A located problem of an input file.
#[derive(Clone, Debug, PartialEq)]
pub struct InputError {
    /// The file the span is in, when it is not the file being read (a policy a test file names).
    pub file: Option<String>,
    pub span: Span,
    /// The JSON path of the value at fault (`$` for the whole document).
    pub path: String,
    /// Boxed: an error travels up many `?`s, and most of its size is the problem's words.
    pub problem: Box<Problem>,
}

/// What is wrong: one of the reader's own problems, or a diagnostic of the JSON, policy or request reader.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    Input(InputProblem),
    Diagnostic(Text),
}

impl InputError {
    pub fn new(span: Span, path: impl Into<String>, problem: InputProblem) -> InputError {
        InputError {
            file: None,
            span,
            path: path.into(),
            problem: Box::new(Problem::Input(problem)),
        }
    }

    /// A problem of the whole file (one that cannot be read at all): located at its start.
    pub fn whole(problem: InputProblem) -> InputError {
        InputError::new(
            Span {
                line: 1,
                column: 1,
                ..Span::default()
            },
            "$",
            problem,
        )
    }

    pub fn from_diagnostic(d: &Diagnostic) -> InputError {
        InputError {
            file: None,
            span: d.span,
            path: d.path.clone(),
            problem: Box::new(Problem::Diagnostic(d.text.clone())),
        }
    }
}

/// Reads the document: its root value, or the first error of the JSON reader.
pub fn document<'t>(index: &LineIndex<'t>) -> Result<Value<'t>, InputError> {
    let mut diagnostics = Vec::new();
    let root = super::parse(index, &mut diagnostics);
    match (root, diagnostics.iter().find(|d| d.is_error())) {
        (Some(root), None) => Ok(root),
        (_, Some(d)) => Err(InputError::from_diagnostic(d)),
        (None, None) => Err(InputError::from_diagnostic(&Diagnostic::new(
            crate::text::json::JsonText::Empty,
            index.whole(),
            "$",
        ))),
    }
}

/// Reads values of one document, locating what it reports.
pub struct Reader<'i, 't> {
    pub index: &'i LineIndex<'t>,
}

impl<'i, 't> Reader<'i, 't> {
    pub fn span(&self, value: &Value<'_>) -> Span {
        self.index.range(value.range())
    }

    pub fn error(&self, value: &Value<'_>, path: &str, problem: InputProblem) -> InputError {
        InputError::new(self.span(value), path, problem)
    }

    /// `value` is not of the `expected` type.
    pub fn wrong(&self, value: &Value<'_>, path: &str, expected: Expected) -> InputError {
        self.error(
            value,
            path,
            InputProblem::WrongType {
                expected,
                found: JsonType::of(value),
            },
        )
    }

    /// An object whose fields are all among `fields`, each written once.
    pub fn object<'v>(
        &self,
        value: &'v Value<'t>,
        path: &str,
        fields: &[&str],
    ) -> Result<Fields<'v, 't>, InputError> {
        let Value::Object(object) = value else {
            return Err(self.wrong(value, path, Expected::Object));
        };
        for (i, prop) in object.properties.iter().enumerate() {
            let name = prop.name.as_str();
            let at = self.index.range(prop.name.range);
            if !fields.contains(&name) {
                return Err(InputError::new(
                    at,
                    super::child_path(path, name),
                    InputProblem::UnknownField {
                        field: name.to_string(),
                        suggestion: crate::suggest::closest(name, fields, 0.8),
                        fields: fields.iter().map(|f| f.to_string()).collect(),
                    },
                ));
            }
            if object.properties[..i]
                .iter()
                .any(|p| p.name.as_str() == name)
            {
                return Err(InputError::new(
                    at,
                    super::child_path(path, name),
                    InputProblem::DuplicateField {
                        field: name.to_string(),
                    },
                ));
            }
        }
        Ok(Fields {
            object,
            path: path.to_string(),
        })
    }

    pub fn string<'v>(&self, value: &'v Value<'t>, path: &str) -> Result<&'v str, InputError> {
        match value {
            Value::StringLit(s) => Ok(s.as_str()),
            _ => Err(self.wrong(value, path, Expected::String)),
        }
    }

    pub fn boolean(&self, value: &Value<'t>, path: &str) -> Result<bool, InputError> {
        match value {
            Value::BooleanLit(b) => Ok(b.value),
            _ => Err(self.wrong(value, path, Expected::Boolean)),
        }
    }

    pub fn number(&self, value: &Value<'t>, path: &str) -> Result<f64, InputError> {
        match value {
            Value::NumberLit(n) => n
                .value
                .parse()
                .map_err(|_| self.wrong(value, path, Expected::Number)),
            _ => Err(self.wrong(value, path, Expected::Number)),
        }
    }

    pub fn list<'v>(
        &self,
        value: &'v Value<'t>,
        path: &str,
    ) -> Result<&'v [Value<'t>], InputError> {
        match value {
            Value::Array(list) => Ok(&list.elements),
            _ => Err(self.wrong(value, path, Expected::List)),
        }
    }

    /// A list that must have at least one element (`field` names it in the error).
    pub fn non_empty_list<'v>(
        &self,
        value: &'v Value<'t>,
        path: &str,
        field: &str,
    ) -> Result<&'v [Value<'t>], InputError> {
        let list = self.list(value, path)?;
        if list.is_empty() {
            return Err(self.error(
                value,
                path,
                InputProblem::EmptyList {
                    field: field.to_string(),
                },
            ));
        }
        Ok(list)
    }

    /// A string or a list of strings, each with its span; an empty list is an error.
    pub fn strings(
        &self,
        value: &Value<'t>,
        path: &str,
        field: &str,
    ) -> Result<Vec<(String, Span)>, InputError> {
        let items: Vec<&Value<'t>> = match value {
            Value::Array(list) => list.elements.iter().collect(),
            single => vec![single],
        };
        if items.is_empty() {
            return Err(self.error(
                value,
                path,
                InputProblem::EmptyList {
                    field: field.to_string(),
                },
            ));
        }
        items
            .into_iter()
            .enumerate()
            .map(|(i, item)| match item {
                Value::StringLit(s) => Ok((s.as_str().to_string(), self.span(item))),
                _ => Err(self.wrong(item, &format!("{path}[{i}]"), Expected::Strings)),
            })
            .collect()
    }

    /// The value as serde JSON, numbers kept as written where serde can hold them.
    pub fn to_serde(&self, value: &Value<'t>) -> serde_json::Value {
        to_serde(value)
    }
}

/// A spanned value as serde JSON (numbers keep their written digits where serde can hold them).
pub fn to_serde(value: &Value<'_>) -> serde_json::Value {
    use serde_json::Value as J;
    match value {
        Value::StringLit(s) => J::String(s.as_str().to_string()),
        // As `serde_json::from_str` reads a number, without bringing its whole deserializer into the web bundle
        // (the playground imports test files): integers exactly, other numbers by serde_json's float reading.
        Value::NumberLit(n) => n
            .value
            .parse::<u64>()
            .map(J::from)
            .or_else(|_| n.value.parse::<i64>().map(J::from))
            .or_else(|_| n.value.parse::<serde_json::Number>().map(J::Number))
            .unwrap_or(J::Null),
        Value::BooleanLit(b) => J::Bool(b.value),
        Value::NullKeyword(_) => J::Null,
        Value::Array(list) => J::Array(list.elements.iter().map(to_serde).collect()),
        Value::Object(object) => J::Object(
            object
                .properties
                .iter()
                .map(|p| (p.name.as_str().to_string(), to_serde(&p.value)))
                .collect(),
        ),
    }
}

/// An object of known fields.
pub struct Fields<'v, 't> {
    pub object: &'v Object<'t>,
    path: String,
}

impl<'v, 't> Fields<'v, 't> {
    pub fn get(&self, name: &str) -> Option<&'v Value<'t>> {
        self.object.get(name).map(|p| &p.value)
    }

    /// The path of a field of this object.
    pub fn path(&self, name: &str) -> String {
        super::child_path(&self.path, name)
    }

    /// A field that must be there.
    pub fn required(
        &self,
        reader: &Reader<'_, 't>,
        name: &str,
    ) -> Result<&'v Value<'t>, InputError> {
        self.get(name).ok_or_else(|| {
            InputError::new(
                reader.index.range(self.object.range),
                self.path.clone(),
                InputProblem::MissingField {
                    field: name.to_string(),
                },
            )
        })
    }

    /// The names of the fields as written, for values keyed by name (principals, contexts).
    pub fn names(&self) -> impl Iterator<Item = Cow<'_, str>> {
        self.object.properties.iter().map(|p| p.name.value.clone())
    }
}

#[cfg(test)]
mod number_tests {
    /// `to_serde` reads numbers exactly as `serde_json::from_str` does.
    #[test]
    fn numbers_read_as_serde_json_reads_them() {
        for text in [
            "0",
            "1400000000",
            "-3",
            "18446744073709551615",
            "-9223372036854775808",
            "1.5",
            "-2.5e3",
            "1e400",
            "0.1",
        ] {
            let index = crate::json::LineIndex::new(text);
            let value = super::document(&index).unwrap();
            let expected: serde_json::Value =
                serde_json::from_str(text).unwrap_or(serde_json::Value::Null);
            assert_eq!(super::to_serde(&value), expected, "{text}");
        }
    }
}
