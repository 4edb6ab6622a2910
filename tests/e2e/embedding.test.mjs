// Embedding in documentation pages, in headless Chromium: frames that fit, host theme, options (readonly, view),
// embed.js upgrading code blocks lazily, the playground served from another origin, and hostile messages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { deflateRawSync } from 'node:zlib';
import { serveDist, launch, openPage } from './harness.mjs';

let site, browser;
const hosts = [];
before(async () => { site = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); site?.server.close(); for (const h of hosts) h.server.close(); });

/// A second server for host pages (closed after the tests, even when one fails).
async function host(root, pages) {
  const served = await serveDist(root, pages);
  hosts.push(served);
  return served;
}

const principal = { uin: '100000000011', owner_uin: '100000000001' };
const scoped = JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['ccc:*'],
  resource: ['qcs::ccc::uin/100000000001:SdkAppId/1400000000'] }] }, null, 2);
const request = (action) => JSON.stringify({ action, params: { SdkAppId: 1400000000 }, principal });

/// A share fragment made the way the playground makes them (JSON → raw DEFLATE → base64url).
function fragment(policy, requestText) {
  const payload = { v: 1, policies: [{ name: 'example', text: policy }], boundary: [], request: requestText };
  return `#s1.${deflateRawSync(Buffer.from(JSON.stringify(payload))).toString('base64url')}`;
}

const TRAP = fragment(scoped, request('ccc:DeleteCCCSkillGroup'));
const ALLOWED = fragment(scoped, request('ccc:CreateStaff'));
const shown = (page, decision) => page.waitForSelector(`[role=status][data-decision="${decision}"]`);

/// Every iframe of the page: its height against its content's, and whether its document scrolls.
async function frameFit(page) {
  return page.evaluate(() => [...document.querySelectorAll('iframe')].map((frame) => {
    const inner = frame.contentDocument;
    const app = inner.querySelector('.app').getBoundingClientRect().height;
    return { src: frame.src.split('#')[0], frame: frame.clientHeight, app,
      scrolls: inner.documentElement.scrollHeight > inner.documentElement.clientHeight + 1 };
  }));
}

async function settled(page, check) {
  for (let i = 0; i < 50; i++) {
    const frames = await frameFit(page);
    if (frames.every((f) => !f.scrolls && Math.abs(f.frame - f.app) <= 2)) return frames;
    await page.waitForTimeout(100);
  }
  assert.fail(`${check}: frames do not fit their content: ${JSON.stringify(await frameFit(page), null, 1)}`);
}

test('the docs demo: every block upgraded by embed.js, every frame fits at 1440, 600 and 1440 px again', async () => {
  const { page, problems } = await openPage(browser, `${site.url}embed-demo.html`, { width: 1440, height: 1000 });
  const boxes = page.locator('.cam-embed');
  // Three blocks of the page, and the hand-written element, which draws into its own shadow root.
  await page.waitForFunction(() => document.querySelectorAll('.cam-embed').length === 3
    && document.querySelector('cam-playground').shadowRoot?.querySelector('.cam-embed'));
  for (let i = 0; i < 4; i++) await boxes.nth(i).scrollIntoViewIfNeeded();
  const expected = ['implicit_deny', 'allow', 'explicit_deny', 'allow'];
  for (const [i, decision] of expected.entries()) {
    await page.waitForSelector(`.cam-embed >> nth=${i} >> xpath=self::*[@data-decision="${decision}"]`);
  }
  await page.waitForSelector('#hand-result[data-decision="allow"]');
  assert.equal(await page.locator('iframe').count(), 5, 'four upgraded blocks and the hand-written frame');
  // The fences' own rendering stays as the preview until the embed is ready, then gives way to it.
  assert.equal(await page.locator('pre:visible').count(), 0, 'every preview replaced by its live example');
  assert.equal(await page.locator('.cam-embed-bar:visible').count(), 0);

  const wide = await settled(page, '1440 px');
  await page.setViewportSize({ width: 600, height: 900 });
  const narrow = await settled(page, '600 px');
  assert.ok(narrow[0].frame > wide[0].frame, 'a narrower page makes a taller frame');
  await page.setViewportSize({ width: 1440, height: 1000 });
  const back = await settled(page, 'back to 1440 px');
  assert.ok(back[0].frame < narrow[0].frame, 'and it shrinks again');
  // The extremes a docs site meets: a phone and a wide monitor.
  for (const width of [320, 1920]) {
    await page.setViewportSize({ width, height: 1000 });
    await settled(page, `${width} px`);
  }
  await page.setViewportSize({ width: 1440, height: 1000 });

  // Each example is live: an edit re-evaluates and the block says so to its page.
  const editor = page.frameLocator('iframe >> nth=0').locator('#policy-0');
  await editor.fill((await editor.inputValue()).replace('"qcs::ccc::uin/100000000001:SdkAppId/1400000000"', '"*"'));
  await page.waitForSelector('.cam-embed >> nth=0 >> xpath=self::*[@data-decision="allow"]');
  // The result-only example shows no editor; the by-hand frame answers getState.
  assert.equal(await page.frameLocator('cam-playground iframe').locator('textarea').count(), 0);
  const state = await page.evaluate(() => new Promise((resolve) => {
    const frame = document.getElementById('hand');
    window.addEventListener('message', (e) => { if (e.data?.type === 'state') resolve(e.data.state); });
    frame.contentWindow.postMessage({ type: 'getState' }, '*');
  }));
  assert.equal(state.policies[0].name, 'office-only');
  await page.screenshot({ path: new URL('./screenshots/embed-demo.png', import.meta.url).pathname, fullPage: true });
  assert.deepEqual(problems, []);
});

