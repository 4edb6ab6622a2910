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
    #[wasm_bindgen(js_name = readInput)]
    fn read_input(memory: &JsValue, input: &JsValue, fields: &JsValue, ptr: usize, capacity: usize);
    #[wasm_bindgen(js_name = statusCodes)]
    fn status_codes() -> JsValue;
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

/// The input fields that list documents, `policies` (required) first, then each other kind's (optional).
pub const LISTS: [&str; 6] = ["policies", "boundary", "trust", "session", "bucket", "scp"];

/// What `readInput` answers, as `boundary.js`'s table `STATUS` names it (read once: no number is written here).
struct Status {
    ok: u32,
    need_room: u32,
    not_a_list: u32,
    not_a_policy: u32,
    none: u32,
}

impl Status {
    fn read() -> Status {
        let table = status_codes();
        let code = |name: &str| {
            js_sys::Reflect::get(&table, &JsValue::from_str(name))
                .ok()
                .and_then(|code| code.as_f64())
                .map_or(u32::MAX, |code| code as u32)
        };
        Status {
            ok: code("ok"),
            need_room: code("needRoom"),
            not_a_list: code("notAList"),
            not_a_policy: code("notAPolicy"),
            none: code("none"),
        }
    }
}

/// JavaScript values made once: the memory, the names of decisions and sources (a string crossing from WASM is
/// decoded on every call), the field lists `readInput` reads (by `Wanted`) and its status codes. The names are
/// written by serde, so they are those of the JSON formats.
struct Made {
    memory: JsValue,
    decisions: [JsValue; 3],
    /// By `PolicyKind::index`.
    sources: [JsValue; 6],
    /// By `Wanted`: `readInput`'s `fields`.
    fields: [JsValue; 3],
    status: Status,
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
        fields: [Wanted::RequestAndDocuments, Wanted::Documents, Wanted::Request].map(|wanted| {
            let (request, lists) = match wanted {
                Wanted::RequestAndDocuments => (JsValue::from_str("request"), &LISTS[..]),
                Wanted::Documents => (JsValue::NULL, &LISTS[..]),
                Wanted::Request => (JsValue::from_str("request"), &[][..]),
            };
            let fields = js_sys::Array::of1(&request);
            for list in lists {
                fields.push(&JsValue::from_str(list));
            }
            fields.into()
        }),
        status: Status::read(),
    };
    /// `readInput`'s buffer, kept between calls while it is small (taken out during a call, so a getter that calls
    /// the engine again gets its own).
    static BUFFER: std::cell::Cell<Vec<u8>> = const { std::cell::Cell::new(Vec::new()) };
}

fn name<T: Serialize>(value: &T) -> JsValue {
    match serde_json::to_value(value) {
        Ok(serde_json::Value::String(name)) => JsValue::from_str(&name),
        _ => JsValue::NULL,
    }
}

/// What a call reads from its input object.
#[derive(Clone, Copy)]
pub enum Wanted {
    RequestAndDocuments = 0,
    Documents = 1,
    Request = 2,
}

/// Why a list of documents cannot be read.
pub enum ListProblem {
    NotAList,
    NotAPolicy { index: usize },
}

/// A document as it crossed: its list (index in `LISTS`), text, and the kind and node it named, if any.
pub struct Document {
    pub list: usize,
    pub text: String,
    pub kind: Option<String>,
    pub node: Option<String>,
}

/// The input object as it crossed.
pub struct Input {
    /// The request's JSON text (a string as it is, an object written out with two-space indents, so diagnostics
    /// have lines); `None` when it is neither, or was not wanted. Lone surrogates become U+FFFD, as JavaScript's
    /// UTF-8 encoders write them.
    pub request: Option<String>,
    /// The documents of every list, in order, up to `problem`'s list.
    pub documents: Vec<Document>,
    /// The first list that could not be read (index in `LISTS`).
    pub problem: Option<(usize, ListProblem)>,
}

/// The buffer is kept for the next call up to this size; a bigger one is given back.
const KEPT: usize = 64 * 1024;
const HEADER: usize = 5;
const PER_DOCUMENT: usize = 4;

/// Reads what `wanted` says from the input object, in one call into JavaScript (two when the buffer is too small
/// for the texts): `boundary.js` writes every text into one buffer, and they are copied out of it.
pub fn read(input: &JsValue, wanted: Wanted) -> Input {
    let mut buffer = BUFFER.take();
    if buffer.len() < 4096 {
        buffer = vec![0; 4096];
    }
    MADE.with(|made| {
        let fields = &made.fields[wanted as usize];
        let call = |buffer: &mut Vec<u8>| {
            let (ptr, capacity) = (buffer.as_mut_ptr() as usize, buffer.len());
            read_input(&made.memory, input, fields, ptr, capacity);
        };
        call(&mut buffer);
        if word(&buffer, 0) == made.status.need_room {
            buffer.resize(word(&buffer, 1) as usize, 0);
            call(&mut buffer);
        }
        let input = parse(&buffer, &made.status);
        if buffer.len() <= KEPT {
            BUFFER.set(buffer);
        }
        input
    })
}

/// The buffer's `i`th 32-bit little-endian word.
fn word(buffer: &[u8], i: usize) -> u32 {
    (buffer.get(i * 4..i * 4 + 4))
        .and_then(|bytes| bytes.try_into().ok())
        .map_or(0, u32::from_le_bytes)
}

fn parse(buffer: &[u8], status: &Status) -> Input {
    let count = word(buffer, 3) as usize;
    let mut at = (HEADER + count * PER_DOCUMENT) * 4;
    let mut text = |length: u32| {
        if length == status.none {
            return None;
        }
        let bytes = buffer.get(at..).unwrap_or_default();
        let bytes = &bytes[..(length as usize).min(bytes.len())];
        at += bytes.len();
        Some(match std::str::from_utf8(bytes) {
            Ok(text) => text.to_owned(),
            Err(_) => String::from_utf8_lossy(bytes).into_owned(),
        })
    };
    let request = text(word(buffer, 4));
    let documents = (0..count)
        .map(|d| {
            let entry = |w: usize| word(buffer, HEADER + d * PER_DOCUMENT + w);
            Document {
                list: (entry(0) as usize).saturating_sub(1),
                text: text(entry(1)).unwrap_or_default(),
                kind: text(entry(2)),
                node: text(entry(3)),
            }
        })
        .collect();
    let list = (word(buffer, 1) as usize).saturating_sub(1);
    let problem = match word(buffer, 0) {
        code if code == status.ok => None,
        code if code == status.not_a_policy => Some((
            list,
            ListProblem::NotAPolicy {
                index: word(buffer, 2) as usize,
            },
        )),
        code if code == status.not_a_list => Some((list, ListProblem::NotAList)),
        // Nothing else is written; read as the list's problem rather than ignored.
        _ => Some((list, ListProblem::NotAList)),
    };
    Input {
        request,
        documents,
        problem,
    }
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
