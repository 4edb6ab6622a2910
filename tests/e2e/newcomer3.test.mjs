// End-to-end: the third newcomer review (issue 27, ../shared/reviews/newcomer-2026-12.md), each finding as the
// user met it, in the language and width of the review, keyboard findings driven by the keyboard. Screenshots of
// what changed go to tests/e2e/screenshots/ (both languages, 1440 and 390 px).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, openPage } from './harness.mjs';

const env = suite();
const WIDE = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

/// A page in `locale` at `viewport`, once it shows a decision.
async function open(locale = 'zh-CN', viewport = WIDE, path = '') {
  const opened = await openPage(env.browser, env.site.url + path, viewport, { locale });
  await opened.page.waitForSelector('[role=status][data-decision]');
  return opened;
}

const decided = (page, decision) => page.waitForSelector(`.pane [role=status][data-decision="${decision}"]`);

async function example(page, id, expected) {
  await page.locator('.example-picker select').selectOption(id);
  await decided(page, expected);
}

async function shot(page, name) {
  await page.screenshot({ path: `${env.shots}i27-${name}.png`, fullPage: false });
}

/// The active element's description: tag, classes and text, for focus assertions.
const focused = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return `${el?.tagName} ${el?.className} ${el?.textContent?.slice(0, 60)}`;
});

async function openGenerator(page) {
  await page.locator('button.generator-toggle').click();
  await page.locator('.generator input[type=search]').waitFor();
}

const pickList = (page) => page.locator('.generator .pick-list li').allInnerTexts();

test('finding 3: the generator search finds Chinese words and descriptions, and says when nothing matches', async () => {
  const { page, problems, context } = await open('zh-CN');
  await openGenerator(page);
  const search = page.locator('.generator input[type=search]');
  for (const [query, api] of [['坐席', 'ccc:CreateStaff'], ['技能组', 'ccc:DeleteCCCSkillGroup'], ['删除', 'ccc:DeleteStaff'], ['Delete staff', 'ccc:DeleteStaff']]) {
    await search.fill('');
    await search.pressSequentially(query);
    const listed = await pickList(page);
    assert.ok(listed.some((t) => t.includes(api)), `${query} lists ${api}: ${listed.slice(0, 5)}`);
    assert.equal(await page.locator('.generator .no-match').count(), 0);
  }
  await search.fill('猫');
  await page.locator('.generator .no-match').waitFor();
  assert.equal(await page.locator('.generator .no-match').innerText(), '没有匹配的接口。');
  assert.equal((await pickList(page)).length, 0);
  await search.fill('技能组');
  await page.locator('.generator').scrollIntoViewIfNeeded();
  await shot(page, 'zh-1440-generator-search');
  await context.close();
  for (const [locale, viewport, name] of [['en-US', WIDE, 'en-1440'], ['zh-CN', PHONE, 'zh-390'], ['en-US', PHONE, 'en-390']]) {
    const other = await open(locale, viewport);
    await openGenerator(other.page);
    await other.page.locator('.generator input[type=search]').fill(locale === 'en-US' ? 'Delete staff' : '坐席');
    assert.ok((await pickList(other.page)).length > 0);
    await other.page.locator('.generator').scrollIntoViewIfNeeded();
    await shot(other.page, `${name}-generator-search`);
    assert.deepEqual(other.problems, []);
    await other.context.close();
  }
  assert.deepEqual(problems, []);
});