test('the host decides the theme: ?theme=dark on a light OS, setTheme, and embed.js following a dark-mode switch', async () => {
  const { page, problems } = await openPage(browser, 'about:blank');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${site.url}?embed&theme=dark`);
  await shown(page, 'implicit_deny');
  assert.equal(await page.locator('html').getAttribute('data-theme'), 'dark');
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).colorScheme), 'dark');
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor), 'rgb(20, 23, 28)');
  await page.evaluate(() => window.postMessage({ type: 'setTheme', theme: 'light' }, '*'));
  await page.waitForFunction(() => document.documentElement.dataset.theme === 'light');
  assert.equal(await page.evaluate(() => localStorage.getItem('cam-playground.theme')), null, 'the embed saves nothing');

  // A docs site's own dark-mode switch (a class on <html>): the embeds that did not name a theme follow it.
  await page.goto(`${site.url}embed-demo.html`);
  const first = page.frameLocator('.cam-embed iframe >> nth=0');
  await first.locator('[role=status][data-decision]').waitFor();
  assert.equal(await first.locator('html').getAttribute('data-theme'), 'auto', 'an unmarked host page: the OS decides');
  await page.evaluate(() => document.documentElement.classList.add('dark'));
  await page.waitForFunction(() => document.querySelector('.cam-embed iframe').contentDocument.documentElement.dataset.theme === 'dark');
  await page.locator('#dark').scrollIntoViewIfNeeded();
  const darkBlock = page.frameLocator('#dark iframe');
  await darkBlock.locator('[role=status][data-decision]').waitFor();
  await page.evaluate(() => document.documentElement.classList.remove('dark'));
  // A host that marks dark with a class marks light by its absence: light, not the OS's choice.
  await page.waitForFunction(() => document.querySelector('.cam-embed iframe').contentDocument.documentElement.dataset.theme === 'light');
  assert.equal(await darkBlock.locator('html').getAttribute('data-theme'), 'dark', 'a block that names its theme keeps it');
  // The same for the page's language (a docs site's language switch).
  await page.evaluate(() => { document.documentElement.lang = 'zh-CN'; });
  await first.locator('html[lang="zh-CN"]').waitFor();
  assert.match(await first.locator('.embed-title').innerText(), /CAM 策略演练场/);
  assert.deepEqual(problems, []);
});

test('readonly: nothing editable, and the playground link edits a copy', async () => {
  const { page, problems } = await openPage(browser, `${site.url}?embed&readonly${TRAP}`);
  await shown(page, 'implicit_deny');
  const editor = page.locator('#policy-0');
  assert.equal(await editor.evaluate((e) => e.readOnly), true);
  const before = await editor.inputValue();
  await editor.click();
  await page.keyboard.type('xyz');
  assert.equal(await editor.inputValue(), before, 'typing changes nothing');
  assert.equal(await page.locator('.tab-add, .tab-close, button.format').count(), 0);
  await page.locator('[role=tab]').first().press('Delete');
  assert.equal(await page.locator('[role=tab]').count(), 1, 'Delete on a tab removes nothing');
  assert.equal(await page.locator('#request-json').evaluate((e) => e.readOnly), true);
  await page.locator('.request .segmented button').first().click();
  assert.equal(await page.locator('fieldset.request-fields').evaluate((e) => e.disabled), true, 'the form is shown disabled');
  assert.match(await page.locator('.readonly-hint').innerText(), /Read-only/);
  // The full playground opens in the embed's language and theme.
  assert.match(await page.locator('a.open-full').getAttribute('href'), /^http:\/\/127\.0\.0\.1:\d+\/(index\.html)?\?lang=en&theme=auto#s1\./);
  assert.deepEqual(problems, []);
});

test('view=result shows the decision and reasoning only; view=compact folds the request and the steps', async () => {
  const result = await openPage(browser, `${site.url}?embed&view=result${TRAP}`);
  await shown(result.page, 'implicit_deny');
  assert.equal(await result.page.locator('textarea').count(), 0, 'no editor');
  assert.ok(await result.page.locator('.steps li').count() > 3, 'the reasoning is there');
  assert.equal(await result.page.locator('.result h2 .hint').count(), 0, 'no hint pointing at a policy that is not shown');
  assert.equal(await result.page.locator('.steps li[tabindex]').count(), 0, 'steps point at nothing to focus');
  assert.deepEqual(result.problems, []);
  // With no policy or request on show, what keeps the embed from deciding is listed in the result, located.
  const noOwner = JSON.stringify({ action: 'ccc:CreateStaff', params: { SdkAppId: 1400000000 } });
  const blocked = await openPage(browser, `${site.url}?embed&view=result${fragment(scoped, noOwner)}`);
  await shown(blocked.page, 'none');
  const listed = await blocked.page.locator('.banner .blocking li').allInnerTexts();
  assert.equal(listed.length, 1, `${listed}`);
  assert.match(listed[0], /^Request 1:1\s+The resource of ccc:CreateStaff .*owner_uin[\s\S]*Add "principal"/);
  await blocked.page.screenshot({ path: new URL('./screenshots/embed-result-blocked.png', import.meta.url).pathname });
  assert.deepEqual(blocked.problems, []);
  // A compact embed folds the request: its errors are listed too; the policy's are under the policy.
  const folded = await openPage(browser, `${site.url}?embed&view=compact${fragment(scoped, noOwner)}`);
  await shown(folded.page, 'none');
  assert.match((await folded.page.locator('.banner .blocking li').allInnerTexts()).join('|'), /^Request 1:1\s/);
  const brokenPolicy = await openPage(browser, `${site.url}?embed&view=compact${fragment('{"version": "2.0",', request('ccc:CreateStaff'))}`);
  await shown(brokenPolicy.page, 'none');
  assert.equal(await brokenPolicy.page.locator('.banner .blocking').count(), 0, 'the policy\'s errors are on show');
  assert.match(await brokenPolicy.page.locator('.banner p').innerText(), /Fix the errors shown under the policy/);
  assert.deepEqual([...folded.problems, ...brokenPolicy.problems], []);

  const compact = await openPage(browser, `${site.url}?embed&view=compact${TRAP}`);
  await shown(compact.page, 'implicit_deny');
  assert.equal(await compact.page.locator('#policy-0').count(), 1, 'the policy editor is there');
  assert.equal(await compact.page.locator('.steps').count(), 0, 'steps folded');
  assert.equal(await compact.page.locator('#request-json').count(), 0, 'request folded');
  await compact.page.locator('button.steps-toggle').click();
  assert.ok(await compact.page.locator('.steps li').count() > 3);
  await compact.page.locator('button.request-toggle').click();
  assert.equal(await compact.page.locator('#request-json').count(), 1);
  const shownRequest = await openPage(browser, `${site.url}?embed&view=compact&request=shown${TRAP}`);
  await shown(shownRequest.page, 'implicit_deny');
  assert.equal(await shownRequest.page.locator('#request-json').count(), 1, 'request=shown opens it');
  assert.deepEqual(compact.problems, []);
  assert.deepEqual(shownRequest.problems, []);
});

test('unknown parameters and values are ignored with a console notice', async () => {
  const { page, problems } = await openPage(browser, 'about:blank');
  const notices = [];
  page.on('console', (msg) => { if (msg.type() === 'info') notices.push(msg.text()); });
  await page.goto(`${site.url}?embed&view=wide&colour=red${TRAP}`);
  await shown(page, 'implicit_deny');
  assert.equal(await page.locator('#policy-0').count(), 1, 'the default view');
  assert.ok(notices.some((n) => /ignored view=wide, colour=red/.test(n) && /known parameters: embed, lang, theme, view/.test(n)),
    `a notice naming them: ${notices}`);
  assert.deepEqual(problems, []);
});

/// A docs page of `count` examples, each far below the previous one.
function manyExamples(count, scriptSrc, { load } = {}) {
  const blocks = Array.from({ length: count }, (_, i) => `
    <h2 id="example-${i}">Example ${i + 1}</h2>
    <pre class="cam-policy" data-name="example-${i}" data-request='${request(i % 2 ? 'ccc:CreateStaff' : 'ccc:DeleteCCCSkillGroup')}'>${scoped}</pre>
    <div style="height: 1400px">Text between the examples.</div>`).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Many examples</title>
    <script src="${scriptSrc}" ${load ? `data-load="${load}"` : ''} defer></script></head>
    <body><h1>Examples</h1>${blocks}</body></html>`;
}

test('embed.js on a page of 12 examples: only the visible ones load, the rest wait with a preview and Run', async () => {
  const docs = await host(undefined, { '/many.html': manyExamples(12, './embed.js') });
  const { page, problems } = await openPage(browser, `${docs.url}many.html`, { width: 1200, height: 900 });
  const embeds = [];
  page.on('request', (r) => { if (r.url().includes('?embed')) embeds.push(r.url()); });
  await page.waitForSelector('.cam-embed >> nth=0 >> xpath=self::*[@data-decision]');
  assert.equal(await page.locator('.cam-embed').count(), 12);
  assert.equal(await page.locator('iframe').count(), 1, 'one example is near the viewport: one playground');
  assert.equal(await page.locator('.cam-embed-run:visible').count(), 11, 'the others show their code and a Run button');
  // Run loads one at once, wherever it is.
  await page.locator('.cam-embed-run').nth(5).evaluate((b) => b.click());
  await page.waitForSelector('.cam-embed >> nth=5 >> xpath=self::*[@data-decision="allow"]');
  // Scrolling to the last example loads it (and not the ones scrolled past).
  await page.locator('#example-11').scrollIntoViewIfNeeded();
  await page.locator('.cam-embed').nth(11).scrollIntoViewIfNeeded();
  await page.waitForSelector('.cam-embed >> nth=11 >> xpath=self::*[@data-decision="allow"]');
  assert.ok(await page.locator('iframe').count() <= 4, `few frames loaded: ${await page.locator('iframe').count()}`);
  assert.deepEqual(problems, []);
});

test('embed.js: bad data-request gets a located error inside the embed, markup stays text, data-load="click"', async () => {
  const hostile = '{"version": "2.0", "statement": [{"effect": "allow", "action": ["&lt;img src=x onerror=alert(1)&gt;"], "resource": ["*"]}]}';
  const page_ = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>Bad blocks</title>
    <script src="./embed.js" defer></script></head><body>
    <pre class="cam-policy" id="bad" data-request='{"action": "ccc:CreateStaff",'>${scoped}</pre>
    <pre class="cam-policy" id="markup" data-name="&lt;b&gt;name&lt;/b&gt;">${hostile}</pre>
    <pre class="cam-policy" id="click" data-load="click">${scoped}</pre>
    <pre class="cam-policy" id="link-only" data-embed="link">${scoped}</pre></body></html>`;
  const docs = await host(undefined, { '/bad.html': page_ });
  const { page, problems } = await openPage(browser, `${docs.url}bad.html`, { width: 1200, height: 2400 });
  const bad = page.frameLocator('.cam-embed >> nth=0 >> iframe');
  await bad.locator('[role=status][data-decision="none"]').waitFor();
  assert.match(await bad.locator('.request .diagnostics').innerText(), /1:\d+/, 'the request error is located');
  assert.equal(await bad.locator('html').getAttribute('lang'), 'zh-CN', 'the host page\'s language');
  const markup = page.frameLocator('.cam-embed >> nth=1 >> iframe');
  await markup.locator('[role=status][data-decision]').waitFor();
  assert.equal(await markup.locator('img, b').count(), 0, 'nothing from the block became markup');
  assert.match(await markup.locator('.tab').first().innerText(), /<b>name<\/b>/);
  assert.equal(await page.locator('img').count(), 0);
  // data-embed="link": no embed, an "Open in playground" link carrying the example.
  assert.equal(await page.locator('#link-only').evaluate((pre) => pre.closest('.cam-embed') === null), true);
  await page.waitForFunction(() => document.querySelector('#link-only + a.cam-embed-open')?.href.includes('#s1.'));
  const linked = await page.locator('#link-only + a.cam-embed-open').getAttribute('href');
  assert.match(linked, /^http:\/\/127\.0\.0\.1:\d+\/index\.html\?lang=zh-CN#s1\./);
  // data-load="click" waits for Run even in view.
  assert.equal(await page.locator('.cam-embed >> nth=2 >> iframe').count(), 0);
  await page.locator('.cam-embed-run').last().click();
  await page.frameLocator('.cam-embed >> nth=2 >> iframe').locator('[role=status][data-decision]').waitFor();
  assert.deepEqual(problems, []);
});

test('cross-origin: docs on one port, the playground on another; messages from anyone but the host are ignored', async () => {
  const evil = `<!doctype html><html><body><script>
    window.addEventListener('message', (event) => {
      const target = parent.document.querySelector('.cam-embed iframe');
      target.contentWindow.postMessage({ type: 'setState', state: { policies: [{ name: 'evil', text: '{}' }], request: '{}' } }, '*');
      target.contentWindow.postMessage({ type: 'setTheme', theme: 'dark' }, '*');
      parent.postMessage('evil-sent', '*');
    });
  </script></body></html>`;
  const docs = await host(null, {
    '/docs.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Docs</title>
      <script src="${site.url}embed.js" data-theme="light" defer></script></head><body>
      <pre class="cam-policy" data-request='${request('ccc:DeleteCCCSkillGroup')}'>${scoped}</pre>
      <iframe id="evil" src="./evil.html" style="height:40px"></iframe></body></html>`,
    '/evil.html': evil,
  });
  assert.notEqual(new URL(docs.url).port, new URL(site.url).port);
  const { page, problems } = await openPage(browser, `${docs.url}docs.html`);
  await page.waitForSelector('.cam-embed[data-decision="implicit_deny"]');
  const frame = page.locator('.cam-embed iframe');
  assert.ok((await frame.getAttribute('src')).startsWith(`${site.url}index.html?embed`), 'served from the playground\'s origin');
  assert.match(await frame.getAttribute('src'), new RegExp(`origin=${encodeURIComponent(docs.url.slice(0, -1))}`));
  assert.ok((await page.locator('.cam-embed-open').getAttribute('href')).startsWith(`${site.url}index.html`));
  const inner = page.frameLocator('.cam-embed iframe');
  // Another frame of the page (same origin as the host, but not the host) sends setState and setTheme.
  await page.evaluate(() => new Promise((resolve) => {
    window.addEventListener('message', (e) => { if (e.data === 'evil-sent') resolve(); });
    document.getElementById('evil').contentWindow.postMessage('go', '*');
  }));
  // The host itself sends shapes the embed cannot read; then a setTheme it can, to know the others were processed.
  await page.evaluate(() => {
    const target = document.querySelector('.cam-embed iframe').contentWindow;
    for (const junk of ['text', 42, null, [], { type: 'setState' }, { type: 'nope' }, { type: 'setTheme', theme: 7 }]) target.postMessage(junk, '*');
    target.postMessage({ type: 'setTheme', theme: 'auto' }, '*');
  });
  await inner.locator('html[data-theme="auto"]').waitFor();
  assert.equal(await inner.locator('.tab').first().innerText().then((t) => t.includes('evil')), false, 'the other frame\'s setState was ignored');
  assert.equal(await page.locator('.cam-embed').getAttribute('data-decision'), 'implicit_deny');
  assert.deepEqual(problems, []);
});

