// The example docs sites (examples/docs-sites: VitePress, Docusaurus, Hugo, mdBook), built as the tests build them with the
// playground on another origin, and their 12-example page read in headless Chromium: navigation → the first live
// decision on a first visit (empty cache) and a second one (cache warm), and the bytes both servers sent. Both
// servers send `Cache-Control: max-age=600`, as GitHub Pages does. Run through `make bench`.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDist, launch, countServed } from '../tests/e2e/harness.mjs';
import { GENERATORS, buildSite, available } from '../examples/docs-sites/sites.mjs';

const RUNS = 5;
const playground = await serveDist(new URL('../dist', import.meta.url).pathname, {}, { cacheSeconds: 600 });
const playgroundBytes = countServed(playground.server);
const out = await mkdtemp(join(tmpdir(), 'cam-docs-bench-'));
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** One visit: ms from navigation to the first example showing its decision, and the bytes both servers sent. */
async function visit(tab, url, docsBytes) {
  docsBytes.bytes = 0;
  playgroundBytes.bytes = 0;
  await tab.goto(url);
  await tab.waitForFunction(() => document.querySelector('.cam-embed[data-decision]'), null, { timeout: 60000 });
  const first = await tab.evaluate(() => performance.now());
  await tab.waitForTimeout(500); // the frames that started with it finish loading before bytes are read
  return { first, bytes: docsBytes.bytes + playgroundBytes.bytes };
}

for (const generator of await available) {
  const dir = await buildSite(generator, { CAM_EMBED_SRC: `${playground.url}embed.js` }, join(out, generator));
  const docs = await serveDist(dir, {}, { cacheSeconds: 600 });
  const docsBytes = countServed(docs.server);
  const url = `${docs.url.slice(0, -1)}${GENERATORS[generator].path('many')}`;
  const firsts = [];
  const cached = [];
  for (let i = 0; i < RUNS; i++) {
    const browser = await launch();
    const tab = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    firsts.push(await visit(tab, url, docsBytes));
    cached.push(await visit(tab, url, docsBytes));
    await browser.close();
  }
  const pick = (runs, key) => median(runs.map((r) => r[key]));
  console.log(`${generator}, 12 examples: first live decision ${pick(firsts, 'first').toFixed(0)} ms on a first visit `
    + `(${(pick(firsts, 'bytes') / 1024).toFixed(0)} KB transferred, uncompressed), ${pick(cached, 'first').toFixed(0)} ms `
    + `on a second (${(pick(cached, 'bytes') / 1024).toFixed(0)} KB) (median of ${RUNS} fresh browsers)`);
  docs.server.close();
}
playground.server.close();
await rm(out, { recursive: true, force: true });