test('finding 4, items 4 and 5: the generator splits on full-width commas, checks every field as it is typed', async () => {
  const { page, problems, context } = await open('zh-CN');
  await openGenerator(page);
  await page.locator('.generator input[type=search]').fill('CreateStaff');
  await page.locator('.generator .pick-list input[type=checkbox]').first().check();
  const generated = page.locator('.generator textarea.generated');
  const ids = page.locator('.generator input.gen-ids');
  await ids.fill('');
  await ids.pressSequentially('1400000000，1400000001');
  // Live: no blur needed.
  await page.waitForFunction(() => document.querySelector('.generator textarea.generated')?.value.includes('SdkAppId/1400000001"'));
  let policy = JSON.parse(await generated.inputValue());
  assert.deepEqual(policy.statement[0].resource, ['qcs::ccc::uin/100000000001:SdkAppId/1400000000', 'qcs::ccc::uin/100000000001:SdkAppId/1400000001']);
  await ids.fill('1400000000、1400000002');
  policy = JSON.parse(await generated.inputValue());
  assert.equal(policy.statement[0].resource.length, 2);
  // A bad id: its problem under the field, in the engine's words, and no policy.
  await ids.fill('');
  await ids.pressSequentially('14000000x');
  const idProblem = page.locator('.generator .field-problems').first();
  await idProblem.waitFor();
  assert.equal(await idProblem.innerText(), '14000000x 不是有效的 SdkAppId：只能包含数字，例如 1400000000');
  assert.equal(await idProblem.locator('code').innerText(), '14000000x', 'the value shows as code, not in backticks');
  assert.equal(await generated.count(), 0, 'no policy from a bad field');
  await ids.fill('1400000000');
  const ips = page.locator('.generator input.gen-ips');
  await ips.pressSequentially('10.0.0.0/8，10.0.0.300');
  await page.locator('.generator .field-problems', { hasText: '10.0.0.300' }).waitFor();
  assert.match(await page.locator('.generator .field-problems').innerText(), /不是有效的 IP 地址/);
  await page.locator('.generator').scrollIntoViewIfNeeded();
  await shot(page, 'zh-1440-generator-bad-ip');
  await ips.fill('10.0.0.0/8，203.0.113.0/24');
  policy = JSON.parse(await generated.inputValue());
  assert.deepEqual(policy.statement[0].condition.ip_equal['qcs:ip'], ['10.0.0.0/8', '203.0.113.0/24']);
  // Times: a slash date is refused, start only gives one condition and says the end is open, end before start is refused.
  const from = page.locator('.generator input.gen-from');
  const until = page.locator('.generator input.gen-until');
  await from.fill('2026/11/28 10:00');
  await page.locator('.generator .field-problems', { hasText: '2026/11/28 10:00' }).waitFor();
  assert.equal(await generated.count(), 0);
  await from.fill('2026-11-28T01:00:00Z');
  policy = JSON.parse(await generated.inputValue());
  assert.deepEqual(policy.statement[0].condition.date_greater_than_equal, { 'qcs:current_time': '2026-11-28T01:00:00Z' });
  assert.equal(policy.statement[0].condition.date_less_than, undefined);
  assert.match(await page.locator('.generator .window-open').innerText(), /只填开始时间时不限制截止时间/);
  await until.fill('2026-11-28T00:00:00Z');
  await page.locator('.generator .field-problems', { hasText: '不晚于开始时间' }).waitFor();
  assert.equal(await generated.count(), 0);
  await until.fill('2026-11-28T10:00:00Z');
  policy = JSON.parse(await generated.inputValue());
  assert.ok(policy.statement[0].condition.date_less_than);
  assert.match(await page.locator('.generator label', { hasText: 'SdkAppId' }).innerText(), /中英文逗号均可/);
  assert.match(await page.locator('.generator').innerText(), /生效截止时间（UTC，可选）/);
  assert.deepEqual(problems, []);
  await context.close();
  for (const [locale, viewport, name] of [['en-US', WIDE, 'en-1440'], ['zh-CN', PHONE, 'zh-390'], ['en-US', PHONE, 'en-390']]) {
    const other = await open(locale, viewport);
    await openGenerator(other.page);
    await other.page.locator('.generator .pick-list input[type=checkbox]').first().check();
    await other.page.locator('.generator input.gen-ids').fill('1400000000，abc');
    await other.page.locator('.generator .field-problems').waitFor();
    if (locale === 'en-US') {
      assert.equal(await other.page.locator('.generator .field-problems').innerText(), 'abc is not a SdkAppId: write digits only, e.g. 1400000000');
    }
    await other.page.locator('.generator input.gen-ids').scrollIntoViewIfNeeded();
    await shot(other.page, `${name}-generator-bad-id`);
    assert.deepEqual(other.problems, []);
    await other.context.close();
  }
});

test('finding 5: the diff shows a widening edit on an SdkAppId nobody names', async () => {
  const { page, problems, context } = await open('zh-CN');
  await page.locator('button.snapshot').click();
  const editor = page.locator('#policy-0');
  await editor.fill((await editor.inputValue()).replace('SdkAppId/1400000000', 'SdkAppId/*'));
  const count = page.locator('.diff-count');
  await page.waitForFunction(() => Number(document.querySelector('.diff-count')?.dataset.changes) > 0);
  assert.ok(Number(await count.getAttribute('data-changes')) >= 100, await count.innerText());
  const first = await page.locator('.diff-list li').first().innerText();
  assert.match(first, /SdkAppId 1400000001（代表策略中未出现的其他所有 ID）/);
  await page.locator('.diff').scrollIntoViewIfNeeded();
  await shot(page, 'zh-1440-diff-widening');
  assert.deepEqual(problems, []);
  await context.close();
});

