// How a conformance vector's policies and requests become texts, as the Rust runner (tests/it/vectors.rs) writes them:
// shared by the JavaScript package's tests that run the vectors.

/** A policy as written in a vector: a text, a list of statements, or a whole document. */
export const policyText = (value) => (typeof value === 'string' ? value
  : JSON.stringify(Array.isArray(value) ? { version: '2.0', statement: value } : value, null, 2));

/** A vector's request over its file's defaults (`null` removes a default), as JSON text. */
export function requestText(defaults, request) {
  if (typeof request === 'string') return request;
  const merged = { ...defaults, ...(request ?? {}) };
  for (const [key, value] of Object.entries(merged)) if (value === null) delete merged[key];
  return JSON.stringify(merged, null, 2);
}

/** The kinds of document a vector may list (tests/it/vectors.rs), as the JavaScript input names them. */
export const KIND_FIELDS = ['policies', 'boundary', 'trust', 'session', 'bucket', 'scp'];

/** A vector's documents as `evaluate`'s input fields: each kind's list, named `p0`, `b0`, …, present when given. */
export function documents(c) {
  const input = { policies: [] };
  for (const field of KIND_FIELDS) {
    if (c[field]) input[field] = c[field].map((p, i) => ({ name: `${field[0]}${i}`, text: policyText(p) }));
  }
  // Where each SCP is bound (rule O2), as `node` on its input.
  for (const [i, node] of (c.scp_nodes ?? []).entries()) {
    if (input.scp?.[i]) input.scp[i].node = node;
  }
  return input;
}
