// The package's TypeScript types (pkg/cam_playground.d.ts) hold for what it really returns: real results (every
// vector, both languages, with and without `explain`; the catalog; matrices; share links) are walked against the
// declared return types of the exported functions, read with the TypeScript compiler. A key the types do not
// declare, a declared key that is missing, or a value of another type fails. (tests/ts/ compiles clients of the
// package with `tsc --strict`; src/wire.rs checks that every key of the public JSON is declared.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { initSync, evaluate, catalog, matrix, encodeShare, decodeShare, PreparedPolicies } from '../../pkg/cam_playground.js';
import { documents, requestText } from './vector-texts.mjs';

initSync({ module: await readFile(new URL('../../pkg/cam_playground_bg.wasm', import.meta.url)) });

const dts = fileURLToPath(new URL('../../pkg/cam_playground.d.ts', import.meta.url));
const program = ts.createProgram([dts], { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022 });
const checker = program.getTypeChecker();
const exported = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(dts)));
const symbol = (name) => exported.find((s) => s.name === name) ?? assert.fail(`the types export no ${name}`);
/** The declared return type of an exported function. */
const returns = (name) => checker.getTypeOfSymbol(symbol(name)).getCallSignatures()[0].getReturnType();

/** The properties seen in real results, `Interface.key`: a declared property no result has is reported. */
const seen = new Set();

/** What is wrong with `value` as a `type`, as a list of `path: problem` (empty when it conforms). */
function problems(value, type, path) {
  const f = type.flags;
  if (f & (ts.TypeFlags.Any | ts.TypeFlags.Unknown)) return [];
  if (type.isUnion()) {
    let best;
    // A null (or undefined) member explains nothing about a value that is not null: the others are tried.
    const members = type.types.filter((m) => !(m.flags & ts.TypeFlags.Null) || value === null)
      .filter((m) => !(m.flags & ts.TypeFlags.Undefined) || value === undefined);
    for (const member of members) {
      const found = problems(value, member, path);
      if (found.length === 0) return [];
      if (best === undefined || found.length < best.length) best = found;
    }
    return best?.length ? best : [`${path}: ${JSON.stringify(value)} is not ${checker.typeToString(type)}`];
  }
  const wrong = (what) => [`${path}: ${JSON.stringify(value)?.slice(0, 80)} is not ${what}`];
  if (f & ts.TypeFlags.Null) return value === null ? [] : wrong('null');
  if (f & ts.TypeFlags.Undefined) return value === undefined ? [] : wrong('undefined');
  if (f & ts.TypeFlags.StringLiteral) return value === type.value ? [] : wrong(JSON.stringify(type.value));
  if (f & ts.TypeFlags.NumberLiteral) return value === type.value ? [] : wrong(String(type.value));
  if (f & ts.TypeFlags.BooleanLiteral) return String(value) === checker.typeToString(type) ? [] : wrong(checker.typeToString(type));
  if (f & ts.TypeFlags.String) return typeof value === 'string' ? [] : wrong('a string');
  if (f & ts.TypeFlags.TemplateLiteral) {
    // `department/${string}`: the fixed texts in order, anything between them (only `${string}` is declared).
    const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(`^${type.texts.map(escape).join('[\\s\\S]*')}$`);
    return typeof value === 'string' && pattern.test(value) ? [] : wrong(checker.typeToString(type));
  }
  if (f & ts.TypeFlags.Number) return typeof value === 'number' ? [] : wrong('a number');
  if (f & ts.TypeFlags.NonPrimitive) return typeof value === 'object' && value !== null ? [] : wrong('an object');
  if (checker.isArrayType(type)) {
    if (!Array.isArray(value)) return wrong('an array');
    const [element] = checker.getTypeArguments(type);
    return value.flatMap((v, i) => problems(v, element, `${path}[${i}]`));
  }
  if (f & ts.TypeFlags.Object) {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return wrong('an object');
    const name = checker.typeToString(type);
    const declared = checker.getPropertiesOfType(type);
    const found = [];
    for (const property of declared) {
      const key = property.name;
      const optional = (property.flags & ts.SymbolFlags.Optional) !== 0;
      if (!(key in value)) {
        if (!optional) found.push(`${path}: lacks the declared key "${key}"`);
        continue;
      }
      const inner = problems(value[key], checker.getTypeOfSymbol(property), `${path}.${key}`);
      found.push(...inner);
      if (inner.length === 0 && !name.startsWith('{')) seen.add(`${name}.${key}`);
    }
    for (const key of Object.keys(value)) {
      if (!declared.some((p) => p.name === key)) found.push(`${path}: has the undeclared key "${key}"`);
    }
    return found;
  }
  return wrong(checker.typeToString(type));
}

