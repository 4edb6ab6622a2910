// This week's before/after table on one machine: two builds of the JavaScript package, loaded in one Node
// process, timed in alternating rounds on the scenario of compare.mjs (with cedar-wasm's two calls for the
// ratios). Usage, from the repository root:
//   git worktree add /tmp/before 503a25e && (cd /tmp/before && bash scripts/build-pkg.sh)
//   make pkg && node bench/before-after.mjs /tmp/before/pkg pkg
// 503a25e is the last commit before issue 14's work. Its `explain: false` still built the whole trace.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import os from 'node:os';
import { cam, cedar } from './scenarios.mjs';
import { alternatingRounds, median, ratios } from './rounds.mjs';

const [beforeDir, afterDir] = process.argv.slice(2).map((dir) => path.resolve(dir));
if (!beforeDir || !afterDir) throw new Error('usage: node bench/before-after.mjs BEFORE_PKG AFTER_PKG');

async function load(dir) {
  const engine = await import(path.join(dir, 'cam_playground.js'));
  engine.initSync({ module: await readFile(path.join(dir, 'cam_playground_bg.wasm')) });
  const prepared = new engine.PreparedPolicies({ policies: cam.policies });
  const calls = {
    'evaluate, decision only': () => engine.evaluate({ ...cam, explain: false }),
    'evaluate, full trace and steps (as a JS object)': () => engine.evaluate(cam),
    'PreparedPolicies.evaluate, decision only': () => prepared.evaluate({ request: cam.request, explain: false }),
    'matrix, 181 rows as JS objects': () => engine.matrix(cam),
  };
  // Both builds must decide alike before they are timed.
  for (const [name, call] of Object.entries(calls)) {
    const result = call();
    const decision = Array.isArray(result) ? result.find((row) => row.action === 'ccc:CreateStaff')?.decision : result.decision;
    if (decision !== 'allow') throw new Error(`${dir}: ${name} decided ${decision}`);
  }
  return calls;
}

const before = await load(beforeDir);
const after = await load(afterDir);
const require = createRequire(import.meta.url);
const cedarWasm = require('@cedar-policy/cedar-wasm/nodejs');
cedarWasm.preparsePolicySet('bench', cedar.call.policies);
const { policies: _, ...statefulCall } = cedar.call;
const cedarCalls = {
  'evaluate, decision only': () => cedarWasm.isAuthorized(cedar.call),
  'PreparedPolicies.evaluate, decision only': () => cedarWasm.statefulIsAuthorized({ ...statefulCall, preparsedPolicySetId: 'bench' }),
};

const rounds = 11;

console.log(`${os.cpus()[0].model}, ${os.cpus().length} cores, Node ${process.version}; ${rounds} alternating rounds, medians\n`);
console.log('| call | before µs | after µs | after ÷ before | cedar-wasm µs | ratio before | ratio after |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const name of Object.keys(after)) {
  const iterations = name.startsWith('matrix') ? 100 : name.includes('full') ? 500 : 2000;
  const theirs = cedarCalls[name];
  const [beforeTimes, afterTimes, cedarTimes] = alternatingRounds([before[name], after[name], theirs].filter(Boolean), iterations, rounds);
  const [b, a] = [median(beforeTimes), median(afterTimes)];
  const cells = theirs
    ? [median(cedarTimes).toFixed(1), `${median(ratios(beforeTimes, cedarTimes)).toFixed(1)}×`,
      `${median(ratios(afterTimes, cedarTimes)).toFixed(1)}×`]
    : ['', '', ''];
  console.log(`| ${name} | ${b.toFixed(1)} | ${a.toFixed(1)} | ${(a / b).toFixed(2)} | ${cells.join(' | ')} |`);
}
