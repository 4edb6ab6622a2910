// The docs-site recipes of docs/embedding.md, built for real: the VitePress and Docusaurus sites under
// examples/docs-sites/ (which follow the guide as written) are built here with the playground served from another
// origin, then read in headless Chromium the way a reader does: a full load, scrolling, sidebar navigation, window
// resizes, the host's dark-mode switch, Chinese. The host page must stay intact (no page error, no lost outline,
// no duplicated content) and every example must come alive and fit its frame.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveDist, launch, openPage } from './harness.mjs';
import { GENERATORS, buildSite, available } from '../../examples/docs-sites/sites.mjs';

const shots = new URL('./screenshots/', import.meta.url).pathname;
let playground, browser, out;
const sites = {};

async function build(generator, env) {
  const dir = await buildSite(generator, env, join(out, `${generator}-${env.CAM_DOCS_LANG ?? 'en'}`));
  const served = await serveDist(dir);
  return { ...GENERATORS[generator], url: served.url.slice(0, -1), server: served.server };
}

before(async () => {
  playground = await serveDist();
  browser = await launch();
  out = await mkdtemp(join(tmpdir(), 'cam-docs-sites-'));
  const env = { CAM_EMBED_SRC: `${playground.url}embed.js` };
  sites.vitepress = await build('vitepress', env);
  sites.vitepressZh = await build('vitepress', { ...env, CAM_DOCS_LANG: 'zh-CN' });
  sites.docusaurus = await build('docusaurus', env);
  // `make test` installs Hugo and mdBook (scripts/setup.sh); a machine without them still checks the two npm sites.
  for (const generator of await available) {
    if (!sites[generator]) sites[generator] = await build(generator, env);
  }
});

after(async () => {
  await browser?.close();
  playground?.server.close();
  for (const site of Object.values(sites)) site.server.close();
  if (out) await rm(out, { recursive: true, force: true });
});

/**
 * Scrolls the page through, so every lazy example starts, and waits until all are live. A reader who passed an
 * example before it could start (embed.js still loading on a slow machine, or the host re-rendering the page under
 * it) sees it start on coming back: examples still waiting are scrolled to, one by one, and the test says how many.
 */
async function scrollThrough(page, expected) {
  await page.waitForFunction(() => window.camPlayground && document.querySelector('.cam-embed'), null, { timeout: 60000 });
  // The page grows as examples come alive (a frame is taller than its fences): read its height on the way.
  for (let y = 0; y < await page.evaluate(() => document.documentElement.scrollHeight); y += 600) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(60);
  }
  const live = () => page.evaluate(() => document.querySelectorAll('.cam-embed[data-decision]').length);
  const revisited = new Set();
  for (const deadline = Date.now() + 60000; await live() < expected;) {
    if (Date.now() > deadline) assert.fail(`${await live()} of ${expected} examples live after a minute: ${await states(page)}`);
    await page.waitForTimeout(250);
    const waiting = await page.evaluate(() => {
      const box = [...document.querySelectorAll('.cam-embed:not([data-decision])')]
        .find((b) => b.getBoundingClientRect().bottom < 0 || b.getBoundingClientRect().top > window.innerHeight);
      box?.scrollIntoView({ block: 'center' });
      return box ? [...document.querySelectorAll('.cam-embed')].indexOf(box) : null;
    });
    if (waiting !== null) revisited.add(waiting);
  }
  if (revisited.size) console.log(`# examples scrolled back to before they started: ${[...revisited].join(' ')}`);
  return page.evaluate(() => [...document.querySelectorAll('.cam-embed')].map((box) => box.dataset.decision));
}

/** Each example box's state, for a failure's message: its decision, or why it has none, and where it is. */
function states(page) {
  return page.evaluate(() => [...document.querySelectorAll('.cam-embed')].map((box) => {
    const state = box.dataset.decision ?? (box.querySelector('.cam-embed-failed') ? 'failed to load'
      : box.querySelector('iframe') ? 'loading' : box.querySelector('.cam-embed-run')?.disabled ? 'waiting for the first'
        : 'not started');
    return `${state} at ${Math.round(box.getBoundingClientRect().top)} px`;
  }).join('; ') + ` (viewport ${window.innerHeight} px, scrolled ${Math.round(window.scrollY)} px)`);
}

