// End-to-end: the findings of a newcomer's review (issue 13), each as the user met it: a live request form, no
// dead ends, no stale states, visible diagnostics, truthful chrome and words that read right.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, openPage } from './harness.mjs';

const env = suite();

async function example(page, id, expected) {
  await page.waitForSelector('[role=status][data-decision]');
  await page.locator('.example-picker select').selectOption(id);
  await page.waitForSelector(`.pane [role=status][data-decision="${expected}"]`);
}

test('the request form is live: typing an IP flips the decision without leaving the field', async () => {
  const { page, problems } = await openPage(env.browser, env.site.url);
  await example(page, 'office-ip-only', 'implicit_deny');
  const field = page.locator('.request-form label', { hasText: 'qcs:ip' }).locator('input');
  await field.click();
  await field.press('Control+a');
  await field.pressSequentially('10.1.1.1');
  await page.waitForSelector('.pane [role=status][data-decision="allow"]', { timeout: 2000 });
  assert.equal(await page.evaluate(() => document.activeElement?.value), '10.1.1.1', 'the focus stayed in the field');
  // The date field is live too (the business-hours example).
  await example(page, 'business-hours', 'allow');
  const time = page.locator('#current-time');
  await time.click();
  await time.press('Control+a');
  await time.pressSequentially('2026-11-28T14:00:00Z');
  await page.waitForSelector('.pane [role=status][data-decision="implicit_deny"]', { timeout: 2000 });
  assert.match(await page.locator('.steps').innerText(), /qcs:current_time = 2026-11-28T14:00:00Z is not before 2026-11-28T13:00:00Z/);
  assert.deepEqual(problems, []);
});

test('no dead ends: a typo gets its did-you-mean under the action, and the form has a Resource field', async () => {
  const { page, problems } = await openPage(env.browser, env.site.url);
  await page.waitForSelector('[role=status][data-decision]');
  const action = page.locator('.request-form input[list=catalog-actions]');
  await action.fill('ccc:CreateStaf');
  const hint = page.locator('.request-form .request-problems').first();
  await hint.waitFor();
  assert.match(await hint.innerText(), /Did you mean ccc:CreateStaff/);
  // An action outside the catalog is tried from the form alone: the missing resource is shown in the form,
  // then the Resource field resolves it.
  await action.fill('cvm:RunInstances');
  await page.waitForSelector('.pane [role=status][data-decision="none"]');
  assert.match(await page.locator('.request-form .request-problems').innerText(), /must name its resource/);
  await page.locator('.request-form .resource-input').fill('qcs::cvm:ap-guangzhou:uin/100000000001:instance/ins-1');
  await page.waitForSelector('.pane [role=status][data-decision="implicit_deny"]');
  assert.match(await page.locator('.steps').innerText(), /cvm:RunInstances is not in the catalog/);
  assert.deepEqual(problems, []);
});

test('after applying the operation-level fix, the problems list no longer asks for it', async () => {
  const { page, problems } = await openPage(env.browser, env.site.url);
  await page.waitForSelector('[role=status][data-decision]');
  const editor = page.locator('#policy-0');
  await editor.fill(JSON.stringify({ version: '2.0', statement: [{ effect: 'allow',
    action: ['ccc:CreateStaff', 'ccc:DeleteCCCSkillGroup'],
    resource: ['qcs::ccc::uin/100000000001:SdkAppId/1400000000'] }] }, null, 2));
  await page.waitForSelector('.pane [role=status][data-decision="implicit_deny"]');
  assert.match(await page.locator('.diagnostics').first().innerText(), /lint\/operation-level-scoped/);
  await page.locator('button.fix-toggle').click();
  await page.locator('.fixes li', { hasText: 'grant it in a new statement' }).locator('button.apply-fix').click();
  await page.waitForSelector('.pane [role=status][data-decision="allow"]');
  assert.doesNotMatch(await page.locator('.pane').first().innerText(), /lint\/operation-level-scoped/);
  assert.deepEqual(problems, []);
});

test('diagnostics you can see: a missing comma is marked, the AWS hint leaves the errors visible', async () => {
  const { page, problems } = await openPage(env.browser, env.site.url);
  await page.waitForSelector('[role=status][data-decision]');
  const editor = page.locator('#policy-0');
  await editor.fill('{\n  "version": "2.0"\n  "statement": []\n}');
  await page.waitForSelector('.code-overlay .diag-point');
  assert.equal(await page.locator('.code-overlay .diag-point').innerText(), '"', 'the bar sits after "2.0"');
  await editor.fill('{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "ccc:*", "Resource": "*"}]}');
  await page.waitForSelector('.diag.info', { state: 'attached' });
  const errorMarks = await page.locator('.code-overlay .diag-error, .code-overlay .diag-warning').count();
  assert.ok(errorMarks >= 3, `the capitalised keys keep their own underlines (warnings, rule G2) beside the version error (${errorMarks})`);
  assert.ok((await page.locator('.code-overlay .diag-info').innerText()).length <= 1, 'the hint marks one character');
  assert.deepEqual(problems, []);
});