test('finding 6 and item 6: Enter on Apply moves the focus to the status line; a second Enter changes nothing; Undo and Ctrl+Z restore', async () => {
  const { page, problems, context } = await open('zh-CN');
  const before = await page.locator('#policy-0').inputValue();
  const toggle = page.locator('button.fix-toggle');
  await toggle.focus();
  await page.keyboard.press('Enter');
  const apply = page.locator('button.apply-fix').first();
  await apply.waitFor();
  await apply.focus();
  await page.keyboard.press('Enter');
  await decided(page, 'allow');
  const status = page.locator('.fixes .undo-status');
  await status.waitFor();
  assert.match(await status.innerText(), /^已应用：/);
  assert.match(await focused(page), /undo-status/, 'the status line has the focus');
  const fixed = await page.locator('#policy-0').inputValue();
  await page.keyboard.press('Enter');
  await page.waitForTimeout(300);
  assert.equal(await page.locator('.pane [role=status][data-decision]').getAttribute('data-decision'), 'allow', 'a second Enter applies nothing');
  assert.equal(await page.locator('#policy-0').inputValue(), fixed);
  await shot(page, 'zh-1440-fix-applied');
  // Ctrl+Z in the editor restores the text before the fix.
  await page.locator('#policy-0').focus();
  await page.keyboard.press('Control+z');
  await decided(page, 'implicit_deny');
  assert.equal(await page.locator('#policy-0').inputValue(), before);
  assert.equal(await page.locator('.undo-status').count(), 0);
  // The Undo button does the same, by keyboard.
  await page.locator('button.apply-fix').first().focus();
  await page.keyboard.press('Enter');
  await decided(page, 'allow');
  await page.keyboard.press('Tab');
  assert.match(await focused(page), /undo/);
  await page.keyboard.press('Enter');
  await decided(page, 'implicit_deny');
  assert.equal(await page.locator('#policy-0').inputValue(), before);
  assert.deepEqual(problems, []);
  await context.close();
  for (const [locale, viewport, name] of [['en-US', WIDE, 'en-1440'], ['zh-CN', PHONE, 'zh-390'], ['en-US', PHONE, 'en-390']]) {
    const other = await open(locale, viewport);
    await other.page.locator('button.fix-toggle').click();
    await other.page.locator('button.apply-fix').first().click();
    await other.page.locator('.fixes .undo-status').waitFor();
    if (locale === 'en-US') assert.match(await other.page.locator('.fixes .undo-status').innerText(), /^Applied: /);
    await other.page.locator('.fixes').scrollIntoViewIfNeeded();
    await shot(other.page, `${name}-fix-applied`);
    assert.deepEqual(other.problems, []);
    await other.context.close();
  }
});

test('finding 29 and item 6: removing a tab and loading an example can be undone', async () => {
  const { page, problems, context } = await open('zh-CN');
  await example(page, 'permissions-boundary', 'implicit_deny');
  const tabs = await page.locator('[role=tab]').count();
  await page.locator('[role=tab]').first().focus();
  await page.keyboard.press('Delete');
  const status = page.locator('.undo-status');
  await status.waitFor();
  assert.match(await status.innerText(), /^已移除策略 /);
  assert.equal(await page.locator('[role=tab]').count(), tabs - 1);
  await shot(page, 'zh-1440-tab-removed');
  await status.locator('button.undo').click();
  assert.equal(await page.locator('[role=tab]').count(), tabs);
  await decided(page, 'implicit_deny');
  // An example replaces edited work: Undo brings it back.
  const editor = page.locator('#policy-0');
  const mine = (await editor.inputValue()).replace('"ccc:CreateStaff"', '"ccc:DeleteStaff"');
  await editor.fill(mine);
  await example(page, 'deny-wins', 'explicit_deny');
  assert.match(await status.innerText(), /^已载入示例“/);
  await status.locator('button.undo').click();
  await page.waitForFunction((text) => document.querySelector('#policy-0').value === text, mine);
  assert.deepEqual(problems, []);
  await context.close();
});

