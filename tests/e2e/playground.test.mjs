// End-to-end: the release build in headless Chromium, driven like a user would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import { serveDist, launch, openPage, decision } from './harness.mjs';

const SHOTS = new URL('./screenshots/', import.meta.url).pathname;
const GALLERY = JSON.parse(await readFile(new URL('../../examples/gallery.json', import.meta.url)));
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

async function ready(page, expected = 'implicit_deny') {
  await page.waitForSelector(`[role=status][data-decision="${expected}"]`);
}

test('the default example shows its decision and reasoning', async () => {
  const { page, problems } = await openPage(browser, site.url);
  await ready(page);
  const steps = await page.locator('.steps').innerText();
  assert.match(steps, /DeleteCCCSkillGroup is an operation-level API, so CAM checks the resource \*/);
  const firstResult = await page.evaluate(() => {
    const [nav] = performance.getEntriesByType('navigation');
    const [mark] = performance.getEntriesByName('first-result');
    return mark ? mark.startTime - (nav?.startTime ?? 0) : null;
  });
  assert.ok(firstResult !== null, 'the first-result performance mark is set');
  console.log(`navigation → first result: ${firstResult.toFixed(1)} ms`);
  await page.screenshot({ path: `${SHOTS}light.png`, fullPage: true });
  assert.deepEqual(problems, []);
});

test('editing the policy re-evaluates live', async () => {
  const { page, problems } = await openPage(browser, site.url);
  await ready(page);
  const editor = page.locator('#policy-0');
  const text = await editor.inputValue();
  await editor.fill(text.replace('"qcs::ccc::uin/100000000001:SdkAppId/1400000000"', '"*"'));
  await ready(page, 'allow');
  assert.match(await page.locator('.steps').innerText(), /Resource \* covers \*/);
  // The deciding statement is marked in the gutter.
  assert.equal(await page.locator('.line-number.deciding-allow').count(), 1);
  assert.deepEqual(problems, []);
});

test('invalid JSON shows a located error and the app keeps working', async () => {
  const { page, problems } = await openPage(browser, site.url);
  await ready(page);
  const editor = page.locator('#policy-0');
  const valid = await editor.inputValue();
  await editor.fill(valid.replace('"effect": "allow",', '"effect": "allow"'));
  await ready(page, 'none');
  const problem = page.locator('.diag.error').first();
  assert.match(await problem.innerText(), /^5:24\s*Invalid JSON: expected comma/);
  assert.equal(await page.locator('.line-number.has-error').innerText(), '5');
  await problem.locator('button.where').click();
  const caret = await editor.evaluate((area) => area.selectionStart);
  assert.equal(valid.slice(0, caret).split('\n').length, 5, 'clicking the problem puts the cursor on its line');
  await page.locator('button.format').click();
  assert.match(await page.locator('.notice').innerText(), /Fix the JSON syntax error first/);
  await editor.fill(valid);
  await ready(page);
  assert.deepEqual(problems, []);
});

test('an error on another tab is listed in the result, with its tab, line and column', async () => {
  const { page, problems } = await openPage(browser, site.url);
  await ready(page);
  await page.locator('button.tab-add', { hasText: 'Boundary' }).click();
  await page.locator('#boundary-0').fill('{"version": "2.0",}');
  await ready(page, 'none');
  assert.equal(await page.locator('.banner .blocking').count(), 0, 'on show under the boundary');
  await page.locator('.tab').first().click();
  const listed = await page.locator('.banner .blocking li').allInnerTexts();
  assert.equal(listed.length, 1, `${listed}`);
  assert.match(listed[0], /^Boundary boundary-1 1:18\s+Invalid JSON: trailing commas/);
  assert.equal(await page.locator('.banner p').count(), 0, 'no pointer to errors "shown under the policy" that are not');
  assert.deepEqual(problems, []);
});

