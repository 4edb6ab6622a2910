// Kinds of document and layers in the playground (issue 26), as a newcomer meets them: Tencent's own trust policy
// and COS bucket policy pasted into a tab, in Chinese and English; the kind picker by keyboard; the principal in
// the request form; a step of any layer highlighting its statement; share links with a trust tab; a link with a
// kind this version does not know.
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateRawSync } from 'node:zlib';
import { suite, openPage } from './harness.mjs';

const env = suite();

/** One of Tencent's examples as the page writes it (without the file's final newline). */
function tencentExample(file) {
  return readFileSync(new URL(`../fixtures/tencent-kinds/${file}`, import.meta.url), 'utf8').trimEnd();
}

// role-create-598-19381.en.md: CompanyExampleA (12345) lets account 67890 assume DevOpsRole. Tabs as on the page; the
// same copy the native test of Tencent's examples reads (tests/fixtures/tencent-kinds).
const TRUST = tencentExample('role-create-598-19381.en-0.json');
// 598/19422: the caller's own grant of AssumeRole on the role.
const ASSUME = JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: 'name/sts:AssumeRole',
  resource: 'qcs::cam::uin/12345:roleName/DevOpsRole' }] }, null, 2);
// cos-bucket-policy-436-45235.en.md, as COS writes it: capitalised Statement, Principal, Effect "Allow".
const BUCKET = tencentExample('cos-bucket-policy-436-45235.en-0.json');
const OBJECT = 'qcs::cos:ap-beijing:uid/1250000000:examplebucket-bj-1250000000/folder/sub-folder/a.txt';

const WORDS = {
  'en-US': {
    lang: 'en', new: 'New', trustTab: 'Trust policy', bucketTab: 'Bucket policy', inferred: /read as a role trust policy because of its shape/,
    halves: /the caller's own policies give allow; the trust policy gives allow/, trustLayer: 'Decided by: Role trust policy',
    bucketLayer: 'Decided by: Bucket policy', uin: 'UIN (requester)', owner: 'Owner UIN (root account)',
    who: 'Who is asking', anonymous: 'anonymous caller', user: 'CAM user', principalStep: /principal qcs::cam::uin\/67890:root/,
  },
  'zh-CN': {
    lang: 'zh-CN', new: '新建', trustTab: '信任策略', bucketTab: '存储桶策略', inferred: /根据文档结构，已按信任策略读取/,
    halves: /请求者自己的策略判定为允许，信任策略判定为允许/, trustLayer: '决定结论的层：信任策略',
    bucketLayer: '决定结论的层：存储桶策略', uin: '请求者 UIN', owner: '请求者所属主账号 UIN',
    who: '请求者身份', anonymous: '匿名用户', user: 'CAM 用户', principalStep: /委托人 qcs::cam::uin\/67890:root/,
  },
};

const decided = (page, decision) => page.waitForSelector(`.pane [role=status][data-decision="${decision}"]`);

/// Pastes text into an editor the way a user does: select everything, then one insertion of the whole text.
async function paste(page, selector, text) {
  const editor = page.locator(selector);
  await editor.click();
  await page.keyboard.press('Control+a');
  await page.keyboard.insertText(text);
}

async function field(page, label) {
  return page.locator('.request-form label.field', { has: page.locator(`span:text-is("${label}")`) }).locator('input, select');
}

