// End-to-end: what CAM really does, as the playground shows it (rule book "Changes", 2026-11-30): a ccc tag deny
// blocks nothing (C9), and a policy CAM would refuse to save gets a hypothetical decision (G9).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, openPage } from './harness.mjs';

const env = suite();

async function loadExample(page, id, expected) {
  await page.waitForSelector('[role=status][data-decision]');
  await page.locator('.example-picker select').selectOption(id);
  await page.waitForSelector(`[role=status][data-decision="${expected}"]`);
}

test('a ccc tag deny is shown as blocking nothing, with the reason and the security warning', async () => {
  const { page, problems } = await openPage(env.browser, env.site.url);
  await loadExample(page, 'tag-deny-blocks-nothing', 'allow');
  const status = page.locator('[role=status]');
  assert.equal(await status.getAttribute('data-authoritative'), 'false');
  const steps = await page.locator('.steps').innerText();
  assert.match(steps, /ccc has no authorization by tag \(its CAM API table says not supported\), so CAM has no qcs:resource_tag for this action: the request's env&prod is ignored and the key is absent \(rule C9\)/);
  assert.match(steps, /Assumption C9/);
  const problemsList = await page.locator('.diagnostics').innerText();
  assert.match(problemsList, /this deny blocks nothing/);
  assert.equal(await page.locator('.diag.security_warning', { hasText: 'blocks nothing' }).count(), 1);
  // The request form says the tags it shows are not used for ccc actions.
  assert.match(await page.locator('.field-note[data-rule=C9]').innerText(), /Cloud Contact Center has no authorization by tag/);
  await page.screenshot({ path: `${env.shots}tag-deny-blocks-nothing.png`, fullPage: true });
  assert.deepEqual(problems, []);
});

test('the same tag deny on an action outside the catalog reads the tags and denies', async () => {
  const { page, problems } = await openPage(env.browser, env.site.url);
  await loadExample(page, 'tag-deny-blocks-nothing', 'allow');
  const editor = page.locator('#policy-0');
  const policy = await editor.inputValue();
  await editor.fill(policy.replaceAll('ccc:', 'cvm:').replace('"cvm:DeleteStaff"', '"cvm:TerminateInstances"'));
  await page.locator('.segmented button', { hasText: 'JSON' }).click();
  const request = page.locator('#request-json');
  const text = await request.inputValue();
  await request.fill(text.replace('"ccc:DeleteStaff"', '"cvm:TerminateInstances", "resource": "qcs::cvm:ap-guangzhou:uin/100000000001:instance/ins-1"'));
  await request.blur();
  await page.waitForSelector('[role=status][data-decision="explicit_deny"]');
  assert.match(await page.locator('.steps').innerText(), /qcs:resource_tag = env&prod matches env&prod/);
  assert.deepEqual(problems, []);
});

test('a policy CAM would refuse to save is labelled so above a hypothetical decision', async () => {
  const { page, problems } = await openPage(env.browser, env.site.url);
  await page.waitForSelector('[role=status][data-decision]');
  const editor = page.locator('#policy-0');
  await editor.fill('{\n  "version": "1.0",\n  "statement": [\n    {"effect": "allow", "action": "ccc:*", "resource": "*"}\n  ]\n}');
  await page.waitForSelector('[role=status][data-decision="allow"][data-hypothetical="true"]');
  const banner = page.locator('[role=status]');
  assert.equal(await banner.getAttribute('data-authoritative'), 'false');
  const refused = await banner.locator('p.refused').innerText();
  assert.match(refused, /^CAM would refuse to save policy 1: InvalidParameter\.VersionError — /);
  assert.match(await banner.innerText(), /Hypothetical: CAM would refuse a policy/);
  assert.match(await page.locator('.diagnostics').innerText(), /CAM would refuse to save this policy:\s*InvalidParameter\.VersionError/);
  await page.screenshot({ path: `${env.shots}refused-policy.png`, fullPage: true });
  // Fixing the version makes the decision authoritative again.
  await editor.fill((await editor.inputValue()).replace('"1.0"', '"2.0"'));
  await page.waitForSelector('[role=status][data-decision="allow"][data-hypothetical="false"]');
  assert.equal(await banner.locator('p.refused').count(), 0);
  assert.deepEqual(problems, []);
});
