// Timing in alternating rounds, shared by compare.mjs and before-after.mjs: each call runs `iterations` times per
// round, the calls taking turns, so the machine's drift over a run touches them alike. Ratios are taken round by
// round (their median is steadier than a ratio of medians).
import { performance } from 'node:perf_hooks';

export const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];

// µs per call of `run`, over `iterations` calls.
export function time(run, iterations) {
  const start = performance.now();
  for (let i = 0; i < iterations; i++) run();
  return ((performance.now() - start) * 1000) / iterations;
}

// The µs per call of each of `calls` in each round: `samples[k][round]`. Half a second of each call first: V8
// compiles a hot WASM function again, optimized, some time after it first runs.
export function alternatingRounds(calls, iterations, rounds = 11) {
  for (const run of calls) {
    const until = performance.now() + 500;
    while (performance.now() < until) for (let i = 0; i < 50; i++) run();
  }
  const samples = calls.map(() => []);
  for (let round = 0; round < rounds; round++) calls.forEach((run, k) => samples[k].push(time(run, iterations)));
  return samples;
}

// Round by round, `theirs[round] / ours[round]`.
export const ratios = (ours, theirs) => ours.map((time, round) => theirs[round] / time);
