//! What crosses between JavaScript and the engine, in the shapes `boundary.js` handles faster than wasm-bindgen's
//! generated code (measured in Node on the bench scenario, BENCHMARKS.md session 10):
//! - texts are written into WASM memory by `TextEncoder.encodeInto`, where wasm-bindgen copies ASCII one
//!   character at a time in a JavaScript loop (3× slower on policy texts), and a list of policies crosses in one
//!   call, where reading each policy's fields took four to six (names do not cross: the engine never reads them);
//!   JavaScript also writes out an object given for JSON text, one rule for policies and requests;
//! - `evaluate`'s result object is built from a few values, where writing it as JSON text and reading it with
//!   `JSON.parse` took about a third of a prepared evaluation.

use serde::Serialize;
use wasm_bindgen::prelude::*;

use crate::eval::Decision;
use crate::policy::PolicyKind;
use crate::wire::EvaluateResult;

#[wasm_bindgen(module = "/src/js_api/boundary.js")]
extern "C" {
    #[wasm_bindgen(js_name = encodePolicies)]
    fn encode_policies(memory: &JsValue, list: &JsValue, ptr: usize, capacity: usize) -> i32;
    #[wasm_bindgen(js_name = jsonLength)]
    fn json_length(value: &JsValue) -> i32;
    #[wasm_bindgen(js_name = encodeJson)]
    fn encode_json(memory: &JsValue, ptr: usize, capacity: usize) -> usize;
    #[wasm_bindgen(js_name = neededRoom)]
    fn needed_room() -> usize;
    #[wasm_bindgen(js_name = policyKinds)]
    fn policy_kinds_js() -> JsValue;
    #[wasm_bindgen(js_name = policyNodes)]
    fn policy_nodes_js() -> JsValue;
    #[wasm_bindgen(js_name = evaluateResult)]
    fn evaluate_result(
        decision: &JsValue,
        authoritative: bool,
        hypothetical: bool,
        counts: &[u32],
        tail: Option<String>,
    ) -> JsValue;
    #[wasm_bindgen(js_name = addDeciding)]
    fn add_deciding(
        result: &JsValue,
        source: &JsValue,
        policy: usize,
        statement: usize,
        line: usize,
        column: usize,
    );
}

/// JavaScript values made once: the memory, and the names of decisions and sources (a string crossing from
/// WASM is decoded on every call). The names are written by serde, so they are those of the JSON formats.
struct Made {
    memory: JsValue,
    decisions: [JsValue; 3],
    /// By `PolicyKind::index`.
    sources: [JsValue; 6],
}

thread_local! {
    static MADE: Made = Made {
        memory: wasm_bindgen::memory(),
        decisions: Decision::ALL.map(|d| name(&d)),
        sources: {
            let mut sources: [JsValue; 6] = Default::default();
            for kind in PolicyKind::ALL {
                sources[kind.index()] = name(&kind);
            }
            sources
        },
    };
}

fn name<T: Serialize>(value: &T) -> JsValue {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(name)) => JsValue::from_str(&name),
        _ => JsValue::NULL,
    }
}

/// `boundary.js`'s answer when a buffer is too small (it is never too small twice).
const NEED_ROOM: i32 = -0x4000_0000;

/// Why a list of policies cannot be read.
pub enum ListProblem {
    NotAList,
    NotAPolicy { index: usize },
}