/** Every shown embed frame: its height against its content's, whether its document scrolls, its box sizing. */
async function frameFit(page) {
  const fits = [];
  for (const handle of await page.$$('iframe.cam-embed-frame')) {
    const outer = await handle.evaluate((frame) => ({ shown: frame.style.opacity === '1', height: frame.clientHeight,
      sizing: getComputedStyle(frame).boxSizing, top: frame.getBoundingClientRect().top }));
    if (!outer.shown) continue;
    const inner = await (await handle.contentFrame()).evaluate(() => ({
      app: Math.ceil(document.querySelector('.app').getBoundingClientRect().height),
      scrolls: document.documentElement.scrollHeight > document.documentElement.clientHeight + 1,
    }));
    fits.push({ ...outer, ...inner });
  }
  return fits;
}

async function fitted(page, check) {
  let frames = [];
  for (let i = 0; i < 60; i++) {
    frames = await frameFit(page);
    if (frames.length && frames.every((f) => !f.scrolls && Math.abs(f.height - f.app) <= 1)) return frames;
    await page.waitForTimeout(100);
  }
  assert.fail(`${check}: frames do not fit their content: ${JSON.stringify(frames)}`);
}

/** The host's own problems: page errors and console errors (a hydration mismatch is one), not the frames'. */
function hostProblems(problems) {
  return problems.filter((p) => !/^console: .*(Failed to load resource|favicon)/.test(p));
}