test('finding 8: the reasoning for a missing qcs:ip never recommends _if_exist', async () => {
  for (const locale of ['zh-CN', 'en-US']) {
    const { page, problems, context } = await open(locale);
    await example(page, 'office-ip-only', 'implicit_deny');
    const ip = page.locator('.request-form label', { hasText: 'qcs:ip' }).locator('input');
    await ip.fill('');
    await page.waitForFunction(() => /qcs:ip/.test(document.querySelector('.steps')?.innerText ?? '') && !/8\.8\.8\.8/.test(document.querySelector('.steps').innerText));
    const steps = await page.locator('.steps').innerText();
    assert.match(steps, locale === 'zh-CN' ? /请在请求上下文中加入 qcs:ip。/ : /Add qcs:ip to the request context\./);
    assert.doesNotMatch(steps, /_if_exist/);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('finding 9: after filling from a pasted error, a status line says what was filled and what comes next', async () => {
  const { page, problems, context } = await open('zh-CN');
  await page.locator('button.paste-error').click();
  await page.locator('#pasted-error').fill('[TencentCloudSDKException] code:AuthFailure.UnauthorizedOperation message:you are not authorized to perform operation (ccc:CreateStaff) resource (qcs::ccc::uin/100000000001:SdkAppId/1400000000) has no permission requestId:abc');
  await page.locator('button.fill').click();
  const status = page.locator('.undo-status');
  await status.waitFor();
  const text = await status.innerText();
  assert.match(text, /已从错误信息填入：操作 ccc:CreateStaff、SdkAppId 1400000000、主账号 UIN 100000000001。下一步：粘贴该子账号关联的全部策略/);
  assert.match(await focused(page), /undo-status/);
  await shot(page, 'zh-1440-paste-filled');
  await status.locator('button.clear-policies').click();
  await decided(page, 'implicit_deny');
  const policy = JSON.parse(await page.locator('#policy-0').inputValue());
  assert.deepEqual(policy.statement, [], 'the example policies are gone');
  assert.match(await status.innerText(), /已清空示例策略/);
  await status.locator('button.undo').click();
  await page.waitForFunction(() => JSON.parse(document.querySelector('#policy-0').value).statement.length > 0);
  assert.deepEqual(problems, []);
  await context.close();
  for (const [locale, viewport, name] of [['en-US', WIDE, 'en-1440'], ['zh-CN', PHONE, 'zh-390'], ['en-US', PHONE, 'en-390']]) {
    const other = await open(locale, viewport);
    await other.page.locator('button.paste-error').click();
    await other.page.locator('#pasted-error').fill('not authorized to perform operation (ccc:CreateStaff) resource (qcs::ccc::uin/100000000001:SdkAppId/1400000000)');
    await other.page.locator('button.fill').click();
    await other.page.locator('.undo-status').waitFor();
    if (locale === 'en-US') assert.match(await other.page.locator('.undo-status').innerText(), /^Filled from the error: action ccc:CreateStaff, SdkAppId 1400000000, owner UIN 100000000001\. Next:/);
    await shot(other.page, `${name}-paste-filled`);
    assert.deepEqual(other.problems, []);
    await other.context.close();
  }
});

test('finding 11 and item 4: full-width punctuation gets its own error and a one-click replace-all', async () => {
  const { page, problems, context } = await open('zh-CN');
  const editor = page.locator('#policy-0');
  await editor.fill('{"version": "2.0"，"statement": [{"effect": "allow", "action": ["ccc:*"], "resource": ["*"]}]}');
  const problem = page.locator('.diagnostics .diag', { hasText: '全角' }).first();
  await problem.waitFor();
  assert.match(await problem.locator('.message').innerText(), /JSON 格式错误：此处是中文全角标点“，”/);
  assert.match(await problem.locator('.help').innerText(), /请改为 ,/);
  assert.equal(await problem.locator('.where').innerText(), '1:18');
  await shot(page, 'zh-1440-full-width');
  await problem.locator('button.replace-full-width').click();
  await decided(page, 'allow');
  assert.equal(await editor.inputValue(), '{"version": "2.0","statement": [{"effect": "allow", "action": ["ccc:*"], "resource": ["*"]}]}');
  assert.deepEqual(problems, []);
  await context.close();
  for (const [locale, viewport, name] of [['en-US', WIDE, 'en-1440'], ['zh-CN', PHONE, 'zh-390'], ['en-US', PHONE, 'en-390']]) {
    const other = await open(locale, viewport);
    await other.page.locator('#policy-0').fill('{“version”：“2.0”，"statement": []}');
    await other.page.locator('button.replace-full-width').waitFor();
    await other.page.locator('.diagnostics').first().scrollIntoViewIfNeeded();
    await shot(other.page, `${name}-full-width`);
    await other.page.locator('button.replace-full-width').click();
    await other.page.waitForFunction(() => document.querySelector('#policy-0').value === '{"version":"2.0","statement": []}');
    assert.deepEqual(other.problems, []);
    await other.context.close();
  }
});

test('finding 20 and item 5: the request form checks SdkAppId, IP, time and tags where they are typed', async () => {
  const { page, problems, context } = await open('zh-CN');
  const sdk = page.locator('.request-form input[inputmode=numeric]').first();
  await sdk.fill('');
  await sdk.pressSequentially('abc');
  const sdkProblem = page.locator('.request-form .field-problems', { hasText: 'abc' });
  await sdkProblem.waitFor();
  assert.equal(await sdkProblem.innerText(), 'abc 不是有效的 SdkAppId：只能包含数字，例如 1400000000');
  await sdk.fill('');
  await sdk.pressSequentially('1400000000，1400000001');
  await page.waitForFunction(() => !document.querySelector('.request-form .field-problems'));
  await page.locator('.segmented button', { hasText: 'JSON' }).click();
  assert.deepEqual(JSON.parse(await page.locator('#request-json').inputValue()).params.SdkAppId, [1400000000, 1400000001]);
  await page.locator('.segmented button').first().click();
  const ip = page.locator('.request-form label', { hasText: 'qcs:ip' }).locator('input');
  await ip.fill('');
  await ip.pressSequentially('10.0.0');
  await page.locator('.request-form .field-problems', { hasText: '10.0.0' }).waitFor();
  assert.match(await page.locator('.request-form .field-problems', { hasText: '10.0.0' }).innerText(), /不是有效的 IP 地址/);
  const time = page.locator('#current-time');
  await time.fill('');
  await time.pressSequentially('2026/11/28');
  await page.locator('.request-form .field-problems', { hasText: '2026/11/28' }).waitFor();
  const tags = page.locator('#tags-qcs\\:resource_tag');
  await tags.fill('badtag');
  await tags.press('Enter');
  await page.locator('.request-form .field-problems', { hasText: 'badtag' }).waitFor();
  assert.equal(await page.locator('.request-form .chip').count(), 0, 'no chip for a tag without &');
  assert.equal(await tags.inputValue(), 'badtag', 'the text stays to be corrected');
  await page.locator('.request-form').scrollIntoViewIfNeeded();
  await shot(page, 'zh-1440-request-form-checks');
  await tags.fill('team&support');
  await tags.press('Enter');
  await page.locator('.request-form .chip').waitFor();
  assert.equal(await page.locator('.request-form .field-problems', { hasText: 'badtag' }).count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
  for (const [locale, viewport, name] of [['en-US', WIDE, 'en-1440'], ['zh-CN', PHONE, 'zh-390'], ['en-US', PHONE, 'en-390']]) {
    const other = await open(locale, viewport);
    await other.page.locator('.request-form input[inputmode=numeric]').first().fill('abc');
    await other.page.locator('.request-form label', { hasText: 'qcs:ip' }).locator('input').fill('10.0.0');
    await other.page.locator('.request-form .field-problems', { hasText: '10.0.0' }).waitFor();
    await other.page.locator('.request-form').scrollIntoViewIfNeeded();
    await shot(other.page, `${name}-request-form-checks`);
    assert.deepEqual(other.problems, []);
    await other.context.close();
  }
});

test('finding 12: backtick code spans show as code, never as raw backticks, in both languages', async () => {
  for (const locale of ['zh-CN', 'en-US']) {
    const { page, problems, context } = await open(locale);
    await page.locator('button.fix-toggle').click();
    await page.locator('button.apply-fix').first().waitFor();
    await openGenerator(page);
    await page.locator('button.matrix-toggle').click();
    const raw = await page.evaluate(() => {
      const found = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode;
        if (node.parentElement.closest('textarea, pre, script, style')) continue;
        if (node.textContent.includes('`')) found.push(node.textContent.trim().slice(0, 100));
      }
      return found;
    });
    assert.deepEqual(raw, [], `${locale}: raw backticks`);
    assert.ok(await page.locator('.steps code').count() > 0, 'the reasoning shows code');
    assert.ok(await page.locator('.fixes li code').count() > 0, 'the fixes show code');
    assert.ok(await page.locator('button.generator-toggle code').count() > 0, 'the generator heading shows code');
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('item 3 and finding 10: doc links open the page in the reader\'s language', async () => {
  // Product 598 is CAM; the kinds of document cite COS (436) and Organization (1031) pages too.
  for (const [locale, site] of [['zh-CN', /^https:\/\/www\.tencentcloud\.com\/zh\/document\/product\/(598|436|1031)\/\d+$/], ['en-US', /^https:\/\/www\.tencentcloud\.com\/document\/product\/(598|436|1031)\/\d+$/]]) {
    const { page, problems, context } = await open(locale);
    await page.locator('details#glossary').waitFor({ state: 'attached' });
    const hrefs = await page.evaluate(() => [...document.querySelectorAll('a[href*="tencentcloud"], a[href*="cloud.tencent"]')].map((a) => a.href));
    assert.ok(hrefs.length >= 40, `${hrefs.length} links`);
    for (const href of hrefs) assert.match(href, site, `${locale}: ${href}`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('finding 7: Enter on the matrix and generator toggles, the snapshot button and a rename keeps the focus there', async () => {
  const { page, problems, context } = await open('zh-CN');
  for (const selector of ['button.matrix-toggle', 'button.generator-toggle', 'button.snapshot']) {
    await page.locator(selector).focus();
    await page.keyboard.press('Enter');
    await page.waitForTimeout(200);
    const cls = selector.split('.')[1];
    assert.match(await focused(page), new RegExp(`BUTTON .*${cls}`), `${selector} after Enter`);
    await page.keyboard.press('Space');
    await page.waitForTimeout(200);
    assert.match(await focused(page), new RegExp(`BUTTON .*${cls}`), `${selector} after Space`);
  }
  await page.locator('[role=tab]').first().focus();
  await page.keyboard.press('F2');
  await page.locator('.tab-rename').waitFor();
  await page.keyboard.type('-mine');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(200);
  assert.match(await focused(page), /BUTTON .*tab/, 'the renamed tab has the focus');
  assert.match(await page.locator('[role=tab][aria-selected=true]').innerText(), /-mine/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('findings 17 and 19: a match among several ranges names its range; identifiers keep their case', async () => {
  const { page, problems, context } = await open('zh-CN');
  await example(page, 'office-ip-only', 'implicit_deny');
  const ip = page.locator('.request-form label', { hasText: 'qcs:ip' }).locator('input');
  await ip.fill('10.1.2.3');
  await decided(page, 'allow');
  assert.match(await page.locator('.steps').innerText(), /qcs:ip = 10\.1\.2\.3，属于 10\.0\.0\.0\/8（所列 2 个值之一）。/);
  await page.locator('.segmented button', { hasText: 'JSON' }).click();
  await page.locator('#request-json').fill('{"action": "ccc:CreateStaff", "params": {"SdkAppId": 1400000000}, "principal": {"uin": "100000000011"}}');
  const message = page.locator('.editor.request .diagnostics .message').first();
  await message.waitFor();
  assert.match(await message.innerText(), /^ccc:CreateStaff/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('finding 28: a skip link to the decision, the steps and the pick list are one Tab stop each, and the glossary leads back', async () => {
  const { page, problems, context } = await open('zh-CN');
  await page.keyboard.press('Tab');
  assert.match(await focused(page), /^A skip-link 跳到结论/);
  await page.keyboard.press('Enter');
  assert.match(await focused(page), /^SECTION pane result/);
  assert.equal(await page.evaluate(() => location.hash), '', 'the share fragment is left alone');
  // From the action field to the fixes toggle: the steps count once (the review counted 30 stops).
  await page.locator('.request-form input[list=catalog-actions]').focus();
  let stops = 0;
  while (!/fix-toggle/.test(await focused(page)) && stops < 60) {
    await page.keyboard.press('Tab');
    stops += 1;
  }
  // The form's own fields and the rule ids remain (23 here, and 3 for who is asking: its type, a user's groups,
  // the resource owner, issue 26); every linked step used to be one more stop.
  assert.ok(stops <= 26, `${stops} Tab stops from the action to the fixes`);
  assert.equal(await page.locator('.steps li[tabindex="0"]').count(), 1, 'one step is in the Tab order');
  const steps = await page.locator('.steps li.step.linked').count();
  assert.ok(steps >= 3);
  // Arrow keys move between the steps.
  const first = page.locator('.steps li.step.linked').first();
  await first.focus();
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => [...document.querySelectorAll('.steps li.step.linked')].indexOf(document.activeElement)), 1);
  await page.keyboard.press('End');
  assert.equal(await page.evaluate(() => [...document.querySelectorAll('.steps li.step.linked')].indexOf(document.activeElement)), steps - 1);
  // The generator's pick list: Tab enters it once, arrows move, Space picks, Tab leaves.
  await openGenerator(page);
  await page.locator('.generator .pick-list input[type=checkbox]').first().focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Space');
  const checked = await page.locator('.generator .pick-list input:checked').count();
  assert.equal(checked, 1);
  assert.equal(await page.evaluate(() => [...document.querySelectorAll('.generator .pick-list input')].indexOf(document.activeElement)), 2);
  await page.keyboard.press('Tab');
  assert.doesNotMatch(await focused(page), /^INPUT $/, 'Tab leaves the list');
  assert.equal(await page.evaluate(() => document.activeElement.closest('.pick-list')), null);
  // A rule id opens its glossary entry; the entry leads back.
  const rule = page.locator('.steps button.rule-ref', { hasText: 'R5' }).first();
  await rule.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'rule-R5');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const back = page.locator('#glossary button.glossary-back');
  assert.equal(await back.count(), 1);
  assert.equal(await back.innerText(), '↩ 返回原处');
  await back.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.classList.contains('rule-ref'));
  assert.equal(await page.locator('#glossary button.glossary-back').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('findings 21, 23, 25: the matrix has a legend and names policies, the generator\'s new tab is announced, the catalog count says match', async () => {
  for (const [locale, viewport, name] of [['zh-CN', PHONE, 'zh-390'], ['zh-CN', WIDE, 'zh-1440'], ['en-US', WIDE, 'en-1440'], ['en-US', PHONE, 'en-390']]) {
    const { page, problems, context } = await open(locale, viewport);
    const zh = locale === 'zh-CN';
    await page.locator('button.matrix-toggle').click();
    const legend = page.locator('.matrix .legend');
    await legend.waitFor();
    assert.equal(await legend.innerText().then((t) => t.replace(/\s+/g, ' ').trim()), zh ? '允许 隐式拒绝 显式拒绝' : 'Allowed Implicitly denied Explicitly denied');
    assert.equal(await legend.locator('.swatch').count(), 3);
    await legend.scrollIntoViewIfNeeded();
    await shot(page, `${name}-matrix-legend`);
    await page.locator('.matrix-head button', { hasText: zh ? '列表' : 'List' }).click();
    const allowedRow = page.locator('.matrix-table tr.row.allow').first();
    assert.match(await allowedRow.innerText(), zh ? /策略 ccc-admin-one-app 的语句 1/ : /Statement 1 of policy ccc-admin-one-app/);
    // The catalog says how many match, and when none does.
    const search = page.locator('.catalog input[type=search]');
    await search.waitFor();
    assert.equal(await page.locator('.catalog .count').innerText(), zh ? '匹配 181 / 181 个' : '181 / 181 match');
    await search.fill('猫狗');
    await page.locator('.catalog .no-match').waitFor();
    assert.equal(await page.locator('.catalog .api').count(), 0);
    // The generator's new tab: said at the top, with the focus, and open.
    await openGenerator(page);
    await page.locator('.generator .pick-list input[type=checkbox]').first().check();
    await page.locator('button.add-generated').click();
    const status = page.locator('.undo-status');
    await status.waitFor();
    assert.match(await status.innerText(), zh ? /^已添加策略 generated-2，并打开了它的标签页。/ : /^Added the policy generated-2 and opened its tab\./);
    assert.match(await focused(page), /undo-status/);
    // In view, below the top bar (sticky on a wide screen).
    await page.waitForFunction(() => {
      const box = document.querySelector('.undo-status').getBoundingClientRect();
      const bar = document.querySelector('.topbar').getBoundingClientRect();
      const below = getComputedStyle(document.querySelector('.topbar')).position === 'sticky' ? bar.bottom : 0;
      return box.top >= below - 1 && box.bottom <= window.innerHeight;
    }, null, { timeout: 3000 });
    assert.match(await page.locator('[role=tab][aria-selected=true]').innerText(), /generated-2/);
    await shot(page, `${name}-generated-added`);
    await status.locator('button.undo').click();
    assert.equal(await page.locator('[role=tab]').count(), 1);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('findings 13 and 22: an over-long policy is marked in the gutter and the list, not underlined everywhere; a new tab grants nothing', async () => {
  const { page, problems, context } = await open('zh-CN');
  const statement = '{"effect": "allow", "action": ["ccc:DescribeStaffInfoList"], "resource": ["qcs::ccc::uin/100000000001:SdkAppId/1400000000"]}';
  await page.locator('#policy-0').fill(`{"version": "2.0", "statement": [\n${Array(60).fill(statement).join(',\n')}\n]}`);
  await page.locator('.diagnostics .diag', { hasText: '超过上限 6144' }).waitFor();
  assert.equal(await page.locator('.code-overlay .diag-error').count(), 0, 'no wave under the text');
  assert.equal(await page.locator('.gutter .line-number.has-error').count(), 1, 'the gutter marks line 1');
  await shot(page, 'zh-1440-too-long');
  await example(page, 'operation-level-fix', 'allow');
  await page.locator('button.tab-add').first().click();
  const added = JSON.parse(await page.locator('#policy-1').inputValue());
  assert.deepEqual(added.statement, []);
  await decided(page, 'allow');
  assert.deepEqual(problems, []);
  await context.close();
});

test('finding 16: fixes are grouped by what they change, and a new statement says it bypasses the IP condition', async () => {
  for (const [locale, viewport, name] of [['zh-CN', WIDE, 'zh-1440'], ['en-US', WIDE, 'en-1440'], ['zh-CN', PHONE, 'zh-390'], ['en-US', PHONE, 'en-390']]) {
    const { page, problems, context } = await open(locale, viewport);
    const zh = locale === 'zh-CN';
    await example(page, 'office-ip-only', 'implicit_deny');
    await page.locator('button.fix-toggle').click();
    await page.locator('button.apply-fix').first().waitFor();
    assert.deepEqual(await page.locator('.fixes h3.fix-group').allInnerTexts(), zh ? ['改请求', '改策略'] : ['Change the request', 'Change the policies']);
    const request = await page.locator('.fixes ul').first().innerText();
    assert.match(request, zh ? /把请求中的 qcs:ip 改为 10\.0\.0\.1/ : /change the request's qcs:ip to 10\.0\.0\.1/);
    const policy = await page.locator('.fixes ul').nth(1).innerText();
    assert.match(policy, zh ? /（这会绕过对 qcs:ip 的条件限制）/ : /\(this bypasses the condition on qcs:ip\)/);
    await page.locator('.fixes').scrollIntoViewIfNeeded();
    await shot(page, `${name}-fix-groups`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('finding 24: on a phone the example is explained, the editor fits its text, the chip covers nothing, the hint says tap', async () => {
  for (const [locale, hint, name] of [['zh-CN', '点击某一步，可在策略中看到对应位置。', 'zh-390'], ['en-US', 'Tap a step to see it in the policy.', 'en-390']]) {
    const context = await env.browser.newContext({ locale, viewport: PHONE, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto(env.site.url);
    await page.waitForSelector('[role=status][data-decision]');
    assert.ok(await page.locator('.why').isVisible(), 'the example\'s one-line explanation shows');
    const editor = await page.locator('.code-editor').first().boundingBox();
    assert.ok(editor.height <= 20 * 11 + 45, `the 11-line editor is ${editor.height} px tall`);
    assert.equal(await page.evaluate(() => [...document.querySelectorAll('.result h2 .hint')].filter((e) => e.offsetParent).map((e) => e.textContent).join('')), hint);
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    const pill = await page.locator('.topbar .pill').boundingBox();
    // Controls drawn (not clipped by a scrolling list) where the chip floats.
    const covered = await page.evaluate((box) => {
      const chip = document.querySelector('.topbar .pill');
      chip.style.visibility = 'hidden';
      const found = [...document.querySelectorAll('main button, main input, main label, main summary, main .fixes li')]
        .filter((el) => {
          const b = el.getBoundingClientRect();
          const x = Math.min(Math.max(box.x + box.width / 2, b.left + 1), b.right - 1);
          const y = Math.min(Math.max(box.y + box.height / 2, b.top + 1), b.bottom - 1);
          if (b.height === 0 || b.bottom <= box.y || b.top >= box.y + box.height || b.right <= box.x) return false;
          const hit = document.elementFromPoint(x, y);
          return hit && (hit === el || el.contains(hit));
        })
        .map((el) => el.textContent.trim().slice(0, 30));
      chip.style.visibility = '';
      return found;
    }, pill);
    assert.deepEqual(covered, [], 'nothing under the chip at the end of the page');
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${env.shots}i27-${name}-first-visit.png` });
    await context.close();
  }
});

test('finding 14: typing into a 300-statement policy waits for a pause to evaluate; the example evaluates on every key', async () => {
  const { page, problems, context } = await open('zh-CN');
  const statements = Array.from({ length: 300 }, (_, i) => `    {"effect": "allow", "action": ["ccc:CreateStaff", "ccc:DescribeStaffInfoList"], "resource": ["qcs::ccc::uin/100000000001:SdkAppId/${1500000000 + i}"]}`);
  const text = `{\n  "version": "2.0",\n  "statement": [\n${statements.join(',\n')}\n  ]\n}\n`;
  assert.ok(text.length > 30000 && text.length < 64 * 1024, `${text.length} bytes`);
  await page.locator('#policy-0').fill(text);
  await page.waitForSelector('.pane.result[aria-busy="false"]');
  // Each key: no evaluation while typing, so the result pane says it is updating, then settles.
  const editor = page.locator('#policy-0');
  await editor.focus();
  await page.keyboard.press('Control+End');
  const evaluations = () => page.evaluate(() => performance.getEntriesByName('evaluate').length);
  const before = await evaluations();
  const started = Date.now();
  await page.keyboard.type(' \n \n ', { delay: 20 });
  const typing = Date.now() - started;
  assert.equal(await page.locator('.pane.result').getAttribute('aria-busy'), 'true', 'pending while typing');
  await page.waitForSelector('.pane.result[aria-busy="false"]');
  const during = (await evaluations()) - before;
  assert.ok(during <= 2, `${during} evaluations for 5 keys typed ${typing} ms apart`);
  // The example stays live on every key.
  await example(page, 'office-ip-only', 'implicit_deny');
  const ip = page.locator('.request-form label', { hasText: 'qcs:ip' }).locator('input');
  await ip.fill('10.1.1.1');
  await decided(page, 'allow');
  assert.equal(await page.locator('.pane.result').getAttribute('aria-busy'), 'false');
  assert.deepEqual(problems, []);
  await context.close();
});
