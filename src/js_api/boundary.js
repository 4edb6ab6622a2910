// What crosses between JavaScript and the engine, done here where JavaScript does it faster than the code
// wasm-bindgen generates (src/js_api/boundary.rs says how much).

const encoder = new TextEncoder();
let bytes = new Uint8Array(0);

// A list of policies (`{name?, text}`, JSON text, or a policy object) crosses in one buffer of the engine's memory
// at `ptr` (room for `capacity` bytes): first each text's UTF-8 byte length (32-bit little-endian), then the
// texts one after the other. Returns the number of policies, or -1: not a list; -2 - i: element i is not a
// policy; NEED_ROOM: `capacity` is too small, and `neededRoom()` says how much is. Names do not cross: the engine
// never reads them.
const NEED_ROOM = -0x40000000;
let room = 0;
// The `kind` each policy of the last list named (`{text, kind}`), or null: read by `policyKinds()`; likewise an
// SCP's `node` (`policyNodes()`). Undefined when none named one, the usual case, so nothing more crosses.
let kinds;
let nodes;
export function encodePolicies(memory, list, ptr, capacity) {
  if (!Array.isArray(list)) return -1;
  const texts = [];
  let units = 0;
  kinds = undefined;
  nodes = undefined;
  for (let i = 0; i < list.length; i++) {
    const text = policyText(list[i]);
    if (text === undefined) return -2 - i;
    const kind = namedField(list[i], 'kind');
    if (kind !== undefined) {
      kinds ??= new Array(list.length).fill(null);
      kinds[i] = kind;
    }
    const node = namedField(list[i], 'node');
    if (node !== undefined) {
      nodes ??= new Array(list.length).fill(null);
      nodes[i] = node;
    }
    texts.push(text);
    units += text.length;
  }
  const needed = texts.length * 4 + units * 3; // a UTF-16 unit is at most 3 bytes of UTF-8
  if (needed > capacity) {
    room = needed;
    return NEED_ROOM;
  }
  if (bytes.byteLength === 0) bytes = new Uint8Array(memory.buffer); // first use, or the memory grew
  const lengths = new DataView(bytes.buffer, ptr, texts.length * 4);
  let at = ptr + texts.length * 4;
  for (let k = 0; k < texts.length; k++) {
    const written = encoder.encodeInto(texts[k], bytes.subarray(at, ptr + capacity)).written;
    lengths.setUint32(k * 4, written, true);
    at += written;
  }
  return texts.length;
}

export function neededRoom() {
  return room;
}

export function policyKinds() {
  return kinds;
}

export function policyNodes() {
  return nodes;
}

// `{text, kind, node}`'s `field` as a string (a number or an object becomes its text, which the engine then
// refuses by name); undefined for anything else.
function namedField(value, field) {
  try {
    if (typeof value === 'object' && value !== null && value.version === undefined && typeof value.text === 'string'
      && value[field] !== undefined && value[field] !== null) {
      return String(value[field]);
    }
  } catch {
    return undefined; // a getter that throws
  }
  return undefined;
}

// One value as JSON text (see `jsonText`), in two calls so the engine can allocate it at its size: its length in
// UTF-16 units (-1 when it is none), then `encodeJson` writes it at `ptr` and returns the bytes written.
let pending;
export function jsonLength(value) {
  pending = jsonText(value);
  return pending === undefined ? -1 : pending.length;
}

export function encodeJson(memory, ptr, capacity) {
  const text = pending ?? '';
  pending = undefined;
  if (bytes.byteLength === 0) bytes = new Uint8Array(memory.buffer); // first use, or the memory grew
  return encoder.encodeInto(text, bytes.subarray(ptr, ptr + capacity)).written;
}

function policyText(value) {
  try {
    if (typeof value === 'object' && value !== null && value.version === undefined && typeof value.text === 'string') {
      return value.text;
    }
  } catch {
    return undefined; // a getter that throws
  }
  return jsonText(value);
}

// A string as it is; an object or a list written out as JSON with two-space indents (so diagnostics have lines);
// undefined for anything else, and for what JSON cannot write (a cycle, a BigInt, a getter that throws).
function jsonText(value) {
  try {
    const text = typeof value === 'string' ? value
      : typeof value === 'object' && value !== null ? JSON.stringify(value, null, 2) : undefined;
    return typeof text === 'string' ? text : undefined;
  } catch {
    return undefined;
  }
}

// The result object of `evaluate`, built from a few values. The fields that are usually empty come, when they
// are not, as the JSON text `tail` (wire::ResultTail), which replaces them in place, so the keys keep the order
// of `EvaluateResult`.
// `counts`: how many documents of each kind (policy, boundary, trust, session, bucket, scp); the last four have a
// list of diagnostics only when the input has documents of that kind.
export function evaluateResult(decision, authoritative, hypothetical, counts, tail) {
  const diagnostics = { policies: emptyLists(counts[0]), boundary: emptyLists(counts[1]) };
  for (const [i, kind] of OTHER_KINDS) if (counts[i] > 0) diagnostics[kind] = emptyLists(counts[i]);
  diagnostics.request = [];
  const result = {
    decision, authoritative, hypothetical, refused: [], deciding: [], assumptions: [], notes: [], steps: [],
    diagnostics, trace: null,
  };
  return tail === undefined ? result : Object.assign(result, JSON.parse(tail));
}

const OTHER_KINDS = [[2, 'trust'], [3, 'session'], [4, 'bucket'], [5, 'scp']];

export function addDeciding(result, source, policy, statement, line, column) {
  result.deciding.push({ source, policy, statement, line, column });
}

function emptyLists(count) {
  const lists = [];
  for (let i = 0; i < count; i++) lists.push([]);
  return lists;
}