for (const [locale, w] of Object.entries(WORDS)) {
  test(`${locale}: Tencent's trust policy pasted into a new tab becomes a trust policy, and assuming the role shows both halves`, async () => {
    const { page, problems, context } = await openPage(env.browser, `${env.site.url}?lang=${w.lang}`, undefined, { locale });
    await page.waitForSelector('[role=status][data-decision]');
    await page.locator('button', { hasText: w.new }).first().click();
    await paste(page, '#policy-0', ASSUME);
    await page.locator('button.tab-add').first().click();
    await paste(page, '#policy-1', TRUST);
    // The tab is now the trust policy's, its text untouched, with a line saying why; nothing says CAM would refuse.
    await page.waitForSelector('#tab-trust-0[aria-selected=true]');
    assert.match(await page.locator('#tab-trust-0').innerText(), new RegExp(w.trustTab));
    assert.equal(await page.locator('#trust-0').inputValue(), TRUST);
    assert.match(await page.locator('.kind-inferred').innerText(), w.inferred);
    assert.equal(await page.locator('.kind-picker select').inputValue(), 'trust');
    assert.equal(await page.locator('p.refused').count(), 0);
    assert.equal(await page.locator('.diagnostics .diag.error').count(), 0);
    // A user of 67890 asks to assume 12345's DevOpsRole, from the form.
    await (await field(page, w.uin)).fill('67891');
    await (await field(page, w.owner)).fill('67890');
    await page.locator('.request-form input[list=catalog-actions]').fill('sts:AssumeRole');
    await page.locator('.request-form .resource-input').fill('qcs::cam::uin/12345:roleName/DevOpsRole');
    await decided(page, 'allow');
    assert.equal(await page.locator('.banner .deciding-layer').innerText(), w.trustLayer);
    assert.equal(await page.locator('.banner').getAttribute('data-hypothetical'), 'false');
    const steps = await page.locator('.steps').innerText();
    assert.match(steps, w.halves);
    assert.equal(await page.locator('.steps .step.layer-header').count(), 2, 'one section per layer');
    // A step of the trust layer highlights its statement, from another tab.
    await page.locator('#tab-policy-0').click();
    await page.locator('.steps li.linked', { hasText: w.principalStep }).click();
    await page.waitForSelector('#tab-trust-0[aria-selected=true]');
    assert.ok(await page.locator('#policy-panel .focus-statement').count() > 0, 'the trust statement is highlighted');
    await page.screenshot({ path: `${env.shots}kinds-trust-${locale}-1440.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 900 });
    await page.screenshot({ path: `${env.shots}kinds-trust-${locale}-390.png`, fullPage: false });
    await context.close();
    assert.deepEqual(problems, []);
  });

  test(`${locale}: COS's bucket policy pasted as COS writes it is a bucket policy with warnings only, and the bucket layer decides`, async () => {
    const { page, problems, context } = await openPage(env.browser, `${env.site.url}?lang=${w.lang}`, undefined, { locale });
    await page.waitForSelector('[role=status][data-decision]');
    await page.locator('button', { hasText: w.new }).first().click();
    // Into the tab New made: a new tab starts with "statement": [], which CAM would refuse (rule G1).
    await paste(page, '#policy-0', BUCKET);
    await page.waitForSelector('#tab-bucket-0[aria-selected=true]');
    assert.match(await page.locator('#tab-bucket-0').innerText(), new RegExp(w.bucketTab));
    assert.equal(await page.locator('#bucket-0').inputValue(), BUCKET);
    assert.equal(await page.locator('.diagnostics .diag.error').count(), 0, 'no error: warnings only');
    assert.ok(await page.locator('.diagnostics .diag.warning').count() >= 5, 'each capitalised name is a warning (G2)');
    assert.equal(await page.locator('p.refused').count(), 0);
    // An anonymous reader asks for an object: only everyone-statements count (B3.1), so the bucket layer denies.
    const who = await field(page, w.who);
    assert.equal(await who.locator('option:checked').innerText(), w.user);
    await who.selectOption('anonymous');
    await page.locator('.request-form input[list=catalog-actions]').fill('cos:GetObject');
    await page.locator('.request-form .resource-input').fill(OBJECT);
    await decided(page, 'implicit_deny');
    assert.equal(await page.locator('.banner .deciding-layer').innerText(), w.bucketLayer);
    assert.equal(await (await field(page, w.who)).locator('option:checked').innerText(), w.anonymous);
    // The sub-account the statement names is allowed, by the bucket policy alone.
    await (await field(page, w.who)).selectOption('user');
    await (await field(page, w.uin)).fill('100000000011');
    await (await field(page, w.owner)).fill('100000000001');
    await decided(page, 'allow');
    assert.equal(await page.locator('.banner .deciding-layer').innerText(), w.bucketLayer);
    await page.locator('.request .segmented button').nth(1).click();
    const request = JSON.parse(await page.locator('#request-json').inputValue());
    assert.equal(request.principal.type, 'user');
    await page.screenshot({ path: `${env.shots}kinds-bucket-${locale}-1440.png`, fullPage: true });
    await context.close();
    assert.deepEqual(problems, []);
  });
}

test('the kind picker works by keyboard, and a kind the user chose is not changed by typing', async () => {
  const { page, problems } = await openPage(env.browser, `${env.site.url}?lang=en`);
  await page.waitForSelector('[role=status][data-decision]');
  await page.locator('button.tab-add').first().click();
  await paste(page, '#policy-1', TRUST);
  await page.waitForSelector('#tab-trust-0[aria-selected=true]');
  // The picker is a labelled select; arrow keys and Home choose the kind.
  const picker = page.locator('.kind-picker select');
  assert.match(await page.locator('.kind-picker').innerText(), /^Kind of document/);
  await picker.focus();
  await page.keyboard.press('Home');
  await page.waitForSelector('#tab-policy-1[aria-selected=true]');
  assert.equal(await picker.inputValue(), 'policy');
  assert.equal(await page.evaluate(() => document.activeElement?.closest('.kind-picker') !== null), true, 'focus stays on the picker');
  assert.equal(await page.locator('.kind-inferred').count(), 0);
  // Read as an identity policy by choice: typing keeps it one, and the problems offer the other reading.
  const editor = page.locator('#policy-1');
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' ');
  assert.equal(await page.locator('#tab-policy-1').getAttribute('aria-selected'), 'true');
  const readAs = page.locator('.diagnostics button.read-as');
  assert.equal(await readAs.innerText(), 'Read as a role trust policy');
  await readAs.click();
  await page.waitForSelector('#tab-trust-0[aria-selected=true]');
  // The other kinds are added from the menu beside + Policy and + Boundary.
  await page.locator('select.tab-add-kind').selectOption('scp');
  await page.waitForSelector('#tab-scp-0[aria-selected=true]');
  assert.equal(await page.locator('select.tab-add-kind').inputValue(), '', 'the menu resets');
  // Who is asking: a role session names its role, a service its name, a federated identity its provider.
  const who = page.locator('.principal-type select');
  await who.selectOption('role');
  await page.locator('.request-form label.role input').fill('DevOpsRole');
  await who.selectOption('service');
  await page.locator('.request-form label.service input').fill('scf.qcloud.com');
  await page.locator('.request .segmented button').nth(1).click();
  const principal = JSON.parse(await page.locator('#request-json').inputValue()).principal;
  assert.deepEqual([principal.type, principal.role, principal.service], ['service', 'DevOpsRole', 'scf.qcloud.com']);
  await page.locator('.request .segmented button').nth(0).click();
  // Removing every identity policy leaves a tab of another kind open.
  await page.locator('#tab-policy-0').click();
  await page.keyboard.press('Delete');
  await page.waitForSelector('#tab-trust-0[aria-selected=true]');
  // With an SCP in the workspace, the form asks about the organization, and the matrix says what it leaves out.
  assert.equal(await page.locator('.request-form .organization input[type=checkbox]').count(), 2);
  await page.locator('.matrix-toggle').click();
  assert.match(await page.locator('.matrix .kinds-note').innerText(), /role trust policies, SCPs are left out/);
  assert.deepEqual(problems, []);
});

test('a share link with a trust tab round-trips; a link with an unknown kind is a localized error', async () => {
  const { page, problems } = await openPage(env.browser, `${env.site.url}?lang=en`);
  await page.waitForSelector('[role=status][data-decision]');
  await page.locator('button.tab-add').first().click();
  await paste(page, '#policy-1', TRUST);
  await page.waitForSelector('#tab-trust-0[aria-selected=true]');
  await page.locator('.request .segmented button').nth(1).click();
  const request = JSON.stringify({ action: 'sts:AssumeRole', resource: 'qcs::cam::uin/12345:roleName/DevOpsRole',
    principal: { type: 'role', uin: '67891', owner_uin: '67890', role: 'Ops' } }, null, 2);
  await paste(page, '#request-json', request);
  await page.locator('#tab-trust-0').click();
  const shown = await page.locator('.pane [role=status]').getAttribute('data-decision');
  await page.locator('button.copy-link').click();
  const url = await page.locator('.banner-bar textarea.copied').inputValue();
  const fresh = await env.browser.newContext();
  const other = await fresh.newPage();
  await other.goto(url);
  await decided(other, shown);
  assert.equal(await other.locator('#tab-trust-0').getAttribute('aria-selected'), 'true', 'the trust tab is open');
  assert.equal(await other.locator('#trust-0').inputValue(), TRUST);
  assert.equal(JSON.parse(await other.locator('#request-json').inputValue()).principal.role, 'Ops');
  assert.equal(await other.locator('.banner-bar.warning').count(), 0);
  await fresh.close();
  // A link made by a later version, with a kind this one does not know: refused by name, in each language.
  const payload = { v: 1, policies: [{ name: 'p', text: '{}' }], boundary: [], rcp: [{ name: 'r', text: '{}' }], request: '{}' };
  const fragment = `#s1.${deflateRawSync(Buffer.from(JSON.stringify(payload))).toString('base64url')}`;
  for (const [lang, words] of [['en', /kind this playground does not know \(`rcp`\)/], ['zh-CN', /本工具不认识的文档类型（`rcp`）/]]) {
    const { page: linked, problems: linkProblems } = await openPage(env.browser, `${env.site.url}?lang=${lang}${fragment}`);
    await linked.waitForSelector('.banner-bar.error');
    assert.match(await linked.locator('.banner-bar.error').innerText(), words);
    await linked.waitForSelector('.pane [role=status][data-decision]');
    assert.deepEqual(linkProblems, []);
  }
  assert.deepEqual(problems, []);
});

// Rule O2: an SCP bound to a department, chosen in the node picker and typed by keyboard (a nested name with a
// slash), decides in a section of its own, names its node as the deciding layer and survives a share link.
const SCP_DENY = JSON.stringify({ version: '2.0', statement: [{ effect: 'deny', action: 'ccc:Delete*', resource: '*' }] }, null, 2);
const DELETE = JSON.stringify({ action: 'ccc:DeleteStaff', params: { SdkAppId: 1400000000 },
  principal: { uin: '100000000011', owner_uin: '100000000001' } }, null, 2);
const NODE_WORDS = {
  en: { bound: 'Bound to', layer: 'Decided by: Service control policies bound to department Contact/Night',
    level: /SCPs bound to department Contact\/Night: an explicit deny \(rule O2\)/ },
  'zh-CN': { bound: '绑定节点', layer: '决定结论的层：绑定到部门“Contact/Night”的服务管控策略',
    level: /绑定到部门“Contact\/Night”的服务管控策略：显式拒绝（规则 O2）/ },
};
for (const [lang, w] of Object.entries(NODE_WORDS)) {
  test(`${lang}: an SCP bound to a department decides at its node, and a share link keeps the node`, async () => {
    const { page, problems } = await openPage(env.browser, `${env.site.url}?lang=${lang}`);
    await page.waitForSelector('[role=status][data-decision]');
    await page.locator('.request .segmented button').nth(1).click();
    await paste(page, '#request-json', DELETE);
    await page.locator('select.tab-add-kind').selectOption('scp');
    await page.waitForSelector('#tab-scp-0[aria-selected=true]');
    await paste(page, '#scp-0', SCP_DENY);
    // The node picker is labelled, and only an SCP has one.
    const picker = page.locator('.scp-node select');
    assert.equal(await page.locator('.scp-node label span').first().innerText(), w.bound);
    assert.equal(await picker.inputValue(), 'account');
    await picker.selectOption('department');
    const name = page.locator('.scp-node input');
    await name.click();
    await page.keyboard.type('Contact/Night');
    assert.equal(await name.inputValue(), 'Contact/Night', 'the slash on the way to a nested name stays');
    await decided(page, 'explicit_deny');
    await page.waitForSelector(`.deciding-layer:text-is("${w.layer}")`);
    assert.match(await page.locator('.steps').innerText(), w.level);
    await page.locator('button.copy-link').click();
    const url = await page.locator('.banner-bar textarea.copied').inputValue();
    const fresh = await env.browser.newContext();
    const other = await fresh.newPage();
    await other.goto(url);
    await decided(other, 'explicit_deny');
    await other.locator('#tab-scp-0').click();
    assert.equal(await other.locator('.scp-node select').inputValue(), 'department');
    assert.equal(await other.locator('.scp-node input').inputValue(), 'Contact/Night');
    await fresh.close();
    await page.locator('#tab-policy-0').click();
    assert.equal(await page.locator('.scp-node').count(), 0, 'an identity policy has no node');
    assert.deepEqual(problems, []);
  });
}
