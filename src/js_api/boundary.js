// What crosses between JavaScript and the engine, done here where JavaScript does it faster than the code
// wasm-bindgen generates (src/js_api/boundary.rs says how much).

const encoder = new TextEncoder();
let bytes = new Uint8Array(0);

// A string's length in UTF-16 units, or -1 for anything else.
export function textLength(value) {
  return typeof value === 'string' ? value.length : -1;
}

// Writes `text` as UTF-8 into the engine's memory at `ptr` (room for `capacity` bytes); returns the bytes written.
export function encodeText(memory, text, ptr, capacity) {
  if (bytes.byteLength === 0) bytes = new Uint8Array(memory.buffer); // first use, or the memory grew
  return encoder.encodeInto(text, bytes.subarray(ptr, ptr + capacity)).written;
}

// The result object of `evaluate`, built from a few values. The fields that are usually empty come, when they
// are not, as the JSON text `tail` (wire::ResultTail), which replaces them in place, so the keys keep the order
// of `EvaluateResult`.
export function evaluateResult(decision, authoritative, hypothetical, policies, boundary, tail) {
  const result = {
    decision, authoritative, hypothetical, refused: [], deciding: [], assumptions: [], notes: [], steps: [],
    diagnostics: { policies: emptyLists(policies), boundary: emptyLists(boundary), request: [] }, trace: null,
  };
  return tail === undefined ? result : Object.assign(result, JSON.parse(tail));
}

export function addDeciding(result, source, policy, statement, line, column) {
  result.deciding.push({ source, policy, statement, line, column });
}

function emptyLists(count) {
  const lists = [];
  for (let i = 0; i < count; i++) lists.push([]);
  return lists;
}
