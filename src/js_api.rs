//! The engine for JavaScript (`make pkg`: wasm-bindgen `--target web`, feature `js-api`): evaluate, catalog and
//! the share codec, with the public request and result formats. Types are in the TypeScript section below.
//! Inputs are read field by field (serde-wasm-bindgen); results cross as JSON text read by `JSON.parse`.

use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;

use crate::catalog::Catalog;
use crate::diagnostic::Diagnostic;
use crate::eval::Detail;
use crate::eval::Evaluation;
use crate::i18n::Locale;
use crate::policy::ParsedPolicy;
use crate::request::ParsedRequest;
use crate::share;
use crate::workspace::{evaluate_parsed_with, NamedPolicy, Workspace};

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** A policy as JSON text (or an object, which is serialized), optionally named. */
export type PolicyInput = string | object | { name?: string; text: string };
export interface EvaluateInput {
  policies: PolicyInput[];
  boundary?: PolicyInput[];
  /** The public request format, as JSON text or an object. */
  request: string | object;
  /** Default true. With false, `steps` is empty and `trace` null: for bulk checks where only the decision matters. */
  explain?: boolean;
  /** The language of every message, step and help text; default "en". Codes and data never change with it. */
  lang?: Locale;
}
/** The languages the playground speaks. */
export type Locale = "en" | "zh-CN";
export interface Diagnostic {
  code: string; severity: "error" | "security_warning" | "warning" | "info"; message: string; help: string; path: string;
  span: { start: number; end: number; line: number; column: number }; rule?: string;
  /** For a policy error: the CreatePolicy error code CAM would most likely answer (rule G9), e.g. "InvalidParameter.VersionError". */
  cam_error?: string;
}
/** A policy CAM would refuse to save (rule G9). */
export interface Refusal {
  source: "policy" | "boundary"; policy: number;
  errors: { cam_error: string; code: string; message: string; span: { start: number; end: number; line: number; column: number } }[];
}
export interface Step { depth: number; status: "pass" | "fail" | "info" | "warn" | "skip"; text: string; line?: number; column?: number }
export interface EvaluateResult {
  /** null when a policy's JSON or the request could not be read (see diagnostics). */
  decision: "allow" | "explicit_deny" | "implicit_deny" | null;
  authoritative: boolean;
  /** True when CAM would refuse to save a policy (rule G9): the decision is what the text would do, not what CAM does. */
  hypothetical: boolean;
  refused: Refusal[];
  deciding: { source: "policy" | "boundary"; policy: number; statement: number; line: number; column: number }[];
  assumptions: string[];
  notes: { kind: string }[];
  steps: Step[];
  diagnostics: { policies: Diagnostic[][]; boundary: Diagnostic[][]; request: Diagnostic[] };
  /** The full trace (policies → statements → checks), as the CLI's --format json prints it. */
  trace: object | null;
}
export interface MatrixRow {
  action: string; category: "read" | "write" | "list" | "other"; granularity: "resource" | "operation";
  /** null when the request cannot be built for this API (see `problem`). */
  decision: "allow" | "explicit_deny" | "implicit_deny" | null;
  authoritative: boolean;
  deciding: EvaluateResult["deciding"];
  problem?: string;
}
export interface Workspace { policies: { name: string; text: string }[]; boundary: { name: string; text: string }[]; request: string }
export interface SharedWorkspace { workspace: Workspace; view: { tab: string; raw_request: boolean }; stamp: { engine: string; catalog: string; decision: string } }
"#;

#[derive(Deserialize)]
struct Input {
    policies: Vec<serde_json::Value>,
    #[serde(default)]
    boundary: Vec<serde_json::Value>,
    request: serde_json::Value,
    /// `false`: only the decision, deciding statements, assumptions and diagnostics (no steps, no trace).
    #[serde(default = "yes")]
    explain: bool,
    #[serde(default)]
    lang: Lang,
}

/// The `lang` of an input: absent means English; an unknown tag is an error that names the locales.
#[derive(Default)]
struct Lang(Locale);

impl<'de> Deserialize<'de> for Lang {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Lang, D::Error> {
        let tag = String::deserialize(deserializer)?;
        Locale::from_tag(&tag).map(Lang).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "lang is {}, not {tag:?}",
                Locale::ALL.map(|l| format!("{:?}", l.tag())).join(" or ")
            ))
        })
    }
}

fn yes() -> bool {
    true
}

/// `explain: false` needs no trace beyond what decides.
fn detail(explain: bool) -> Detail {
    if explain {
        Detail::Full
    } else {
        Detail::DecisionOnly
    }
}

/// The measurement floor's input: `evaluate`'s input with nothing but the texts (`bench/compare.mjs`).
#[derive(Deserialize)]
struct FloorInput {
    policies: Vec<FloorPolicy>,
    request: String,
}

