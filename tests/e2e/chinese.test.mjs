// End-to-end: the playground in Simplified Chinese. A browser set to zh-CN gets Chinese everywhere (no English
// sentence outside code, editors and English data marked lang="en"); the switch changes language without
// touching the workspace; ?lang= wins; the catalog search understands Chinese ccc words.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { suite, openPage } from './harness.mjs';

const env = suite();


/// A page in a browser whose preferred language is `locale`, once it shows a decision.
async function open(url, locale = 'zh-CN') {
  const opened = await openPage(env.browser, url, undefined, { locale });
  await opened.page.waitForSelector('[role=status][data-decision]');
  return opened;
}

/// Text nodes and attributes that read as English sentences: three or more English words in a row, once code
/// (backticks, identifiers with : / _ $ & . digits), URLs, editors, code elements and lang="en" data are set aside.
async function englishSentences(page) {
  return page.evaluate(() => {
    const skip = 'textarea, pre, code, datalist, script, style, [lang="en"], .code-id, .where';
    const english = (text) => {
      const cleaned = text
        .replace(/`[^`]*`/g, ' ')
        .replace(/https?:\/\/\S+/g, ' ')
        .replace(/\S*[:/_$&{}.@*=<>0-9]\S*/g, ' ');
      return /\b[A-Za-z]{2,}\s+[A-Za-z]{2,}\s+[A-Za-z]{2,}\b/.test(cleaned);
    };
    const found = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      if (node.parentElement?.closest(skip)) continue;
      if (english(node.textContent)) found.push(node.textContent.trim().slice(0, 140));
    }
    for (const el of document.querySelectorAll('[title], [aria-label], [placeholder]')) {
      if (el.closest('[lang="en"]')) continue;
      for (const name of ['title', 'aria-label', 'placeholder']) {
        const value = el.getAttribute(name);
        if (value && english(value)) found.push(`${name}="${value.slice(0, 140)}"`);
      }
    }
    return [...new Set(found)];
  });
}

/// Issue 27, item 2: the page's Chinese typography, as `src/i18n/zh_style.rs` checks the tables: no half-width
/// `:` or `,` next to a Chinese character, no space next to Chinese punctuation, no raw backticks outside
/// editors (code spans render as `<code>`). Block elements' text, titles, labels and placeholders are read.
async function typographyFaults(page) {
  return page.evaluate(() => {
    const skip = 'textarea, pre, code, datalist, script, style, [lang="en"], .cm-editor';
    const cjk = '\\u4e00-\\u9fff';
    const faults = [
      [new RegExp(`[${cjk}][:,]|[:,][${cjk}]`), 'half-width punctuation next to Chinese'],
      [/ [，。：；、（）“”？！]|[，。：；、（）“”？！] /, 'a space next to Chinese punctuation'],
      [/`/, 'a raw backtick'],
    ];
    const found = [];
    const check = (text, where) => {
      for (const [pattern, name] of faults) {
        if (pattern.test(text)) found.push(`${name}: ${where}${text.trim().slice(0, 140)}`);
      }
    };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode;
      if (node.parentElement?.closest(skip)) continue;
      // A text node next to a <code> element starts or ends where the code is: its edge is not a fault.
      check(node.textContent.replace(/^\s+|\s+$/g, ''), '');
    }
    for (const el of document.querySelectorAll('[title], [aria-label], [placeholder]')) {
      if (el.closest('[lang="en"]')) continue;
      for (const name of ['title', 'aria-label', 'placeholder']) {
        const value = el.getAttribute(name);
        if (value) check(value, `${name}=`);
      }
    }
    return [...new Set(found)];
  });
}

async function openEveryPanel(page) {
  for (let i = 0; i < 10; i++) {
    const closed = page.locator('button[aria-expanded="false"]');
    if ((await closed.count()) === 0) break;
    await closed.first().click();
  }
  await page.locator('details#glossary').waitFor({ state: 'attached' });
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
}

