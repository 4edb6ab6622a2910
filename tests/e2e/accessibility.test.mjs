// Accessibility checked by a machine: axe-core (WCAG 2.0/2.1 A and AA plus best practices) on the release build,
// with every panel open, in light and dark, at 1440 px and 390 px, in English and Chinese, embedded, and after
// error states. The page's CSP stays as it is; only this test's browser context bypasses it to inject axe.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { suite } from './harness.mjs';

const env = suite();
const AXE = await readFile(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
const GALLERY = JSON.parse(await readFile(new URL('../../examples/gallery.json', import.meta.url)));
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const rulesChecked = new Set();

async function open(url, { locale = 'en-US', width = 1440, colorScheme = 'light' } = {}) {
  const context = await env.browser.newContext({
    locale, colorScheme, bypassCSP: true, viewport: { width, height: 900 },
  });
  const page = await context.newPage();
  await page.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
  await page.goto(url);
  await page.waitForSelector('[role=status][data-decision]');
  return { page, context };
}

async function openEverything(page) {
  for (let i = 0; i < 10; i++) {
    const closed = page.locator('button[aria-expanded="false"]');
    if ((await closed.count()) === 0) break;
    await closed.first().click();
  }
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
  const showAll = page.locator('button.show-all');
  while ((await showAll.count()) > 0) await showAll.first().click();
}

/// Runs axe on the page and returns its violations as readable lines (rule, impact, selector, help URL).
async function violations(page, where) {
  await page.addScriptTag({ content: AXE });
  const results = await page.evaluate(async (tags) => {
    // Animations are finished before checking colours.
    const outcome = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return {
      rules: [...outcome.passes, ...outcome.violations, ...outcome.incomplete, ...outcome.inapplicable].map((r) => r.id),
      violations: outcome.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.helpUrl,
        nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) })),
    };
  }, TAGS);
  results.rules.forEach((id) => rulesChecked.add(id));
  return results.violations.map((v) => `${where}: ${v.impact} ${v.id} at ${v.nodes.join(' | ')} (${v.help})`);
}

test('zero axe violations: every panel, light and dark, 1440 and 390 px, English and Chinese', async () => {
  const found = [];
  for (const locale of ['en-US', 'zh-CN']) {
    for (const colorScheme of ['light', 'dark']) {
      for (const width of [1440, 390]) {
        const { page, context } = await open(env.site.url, { locale, colorScheme, width });
        await openEverything(page);
        found.push(...await violations(page, `${locale} ${colorScheme} ${width}px`));
        await context.close();
      }
    }
  }
  assert.deepEqual(found, []);
});

test('zero axe violations: every example', async () => {
  const { page, context } = await open(env.site.url);
  const found = [];
  for (const example of GALLERY) {
    await page.locator('.example-picker select').selectOption(example.id);
    await page.waitForSelector(`[role=status][data-decision="${example.expect}"]`);
    found.push(...await violations(page, example.id));
  }
  assert.deepEqual(found, []);
  await context.close();
});

test('zero axe violations: the embed, and after error states', async () => {
  const found = [];
  for (const locale of ['en-US', 'zh-CN']) {
    for (const options of ['', '&view=compact', '&view=result&readonly', '&readonly&theme=dark']) {
      const embed = await open(`${env.site.url}?embed${options}`, { locale });
      await embed.page.waitForSelector('[role=status][data-decision]');
      if (options.includes('readonly') && !options.includes('result')) {
        await embed.page.locator('.request .segmented button').first().click(); // the disabled form
      }
      found.push(...await violations(embed.page, `embed${options} ${locale}`));
      await embed.context.close();
    }
  }
  const { page, context } = await open(env.site.url);
  const editor = page.locator('#policy-0');
  await editor.fill((await editor.inputValue()).replace('"effect": "allow",', '"effect": "allow"'));
  await page.waitForSelector('[role=status][data-decision="none"]');
  found.push(...await violations(page, 'broken JSON'));
  await context.close();
  const bad = await open(`${env.site.url}#s1.not-a-link`);
  await bad.page.waitForSelector('.banner-bar.error');
  found.push(...await violations(bad.page, 'bad link'));
  await bad.context.close();
  assert.deepEqual(found, []);
  console.log(`axe-core rules checked: ${rulesChecked.size}`);
});

