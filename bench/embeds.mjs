// A documentation page with 12 CAM examples upgraded by embed.js, in headless Chromium: time to the first decision
// shown, bytes transferred, playgrounds started and JS heap, with lazy loading (the default) and with every
// example loaded at once (data-load="eager"). The static server sends `Cache-Control: max-age=600` as GitHub
// Pages does, so the playground's files are fetched once per page. Run through `make bench`.
import { serveDist, launch, countServed } from '../tests/e2e/harness.mjs';

const EXAMPLES = 12;
const policy = JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['ccc:*'],
  resource: ['qcs::ccc::uin/100000000001:SdkAppId/1400000000'] }] }, null, 2);
const request = (i) => JSON.stringify({ action: i % 2 ? 'ccc:CreateStaff' : 'ccc:DeleteCCCSkillGroup',
  params: { SdkAppId: 1400000000 }, principal: { uin: '100000000011', owner_uin: '100000000001' } });
const page = (load) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Twelve examples</title>
  <script src="./embed.js" ${load ? `data-load="${load}"` : ''} defer></script></head><body><h1>Examples</h1>
  ${Array.from({ length: EXAMPLES }, (_, i) => `<h2>Example ${i + 1}</h2>
  <pre class="cam-policy" data-request='${request(i)}'>${policy}</pre>
  <p style="height: 900px">Prose between the examples.</p>`).join('\n')}</body></html>`;

const site = await serveDist(new URL('../dist', import.meta.url).pathname,
  { '/lazy.html': page(''), '/eager.html': page('eager') }, { cacheSeconds: 600 });

// Bytes the server sent (what a reader downloads, uncompressed).
const served = countServed(site.server);

async function measure(browser, path) {
  served.bytes = 0;
  // Not the tests' openPage: intercepting requests (its guard against leaving 127.0.0.1) turns the HTTP cache
  // off, and the cache is what is measured here. Every URL of the page is on 127.0.0.1 anyway.
  const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = [];
  tab.on('pageerror', (err) => problems.push(err.message));
  await tab.goto(`${site.url}${path}`);
  const cdp = await tab.context().newCDPSession(tab);
  await cdp.send('Performance.enable');
  await tab.waitForSelector('.cam-embed[data-decision]');
  const first = await tab.evaluate(() => performance.now());
  // Every started example shows its decision before the figures are read.
  await tab.waitForFunction(() => [...document.querySelectorAll('.cam-embed-frame')].length > 0
    && [...document.querySelectorAll('.cam-embed')].filter((b) => b.querySelector('iframe')).every((b) => b.dataset.decision));
  await tab.waitForTimeout(300);
  const frames = await tab.locator('iframe').count();
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize').value;
  if (problems.length) throw new Error(problems.join('\n'));
  await tab.close();
  return { first, bytes: served.bytes, frames, heap };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
for (const [label, path] of [['lazy (default)', 'lazy.html'], ['eager', 'eager.html']]) {
  const runs = [];
  for (let i = 0; i < 5; i++) {
    const browser = await launch();
    runs.push(await measure(browser, path));
    await browser.close();
  }
  const pick = (key) => median(runs.map((r) => r[key]));
  console.log(`${EXAMPLES} examples, ${label}: first decision ${pick('first').toFixed(0)} ms, ` +
    `${(pick('bytes') / 1024).toFixed(0)} KB transferred (uncompressed), ${pick('frames')} playgrounds started, ` +
    `JS heap ${(pick('heap') / 1048576).toFixed(1)} MB (median of 5 fresh browsers)`);
}
site.server.close();
