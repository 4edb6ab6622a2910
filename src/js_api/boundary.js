// What crosses between JavaScript and the engine, done here where JavaScript does it faster than the code
// wasm-bindgen generates (src/js_api/boundary.rs says how much).

const encoder = new TextEncoder();
// Views of the engine's memory, made again when it grew (the old ones are then empty).
let bytes = new Uint8Array(0);
let words = new DataView(bytes.buffer);

// The answers `readInput` writes, named once: boundary.rs reads this table (`statusCodes()`) and writes no number
// of its own.
const STATUS = Object.freeze({
  // Every list was read.
  ok: 0,
  // The buffer is too small; the header's second word says how many bytes are needed (never too small twice).
  needRoom: 1,
  // The list of the header's second word (its index in `fields`) is not a list.
  notAList: 2,
  // Its element of the header's third word is not a policy.
  notAPolicy: 3,
  // A length for what is not there: a request that is not JSON, a document that names no kind or node.
  none: 0xffffffff,
});

export function statusCodes() {
  return STATUS;
}

const HEADER = 5; // status, two words of detail, how many documents, the request's length
const PER_DOCUMENT = 4; // its list (index in `fields`), the lengths of its text, kind and node

// The input object crosses in one call, into the engine's buffer at `ptr` (room for `capacity` bytes): the request
// (`fields[0]`, JSON text or an object; no request when it is null) and every list of documents (`fields[1]`, which
// must be there, and the others, read when they are). A document is `{name?, text, kind?, node?}`, JSON text or a
// policy object; names do not cross (the engine never reads them). Written: the header and one entry per document
// as 32-bit little-endian words, then the texts one after the other (the request's first, then each document's
// text, kind and node). Lists are read in order up to the first that is not one, or holds something that is not a
// policy: its documents are not written, the ones before it are.
export function readInput(memory, input, fields, ptr, capacity) {
  const entries = []; // per document: its list, text, kind and node
  let status = STATUS.ok;
  let detail = [0, 0];
  const request = fields[0] === null ? undefined : jsonText(field(input, fields[0]));
  let units = request?.length ?? 0; // UTF-16 units of every text
  for (let f = 1; f < fields.length && status === STATUS.ok; f++) {
    const list = field(input, fields[f]);
    if (list === undefined && f > 1) continue;
    if (!Array.isArray(list)) {
      [status, detail] = [STATUS.notAList, [f, 0]];
      break;
    }
    const unitsBefore = units;
    const entriesBefore = entries.length;
    for (let i = 0; i < list.length; i++) {
      const text = policyText(list[i]);
      if (text === undefined) {
        [status, detail] = [STATUS.notAPolicy, [f, i]];
        units = unitsBefore;
        entries.length = entriesBefore;
        break;
      }
      const kind = namedField(list[i], 'kind');
      const node = namedField(list[i], 'node');
      units += text.length + (kind?.length ?? 0) + (node?.length ?? 0);
      entries.push(f, text, kind, node);
    }
  }
  const documents = entries.length / PER_DOCUMENT;
  const tableWords = HEADER + documents * PER_DOCUMENT;
  const needed = tableWords * 4 + units * 3; // a UTF-16 unit is at most 3 bytes of UTF-8
  if (bytes.byteLength === 0) { // first use, or the memory grew
    bytes = new Uint8Array(memory.buffer);
    words = new DataView(memory.buffer);
  }
  const put = (word, value) => words.setUint32(ptr + word * 4, value, true);
  if (needed > capacity) {
    put(0, STATUS.needRoom);
    put(1, needed);
    return;
  }
  const end = ptr + capacity;
  let at = ptr + tableWords * 4;
  const write = (text) => {
    if (text === undefined) return STATUS.none;
    const written = encoder.encodeInto(text, bytes.subarray(at, end)).written;
    at += written;
    return written;
  };
  put(0, status);
  put(1, detail[0]);
  put(2, detail[1]);
  put(3, documents);
  put(4, write(request));
  for (let w = 0; w < documents * PER_DOCUMENT; w++) {
    put(HEADER + w, w % PER_DOCUMENT === 0 ? entries[w] : write(entries[w]));
  }
}

// `input[name]`, or undefined when reading it throws. Read by `Reflect.get`, which is the same read: a caller's
// input object is often new on each call (`{...input, explain: false}` gets a new hidden class in V8 every time),
// and there `input[name]` for an absent field missed V8's inline cache and went into the runtime every call, five
// times a decision-only call (~1.3 K instructions each); `Reflect.get` walks the prototype chain without it.
function field(input, name) {
  try {
    return Reflect.get(input, name);
  } catch {
    return undefined;
  }
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
  // Generated from `EvaluateResult::KEYS` (wire.rs) by `cargo test`: change the Rust list, not this literal.
  const result = {
    decision, authoritative, hypothetical, refused: [], deciding: [], assumptions: [], notes: [], steps: [],
    diagnostics, trace: null,
  };
  return tail === undefined ? result : Object.assign(result, JSON.parse(tail));
}

// Generated from `PolicyKind::ALL` by `cargo test` (wire.rs).
const OTHER_KINDS = [[2, 'trust'], [3, 'session'], [4, 'bucket'], [5, 'scp']];

export function addDeciding(result, source, policy, statement, line, column) {
  result.deciding.push({ source, policy, statement, line, column });
}

function emptyLists(count) {
  const lists = [];
  for (let i = 0; i < count; i++) lists.push([]);
  return lists;
}