test('an origin allow-list: messages from an origin not listed are ignored', async () => {
  const docs = await host(null, {
    '/host.html': `<!doctype html><html><head><meta charset="utf-8"><title>Host</title></head><body>
      <iframe id="embed" style="width:100%;height:600px" src="${site.url}?embed&theme=light&origin=https://docs.example.com${TRAP}"></iframe>
      <script>
        window.heights = [];
        window.results = [];
        window.addEventListener('message', (e) => {
          if (e.data?.type === 'resize') window.heights.push(e.data.height);
          if (e.data?.type === 'result') window.results.push(e.data);
        });
      </script>
      <iframe id="capped" style="width:100%;height:100px" src="${site.url}?embed&height=200${ALLOWED}"></iframe></body></html>`,
  });
  const { page, problems } = await openPage(browser, `${docs.url}host.html`);
  const inner = page.frameLocator('#embed');
  await inner.locator('[role=status][data-decision="implicit_deny"]').waitFor();
  // height=200 caps what the embed asks for; beyond it the embed scrolls inside.
  await page.waitForFunction(() => window.heights?.length > 0 && window.results?.length > 0);
  // The result message has the deciding statements in the JavaScript package's shape (wire::Deciding).
  assert.deepEqual(await page.evaluate(() => window.results.at(-1)), { type: 'result', decision: 'allow', authoritative: true,
    deciding: [{ source: 'policy', policy: 0, statement: 0, line: 4, column: 5 }] });
  assert.ok(await page.evaluate(() => window.heights.every((h) => h <= 200) && window.heights.includes(200)),
    `asked for: ${await page.evaluate(() => window.heights)}`);
  await page.evaluate(() => document.getElementById('embed').contentWindow.postMessage({ type: 'setTheme', theme: 'dark' }, '*'));
  await page.waitForTimeout(300);
  assert.equal(await inner.locator('html').getAttribute('data-theme'), 'light', 'a host at an unlisted origin is not obeyed');
  // The embed addresses its messages to the listed origin only: Chromium reports each one this host cannot get.
  assert.deepEqual(problems.filter((p) => !/does not match the recipient window's origin/.test(p)), []);
});

test('Copy embed code: the snippet works as pasted into another site\'s page', async () => {
  const { page, problems } = await openPage(browser, `${site.url}${TRAP}`);
  await shown(page, 'implicit_deny');
  await page.locator('button.copy-embed').click();
  const snippet = await page.locator('.banner-bar textarea.copied').inputValue();
  assert.match(snippet, /^<script src="http:\/\/127\.0\.0\.1:\d+\/embed\.js" defer><\/script>\n<cam-playground link="http:\/\/127\.0\.0\.1:\d+\/#s1\.[\w-]+"><\/cam-playground>$/);
  const docs = await host(null, { '/pasted.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title></head><body><h1>Pasted</h1>${snippet}</body></html>` });
  const pasted = await openPage(browser, `${docs.url}pasted.html`);
  await pasted.page.waitForSelector('cam-playground .cam-embed[data-decision="implicit_deny"]');
  assert.deepEqual(problems, []);
  assert.deepEqual(pasted.problems, []);
});

test('embed.js reads the fences of Docusaurus and Hugo, once each, with the request fence that follows', async () => {
  const req = request('ccc:CreateStaff');
  const docs = await host(undefined, { '/shapes.html': `<!doctype html><html lang="en" data-theme="dark"><head><meta charset="utf-8"><title>Shapes</title>
    <script src="./embed.js" defer></script></head><body>
    <div class="language-cam-policy theme-code-block"><div class="codeBlockContent"><pre class="prism-code language-cam-policy"><code>${scoped}</code></pre><div class="buttonGroup"><button>Copy</button></div></div></div>
    <div class="language-cam-request theme-code-block"><div class="codeBlockContent"><pre class="prism-code language-cam-request"><code>${req}</code></pre></div></div>
    <div class="highlight"><pre class="chroma"><code class="language-cam-policy" data-lang="cam-policy">${scoped}</code></pre></div>
    <div class="highlight"><pre class="chroma"><code class="language-cam-request" data-lang="cam-request">${req}</code></pre></div>
    <pre class="cam-policy" id="alone">${scoped}</pre></body></html>` });
  const { page, problems } = await openPage(browser, `${docs.url}shapes.html`, { width: 1200, height: 3000 });
  await page.waitForFunction(() => document.querySelectorAll('.cam-embed[data-decision]').length === 3);
  assert.equal(await page.locator('.cam-embed').count(), 3, 'two fenced examples and one block, each once');
  assert.deepEqual(await page.locator('.cam-embed').evaluateAll((boxes) => boxes.map((b) => b.dataset.decision)),
    ['allow', 'allow', 'none']);
  assert.equal(await page.locator('[class*="language-cam-request"]').count(), 3, 'the request fences stay in the page (a framework may own them)');
  assert.equal(await page.locator('[class*="language-cam-request"]:visible').count(), 0, 'hidden: they became the examples\' requests');
  assert.equal(await page.frameLocator('.cam-embed >> nth=0 >> iframe').locator('html').getAttribute('data-theme'), 'dark', 'Docusaurus\'s data-theme');
  const alone = page.frameLocator('.cam-embed >> nth=2 >> iframe');
  assert.match(await alone.locator('.banner').innerText(), /Not evaluated/i);
  assert.match(await alone.locator('.request .diagnostics').innerText(), /the request is empty[\s\S]*"action": "ccc:CreateStaff"/i,
    'without a request the reader is told what to write');
  assert.deepEqual(problems, []);
});

test('a host page that removes, moves and clones blocks keeps working; each example follows its block', async () => {
  const docs = await host(undefined, { '/churn.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Churn</title>
    <script src="./embed.js" defer></script></head><body><main id="content">
    <pre class="cam-policy" id="removed" data-request='${request('ccc:CreateStaff')}'>${scoped}</pre>
    <pre class="cam-policy" id="moved" data-request='${request('ccc:CreateStaff')}'>${scoped}</pre>
    <pre class="cam-policy" id="cloned" data-request='${request('ccc:DeleteCCCSkillGroup')}'>${scoped}</pre>
    </main><aside id="elsewhere"></aside></body></html>` });
  const { page, problems } = await openPage(browser, `${docs.url}churn.html`, { width: 1200, height: 3000 });
  await page.waitForFunction(() => document.querySelectorAll('.cam-embed[data-decision]').length === 3);
  await page.evaluate(() => {
    document.getElementById('removed').remove();
    document.getElementById('elsewhere').append(document.getElementById('moved'));
    const clone = document.getElementById('cloned').cloneNode(true);
    clone.id = 'clone';
    document.getElementById('content').append(clone);
  });
  // The removed block's example goes; the moved one's box follows it; the clone (hidden, as its original was) is
  // shown again and becomes an example of its own.
  await page.waitForFunction(() => document.querySelectorAll('.cam-embed[data-decision]').length === 3
    && document.querySelector('#moved + .cam-embed[data-decision]') && document.querySelector('#clone + .cam-embed[data-decision]'));
  assert.equal(await page.evaluate(() => window.camPlayground.examples()), 3);
  assert.equal(await page.locator('#elsewhere .cam-embed').count(), 1);
  assert.equal(await page.locator('#clone + .cam-embed').getAttribute('data-decision'), 'implicit_deny');
  // A clone of a live example's box is not ours: it goes.
  await page.evaluate(() => document.body.append(document.querySelector('.cam-embed').cloneNode(true)));
  await page.waitForFunction(() => document.querySelectorAll('.cam-embed').length === 3);
  assert.deepEqual(problems, []);
});

test('a playground that never answers: the blocks keep their code and a link, and the page hears one console.info', async () => {
  const silent = await host(null, { '/index.html': '<!doctype html><html><body>Nothing here answers.</body></html>' });
  const docs = await host(undefined, { '/silent.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Silent</title>
    <script src="./embed.js" data-base="${silent.url}" defer></script></head><body>
    <pre class="cam-policy" id="one" data-request='${request('ccc:CreateStaff')}'>${scoped}</pre>
    <pre class="cam-policy" id="two">{ "version": "2.0", "statement": [</pre></body></html>` });
  const { page, problems } = await openPage(browser, 'about:blank', { width: 1200, height: 2000 });
  const said = [];
  page.on('console', (msg) => said.push(`${msg.type()}: ${msg.text()}`));
  await page.goto(`${docs.url}silent.html`);
  await page.waitForFunction(() => document.querySelectorAll('.cam-embed-failed').length === 2, null, { timeout: 60000 });
  assert.equal(await page.locator('pre.cam-policy:visible').count(), 2, 'both blocks still show their code');
  assert.equal(await page.locator('iframe').count(), 0, 'the silent frames are gone');
  assert.match(await page.locator('.cam-embed-open').first().getAttribute('href'), /#s1\./, 'and a link to the playground');
  assert.equal(said.length, 1, `one line for the page: ${said}`);
  assert.match(said[0], /^info: CAM playground: an example could not load/);
  assert.deepEqual(problems, []);
});

test('embed.js reads a fenced trust policy and a COS bucket policy as what they are, or as the options line says', async () => {
  // Tencent's own examples (598/19381, 436/45235), as a docs page shows them: no kind is stated.
  const trust = JSON.stringify({ version: '2.0', statement: [{ action: 'name/sts:AssumeRole', effect: 'allow',
    principal: { qcs: ['qcs::cam::uin/67890:root'] } }] }, null, 2);
  const rootAssumes = JSON.stringify({ action: 'sts:AssumeRole', resource: 'qcs::cam::uin/12345:roleName/DevOpsRole',
    principal: { uin: '67890', owner_uin: '67890' } });
  const bucket = JSON.stringify({ Statement: [{ Principal: { qcs: ['qcs::cam::anyone:anyone'] }, Effect: 'Allow',
    Action: ['name/cos:GetObject'], Resource: ['qcs::cos:ap-guangzhou:uid/1250000000:examplebucket-1250000000/*'] }],
  version: '2.0' }, null, 2);
  // An organization's SCP bound to its root node (rule O2), stated in the options line.
  const noDeletes = JSON.stringify({ version: '2.0', statement: [{ effect: 'deny', action: 'ccc:Delete*', resource: '*' }] }, null, 2);
  const userDeletes = JSON.stringify({ action: 'ccc:DeleteStaff', params: { SdkAppId: 1400000000 },
    principal: { uin: '100000000011', owner_uin: '100000000001' } });
  const anonymousGet = JSON.stringify({ action: 'cos:GetObject', principal: { type: 'anonymous' },
    resource: 'qcs::cos:ap-guangzhou:uid/1250000000:examplebucket-1250000000/a.txt' });
  const docs = await host(undefined, { '/kinds.html': `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Kinds</title>
    <script src="./embed.js" defer></script></head><body>
    <pre><code class="language-cam-policy">${trust}</code></pre>
    <pre><code class="language-cam-request">${rootAssumes}</code></pre>
    <pre><code class="language-cam-policy">${bucket}</code></pre>
    <pre><code class="language-cam-request">${anonymousGet}</code></pre>
    <pre><code class="language-cam-policy">// cam: kind=identity
${trust}</code></pre>
    <pre><code class="language-cam-request">${rootAssumes}</code></pre>
    <pre><code class="language-cam-policy">// cam: kind=scp node=root
${noDeletes}</code></pre>
    <pre><code class="language-cam-request">${userDeletes}</code></pre></body></html>` });
  const { page, problems } = await openPage(browser, `${docs.url}kinds.html`, { width: 1200, height: 5000 });
  await page.waitForFunction(() => document.querySelectorAll('.cam-embed[data-decision]').length === 4);
  assert.deepEqual(await page.locator('.cam-embed').evaluateAll((boxes) => boxes.map((b) => b.dataset.decision)),
    ['allow', 'allow', 'allow', 'explicit_deny']);
  const frame = (n) => page.frameLocator(`.cam-embed >> nth=${n} >> iframe`);
  assert.equal(await frame(0).locator('.refused').count(), 0, 'no false "CAM would refuse" for Tencent\'s trust policy');
  assert.match(await frame(0).locator('.steps').innerText(), /Role trust policy: allow/);
  assert.match(await frame(1).locator('.steps').innerText(), /Bucket policy: allow/);
  assert.match(await frame(1).locator('.steps').innerText(), /Who is asking: anonymous caller/);
  // Stated as an identity policy, the same text is one CAM's CreatePolicy refuses (the root is still allowed).
  assert.match(await frame(2).locator('.refused').innerText(), /CAM would refuse to save/);
  assert.match(await frame(3).locator('.steps').innerText(), /SCPs bound to the root node: an explicit deny/);
  assert.deepEqual(problems, []);
});
