// Writes the README's JavaScript examples (the ```js blocks of its "JavaScript API" section), verbatim but for the
// package's path, to readme.gen.ts, for `tsc -p tests/ts`. The names the README leaves to the reader (`policies`,
// `requests`, `request`) are declared first.
import { readFile, writeFile } from 'node:fs/promises';

const readme = await readFile(new URL('../../README.md', import.meta.url), 'utf8');
const section = readme.split('\n## JavaScript API\n')[1]?.split('\n## ')[0];
const blocks = [...(section ?? '').matchAll(/```js\n([\s\S]*?)```/g)].map((m) => m[1]);
if (blocks.length < 2) throw new Error(`README.md: expected the JavaScript API section's examples, found ${blocks.length}`);
const header = `// Written by tests/ts/readme-examples.mjs from README.md: do not edit.
import type { PolicyInput } from '../../pkg/cam_playground.js';
declare const policies: PolicyInput[];
declare const requests: object[];
declare const request: object;
`;
const body = blocks.map((b) => b.replaceAll("'./pkg/cam_playground.js'", "'../../pkg/cam_playground.js'")).join('\n');
await writeFile(new URL('readme.gen.ts', import.meta.url), header + body);
