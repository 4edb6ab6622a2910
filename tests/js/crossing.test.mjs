// Texts crossing into the engine (src/js_api/boundary.js): a randomized property. A policy allows when the
// request's context holds the value its condition names; both are random strings written raw into the texts
// (any UTF-16: Chinese, emoji, lone surrogates, U+FFFD itself), the policy crossing in a list of policies and the
// request as one text. So the decision is `allow` exactly when the two strings are the same in UTF-8, the way
// JavaScript's own encoder writes them (a lone surrogate becomes U+FFFD). Some cases add a large policy, so the
// list takes the second, larger buffer. `CROSSING_SECONDS=900 node --test tests/js/crossing.test.mjs` runs it
// for longer, as a fuzzer would; `CROSSING_SEED` replays a run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { initSync, evaluate, PreparedPolicies } from '../../pkg/cam_playground.js';

initSync({ module: await readFile(new URL('../../pkg/cam_playground_bg.wasm', import.meta.url)) });

const seconds = Number(process.env.CROSSING_SECONDS ?? 0);
const seed = Number(process.env.CROSSING_SEED ?? 20261201);

// xorshift32: the same cases on every run of a seed.
function random(state) {
  return () => {
    state ^= state << 13; state >>>= 0;
    state ^= state >>> 17;
    state ^= state << 5; state >>>= 0;
    return state / 2 ** 32;
  };
}

const POOLS = [
  () => 'abcXYZ019 -_/:.@'.charAt(Math.floor(rng() * 16)),
  () => String.fromCharCode(0x4e00 + Math.floor(rng() * 0x5000)), // CJK
  () => String.fromCodePoint(0x1f300 + Math.floor(rng() * 0x300)), // emoji: a surrogate pair
  () => String.fromCharCode(0xd800 + Math.floor(rng() * 0x800)), // a lone surrogate
  () => '\ufffd',
  () => String.fromCharCode(Math.floor(rng() * 0x20)), // a control character (escaped in the JSON)
  () => String.fromCharCode(0x80 + Math.floor(rng() * 0x780)), // two bytes of UTF-8
  () => '"\\',
];
let rng = random(seed);

function randomString(length) {
  let text = '';
  while (text.length < length) text += POOLS[Math.floor(rng() * POOLS.length)]();
  return text;
}

// A JSON string literal with the text written raw: only `"`, `\` and control characters are escaped, so lone
// surrogates stay in the text that crosses.
const literal = (text) => `"${text.replace(/["\\\u0000-\u001f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}"`;

const policyText = (value) => `{"version":"2.0","statement":[{"effect":"allow","action":"ccc:CreateStaff","resource":"*",`
  + `"condition":{"string_equal":{"ccc:value":${literal(value)}}}}]}`;
const requestText = (value) => `{"action":"ccc:CreateStaff","params":{"SdkAppId":1400000000},`
  + `"principal":{"uin":"100000000011","owner_uin":"100000000001"},"context":{"ccc:value":${literal(value)}}}`;

const encoder = new TextEncoder();
const sameInUtf8 = (a, b) => Buffer.from(encoder.encode(a)).equals(Buffer.from(encoder.encode(b)));

function check(index) {
  const a = randomString(1 + Math.floor(rng() * 24));
  const roll = rng();
  // Half the time the same string; else one unit changed, or another string.
  const b = roll < 0.5 ? a
    : roll < 0.8 ? (() => { const at = Math.floor(rng() * a.length); return a.slice(0, at) + randomString(1) + a.slice(at + 1); })()
      : randomString(1 + Math.floor(rng() * 24));
  const policies = [{ name: randomString(8), text: policyText(a) }];
  if (rng() < 0.05) policies.unshift({ name: 'large', text: policyText(randomString(6000)) });
  const want = sameInUtf8(a, b) ? 'allow' : 'implicit_deny';
  const request = requestText(b);
  const result = evaluate({ policies, request, explain: false });
  assert.equal(result.decision, want, `case ${index} (seed ${seed}): ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
  if (index % 16 === 0) {
    const prepared = new PreparedPolicies({ policies });
    assert.equal(prepared.evaluate({ request, explain: false }).decision, want, `prepared, case ${index}`);
    prepared.free();
  }
}

test('a text crosses intact, whatever its characters and size', () => {
  const until = Date.now() + seconds * 1000;
  let cases = 0;
  do {
    for (let i = 0; i < 1000; i++) check(cases++);
  } while (Date.now() < until);
  if (seconds) console.log(`crossing: ${cases} cases in ${seconds} s, seed ${seed}`);
});
