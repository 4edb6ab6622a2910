// A 1 MB policy in the real page: pasting it gives a result, and typing into it keeps the page responsive.
// Figures are printed (and recorded in BENCHMARKS.md), never asserted: timing depends on the machine.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serveDist, launch, openPage } from './harness.mjs';

const CATALOG = JSON.parse(await readFile(new URL('../../catalog/ccc.json', import.meta.url)));

let site, browser;
before(async () => {
  site = await serveDist();
  browser = await launch();
});
after(async () => {
  await browser?.close();
  site?.server.close();
});

/// Just under the 1 MiB input cap of pretty-printed policy: 650 statements of 30 real ccc actions each, with
/// conditions.
function megabytePolicy() {
  const apis = CATALOG.apis.map((api) => `ccc:${api.name}`);
  const statement = (i) => ({
    effect: i % 7 ? 'allow' : 'deny',
    action: Array.from({ length: 30 }, (_, k) => apis[(i * 7 + k) % apis.length]),
    resource: [`qcs::ccc::uin/100000000001:SdkAppId/${1400000000 + i}`],
    condition: { ip_equal: { 'qcs:ip': ['10.0.0.0/8', `192.168.${i % 256}.0/24`] } },
  });
  return JSON.stringify({ version: '2.0', statement: Array.from({ length: 650 }, (_, i) => statement(i)) }, null, 2);
}

/// Presses each key at the end of the text, 60 ms apart, and returns for each the time until the page can paint.
async function typeAtEnd(page, selector, keys) {
  await page.focus(selector);
  await page.evaluate((s) => {
    const area = document.querySelector(s);
    area.setSelectionRange(area.value.length, area.value.length);
  }, selector);
  const times = [];
  for (const key of keys) {
    const t0 = await page.evaluate(() => performance.now());
    await page.keyboard.type(key);
    times.push(await page.evaluate((t) => new Promise((r) => requestAnimationFrame(() => r(performance.now() - t))), t0));
    await page.waitForTimeout(60);
  }
  return times;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

test('typing into a 1 MB policy keeps the page responsive (measured, not asserted)', async () => {
  const { page, problems } = await openPage(browser, site.url);
  await page.waitForSelector('[role=status][data-decision]');
  await page.evaluate(() => {
    window.longTasks = [];
    new PerformanceObserver((list) => window.longTasks.push(...list.getEntries().map((e) => e.duration)))
      .observe({ type: 'longtask' });
  });
  const policy = megabytePolicy();
  const editor = page.locator('#policy-0');
  const evaluations = () => page.evaluate(() => performance.getEntriesByName('evaluate').length);
  const before = await evaluations();
  const start = Date.now();
  // As a paste: Playwright's `fill` types through the editing machinery, which takes minutes for 1 MB.
  await page.evaluate((text) => {
    const area = document.querySelector('#policy-0');
    area.value = text;
    area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, policy);
  await page.waitForFunction((n) => performance.getEntriesByName('evaluate').length > n, before, { timeout: 120_000 });
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(r)));
  const pasted = Date.now() - start;
  // Thousands of findings and steps: the lists show their heads and offer the rest.
  assert.ok(await page.locator('.diagnostics > li:not(.more)').count() <= 100);
  assert.match(await page.locator('.diagnostics .show-all').innerText(), /Show all \(\d{3,}\)/);
  assert.match(await page.locator('.steps .show-all').innerText(), /Show all \(\d{4,}\)/);
  assert.match(await page.locator('.steps').innerText(), /Decision: implicit deny/, 'the closing steps stay listed');
  // The analysis panels stay bounded: no fix search on a megabyte, and the whole-catalog matrix still answers.
  await page.locator('button.fix-toggle').click();
  assert.match(await page.locator('.fixes .hint').innerText(), /up to 64 KB/);
  const matrixStart = Date.now();
  await page.locator('button.matrix-toggle').click();
  await page.waitForFunction(() => document.querySelectorAll('.matrix-grid .cell').length === 181);
  const matrixMs = Date.now() - matrixStart;
  await page.locator('button.matrix-toggle').click();

  // Type 20 characters at the end, 60 ms apart (a fast typist), as key presses in the textarea.
  await page.evaluate(() => { window.longTasks.length = 0; });
  const keystrokes = await typeAtEnd(page, '#policy-0', ' // typing at the end');
  await page.waitForTimeout(1500);
  const evaluation = await page.evaluate(() => performance.getEntriesByName('evaluate').at(-1).duration);
  const longTasks = await page.evaluate(() => window.longTasks);
  assert.equal(await page.locator('section.result').getAttribute('aria-busy'), 'false', 'the result caught up');
  assert.equal(await page.locator('[role=status]').getAttribute('data-decision'), 'none', 'the typed comment broke the JSON');
  const text = await editor.inputValue();
  assert.ok(text.endsWith(' // typing at the end'), 'every key reached the editor');
  assert.match(await page.locator('.diagnostics').first().innerText(), /.+/, 'the broken JSON is reported');
  console.log(`1 MB policy (${(policy.length / 1e6).toFixed(2)} MB): paste → result ${pasted} ms; whole-catalog matrix opened in ${matrixMs} ms`);
  console.log(`typing: key → next frame median ${median(keystrokes).toFixed(0)} ms, max ${Math.max(...keystrokes).toFixed(0)} ms; ` +
    `long tasks during typing: ${longTasks.length}, longest ${Math.max(0, ...longTasks).toFixed(0)} ms; ` +
    `evaluation once typing pauses: ${evaluation.toFixed(0)} ms`);

  // The floor: the browser's own cost of a key in a bare textarea holding the same text.
  const bare = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  await bare.setContent('<textarea id="bare" wrap="off" spellcheck="false" style="width: 600px; height: 400px"></textarea>');
  await bare.evaluate((text) => { document.querySelector('#bare').value = text; }, policy);
  const floor = await typeAtEnd(bare, '#bare', ' // typing at the end');
  console.log(`bare textarea with the same text: key → next frame median ${median(floor).toFixed(0)} ms, max ${Math.max(...floor).toFixed(0)} ms`);
  assert.deepEqual(problems, []);
});
