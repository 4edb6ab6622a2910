// The Tests panel (issue 28, item 5), in headless Chromium: pin the current request and decision, break the case
// with a policy edit and see which case and why, coverage, export then import (the same file back), a malformed
// import's located error that keeps the pasted text, cases carried by share links (s2.), the link a failing
// `camctl test` prints reopening that case, in English and Chinese, at 1440 and 390 px.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { suite, openPage } from './harness.mjs';

const shared = suite();
const ready = (page, decision = 'implicit_deny') =>
  page.waitForSelector(`.pane [role=status][data-decision="${decision}"]`);
const TRAP_RESOURCE = '"qcs::ccc::uin/100000000001:SdkAppId/1400000000"';

/// The words each language shows, so one scenario runs in both.
const WORDS = {
  en: {
    pin: /^Pin as a case: expect implicit deny$/,
    pinAllow: /^Pin as a case: expect allow$/,
    oneOfOne: '1 of 1 cases pass',
    zeroOfOne: '0 of 1 cases pass',
    twoOfTwo: '2 of 2 cases pass',
    why: 'expected implicit deny, got allow',
    decidedBy: /decided by \S+#1/,
    coverage: /^coverage \d+\.\d%: \d+ of \d+ statements decided a case/,
    imported: /^Imported 2 cases/,
    malformed: /^Cannot import: line 1, column \d+: /,
    noCases: /^No cases yet/,
  },
  'zh-CN': {
    pin: /^固定为用例：预期隐式拒绝$/,
    pinAllow: /^固定为用例：预期允许$/,
    oneOfOne: '1 个用例中有 1 个通过',
    zeroOfOne: '1 个用例中有 0 个通过',
    twoOfTwo: '2 个用例中有 2 个通过',
    why: '预期隐式拒绝，实际为允许',
    decidedBy: /决定结论的语句：\S+#1/,
    coverage: /^覆盖率 \d+\.\d%：\d+ 条语句中有 \d+ 条决定过用例的结论/,
    imported: /^已导入 2 个用例/,
    malformed: /^无法导入：第 1 行第 \d+ 列：/,
    noCases: /^暂无用例/,
  },
};

async function openTests(page) {
  const toggle = page.locator('button.tests-toggle');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  await page.waitForSelector('.tool.tests .pin-case, .tool.tests .no-cases');
}

const summary = (page) => page.locator('.tests-summary').innerText();