test('zero axe violations: the Tests panel with passing and failing cases, coverage, export and an import error', async () => {
  const found = [];
  for (const locale of ['en-US', 'zh-CN']) {
    for (const [colorScheme, width] of [['light', 1440], ['dark', 390]]) {
      const { page, context } = await open(env.site.url, { locale, colorScheme, width });
      await page.locator('button.tests-toggle').click();
      await page.locator('button.pin-case').click();
      const editor = page.locator('#policy-0');
      await editor.fill((await editor.inputValue()).replace('"qcs::ccc::uin/100000000001:SdkAppId/1400000000"', '"*"'));
      await page.waitForSelector('[role=status][data-decision="allow"]');
      await page.locator('button.pin-case').click();
      await page.waitForSelector('.case-list li.case.failed');
      await page.waitForSelector('.case-list li.case.passed');
      await page.locator('button.export-tests').click();
      await page.locator('textarea.import-tests').fill('{"policies": [}');
      await page.locator('button.import-button').click();
      await page.waitForSelector('.import-error');
      await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
      found.push(...await violations(page, `tests panel ${locale} ${colorScheme} ${width}px`));
      await context.close();
    }
  }
  assert.deepEqual(found, []);
});

test('the keyboard alone: policy tabs (arrows, F2, Delete) and the matrix rows', async () => {
  const { page, context } = await open(env.site.url);
  await page.locator('button.tab-add').first().click();
  await page.locator('button.tab-add').nth(1).click();
  assert.equal(await page.locator('[role=tab]').count(), 3);
  const selected = () => page.locator('[role=tab][aria-selected=true]').getAttribute('id');
  await page.locator('[role=tab][aria-selected=true]').focus();
  assert.equal(await selected(), 'tab-boundary-0');
  await page.keyboard.press('Home');
  assert.equal(await selected(), 'tab-policy-0');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tab-policy-0', 'the focus follows the selection');
  await page.keyboard.press('ArrowRight');
  assert.equal(await selected(), 'tab-policy-1');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await selected(), 'tab-boundary-0', 'arrows wrap around');
  assert.equal(await page.locator('[role=tab]').nth(0).getAttribute('tabindex'), '-1', 'one tab stop for the list');
  await page.keyboard.press('F2');
  await page.locator('.tab-rename').fill('guard-rail');
  await page.keyboard.press('Enter');
  assert.match(await page.locator('[role=tab][aria-selected=true]').innerText(), /guard-rail/);
  await page.locator('[role=tab][aria-selected=true]').focus();
  await page.keyboard.press('Delete');
  assert.equal(await page.locator('[role=tab]').count(), 2);
  assert.equal(await page.locator('[role=tabpanel]').getAttribute('aria-labelledby'), await selected());
  // The matrix grid: one tab stop, arrow keys move, Enter opens the request.
  await page.locator('button.matrix-toggle').focus();
  await page.keyboard.press('Enter');
  const first = page.locator('.matrix-grid .cell[tabindex="0"]');
  assert.equal(await first.count(), 1, 'one tab stop for the grid');
  await first.focus();
  const before = await page.evaluate(() => document.activeElement.dataset.action);
  await page.keyboard.press('ArrowRight');
  const after = await page.evaluate(() => document.activeElement.dataset.action);
  assert.notEqual(after, before, 'ArrowRight moves to the next cell');
  await page.keyboard.press('ArrowDown');
  assert.ok(await page.evaluate(() => document.activeElement.classList.contains('cell')), 'ArrowDown stays in the grid');
  const chosen = await page.evaluate(() => document.activeElement.dataset.action);
  await page.keyboard.press('Enter');
  await page.waitForFunction((action) => document.querySelector('.request-form input[list=catalog-actions]')?.value === action, chosen);
  // The list view's rows are buttons too.
  await page.locator('.matrix .view-toggle').click();
  const row = page.locator('.matrix-table .row-open', { hasText: 'ccc:CreateStaff' }).first();
  await row.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('.request-form input[list=catalog-actions]')?.value === 'ccc:CreateStaff');
  await context.close();
});

test('zero axe violations: every kind of document, the kind picker, "Read as …" and who is asking', async () => {
  const trust = JSON.stringify({ version: '2.0', statement: [{ action: 'name/sts:AssumeRole', effect: 'allow',
    principal: { qcs: ['qcs::cam::uin/67890:root'] } }] }, null, 2);
  const found = [];
  for (const locale of ['en-US', 'zh-CN']) {
    for (const colorScheme of ['light', 'dark']) {
      const { page, context } = await open(env.site.url, { locale, colorScheme });
      for (const kind of ['session', 'bucket', 'scp']) await page.locator('select.tab-add-kind').selectOption(kind);
      await page.locator('button.tab-add').first().click();
      await page.locator('#policy-1').fill(trust);
      await page.waitForSelector('.kind-inferred');
      found.push(...await violations(page, `kinds ${locale} ${colorScheme}, inferred`));
      // Read as an identity policy by choice: the problems offer "Read as …".
      await page.locator('.kind-picker select').selectOption('policy');
      await page.waitForSelector('.diagnostics button.read-as');
      await page.locator('.principal-type select').selectOption('role');
      await openEverything(page);
      found.push(...await violations(page, `kinds ${locale} ${colorScheme}, read as, role session`));
      await context.close();
    }
  }
  assert.deepEqual(found, []);
});