test('a browser set to zh-CN gets the whole playground in Chinese', async () => {
  const { page, context, problems } = await open(env.site.url);
  assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
  assert.equal(await page.locator('h1').innerText(), 'CAM 策略演练场');
  assert.equal(await page.locator('[role=status]').getAttribute('data-decision'), 'implicit_deny');
  assert.match(await page.locator('[role=status]').innerText(), /隐式拒绝/);
  const steps = await page.locator('.steps').innerText();
  assert.match(steps, /ccc:DeleteCCCSkillGroup 是云联络中心（ccc）的操作级接口/);
  assert.match(steps, /因此 CAM 用资源 \* 对 ccc:DeleteCCCSkillGroup 鉴权（规则 R5）/);
  await openEveryPanel(page);
  await page.waitForSelector('.matrix-grid .cell');
  const leftovers = await englishSentences(page);
  await page.screenshot({ path: `${env.shots}zh-default.png`, fullPage: true });
  assert.deepEqual(leftovers, [], 'English sentences in the Chinese page');
  assert.deepEqual(await typographyFaults(page), [], 'Chinese typography');
  // The Markdown export speaks the page's language too.
  await page.locator('button.copy-markdown').click();
  const markdown = await page.locator('.banner-bar textarea.copied').inputValue();
  assert.match(markdown, /^### CAM 结论：隐式拒绝/);
  assert.match(markdown, /\[在 CAM 策略演练场中打开\]\(http:\/\/127\.0\.0\.1:\d+\/#s1\./);
  assert.deepEqual(problems, []);
  await context.close();
});

test('every example reads as Chinese', async () => {
  const { page, context, problems } = await open(env.site.url);
  const ids = await page.locator('.example-picker option').evaluateAll((options) => options.map((o) => o.value));
  for (const id of ids) {
    await page.locator('.example-picker select').selectOption(id);
    await page.waitForSelector('[role=status][data-decision]');
    assert.match(await page.locator('.why').innerText(), /[\u4e00-\u9fff]/, id);
    assert.deepEqual(await englishSentences(page), [], `English sentences in example ${id}`);
    assert.deepEqual(await typographyFaults(page), [], `Chinese typography in example ${id}`);
  }
  assert.deepEqual(problems, []);
  await context.close();
});

test('the language switch re-renders without touching the workspace, and is remembered', async () => {
  const { page, context, problems } = await open(env.site.url);
  const editor = page.locator('#policy-0');
  const edited = (await editor.inputValue()).replace('"qcs::ccc::uin/100000000001:SdkAppId/1400000000"', '"*"');
  await editor.fill(edited);
  await page.waitForSelector('[role=status][data-decision="allow"]');
  await page.locator('button.language').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.equal(await page.locator('h1').innerText(), 'CAM Policy Playground');
  assert.match(await page.locator('[role=status]').innerText(), /Allowed/);
  assert.equal(await editor.inputValue(), edited, 'the workspace is kept');
  await page.reload();
  await page.waitForSelector('[role=status][data-decision="allow"]');
  assert.equal(await page.locator('html').getAttribute('lang'), 'en', 'the choice is remembered');
  await page.locator('button.language').click();
  await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
  assert.deepEqual(problems, []);
  await context.close();
});

test('?lang= wins over the browser, and an unknown one says so', async () => {
  const zh = await open(`${env.site.url}?lang=zh-CN`, 'en-US');
  assert.equal(await zh.page.locator('html').getAttribute('lang'), 'zh-CN');
  await zh.context.close();
  const unknown = await open(`${env.site.url}?lang=fr`, 'en-US');
  assert.equal(await unknown.page.locator('html').getAttribute('lang'), 'en');
  assert.match(await unknown.page.locator('.topbar .notice').innerText(), /fr/);
  assert.deepEqual(unknown.problems, []);
  await unknown.context.close();
});

test('the catalog search understands Chinese ccc words', async () => {
  const { page, context, problems } = await open(env.site.url);
  await page.locator('.catalog input[type=search]').fill('删除技能组');
  await page.waitForFunction(() => document.querySelectorAll('.api').length < 10);
  const names = await page.locator('.api .api-name').allInnerTexts();
  assert.ok(names.some((n) => n.includes('ccc:DeleteCCCSkillGroup')), names.join(', '));
  assert.ok(names.length <= 3, names.join(', '));
  assert.deepEqual(problems, []);
  await context.close();
});

test('the embed takes ?lang= and a setLang message', async () => {
  const { page, context, problems } = await open(`${env.site.url}?embed&lang=zh-CN`, 'en-US');
  assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
  assert.match(await page.locator('.embed-title').innerText(), /CAM 策略演练场/);
  await page.evaluate(() => window.postMessage({ type: 'setLang', lang: 'en' }, '*'));
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  assert.match(await page.locator('.embed-title').innerText(), /CAM Policy Playground/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('rule ids in the reasoning and the "?" after terms open the glossary at their entry', async () => {
  for (const locale of ['zh-CN', 'en-US']) {
    const { page, context, problems } = await open(env.site.url, locale);
    const glossary = page.locator('details#glossary');
    await glossary.waitFor({ state: 'attached' });
    assert.equal(await glossary.getAttribute('open'), null, 'closed at first');
    await page.locator('.steps .rule-ref', { hasText: 'R5' }).first().click();
    await page.waitForFunction(() => document.activeElement?.id === 'rule-R5');
    assert.notEqual(await glossary.getAttribute('open'), null);
    const entry = await page.locator('#rule-R5 + dd').innerText();
    assert.match(entry, locale === 'zh-CN' ? /操作级接口只与资源 \* 本身匹配/ : /an operation-level API is matched only by the literal resource \*/);
    // The keyboard reaches the "?" of a term: Enter on it focuses the term's entry.
    await page.locator('.request-form .term-help').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id?.startsWith('term-'));
    assert.deepEqual(problems, []);
    await context.close();
  }
});