for (const name of Object.keys(GENERATORS)) {
  const skip = !(await available).includes(name) && `${name} is not installed`;
  test(`${name}: a full load of the twelve examples keeps the page intact, and every example comes alive and fits`, { skip }, async () => {
    const site = sites[name];
    const { page, problems } = await openPage(browser, `${site.url}${site.path('many')}`, { width: 1440, height: 900 });
    await page.waitForFunction(() => window.camPlayground && document.querySelector('.cam-embed'));
    const decisions = await scrollThrough(page, 12);
    assert.equal(decisions.length, 12, 'one live example per policy fence');
    assert.deepEqual(decisions.slice(-2), ['implicit_deny', 'explicit_deny'], 'the two examples of our own decide as written');
    // The host page after hydration: its outline, its headings in order, each request fence hidden, not removed.
    if (site.outline) assert.equal(await page.locator(site.outline).count(), 12, 'the outline lists the twelve examples');
    const headings = await page.locator(`${site.content} h2`).allInnerTexts();
    assert.equal(headings.length, 12, 'no duplicated content');
    assert.match(headings[11], /12\. Deny deletes everywhere/);
    const fences = await page.evaluate(() => {
      const marked = [...document.querySelectorAll('[class*="language-cam-"]')];
      const outermost = marked.filter((e) => !e.parentElement.closest('[class*="language-cam-"]'));
      return { requests: outermost.filter((e) => /language-cam-request/.test(e.className)).length,
        visible: marked.filter((e) => e.checkVisibility()).length };
    });
    assert.equal(fences.requests, 12, 'request fences are still in the page');
    assert.equal(fences.visible, 0, 'and hidden behind their live examples');
    await page.evaluate(() => window.scrollTo(0, 0));
    for (const width of [1440, 768, 390]) {
      await page.setViewportSize({ width, height: 900 });
      // Offscreen frames too: the page asks each for its height after a resize.
      const frames = await fitted(page, `${width} px`);
      assert.ok(frames.every((f) => f.sizing === 'content-box'), 'content-box, whatever the host\'s CSS');
    }
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), true,
      'no horizontal overflow at 390 px');
    await page.screenshot({ path: join(shots, `docs-${name}-many-390.png`) });
    assert.deepEqual(hostProblems(problems), []);
  });

  test(`${name}: a sidebar navigation upgrades the next page, and twenty navigations leave nothing behind`, { skip }, async () => {
    const site = sites[name];
    const { page, problems } = await openPage(browser, `${site.url}${site.path('basics')}`, { width: 1440, height: 900 });
    await page.waitForSelector('.cam-embed[data-decision="allow"]', { timeout: 30000 });
    await page.locator(site.sidebar('many')).first().click();
    const heading = (title) => page.waitForFunction(([content, text]) => document.querySelector(`${content} h1`)
      ?.textContent.includes(text), [site.content, title]);
    await heading('Twelve examples');
    await page.waitForSelector('.cam-embed[data-decision]', { timeout: 30000 });
    if (site.outline) assert.equal(await page.locator(site.outline).count(), 12, 'the new page has its outline');
    assert.equal(await page.locator(`${site.content} h2`).count(), 12);

    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.enable');
    const iframes = async () => {
      await cdp.send('HeapProfiler.collectGarbage');
      // In an object group released after counting: the array of found frames would otherwise keep them alive.
      const objectGroup = 'count';
      const { result: proto } = await cdp.send('Runtime.evaluate', { expression: 'HTMLIFrameElement.prototype', objectGroup });
      const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.objectId, objectGroup });
      const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: objects.objectId,
        functionDeclaration: 'function () { return this.length; }', returnByValue: true });
      await cdp.send('Runtime.releaseObjectGroup', { objectGroup });
      return result.value;
    };
    const heap = async () => (await cdp.send('Runtime.getHeapUsage')).usedSize;
    const counts = [];
    const heaps = [];
    for (let i = 0; i < 20; i++) {
      const next = i % 2 ? 'many' : 'long';
      await page.locator(site.sidebar(next)).first().click();
      await heading(next === 'many' ? 'Twelve examples' : 'A long policy');
      // Not waitForSelector: the handle it returns would keep a frame alive.
      await page.locator('.cam-embed[data-decision]').first().waitFor({ timeout: 30000 });
      counts.push(await iframes());
      heaps.push(await heap());
    }
    const live = await page.evaluate(() => document.querySelectorAll('iframe').length);
    console.log(`# ${name}: iframes reachable after each of 20 navigations: ${counts.join(' ')}; JS heap (MB): ${
      heaps.map((h) => (h / 1e6).toFixed(1)).join(' ')}`);
    assert.ok(counts.every((c) => c <= 3), `released frames are not kept: ${counts}`);
    assert.ok(live <= 3, 'only the current page\'s frames are in the document');
    assert.ok(await page.evaluate(() => window.camPlayground.examples()) <= 12, 'only the current page\'s examples are held');
    assert.ok(Math.max(...heaps.slice(10)) < 1.5 * Math.max(...heaps.slice(0, 10)), `the heap stays flat: ${heaps}`);
    assert.deepEqual(hostProblems(problems), []);
  });

  test(`${name}: a deep link to the twelfth example: its heading stays where the link put it`, { skip }, async () => {
    const site = sites[name];
    const url = `${site.url}${site.path('many')}`;
    const { page, problems } = await openPage(browser, url, { width: 1440, height: 900 });
    const id = await page.evaluate(() => [...document.querySelectorAll('h2')].at(-1).id);
    const top = () => page.evaluate((target) => Math.round(document.getElementById(target).getBoundingClientRect().top), id);
    // Where the link puts the heading without the script (loaded afresh, as from a link on another site) ...
    await page.route('**/embed.js', (route) => route.abort());
    await page.goto('about:blank');
    await page.goto(`${url}#${id}`);
    await page.waitForTimeout(1500);
    const landed = await top();
    // Near the end of a page, the heading sits lower than the link asks when the page is too short to scroll it up;
    // with live examples (taller than their fences) it may then rise to where the link asks, never drop.
    const atEnd = await page.evaluate(() => window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1);
    assert.ok(landed >= 0 && landed < 200, `the link shows the heading: ${landed}`);
    // Where the browser's own scroll to a fragment puts it. A generator that scrolls to the heading itself (VitePress,
    // below its bar) races the browser, which scrolls to the fragment again at `load` until the reader scrolls: on a
    // loaded machine either may come last, with or without embed.js (seen with the router's scroll at 245 ms and
    // the browser's at load, 297 ms, before embed.js moved anything). Either place is the host's.
    const native = await page.evaluate((target) => {
      document.getElementById(target).scrollIntoView();
      return Math.round(document.getElementById(target).getBoundingClientRect().top);
    }, id);
    // ... and where it is with the script, once the examples around it are live.
    await page.unroute('**/embed.js');
    await page.goto('about:blank');
    await page.goto(`${url}#${id}`);
    await page.waitForFunction(() => document.querySelectorAll('.cam-embed[data-decision]').length >= 2, null, { timeout: 30000 });
    const tops = [];
    for (let i = 0; i < 20; i++) {
      tops.push(await top());
      await page.waitForTimeout(100);
    }
    // The examples above the heading came alive (bars, then frames taller than their fences) without pushing it.
    const held = (place) => (t) => Math.abs(t - place) <= 2 || (atEnd && t >= -2 && t <= place);
    const stays = [landed, native].some((place) => tops.every(held(place)));
    assert.ok(stays, `the heading moved: ${landed} (${native} where the browser puts a fragment) then ${tops}`);
    if (!tops.every(held(landed))) console.log(`# ${name}: the browser's scroll to the fragment came last (${native} px), and the heading stayed there`);
    assert.deepEqual(hostProblems(problems), []);
  });

  test(`${name}: the basics page: fit after resizes, a broken policy, options in a fence, the element, dark mode both ways`, { skip }, async () => {
    const site = sites[name];
    const { page, problems } = await openPage(browser, `${site.url}${site.path('basics')}`, { width: 1440, height: 900 });
    await scrollThrough(page, 3);
    await page.waitForFunction(() => document.querySelector('cam-playground')?.shadowRoot?.querySelector('.cam-embed[data-decision]'));
    const frames = await page.$$('iframe.cam-embed-frame');
    const srcs = await Promise.all(frames.map((f) => f.getAttribute('src')));
    // The fence whose first line reads `// cam: view=compact theme=dark name="Read only"`.
    const compact = srcs.findIndex((src) => /view=compact/.test(src));
    assert.ok(compact >= 0, `an options line reaches the embed: ${srcs}`);
    assert.match(srcs[compact], /theme=dark/);
    const inner = await frames[compact].contentFrame();
    assert.equal(await inner.locator('html').getAttribute('data-theme'), 'dark');
    assert.match(await inner.locator('[role=tab]').first().innerText(), /Read only$/);
    assert.match(await inner.locator('#policy-0').inputValue(), /^\{/, 'the options line is not part of the policy');
    // The broken policy: located, and the page is fine.
    const broken = await frames[1].contentFrame();
    assert.match(await broken.locator('.diagnostics, .problems').first().innerText(), /\d+:\d+/);
    // Resizes with frames offscreen: each still fits when the reader gets there.
    for (const width of [390, 1440, 768]) {
      await page.setViewportSize({ width, height: 900 });
      await fitted(page, `basics at ${width} px`);
    }
    // The host's theme switch, both ways; the example that names its theme keeps it.
    const themeOf = (frame) => frame.evaluate(() => document.documentElement.dataset.theme);
    await page.setViewportSize({ width: 1440, height: 900 });
    const first = await frames[0].contentFrame();
    if (site.setDark) assert.equal(await themeOf(first), 'light', 'a light host page: light embeds');
    for (const dark of site.setDark ? [true, false] : []) {
      await site.setDark(page, dark);
      for (let i = 0; i < 50 && (await themeOf(first)) !== (dark ? 'dark' : 'light'); i++) await page.waitForTimeout(100);
      assert.equal(await themeOf(first), dark ? 'dark' : 'light', `the embed follows the host to ${dark ? 'dark' : 'light'}`);
      assert.equal(await themeOf(inner), 'dark', 'the example that names its theme keeps it');
    }
    // "Open in playground" inside an embed keeps the language and the theme.
    assert.match(await first.locator('a.open-full').getAttribute('href'), /\?lang=en&theme=(light|auto)#s1\./);
    await page.screenshot({ path: join(shots, `docs-${name}-basics.png`), fullPage: true });
    assert.deepEqual(hostProblems(problems), []);
  });
}

test('vitepress: a long policy grows its frame (no cap, no scroll trap) and folds its reasoning', async () => {
  const site = sites.vitepress;
  const { page, problems } = await openPage(browser, `${site.url}${site.path('long')}`, { width: 1440, height: 900 });
  await scrollThrough(page, 1);
  const [frame] = await fitted(page, 'the long policy');
  const inner = await (await page.$('iframe.cam-embed-frame')).contentFrame();
  assert.ok(await inner.locator('.steps li.more button').count() === 1, 'a "show all" inside the embed');
  await inner.locator('.steps li.more button').click();
  const [all] = await fitted(page, 'every step shown');
  assert.ok(all.height > frame.height, `the frame grows to every step (${frame.height} -> ${all.height} px)`);
  assert.deepEqual(hostProblems(problems), []);
});

test('vitepress in Chinese: the bar and the embeds speak Chinese', async () => {
  const site = sites.vitepressZh;
  const { page, problems } = await openPage(browser, `${site.url}${site.path('many')}`, { width: 1440, height: 900 },
    { locale: 'en-US' });
  await page.waitForSelector('.cam-embed');
  assert.equal(await page.locator('.cam-embed').first().getAttribute('aria-label'), 'CAM 策略示例');
  await page.waitForSelector('.cam-embed[data-decision]', { timeout: 30000 });
  const inner = await (await page.$('iframe.cam-embed-frame')).contentFrame();
  assert.equal(await inner.locator('html').getAttribute('lang'), 'zh-CN');
  assert.match(await inner.locator('a.open-full').getAttribute('href'), /\?lang=zh-CN&/, 'Open in playground stays in Chinese');
  const last = page.locator('.cam-embed').last();
  assert.match(await last.locator('.cam-embed-run').innerText(), /运行/);
  assert.match(await last.locator('.cam-embed-open').getAttribute('href'), /lang=zh-CN/);
  await page.screenshot({ path: join(shots, 'docs-vitepress-zh.png') });
  assert.deepEqual(hostProblems(problems), []);
});