/// The texts of a list of policies (`{name?, text}`, JSON text or policy objects), crossing in one call: they
/// are written into one buffer, then copied out.
pub fn policy_texts(list: &JsValue) -> Result<Vec<String>, ListProblem> {
    let encode = |buffer: &mut Vec<u8>| {
        let (ptr, capacity) = (buffer.as_mut_ptr() as usize, buffer.len());
        MADE.with(|made| encode_policies(&made.memory, list, ptr, capacity))
    };
    let mut buffer = vec![0; 4096];
    let mut count = encode(&mut buffer);
    if count == NEED_ROOM {
        buffer = vec![0; needed_room()];
        count = encode(&mut buffer);
    }
    let count = match count {
        -1 | NEED_ROOM => return Err(ListProblem::NotAList),
        n if n < -1 => {
            let index = usize::try_from(-2 - i64::from(n)).unwrap_or_default();
            return Err(ListProblem::NotAPolicy { index });
        }
        n => usize::try_from(n).unwrap_or_default(),
    };
    let (lengths, mut texts) = buffer.split_at(count * 4);
    Ok(lengths
        .chunks_exact(4)
        .map(|length| {
            let length = u32::from_le_bytes(length.try_into().unwrap_or_default()) as usize;
            let (text, rest) = texts.split_at(length.min(texts.len()));
            texts = rest;
            match std::str::from_utf8(text) {
                Ok(text) => text.to_owned(),
                Err(_) => String::from_utf8_lossy(text).into_owned(),
            }
        })
        .collect())
}

/// The `kind` each policy of the last `policy_texts` list named, by position (`None`: it named none).
pub fn policy_kinds() -> Vec<Option<String>> {
    strings(policy_kinds_js())
}

/// The `node` each policy of the last `policy_texts` list named (an SCP's, rule O2), by position.
pub fn policy_nodes() -> Vec<Option<String>> {
    strings(policy_nodes_js())
}

fn strings(list: JsValue) -> Vec<Option<String>> {
    if !js_sys::Array::is_array(&list) {
        return Vec::new();
    }
    js_sys::Array::from(&list)
        .iter()
        .map(|value| value.as_string())
        .collect()
}

/// A value as JSON text: a string as it is, an object written out with two-space indents (so diagnostics have
/// lines), by the rule policy objects follow (`boundary.js`); `None` for anything else. Lone surrogates become
/// U+FFFD, as JavaScript's UTF-8 encoders write them. Allocated at its size: a request crosses on every call.
pub fn json_text(value: &JsValue) -> Option<String> {
    let units = usize::try_from(json_length(value)).ok()?;
    // A UTF-16 unit is at most 3 bytes of UTF-8 (a surrogate pair, two units, is 4).
    let capacity = units * 3;
    let mut bytes: Vec<u8> = Vec::with_capacity(capacity);
    let written =
        MADE.with(|made| encode_json(&made.memory, bytes.as_mut_ptr() as usize, capacity));
    // SAFETY: `encodeJson` wrote `written` bytes (never more than `capacity`) at the start of the buffer.
    unsafe { bytes.set_len(written.min(capacity)) };
    if bytes.capacity() - bytes.len() > 4096 {
        bytes.shrink_to_fit();
    }
    String::from_utf8(bytes).ok()
}

/// `evaluate`'s result object.
/// `counts`: how many documents of each kind, by `PolicyKind::index` (each gets its list of diagnostics).
pub fn result_object(result: &EvaluateResult, counts: [usize; 6]) -> Result<JsValue, JsValue> {
    let tail = match result.tail() {
        Some(tail) => {
            Some(serde_json::to_string(&tail).map_err(|e| JsValue::from_str(&e.to_string()))?)
        }
        None => None,
    };
    MADE.with(|made| {
        let decided = &result.decided;
        let decision = decided.decision.map_or(JsValue::NULL, |d| {
            let index = Decision::ALL.iter().position(|&x| x == d).unwrap_or(0);
            made.decisions[index].clone()
        });
        let counts = counts.map(|n| u32::try_from(n).unwrap_or(u32::MAX));
        let object = evaluate_result(
            &decision,
            decided.authoritative,
            decided.hypothetical,
            &counts,
            tail,
        );
        for d in &decided.deciding {
            let source = &made.sources[d.source.index()];
            add_deciding(&object, source, d.policy, d.statement, d.line, d.column);
        }
        Ok(object)
    })
}
