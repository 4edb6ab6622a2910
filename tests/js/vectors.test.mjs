// The conformance vectors (tests/vectors/*.json, see tests/vectors.rs for the format) run through the JavaScript
// package, as a Node script or a docs page calls it: `evaluate` with and without `explain`, and
// `PreparedPolicies`. The result object is built in JavaScript (src/js_api/boundary.js), apart from the Rust
// that decides; this checks it says what the engine decided, with the keys of `EvaluateResult` in order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { initSync, evaluate, PreparedPolicies } from '../../pkg/cam_playground.js';
import { documents, requestText, KIND_FIELDS } from './vector-texts.mjs';

initSync({ module: await readFile(new URL('../../pkg/cam_playground_bg.wasm', import.meta.url)) });

// The keys of `EvaluateResult`, in order, as the package's types declare them (src/wire.rs holds the declaration
// and boundary.js's result literal to `EvaluateResult::KEYS`, the one list).
const dts = fileURLToPath(new URL('../../pkg/cam_playground.d.ts', import.meta.url));
const KEYS = ts.createSourceFile(dts, await readFile(dts, 'utf8'), ts.ScriptTarget.ES2022).statements
  .find((s) => ts.isInterfaceDeclaration(s) && s.name.text === 'EvaluateResult').members.map((m) => m.name.text);
const vectors = new URL('../vectors/', import.meta.url);

const cases = [];
for (const file of (await readdir(vectors)).filter((f) => f.endsWith('.json')).sort()) {
  const vector = JSON.parse(await readFile(new URL(file, vectors), 'utf8'));
  for (const c of vector.cases) cases.push({ file, defaults: vector.defaults?.request ?? {}, ...c });
}

test('the vectors are there', () => {
  assert.ok(cases.length > 150, `${cases.length} cases`);
});

test('every vector decides through the JavaScript package as in the rule book', () => {
  const failures = [];
  let checked = 0;
  for (const c of cases) {
    const label = `${c.file}: ${c.name}`;
    const given = documents(c);
    const request = requestText(c.defaults, c.request);
    const quick = evaluate({ ...given, request, explain: false });
    const full = evaluate({ ...given, request });
    const prepared = new PreparedPolicies(given);
    const again = prepared.evaluate({ request, explain: false });
    prepared.free();
    try {
      for (const result of [quick, full]) assert.deepEqual(Object.keys(result), KEYS, 'keys in order');
      assert.deepEqual(again, quick, 'prepared answers like evaluate');
      const { steps: _s, trace: _t, ...headOfFull } = full;
      const { steps: _q, trace: _u, ...headOfQuick } = quick;
      assert.deepEqual(headOfQuick, headOfFull, 'explain changes nothing but steps and trace');
      assert.equal(quick.steps.length, 0);
      assert.equal(quick.trace, null);
      for (const field of KIND_FIELDS) {
        assert.equal(quick.diagnostics[field]?.length ?? 0, given[field]?.length ?? 0, `diagnostics.${field}`);
      }
      const expect = c.expect;
      assert.equal(quick.decision, expect.decision ?? null, 'decision');
      if (expect.decision) {
        assert.ok(full.steps.length > 0 && full.trace !== null, 'explain gives steps and the trace');
        assert.deepEqual(quick.deciding.map(({ source, policy, statement }) => ({ source, policy, statement })),
          (expect.deciding ?? []).map(({ source = 'policy', policy, statement }) => ({ source, policy, statement })),
          'deciding');
        for (const d of quick.deciding) assert.ok(d.line >= 1 && d.column >= 1, 'deciding statements are located');
        assert.deepEqual([...quick.assumptions].sort(), [...(expect.assumptions ?? [])].sort(), 'assumptions');
        assert.equal(quick.authoritative, expect.authoritative ?? true, 'authoritative');
        assert.deepEqual(quick.notes.map((n) => n.kind), expect.notes ?? [], 'notes');
        if (expect.scp_node) assert.equal(full.trace.scp_node, expect.scp_node, 'scp_node');
        assert.deepEqual(quick.refused.flatMap((r) => r.errors.map((e) => e.cam_error)).filter((x, i, all) => all.indexOf(x) === i),
          [...new Set(expect.refused ?? [])], 'refused');
        assert.equal(quick.hypothetical, (expect.refused ?? []).length > 0, 'hypothetical');
      }
      const errorsAndWarnings = KIND_FIELDS.flatMap((field) => (quick.diagnostics[field] ?? []).flat())
        .filter((d) => d.severity !== 'info').map((d) => d.code);
      if (expect.diagnostics) {
        for (const code of errorsAndWarnings) {
          assert.ok(expect.diagnostics.some((e) => e.code === code), `unexpected diagnostic ${code}`);
        }
      }
      checked++;
    } catch (error) {
      failures.push(`${label}: ${error.message}`);
    }
  }
  assert.deepEqual(failures, []);
  assert.equal(checked, cases.length);
});