function conforms(value, type, label) {
  const found = problems(value, type, label);
  assert.deepEqual(found.slice(0, 10), [], `${label} is not typed as declared`);
}

const vectors = new URL('../vectors/', import.meta.url);
const cases = [];
for (const file of (await readdir(vectors)).filter((f) => f.endsWith('.json')).sort()) {
  const vector = JSON.parse(await readFile(new URL(file, vectors), 'utf8'));
  for (const c of vector.cases) cases.push({ file, defaults: vector.defaults?.request ?? {}, ...c });
}

test('evaluate and PreparedPolicies.evaluate return what EvaluateResult declares, on every vector', () => {
  const declared = returns('evaluate');
  assert.equal(checker.typeToString(declared), 'EvaluateResult');
  const prepared = checker.getTypeOfSymbol(checker.getPropertyOfType(checker.getDeclaredTypeOfSymbol(symbol('PreparedPolicies')), 'evaluate'))
    .getCallSignatures()[0].getReturnType();
  assert.equal(prepared, declared);
  assert.ok(cases.length > 150);
  for (const c of cases) {
    const given = documents(c);
    const request = requestText(c.defaults, c.request);
    for (const lang of ['en', 'zh-CN']) {
      for (const explain of [true, false]) {
        conforms(evaluate({ ...given, request, explain, lang }), declared, `${c.file}: ${c.name} (${lang}, explain ${explain})`);
      }
    }
    const once = new PreparedPolicies(given);
    conforms(once.evaluate({ request }), declared, `${c.file}: ${c.name} (prepared)`);
    once.free();
  }
  for (const input of [{ policies: ['{'], request: '{}' }, { policies: [], request: '[' }, { policies: [{ version: '1.0', statement: [] }], request: {} }]) {
    conforms(evaluate(input), declared, JSON.stringify(input));
  }
});

test('catalog, matrix and the share codec return what their types declare', () => {
  conforms(catalog(), returns('catalog'), 'catalog()');
  const request = { action: 'ccc:CreateStaff', params: { SdkAppId: 1400000000 },
    principal: { uin: '100000000011', owner_uin: '100000000001' } };
  const policies = [{ version: '2.0', statement: [{ effect: 'allow', action: 'ccc:*', resource: 'qcs::ccc::uin/100000000001:SdkAppId/1400000000' },
    { effect: 'deny', action: 'ccc:Delete*', resource: '*', condition: { ip_equal: { 'qcs:ip': '10.0.0.0/8' } } }] }];
  for (const lang of ['en', 'zh-CN']) {
    conforms(matrix({ policies, request, lang }), returns('matrix'), `matrix() ${lang}`);
    conforms(matrix({ policies, boundary: policies, request: { ...request, params: {} }, lang }), returns('matrix'), `matrix() without SdkAppId ${lang}`);
  }
  const workspace = { policies: [{ name: 'a', text: JSON.stringify(policies[0]) }], boundary: [], request: JSON.stringify(request) };
  for (const decision of ['allow', null, undefined]) {
    conforms(decodeShare(encodeShare(workspace, decision)), returns('decodeShare'), `decodeShare() ${decision}`);
  }
  // A workspace with pinned test cases (the playground's Tests panel) makes an s2. link that keeps them.
  const cases = [{ name: 'staff', request: JSON.stringify(request), expect: 'allow', deciding: ['a#1'], authoritative: true },
    { name: 'no delete', request: '{}', expect: 'deny' }];
  const link = encodeShare({ ...workspace, cases }, 'allow');
  assert.match(link, /^s2\./);
  const opened = decodeShare(link);
  conforms(opened, returns('decodeShare'), 'decodeShare() with cases');
  assert.deepEqual(opened.workspace.cases, cases);
});

test('every property the types declare occurs in a real result', () => {
  // Runs after the tests above, which fill `seen`. Properties no vector reaches are listed here with the reason.
  const unreached = new Set([]);
  const declaredProperties = [];
  for (const s of exported) {
    if (!(s.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias))) continue;
    const type = checker.getDeclaredTypeOfSymbol(s);
    const members = type.isUnion() ? [] : [type];
    for (const member of members) {
      for (const p of checker.getPropertiesOfType(member)) declaredProperties.push(`${s.name}.${p.name}`);
    }
  }
  const inputs = new Set(['EvaluateInput', 'PolicyInput', 'InitOutput', 'Workspace', 'PreparedPolicies']);
  const missing = declaredProperties.filter((p) => !inputs.has(p.split('.')[0]) && !seen.has(p) && !unreached.has(p));
  assert.deepEqual(missing, []);
});