#[derive(Deserialize)]
struct FloorPolicy {
    text: String,
}

/// The measurement floor of `evaluate` (`make bench`): the same input crossing the boundary, and each text
/// read as JSON with no model — the work any evaluator of these texts has to do. Not part of the API.
#[doc(hidden)]
#[wasm_bindgen(js_name = benchFloorRead)]
pub fn bench_floor_read(input: JsValue) -> Result<bool, JsValue> {
    let input: FloorInput = from_js(
        input,
        "benchFloorRead expects {policies: [{text}], request}",
    )?;
    let valid = |text: &str| serde_json::from_str::<serde::de::IgnoredAny>(text).is_ok();
    Ok(input.policies.iter().all(|p| valid(&p.text)) && valid(&input.request))
}

/// The cost of crossing the JavaScript boundary with nothing to do (`make bench`). Not part of the API.
#[doc(hidden)]
#[wasm_bindgen(js_name = benchFloorCall)]
pub fn bench_floor_call() {}

fn text_of(value: &serde_json::Value) -> String {
    match value {
        serde_json::Value::String(text) => text.clone(),
        other => serde_json::to_string_pretty(other).unwrap_or_default(),
    }
}

fn named(values: &[serde_json::Value]) -> Vec<NamedPolicy> {
    values
        .iter()
        .enumerate()
        .map(
            |(i, value)| match (value.get("text"), value.get("version")) {
                (Some(serde_json::Value::String(text)), None) => NamedPolicy {
                    name: value
                        .get("name")
                        .and_then(|n| n.as_str())
                        .unwrap_or_default()
                        .to_string(),
                    text: text.clone(),
                },
                _ => NamedPolicy {
                    name: format!("policy-{}", i + 1),
                    text: text_of(value),
                },
            },
        )
        .collect()
}

/// Crosses the boundary as JSON text: `JSON.parse` builds the object faster than setting its fields one by one
/// from WASM.
fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsValue> {
    let text = serde_json::to_string(value).map_err(|e| JsValue::from_str(&e.to_string()))?;
    js_sys::JSON::parse(&text)
}

/// Reads the input object field by field (serde-wasm-bindgen): each policy text crosses the boundary once, as
/// it is, where `JSON.stringify` would escape it and the Rust side unescape it again (a third of a small
/// evaluation's time).
fn from_js<T: for<'de> Deserialize<'de>>(value: JsValue, expects: &str) -> Result<T, JsValue> {
    serde_wasm_bindgen::from_value(value).map_err(|e| JsValue::from_str(&format!("{expects}: {e}")))
}

/// Evaluates a request against policies (and an optional permissions boundary).
#[wasm_bindgen(unchecked_return_type = "EvaluateResult")]
pub fn evaluate(
    #[wasm_bindgen(unchecked_param_type = "EvaluateInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    let input: Input = from_js(input, "evaluate expects {policies, boundary?, request}")?;
    let workspace = Workspace {
        policies: named(&input.policies),
        boundary: named(&input.boundary),
        request: text_of(&input.request),
    };
    let result = workspace.run_with(Catalog::builtin(), detail(input.explain));
    output(
        &result.policies,
        &result.boundary,
        &result.request,
        result.evaluation.as_ref(),
        input.explain,
        input.lang.0,
    )
}

/// Policies (and a boundary) parsed once, to evaluate many requests: the checks a CI job or a documentation page
/// runs in a loop. `evaluate` returns what the function `evaluate` returns.
#[wasm_bindgen]
pub struct PreparedPolicies {
    policies: Vec<ParsedPolicy>,
    boundary: Vec<ParsedPolicy>,
}

#[derive(Deserialize)]
struct PrepareInput {
    policies: Vec<serde_json::Value>,
    #[serde(default)]
    boundary: Vec<serde_json::Value>,
}

#[derive(Deserialize)]
struct RequestInput {
    request: serde_json::Value,
    #[serde(default = "yes")]
    explain: bool,
    #[serde(default)]
    lang: Lang,
}