for (const [lang, words] of Object.entries(WORDS)) {
  test(`pin, break, see why, coverage, export → import round trip and a malformed import (${lang})`, async () => {
    const { page, problems, context } = await openPage(shared.browser, `${shared.site.url}?lang=${lang}`,
      { width: 1440, height: 1000 }, { locale: lang });
    await ready(page);
    await openTests(page);
    assert.match((await page.locator('.no-cases').innerText()).trim(), words.noCases);
    // Pin by keyboard: the button is a plain button in the Tab order.
    const pin = page.locator('button.pin-case');
    assert.match((await pin.innerText()).trim(), words.pin);
    await pin.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('.case-list li.case.passed');
    assert.equal(await summary(page), words.oneOfOne);
    assert.equal(await page.locator('.case-name').first().innerText(), 'ccc:DeleteCCCSkillGroup → implicit_deny');

    // A policy edit that breaks the pinned case: it fails at once, saying which and why.
    const editor = page.locator('#policy-0');
    const original = await editor.inputValue();
    await editor.fill(original.replace(TRAP_RESOURCE, '"*"'));
    await ready(page, 'allow');
    await page.waitForSelector('.case-list li.case.failed');
    assert.equal(await summary(page), words.zeroOfOne);
    assert.match(await page.locator('.tests-summary').getAttribute('class'), /failing/);
    const why = await page.locator('.case.failed .case-why').innerText();
    assert.ok(why.includes(words.why), why);
    assert.match(why, words.decidedBy);
    await page.screenshot({ path: `${shared.shots}tests-failing-${lang}-1440.png`, fullPage: true });
    await page.locator('.tool.tests').screenshot({ path: `${shared.shots}tests-panel-failing-${lang}-1440.png` });

    // Undo the edit: the case passes again.
    await editor.fill(original);
    await ready(page);
    await page.waitForSelector('.case-list li.case.passed');
    // Another request, pinned as a second case expecting allow.
    await page.locator('.request-form input[list=catalog-actions]').fill('ccc:CreateStaff');
    await ready(page, 'allow');
    assert.match((await pin.innerText()).trim(), words.pinAllow);
    await pin.click();
    await page.waitForSelector('.case-list li:nth-child(2).case.passed');
    assert.equal(await summary(page), words.twoOfTwo);
    assert.equal(await page.locator('.case-name').nth(1).innerText(), 'ccc:CreateStaff → allow');
    // Opening a case puts its request back in the editor.
    await page.locator('button.case-open').first().click();
    await ready(page);

    // Coverage, opened from the keyboard (a <details>).
    await page.locator('.coverage summary').focus();
    await page.keyboard.press('Enter');
    assert.match(await page.locator('.coverage-summary').innerText(), words.coverage);

    // Export: the file `camctl test` reads, every tab inline.
    await page.locator('button.export-tests').click();
    const exported = await page.locator('textarea.exported-tests').inputValue();
    const file = JSON.parse(exported);
    assert.equal(file.policies.length, 1);
    assert.equal(file.policies[0].text, await editor.inputValue());
    assert.equal(file.policies[0].kind, 'policy');
    assert.deepEqual(file.cases.map((c) => c.expect), ['implicit_deny', 'allow']);
    assert.equal(file.cases[0].request.action, 'ccc:DeleteCCCSkillGroup');

    // A malformed file: a located error, the pasted text kept, the workspace untouched.
    const importBox = page.locator('textarea.import-tests');
    const broken = '{"policies": [], "cases": [}';
    await importBox.fill(broken);
    await page.locator('button.import-button').click();
    assert.match((await page.locator('.import-error').innerText()).trim(), words.malformed);
    assert.equal(await importBox.inputValue(), broken, 'nothing the user typed is lost');
    assert.equal(await page.locator('.case-list li').count(), 2);
    await page.screenshot({ path: `${shared.shots}tests-import-error-${lang}-1440.png`, fullPage: true });
    await page.locator('.tool.tests').screenshot({ path: `${shared.shots}tests-panel-import-error-${lang}-1440.png` });

    // Import into a new workspace: the same tabs, cases and results; exported again, the same file.
    await page.locator('button.new').click();
    await page.waitForSelector('.tool.tests .no-cases');
    await importBox.fill(exported);
    await page.locator('button.import-button').click();
    assert.match((await page.locator('.import-done').innerText()).trim(), words.imported);
    await page.waitForSelector('.case-list li:nth-child(2)');
    assert.equal(await page.locator('#policy-0').inputValue(), file.policies[0].text);
    assert.equal(await page.locator('.tab.selected').innerText().then((t) => t.includes(file.policies[0].id)), true);
    assert.equal(await summary(page), words.twoOfTwo);
    await page.locator('button.export-tests').click();
    assert.equal(await page.locator('textarea.exported-tests').inputValue(), exported, 'the file round-trips');
    // The import can be undone: New's blank tab and no cases come back; redone, the file's workspace again.
    await page.locator('.undo-status button.undo').click();
    await page.waitForSelector('.tool.tests .no-cases');
    assert.equal(await page.locator('.tab').count(), 1);
    await importBox.fill(exported);
    await page.locator('button.import-button').click();
    await page.waitForSelector('.case-list li:nth-child(2)');

    // A share link carries the cases (s2.), and opens on them.
    await page.locator('button.copy-link').click();
    const url = await page.locator('.banner-bar textarea.copied').inputValue();
    assert.match(url, /#s2\.[A-Za-z0-9_-]+$/);
    const fresh = await shared.browser.newContext({ locale: lang });
    const other = await fresh.newPage();
    await other.goto(url);
    await other.waitForSelector('.case-list li:nth-child(2).case.passed');
    assert.equal(await summary(other), words.twoOfTwo);
    assert.deepEqual(await other.locator('.case-name').allInnerTexts(), await page.locator('.case-name').allInnerTexts());
    await fresh.close();

    // Markdown lists the cases with their results.
    await page.locator('button.copy-markdown').click();
    const markdown = await page.locator('.banner-bar textarea.copied').inputValue();
    assert.ok(markdown.includes(words.twoOfTwo), markdown);

    // 390 px: the panel fits.
    await page.setViewportSize({ width: 390, height: 900 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `the page is ${overflow} px wider than a 390 px screen`);
    await page.locator('.tool.tests').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shared.shots}tests-${lang}-390.png`, fullPage: true });
    await page.locator('.tool.tests').screenshot({ path: `${shared.shots}tests-panel-${lang}-390.png` });
    await context.close();
    assert.deepEqual(problems, []);
  });
}

test('the link a failing camctl test prints reopens the failing case, failing for the same reason', () => {
  return (async () => {
    const run = spawnSync('cargo', ['run', '-q', '--bin', 'camctl', '--', 'test', 'tests/fixtures/ci/failing.json',
      '--link-base', shared.site.url], { encoding: 'utf8', env: { ...process.env, LANG: 'C' } });
    assert.equal(run.status, 1, run.stderr);
    const trap = run.stdout.split('✗ the trap: skill groups on one SdkAppId')[1].split('✗ the wrong statement')[0];
    const url = trap.match(/open it in the playground: (\S+)/)[1];
    assert.ok(url.startsWith(`${shared.site.url}#s2.`), url);
    const { page, problems } = await openPage(shared.browser, url);
    await ready(page);
    // The panel opens by itself on the case, failing with camctl's reason.
    await page.waitForSelector('.case-list li.case.failed');
    assert.equal(await page.locator('.case-name').innerText(), 'the trap: skill groups on one SdkAppId');
    assert.match(await page.locator('.case-why').innerText(), /expected allow, got implicit deny/);
    assert.equal(await page.locator('.tab.selected').innerText().then((t) => t.includes('agent')), true);
    assert.deepEqual(problems, []);
  })();
});