test('truthful chrome: Custom once edited, what New did, a link reopens its tab, placeholders are not values', async () => {
  const { page, problems } = await openPage(env.browser, env.site.url);
  await page.waitForSelector('[role=status][data-decision]');
  const picker = page.locator('.example-picker select');
  assert.equal(await picker.inputValue(), 'operation-level-trap');
  const editor = page.locator('#policy-0');
  await editor.fill((await editor.inputValue()).replace('"ccc:*"', '"ccc:Describe*"'));
  await page.waitForFunction(() => document.querySelector('.example-picker select').value === '');
  assert.match(await picker.locator('option:checked').innerText(), /Custom/);
  assert.equal(await page.locator('.why').count(), 0, 'no example description for an edited workspace');
  // The IP of a request without qcs:ip is empty, and its placeholder says so.
  await page.locator('button.new').click();
  assert.match(await page.locator('.banner-bar').innerText(), /Started a new workspace; your previous one is saved/);
  const ip = page.locator('.request-form label', { hasText: 'qcs:ip' }).locator('input');
  assert.equal(await ip.inputValue(), '');
  assert.match(await ip.getAttribute('placeholder'), /^not set/);
  // A link copied with the second policy tab open reopens that tab.
  await page.locator('button.tab-add').first().click();
  await page.locator('button.copy-link').click();
  const url = await page.evaluate(() => location.href);
  const fresh = await openPage(env.browser, url);
  await fresh.page.waitForSelector('[role=status][data-decision]');
  assert.equal(await fresh.page.locator('[role=tab][aria-selected=true]').getAttribute('id'), 'tab-policy-1');
  assert.deepEqual(problems, []);
  assert.deepEqual(fresh.problems, []);
});

test('words that read right: plurals, capitals, the rule code after the help', async () => {
  const { page, problems } = await openPage(env.browser, env.site.url);
  await page.waitForSelector('[role=status][data-decision]');
  const first = page.locator('.diagnostics .diag').first();
  assert.match(await first.locator('.message').innerText(), /^[A-Z]/, 'a finding starts with a capital');
  const order = await first.evaluate((li) => [...li.children].map((c) => c.className));
  assert.ok(order.indexOf('code-id') > order.indexOf('help'), `the code comes after the help: ${order}`);
  assert.deepEqual(problems, []);
});

test('layout: on a phone the decision chip floats and jumps to the reasoning; the editor has room at 1440 px', async () => {
  const phone = await openPage(env.browser, env.site.url, { width: 390, height: 844 });
  await phone.page.waitForSelector('[role=status][data-decision]');
  const chip = phone.page.locator('.topbar .pill');
  assert.ok(await chip.isVisible());
  await phone.page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  assert.ok(await chip.isVisible(), 'the chip stays in view');
  await chip.click();
  await phone.page.waitForFunction(() => {
    const box = document.querySelector('.pane.result').getBoundingClientRect();
    return box.top >= -1 && box.top < window.innerHeight;
  });
  await phone.page.screenshot({ path: `${env.shots}phone-390.png` });
  // The generator's inputs stay inside their card, and nothing scrolls sideways.
  await phone.page.locator('button.generator-toggle').click();
  const outside = await phone.page.evaluate(() => [...document.querySelectorAll('.generator input, .generator textarea')]
    .filter((el) => {
      const box = el.getBoundingClientRect();
      const card = el.closest('.tool').getBoundingClientRect();
      return box.right > card.right + 1 || box.left < card.left - 1;
    }).length);
  assert.equal(outside, 0, 'generator inputs inside their card');
  assert.ok(await phone.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'no sideways scroll');
  assert.deepEqual(phone.problems, []);
  const wide = await openPage(env.browser, env.site.url, { width: 1440, height: 1000 });
  await wide.page.waitForSelector('[role=status][data-decision]');
  const format = await wide.page.locator('button.format').boundingBox();
  const tab = await wide.page.locator('[role=tab]').first().boundingBox();
  assert.ok(Math.abs(format.y - tab.y) < 8, 'Format stays on the tab row');
  const line = await wide.page.locator('.code-input').first().evaluate((area) => area.scrollWidth <= area.clientWidth);
  assert.ok(line, 'the default example has no sideways scrolling at 1440 px');
  await wide.page.screenshot({ path: `${env.shots}wide-1440.png` });
  assert.deepEqual(wide.problems, []);
});

test('a browser without WebAssembly is told so, in its language, instead of a blank page', async () => {
  for (const [locale, expected] of [['en-US', /could not start: it needs a browser with WebAssembly/], ['zh-CN', /演练场无法启动：需要支持 WebAssembly 的浏览器/]]) {
    const context = await env.browser.newContext({ locale });
    const page = await context.newPage();
    await page.addInitScript(() => { delete globalThis.WebAssembly; });
    await page.goto(env.site.url);
    const notice = page.locator('p.load-failed[role=alert]');
    assert.match(await notice.innerText(), expected);
    assert.equal(await notice.getAttribute('lang'), locale === 'zh-CN' ? 'zh-CN' : 'en');
    await context.close();
  }
});
