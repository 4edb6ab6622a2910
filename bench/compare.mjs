// Side by side, in one Node process: our engine (pkg/, WASM) against @cedar-policy/cedar-wasm and
// @cloud-copilot/iam-simulate on equivalent scenarios (scenarios.mjs). Prints µs per call and the ratios, and
// writes bench/results.json. Run through `make bench`.
import { readFile, writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import os from 'node:os';
import { createRequire } from 'node:module';
import { initSync, evaluate, matrix, catalog, PreparedPolicies, benchFloorRead, benchFloorCall, benchExplain, benchKeystroke, benchMatrix } from '../pkg/cam_playground.js';
import { cam, cedar, iam, bigPolicy } from './scenarios.mjs';
import { alternatingRounds, median, ratios } from './rounds.mjs';

const require = createRequire(import.meta.url);
initSync({ module: await readFile(new URL('../pkg/cam_playground_bg.wasm', import.meta.url)) });
const cedarWasm = require('@cedar-policy/cedar-wasm/nodejs');
const { runSimulation } = await import('@cloud-copilot/iam-simulate');

async function measure(name, run, iterations) {
  // Only iam-simulate is asynchronous: awaiting a plain value would add a microtask to every other call.
  const call = async () => { const result = run(); if (result instanceof Promise) await result; };
  const sync = !(run() instanceof Promise);
  const loop = sync ? () => { for (let i = 0; i < iterations; i++) run(); } : async () => { for (let i = 0; i < iterations; i++) await call(); };
  for (let i = 0; i < Math.min(200, iterations / 10); i++) await call();
  const samples = [];
  for (let round = 0; round < 5; round++) {
    const start = performance.now();
    await loop();
    samples.push(((performance.now() - start) * 1000) / iterations);
  }
  samples.sort((a, b) => a - b);
  return { name, microseconds: samples[2], iterations: iterations * 5 };
}

// A like-for-like ratio: rounds of ours and theirs alternate (bench/rounds.mjs), the ratio the median of the
// rounds' ratios. Timing one engine's rounds long after the other's let the machine's drift into the ratio (17×
// and 21× on the same build, minutes apart).
function pairedRatio(name, ours, theirs, iterations) {
  const [oursSamples, theirSamples] = alternatingRounds([ours, theirs], iterations);
  return { name, ratio: median(ratios(oursSamples, theirSamples)), ours: median(oursSamples), theirs: median(theirSamples), rounds: oursSamples.length };
}

// Each engine must reach the same decision before it is timed.
const ours = evaluate({ ...cam, explain: false });
if (ours.decision !== 'allow') throw new Error(`cam: ${JSON.stringify(ours)}`);
const cedarAnswer = cedarWasm.isAuthorized(cedar.call);
if (cedarAnswer.type !== 'success' || cedarAnswer.response.decision !== 'allow') throw new Error(`cedar: ${JSON.stringify(cedarAnswer)}`);
cedarWasm.preparsePolicySet('bench', cedar.call.policies);
const iamAnswer = await runSimulation(iam, {});
if (iamAnswer.errors || iamAnswer.result?.analysis?.result !== 'Allowed') throw new Error(`iam: ${JSON.stringify(iamAnswer).slice(0, 400)}`);

const { policies: _, ...statefulCall } = cedar.call;
const prepared = new PreparedPolicies({ policies: cam.policies });
if (prepared.evaluate({ request: cam.request, explain: false }).decision !== 'allow') throw new Error('cam prepared');
const results = [
  await measure('cam evaluate (parse + evaluate, decision only)', () => evaluate({ ...cam, explain: false }), 5000),
  await measure('cam evaluate (parse + evaluate + full trace and steps)', () => evaluate(cam), 2000),
  // What the playground runs on every key: the same work without building the 6.7 KB result object for
  // JavaScript (the page renders the steps from the engine's values; JSON.parse of that object alone is ~70 µs).
  await measure('cam per key in the playground (parse + evaluate + full trace + steps worded, no JS object)', () => benchExplain(cam), 2000),
  await measure('cam PreparedPolicies.evaluate (policies parsed once, decision only)', () => prepared.evaluate({ request: cam.request, explain: false }), 5000),
  await measure('cedar-wasm isAuthorized (parse + evaluate)', () => cedarWasm.isAuthorized(cedar.call), 5000),
  await measure('cedar-wasm statefulIsAuthorized (preparsed)', () => cedarWasm.statefulIsAuthorized({ ...statefulCall, preparsedPolicySetId: 'bench' }), 5000),
  await measure('iam-simulate runSimulation', () => runSimulation(iam, {}), 500),
];
// The floor: what no evaluator of these texts can skip — an empty call across the boundary, and the same input
// crossing it with each text read as JSON and no model built.
if (!benchFloorRead(cam)) throw new Error('floor: the texts should be JSON');
const floorCall = await measure('floor: an empty call into WASM', () => benchFloorCall(), 20000);
const floorRead = await measure('floor: the same input across the boundary, texts read as JSON, no model', () => benchFloorRead(cam), 5000);
const whole = await measure('cam matrix: all 181 ccc APIs (parse once, 181 evaluations), 181 rows as JS objects', () => matrix(cam), 300);
// What the playground's matrix panel computes: the same worded rows, none built for JavaScript.
if (benchMatrix(cam) !== 181) throw new Error('benchMatrix: 181 rows expected');
const wholeInPage = await measure('cam matrix in the playground (the same rows worded, no JS objects)', () => benchMatrix(cam), 1000);
// Prepared policies on a big policy: the action index leaves out the statements that cannot concern the request.
const ccc = catalog().products[0];
const big = new PreparedPolicies({ policies: [bigPolicy(ccc.apis.map((api) => `${ccc.abbreviation}:${api.name}`))] });
const bigRequest = cam.request.replace('10.1.2.3', '192.168.3.4');
if (big.evaluate({ request: bigRequest, explain: false }).decision !== 'implicit_deny') throw new Error('cam prepared big policy');
const preparedBig = await measure('cam PreparedPolicies.evaluate on one 650-statement policy (0.6 MB, decision only)', () => big.evaluate({ request: bigRequest, explain: false }), 200);
// A key typed into the request: the playground takes the unchanged policies from the run before
// (`Workspace::run_after`), so each call alternates between two requests and reads only the one typed.
const typed = [cam, { ...cam, request: cam.request.replace('10.1.2.3', '10.1.2.34') }];
let keys = 0;
const keystroke = await measure('cam per key typed into the request (unchanged policies taken from the run before)', () => benchKeystroke(typed[keys++ % 2]), 2000);
const callRatio = pairedRatio('decision only vs isAuthorized', () => evaluate({ ...cam, explain: false }), () => cedarWasm.isAuthorized(cedar.call), 3000);
const preparedRatio = pairedRatio('prepared vs statefulIsAuthorized', () => prepared.evaluate({ request: cam.request, explain: false }),
  () => cedarWasm.statefulIsAuthorized({ ...statefulCall, preparsedPolicySetId: 'bench' }), 3000);
const base = results[0].microseconds;
console.log(`\n${os.cpus()[0].model}, ${os.cpus().length} cores, Node ${process.version}\n`);
console.log('| engine / call | µs per call | × ours (decision only) |');
console.log('|---|---:|---:|');
for (const r of results) console.log(`| ${r.name} | ${r.microseconds.toFixed(1)} | ${(r.microseconds / base).toFixed(1)} |`);
console.log(`\n${wholeInPage.name}: ${wholeInPage.microseconds.toFixed(0)} µs per call (target ≤ 120 µs)`);
console.log(`${whole.name}: ${whole.microseconds.toFixed(0)} µs per call`);
console.log(`${preparedBig.name}: ${preparedBig.microseconds.toFixed(0)} µs per call`);
console.log(`${keystroke.name}: ${keystroke.microseconds.toFixed(1)} µs per call (the whole workspace read again: ${results[2].microseconds.toFixed(1)} µs)`);
console.log('\n| floor | µs per call | ours (decision only) ÷ floor |');
console.log('|---|---:|---:|');
for (const f of [floorCall, floorRead]) console.log(`| ${f.name} | ${f.microseconds.toFixed(2)} | ${(base / f.microseconds).toFixed(1)} |`);
console.log('\n| like for like, alternating rounds | ours µs | theirs µs | ratio (median of rounds) |');
console.log('|---|---:|---:|---:|');
for (const r of [callRatio, preparedRatio]) console.log(`| ${r.name} | ${r.ours.toFixed(1)} | ${r.theirs.toFixed(1)} | ${r.ratio.toFixed(1)}× |`);
console.log(`\nratios: decision only ${callRatio.ratio.toFixed(1)}× faster than isAuthorized (target ≥ 20×); ` +
  `prepared ${preparedRatio.ratio.toFixed(1)}× faster than statefulIsAuthorized (target ≥ 20×); ` +
  `full trace and steps per key ${results[2].microseconds.toFixed(1)} µs (target ≤ 25 µs; ${results[1].microseconds.toFixed(1)} µs as a JS object)`);
results.push(whole, floorCall, floorRead, wholeInPage, keystroke, preparedBig);
await writeFile(new URL('./results.json', import.meta.url), JSON.stringify({ date: new Date().toISOString(), cpu: os.cpus()[0].model, node: process.version, results, ratios: [callRatio, preparedRatio] }, null, 2));