test('choosing an API in the catalog updates the request', async () => {
  const { page, problems } = await openPage(browser, site.url);
  await ready(page);
  await page.locator('.catalog input[type=search]').fill('CreateStaff');
  const row = page.locator('.api[data-api="CreateStaff"]');
  await row.locator('button.use').click();
  await ready(page, 'allow');
  assert.equal(await page.locator('.request-form input[list=catalog-actions]').inputValue(), 'ccc:CreateStaff');
  assert.match(await page.locator('.catalog .used').innerText(), /ccc:CreateStaff is now the request's action/);
  assert.ok(await page.locator('.editor.request').evaluate((el) => {
    const box = el.getBoundingClientRect();
    return box.top < window.innerHeight && box.bottom > 0;
  }), 'the request is scrolled into view');
  assert.match(await page.locator('.derived').innerText(), /qcs::ccc::uin\/100000000001:SdkAppId\/1400000000/);
  await page.locator('.catalog input[type=search]').fill('');
  await page.locator('.catalog select').nth(1).selectOption('operation');
  const shown = await page.locator('.api').count();
  assert.equal(shown, 68, 'the granularity filter shows the 68 operation-level APIs');
  assert.deepEqual(problems, []);
});

test('the request form and the JSON view edit the same request', async () => {
  const { page, problems } = await openPage(browser, site.url);
  await ready(page);
  await page.locator('.request-form input[inputmode=numeric]').first().fill('');
  await page.locator('.request-form input[inputmode=numeric]').first().press('Tab');
  await ready(page, 'implicit_deny');
  const tags = page.locator('#tags-qcs\\:resource_tag');
  await tags.fill('team&support');
  await tags.press('Enter');
  await page.locator('.segmented button', { hasText: 'JSON' }).click();
  const json = JSON.parse(await page.locator('#request-json').inputValue());
  assert.deepEqual(json.context['qcs:resource_tag'], ['team&support']);
  assert.equal(json.params, undefined, 'clearing SdkAppId removed it');
  assert.deepEqual(problems, []);
});

test('clicking a reasoning step highlights its statement', async () => {
  const { page, problems } = await openPage(browser, site.url);
  await ready(page);
  const step = page.locator('.step.linked', { hasText: 'names specific resources' });
  await step.click();
  assert.equal(await page.locator('.code-overlay .focus-element').first().innerText(), '"qcs::ccc::uin/100000000001:SdkAppId/1400000000"');
  assert.ok(await page.locator('.code-overlay .focus-statement').count() > 0);
  assert.equal(await page.locator('.step.focused').count() > 0, true);
  // Keyboard: the steps are reachable and Enter focuses too.
  const header = page.locator('.step.linked', { hasText: 'Statement 1 (allow)' });
  await header.focus();
  await page.keyboard.press('Enter');
  assert.ok(await page.locator('.code-overlay .focus-statement').count() > 0);
  assert.deepEqual(problems, []);
});

test('every gallery example loads and shows the decision it promises', async () => {
  const { page, problems } = await openPage(browser, site.url);
  await ready(page);
  for (const example of GALLERY) {
    await page.locator('.example-picker select').selectOption(example.id);
    await ready(page, example.expect);
    assert.equal(await page.locator('.why').innerText(), example.why);
  }
  assert.deepEqual(problems, []);
});

test('tabs: add a policy and a boundary, rename, remove', async () => {
  const { page, problems } = await openPage(browser, site.url);
  await ready(page);
  await page.locator('button.tab-add', { hasText: 'Boundary' }).click();
  // The blank boundary allows nothing, so the trap stays denied; the tab is active.
  assert.ok(await page.locator('#boundary-0').isVisible());
  await page.locator('.tab.selected').dblclick();
  await page.locator('.tab-rename').fill('read-only-boundary');
  await page.locator('.tab-rename').press('Enter');
  assert.match(await page.locator('.tab.selected').innerText(), /read-only-boundary/);
  await page.locator('.tab-close').click();
  assert.equal(await page.locator('.tab.kind-boundary').count(), 0);
  await page.locator('button.tab-add', { hasText: 'Policy' }).click();
  assert.equal(await page.locator('.tab').count(), 2);
  assert.deepEqual(problems, []);
});

test('dark theme and the theme toggle', async () => {
  const context = await browser.newContext({ colorScheme: 'dark', viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  await page.goto(site.url);
  await ready(page);
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  assert.equal(await background(), 'rgb(20, 23, 28)');
  await page.screenshot({ path: `${SHOTS}dark.png`, fullPage: true });
  await page.locator('button.theme').click();
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'light');
  assert.equal(await background(), 'rgb(246, 247, 249)');
  await page.reload();
  await ready(page);
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'light', 'the choice persists');
  await context.close();
});

test('a narrow phone viewport still shows the decision', async () => {
  const { page, problems } = await openPage(browser, site.url, { width: 390, height: 844 });
  await ready(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px`);
  assert.ok(await page.locator('.pill').isVisible(), 'the decision pill is visible without scrolling');
  await page.screenshot({ path: `${SHOTS}narrow.png`, fullPage: true });
  assert.deepEqual(problems, []);
});

test('re-evaluating a 6,144-character policy (measured, not asserted)', async () => {
  const { page, problems } = await openPage(browser, site.url);
  await ready(page);
  const actions = [];
  let policy = '';
  for (let i = 0; policy.replace(/\s/g, '').length < 6100; i++) {
    actions.push(`ccc:DescribeStaff${i}`);
    policy = JSON.stringify({ version: '2.0', statement: [
      { effect: 'allow', action: actions, resource: ['qcs::ccc::uin/100000000001:SdkAppId/1400000000'],
        condition: { ip_equal: { 'qcs:ip': ['10.0.0.0/8'] } } },
      { effect: 'allow', action: ['ccc:DeleteCCCSkillGroup'], resource: ['*'] }] }, null, 2);
  }
  const editor = page.locator('#policy-0');
  const durations = [];
  for (let i = 0; i < 10; i++) {
    await editor.fill(policy + ' '.repeat(i));
    await ready(page, 'allow');
    durations.push(await page.evaluate(() => performance.getEntriesByName('edit-to-render').at(-1)?.duration));
  }
  const engine = await page.evaluate(() => performance.getEntriesByName('evaluate').at(-1)?.duration);
  console.log(`6,144-character policy, engine (parse + evaluate) alone: ${engine?.toFixed(2)} ms`);
  durations.sort((a, b) => a - b);
  console.log(`6,144-character policy, edit → rendered result: median ${durations[5].toFixed(1)} ms, max ${durations[9].toFixed(1)} ms`);
  assert.ok(durations.every((d) => typeof d === 'number'));
  assert.deepEqual(problems, []);
});

test('what can this policy do: the whole catalog, and a row opens its request', async () => {
  const { page, problems } = await openPage(browser, site.url);
  await ready(page);
  await page.locator('button.matrix-toggle').click();
  assert.equal(await page.locator('.matrix .counts').getAttribute('data-allowed'), '112');
  assert.match(await page.locator('.matrix .counts').innerText(), /112 allowed · 0 explicitly denied · 69 implicitly denied/);
  // At a glance: one cell per API, coloured by decision; the list view has the same rows.
  assert.equal(await page.locator('.matrix-grid .cell').count(), 181);
  assert.equal(await page.locator('.matrix-grid .cell.allow').count(), 112);
  assert.match(await page.locator('.matrix-grid .cell[data-action="ccc:CreateStaff"]').getAttribute('title'),
    // A tooltip cannot show code, so its backticks go (issue 27).
    /ccc:CreateStaff — Allowed · resource level · Statement 1 of policy ccc-admin-one-app \(line 4\)$/);
  await page.locator('.matrix .view-toggle').click();
  assert.equal(await page.locator('.matrix-table tr.row').count(), 181);
  await page.locator('.matrix select').selectOption('allow');
  assert.equal(await page.locator('.matrix-table tr.row').count(), 112);
  await page.locator('.matrix-table tr.row', { hasText: 'ccc:CreateStaff' }).first().click();
  await ready(page, 'allow');
  assert.equal(await page.locator('.request-form input[list=catalog-actions]').inputValue(), 'ccc:CreateStaff');
  assert.deepEqual(problems, []);
});

test('a suggested fix applies with one click and is verified', async () => {
  const { page, problems } = await openPage(browser, site.url);
  await ready(page);
  await page.locator('button.fix-toggle').click();
  const fix = page.locator('.fixes li', { hasText: 'grant it in a new statement with resource *' });
  await fix.locator('button.apply-fix').click();
  await ready(page, 'allow');
  assert.match(await page.locator('#policy-0').inputValue(), /"resource": \["\*"\]\}/);
  assert.deepEqual(problems, []);
});

test('the generator builds a minimal policy and adds it as a tab', async () => {
  const { page, problems } = await openPage(browser, site.url);
  await ready(page);
  await page.locator('button.generator-toggle').click();
  const search = page.locator('.generator input[type=search]');
  for (const name of ['CreateStaff', 'DeleteCCCSkillGroup']) {
    await search.fill(name);
    await page.locator('.pick-list li', { hasText: `ccc:${name}` }).first().locator('input').check();
  }
  await page.locator('.generator input[placeholder="2026-11-28T01:00:00Z"]').fill('2026-11-28T01:00:00Z');
  await page.locator('.generator input[placeholder="2026-11-28T10:00:00Z"]').fill('2026-11-28T13:00:00Z');
  await page.locator('.generator input[placeholder="2026-11-28T10:00:00Z"]').press('Tab');
  const policy = JSON.parse(await page.locator('textarea.generated').inputValue());
  assert.deepEqual(policy.statement[0].condition, { date_greater_than_equal: { 'qcs:current_time': '2026-11-28T01:00:00Z' },
    date_less_than: { 'qcs:current_time': '2026-11-28T13:00:00Z' } });
  assert.deepEqual(policy.statement.map((s) => [s.action, s.resource]), [
    [['ccc:CreateStaff'], ['qcs::ccc::uin/100000000001:SdkAppId/1400000000']],
    [['ccc:DeleteCCCSkillGroup'], ['*']],
  ]);
  await page.locator('button.add-generated').click();
  await ready(page, 'allow');
  assert.equal(await page.locator('.tab').count(), 2);
  assert.match(await page.locator('[role=tab][aria-selected=true]').innerText(), /generated-2/, 'the new tab is opened');
  assert.deepEqual(problems, []);
});

test('the policy diff lists what an edit changed', async () => {
  const { page, problems } = await openPage(browser, site.url);
  await ready(page);
  await page.locator('button.snapshot').click();
  const editor = page.locator('#policy-0');
  await editor.fill((await editor.inputValue()).replace('"qcs::ccc::uin/100000000001:SdkAppId/1400000000"', '"*"'));
  await ready(page, 'allow');
  // 69 on the request's SdkAppId (the operation-level APIs and more) and all 181 on an SdkAppId no policy names.
  assert.equal(await page.locator('.diff-count').getAttribute('data-changes'), '250');
  await page.locator('.diff-list li', { hasText: 'ccc:DeleteCCCSkillGroup ' }).first().click();
  assert.equal(await page.locator('.request-form input[list=catalog-actions]').inputValue(), 'ccc:DeleteCCCSkillGroup');
  assert.deepEqual(problems, []);
});
