// Share links, autosave, Markdown export and paste-an-error, in headless Chromium (embedding: embedding.test.mjs).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { deflateRawSync } from 'node:zlib';
import { serveDist, launch, openPage } from './harness.mjs';

let site, browser;
before(async () => { site = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); site?.server.close(); });

const ready = (page, decision = 'implicit_deny') => page.waitForSelector(`.pane [role=status][data-decision="${decision}"]`);

/// A link made the way the playground makes them (JSON → raw DEFLATE → base64url), for hand-made payloads.
function link(payload) {
  const body = deflateRawSync(Buffer.from(JSON.stringify(payload))).toString('base64url');
  return `${site.url}#s1.${body}`;
}

const TRAP = {
  v: 1, engine: '0.1.0', catalog: 'ccc@2026-02-10 09:15:49', decision: 'implicit_deny',
  policies: [{ name: 'trap', text: JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: 'ccc:*',
    resource: 'qcs::ccc::uin/100000000001:SdkAppId/1400000000' }] }, null, 2) }],
  boundary: [],
  request: JSON.stringify({ action: 'ccc:DeleteCCCSkillGroup', params: { SdkAppId: 1400000000 },
    principal: { uin: '100000000011', owner_uin: '100000000001' } }),
  view: { tab: 'policy-0', raw_request: true },
};

test('copy link → open in a fresh browser → same workspace and decision', async () => {
  const { page, problems } = await openPage(browser, site.url);
  await ready(page);
  const editor = page.locator('#policy-0');
  await editor.fill((await editor.inputValue()).replace('"ccc:*"', '"ccc:*", "ccc:DeleteCCCSkillGroup"'));
  await page.locator('button.copy-link').click();
  const url = await page.locator('.banner-bar textarea.copied').inputValue();
  assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/#s1\.[A-Za-z0-9_-]+$/);
  assert.equal(page.url(), url, 'the address bar carries the link');
  console.log(`share link for the edited default example: ${url.length - site.url.length} characters after the origin`);
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(url);
  await ready(other);
  assert.equal(await other.locator('#policy-0').inputValue(), await editor.inputValue());
  assert.equal(await other.locator('.banner-bar.warning').count(), 0, 'same engine, same decision: no warning');
  await fresh.close();
  assert.deepEqual(problems, []);
});

test('a link whose decision changed under this engine says so', async () => {
  const { page, problems } = await openPage(browser, link({ ...TRAP, engine: '0.0.9', decision: 'allow' }));
  await ready(page);
  const warning = await page.locator('.banner-bar.warning').innerText();
  assert.match(warning, /The decision changed since this link was made: the link showed allow \(engine 0\.0\.9/);
  assert.ok(await page.locator('#request-json').isVisible(), 'the view (raw request) is restored');
  assert.deepEqual(problems, []);
});

test('broken and hostile links give a message and the app keeps working', async () => {
  for (const [fragment, message] of [
    ['#s1.%%%%', /not valid base64url/],
    ['#s9.abc', /newer playground/],
    ['#s1.' + deflateRawSync(Buffer.alloc(4 << 20, 32)).toString('base64url'), /unpacks to more than/],
    ['#hello', /not a playground link/],
  ]) {
    const { page, problems } = await openPage(browser, site.url + fragment);
    await ready(page);
    assert.match(await page.locator('.banner-bar.error').innerText(), message);
    assert.deepEqual(problems, []);
    await page.close();
  }
  const hostile = '<img src=x onerror="window.pwned=1">';
  const { page, problems } = await openPage(browser, link({ ...TRAP, policies: [{ name: hostile, text: TRAP.policies[0].text }] }));
  await ready(page);
  assert.match(await page.locator('.tab.selected').innerText(), /<img src=x/);
  assert.equal(await page.evaluate(() => document.querySelectorAll('img').length + (window.pwned ?? 0)), 0);
  assert.deepEqual(problems, []);
});

test('autosave survives a reload, and opening a link offers the work back', async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(site.url);
  await ready(page);
  const editor = page.locator('#policy-0');
  const edited = (await editor.inputValue()).replace('1400000000"', '1400000000", "*"');
  await editor.fill(edited);
  await ready(page, 'allow');
  await page.reload();
  await ready(page, 'allow');
  assert.equal(await page.locator('#policy-0').inputValue(), edited, 'autosaved');
  await page.goto(link(TRAP));
  await ready(page);
  assert.match(await page.locator('.banner-bar.info').innerText(), /previous workspace/);
  await page.locator('button.restore').click();
  await ready(page, 'allow');
  assert.equal(await page.locator('#policy-0').inputValue(), edited, 'restored');
  await context.close();
});

test('back and forward move between shared states', async () => {
  const { page, problems } = await openPage(browser, site.url);
  await ready(page);
  await page.locator('button.copy-link').click();
  const editor = page.locator('#policy-0');
  await editor.fill((await editor.inputValue()).replace('"qcs::ccc::uin/100000000001:SdkAppId/1400000000"', '"*"'));
  await ready(page, 'allow');
  await page.locator('button.copy-link').click();
  await page.goBack();
  await ready(page, 'implicit_deny');
  await page.goForward();
  await ready(page, 'allow');
  assert.deepEqual(problems, []);
});

test('copy as Markdown and paste an error', async () => {
  const { page, problems } = await openPage(browser, site.url);
  await ready(page);
  await page.locator('button.copy-markdown').click();
  const markdown = await page.locator('.banner-bar textarea.copied').inputValue();
  assert.match(markdown, /^### CAM decision: Implicitly denied\n/);
  assert.match(markdown, /\[Open in the CAM Policy Playground\]\(http:\/\/127\.0\.0\.1:\d+\/#s1\./);
  await page.locator('button.paste-error').click();
  await page.locator('#pasted-error').fill('the weather is nice');
  await page.locator('button.fill').click();
  assert.match(await page.locator('.paste-box .notice').innerText(), /no action found/);
  await page.locator('#pasted-error').fill('code:AuthFailure.UnauthorizedOperation message:you are not authorized to perform operation (ccc:CreateStaff) resource (qcs::ccc::uin/100000000001:SdkAppId/1400000007) has no permission');
  await page.locator('button.fill').click();
  await ready(page);
  assert.equal(await page.locator('.request-form input[list=catalog-actions]').inputValue(), 'ccc:CreateStaff');
  assert.match(await page.locator('.derived').innerText(), /SdkAppId\/1400000007/);
  assert.deepEqual(problems, []);
});

