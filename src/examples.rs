//! The example gallery: realistic ccc scenarios, each a workspace with the decision it demonstrates. The data is
//! `examples/gallery.json`; a test checks every example still decides what its description promises.

use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::eval::Decision;
use crate::workspace::{NamedPolicy, Workspace};

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Example {
    pub id: String,
    pub title: String,
    /// One line on why the example is interesting.
    pub why: String,
    pub expect: Decision,
    pub policies: Vec<ExamplePolicy>,
    #[serde(default)]
    pub boundary: Vec<ExamplePolicy>,
    pub request: serde_json::Value,
}

/// Policies are stored as JSON values and pretty-printed into the editor.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ExamplePolicy {
    pub name: String,
    pub policy: serde_json::Value,
}

impl<'de> Deserialize<'de> for Decision {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        match text.as_str() {
            "allow" => Ok(Decision::Allow),
            "explicit_deny" => Ok(Decision::ExplicitDeny),
            "implicit_deny" => Ok(Decision::ImplicitDeny),
            other => Err(serde::de::Error::custom(format!(
                "unknown decision {other}"
            ))),
        }
    }
}

pub fn gallery() -> &'static [Example] {
    static GALLERY: OnceLock<Vec<Example>> = OnceLock::new();
    GALLERY.get_or_init(|| {
        serde_json::from_str(include_str!("../examples/gallery.json"))
            .unwrap_or_else(|e| panic!("examples/gallery.json is invalid: {e}"))
    })
}

/// The example the playground opens with.
pub fn default_example() -> &'static Example {
    &gallery()[0]
}

impl Example {
    pub fn workspace(&self) -> Workspace {
        let named = |set: &[ExamplePolicy]| {
            set.iter()
                .map(|p| NamedPolicy {
                    name: p.name.clone(),
                    text: pretty(&p.policy),
                })
                .collect()
        };
        Workspace {
            policies: named(&self.policies),
            boundary: named(&self.boundary),
            request: pretty(&self.request),
        }
    }
}

fn pretty(value: &serde_json::Value) -> String {
    serde_json::to_string_pretty(value).unwrap_or_default()
}