#[wasm_bindgen]
impl PreparedPolicies {
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(
            unchecked_param_type = "{ policies: PolicyInput[]; boundary?: PolicyInput[] }"
        )]
        input: JsValue,
    ) -> Result<PreparedPolicies, JsValue> {
        let input: PrepareInput = from_js(input, "PreparedPolicies expects {policies, boundary?}")?;
        let parse_all = |values: &[serde_json::Value]| {
            named(values)
                .iter()
                .map(|p| crate::parse_policy(&p.text, Catalog::builtin()))
                .collect()
        };
        Ok(PreparedPolicies {
            policies: parse_all(&input.policies),
            boundary: parse_all(&input.boundary),
        })
    }

    /// Evaluates one request (`{request, explain?}`) against the prepared policies.
    #[wasm_bindgen(unchecked_return_type = "EvaluateResult")]
    pub fn evaluate(
        &self,
        #[wasm_bindgen(
            unchecked_param_type = "{ request: string | object; explain?: boolean; lang?: Locale }"
        )]
        input: JsValue,
    ) -> Result<JsValue, JsValue> {
        let input: RequestInput = from_js(input, "evaluate expects {request, explain?}")?;
        let request = crate::parse_request(&text_of(&input.request), Catalog::builtin());
        let evaluation = evaluate_parsed_with(
            &self.policies,
            &self.boundary,
            &request,
            detail(input.explain),
        );
        output(
            &self.policies,
            &self.boundary,
            &request,
            evaluation.as_ref(),
            input.explain,
            input.lang.0,
        )
    }
}

/// The result object of `evaluate`: decision, deciding statements, assumptions, notes, diagnostics, and with
/// `explain` the steps and the trace.
fn output(
    policies: &[ParsedPolicy],
    boundary: &[ParsedPolicy],
    request: &ParsedRequest,
    evaluation: Option<&Evaluation>,
    explain: bool,
    locale: Locale,
) -> Result<JsValue, JsValue> {
    to_js(&crate::wire::EvaluateResult::new(
        (policies, boundary, request),
        evaluation,
        explain,
        locale,
    ))
}

/// The API catalog: products with their APIs, granularity and resource templates.
#[wasm_bindgen(unchecked_return_type = "{ products: object[] }")]
pub fn catalog() -> Result<JsValue, JsValue> {
    to_js(Catalog::builtin())
}

/// A share fragment (`s1.…`, without `#`) for a workspace and the decision it shows.
#[wasm_bindgen(js_name = encodeShare)]
pub fn encode_share(
    #[wasm_bindgen(unchecked_param_type = "Workspace")] workspace: JsValue,
    decision: Option<String>,
) -> Result<String, JsValue> {
    let json = js_sys::JSON::stringify(&workspace)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| JsValue::from_str("encodeShare expects a workspace object"))?;
    let workspace = share::workspace_from_json(&json)
        .map_err(|e| JsValue::from_str(&crate::i18n::en::request::share_problem(&e.problem)))?;
    Ok(share::encode(
        &workspace,
        &share::View::default(),
        decision.and_then(|name| name.parse().ok()),
    ))
}

/// Reads a share fragment (with or without `#`). Throws an `Error` whose message says what is wrong.
#[wasm_bindgen(js_name = decodeShare, unchecked_return_type = "SharedWorkspace")]
pub fn decode_share(fragment: &str) -> Result<JsValue, JsValue> {
    let shared = share::decode(fragment).map_err(|e| {
        JsValue::from(js_sys::Error::new(
            &crate::i18n::en::request::share_problem(&e.problem),
        ))
    })?;
    to_js(&shared)
}

/// Every catalog API evaluated for the request's principal, SdkAppId and context: `[{action, category,
/// granularity, decision, authoritative, deciding}]` ("what can these policies do").
#[wasm_bindgen(unchecked_return_type = "MatrixRow[]")]
pub fn matrix(
    #[wasm_bindgen(unchecked_param_type = "EvaluateInput")] input: JsValue,
) -> Result<JsValue, JsValue> {
    let input: Input = from_js(input, "matrix expects {policies, boundary?, request}")?;
    let catalog = Catalog::builtin();
    let locale = input.lang.0;
    // What cannot be read is refused with its first error, in the caller's language.
    let first_error = |diagnostics: &[Diagnostic]| {
        let message = diagnostics
            .iter()
            .find(|d| d.is_error())
            .map(|d| d.words(locale).message)
            .unwrap_or_default();
        JsValue::from_str(&message)
    };
    let parse = |values: &[serde_json::Value]| -> Result<Vec<crate::Policy>, JsValue> {
        named(values)
            .iter()
            .map(|p| {
                let parsed = crate::parse_policy(&p.text, catalog);
                parsed
                    .policy
                    .ok_or_else(|| first_error(&parsed.diagnostics))
            })
            .collect()
    };
    let policies = parse(&input.policies)?;
    let boundary = parse(&input.boundary)?;
    let request_text = text_of(&input.request);
    let request = crate::request::read_request(&request_text)
        .ok_or_else(|| first_error(&crate::parse_request(&request_text, catalog).diagnostics))?;
    let rows = crate::analysis::matrix(
        &policies.iter().collect::<Vec<_>>(),
        &boundary.iter().collect::<Vec<_>>(),
        &request,
        catalog,
    );
    let rows: Vec<crate::wire::MatrixRow> = rows
        .iter()
        .map(|row| crate::wire::MatrixRow::new(row, locale))
        .collect();
    to_js(&rows)
}
