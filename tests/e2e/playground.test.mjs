// End-to-end: the release build in headless Chromium, driven like a user would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { serveDist, launch, openPage, decision } from './harness.mjs';

const SHOTS = new URL('./screenshots/', import.meta.url).pathname;
let site, browser;

before(async () => {
  site = await serveDist();
  browser = await launch();
  await mkdir(SHOTS, { recursive: true });
});

after(async () => {
  await browser?.close();
  site?.server.close();
});

test('the default example shows its decision and reasoning', async () => {
  const { page, problems } = await openPage(browser, site.url);
  await page.waitForSelector('[data-decision="implicit_deny"]');
  const steps = await page.locator('.steps').innerText();
  assert.match(steps, /DeleteCCCSkillGroup is an operation-level API, so CAM checks the resource `\*`/);
  const firstResult = await page.evaluate(() => {
    const [nav] = performance.getEntriesByType('navigation');
    const [mark] = performance.getEntriesByName('first-result');
    return mark ? mark.startTime - (nav?.startTime ?? 0) : null;
  });
  assert.ok(firstResult !== null, 'the first-result performance mark is set');
  console.log(`navigation → first result: ${firstResult.toFixed(1)} ms`);
  await page.screenshot({ path: `${SHOTS}default.png`, fullPage: true });
  assert.deepEqual(problems, []);
});

test('editing the policy re-evaluates live', async () => {
  const { page, problems } = await openPage(browser, site.url);
  await page.waitForSelector('[data-decision="implicit_deny"]');
  const editor = page.locator('#policy-0');
  const text = await editor.inputValue();
  await editor.fill(text.replace('"qcs::ccc::uin/100000000001:SdkAppId/1400000000"', '"*"'));
  await page.waitForSelector('[data-decision="allow"]');
  assert.match(await page.locator('.steps').innerText(), /Resource `\*` covers \*/);
  assert.deepEqual(problems, []);
});

test('invalid JSON shows a located error and the app keeps working', async () => {
  const { page, problems } = await openPage(browser, site.url);
  await page.waitForSelector('[data-decision="implicit_deny"]');
  const editor = page.locator('#policy-0');
  const valid = await editor.inputValue();
  await editor.fill(valid.replace('"effect": "allow",', '"effect": "allow"'));
  await page.waitForSelector('[data-decision="none"]');
  const problem = page.locator('.diag.error').first();
  assert.match(await problem.innerText(), /^5:24\s*invalid JSON: expected comma/);
  await editor.fill(valid);
  await page.waitForSelector('[data-decision="implicit_deny"]');
  assert.deepEqual(problems, []);
});

test('a narrow phone viewport still shows the decision', async () => {
  const { page, problems } = await openPage(browser, site.url, { width: 390, height: 844 });
  await page.waitForSelector('[data-decision="implicit_deny"]');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
  await page.screenshot({ path: `${SHOTS}narrow.png`, fullPage: true });
  assert.deepEqual(problems, []);
});
