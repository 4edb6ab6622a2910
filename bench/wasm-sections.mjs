// Where a wasm file's bytes are, by section (code, data, …): raw and gzip -9 of each section on its own. Used by
// scripts/size-report.sh; `node bench/wasm-sections.mjs FILE.wasm`.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const NAMES = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start', 'element',
  'code', 'data', 'data count', 'tag'];
const bytes = readFileSync(process.argv[2]);
const sizes = new Map();
let at = 8; // magic and version
const leb = () => {
  let value = 0;
  for (let shift = 0; ; shift += 7) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    if (byte < 0x80) return value;
  }
};
while (at < bytes.length) {
  const id = bytes[at++];
  const length = leb();
  const name = NAMES[id] ?? `section ${id}`;
  const body = bytes.subarray(at, at + length);
  const [raw, gzip] = sizes.get(name) ?? [0, 0];
  sizes.set(name, [raw + length, gzip + gzipSync(body, { level: 9 }).length]);
  at += length;
}
for (const [name, [raw, gzip]] of [...sizes].sort((a, b) => b[1][0] - a[1][0])) {
  console.log(`  ${`${name} section`.padEnd(46)} ${String(raw).padStart(10)} ${String(gzip).padStart(10)}`);
}
