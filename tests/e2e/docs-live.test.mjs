// Live reload in a docs site's dev server: `vitepress dev` on a copy of the example pages, a reader on a page, and
// the author editing its Markdown. VitePress swaps the page's content in place (hot module replacement); the new
// blocks must become live examples without a call, and the replaced ones must be released.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { serveDist, launch, openPage } from './harness.mjs';
import { SITES } from '../../examples/docs-sites/sites.mjs';

let playground, browser, dev, pages;

/** A free port on 127.0.0.1 for the dev server. */
async function freePort() {
  const server = createServer();
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

before(async () => {
  playground = await serveDist();
  browser = await launch();
  // Inside examples/docs-sites, so the copy resolves the site's node_modules (and is ignored by git).
  pages = await mkdtemp(join(SITES, '.live-'));
  await cp(join(SITES, 'pages'), pages, { recursive: true });
  const port = await freePort();
  dev = spawn(join(SITES, 'node_modules/.bin/vitepress'), ['dev', 'vitepress', '--host', '127.0.0.1', '--port', `${port}`, '--strictPort'], {
    cwd: SITES, env: { ...process.env, CAM_EMBED_SRC: `${playground.url}embed.js`, CAM_DOCS_SRC: pages }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  await new Promise((resolve, reject) => {
    let said = '';
    const listen = (chunk) => { said += chunk; if (said.includes(`${port}`)) resolve(); };
    dev.stdout.on('data', listen);
    dev.stderr.on('data', listen);
    dev.on('exit', (code) => reject(new Error(`vitepress dev exited (${code}): ${said}`)));
  });
  dev.url = `http://127.0.0.1:${port}`;
});

after(async () => {
  dev?.kill();
  await browser?.close();
  playground?.server.close();
  if (pages) await rm(pages, { recursive: true, force: true });
});

test('vitepress dev: an edited page\'s new blocks come alive without a reload, and the replaced ones are released', async () => {
  const { page, problems } = await openPage(browser, `${dev.url}/basics.html`, { width: 1440, height: 900 });
  await page.locator('.cam-embed[data-decision="allow"]').first().waitFor({ timeout: 60000 });
  await page.evaluate(() => { window.notReloaded = true; });
  // The author changes the first example's request to an action the policy does not allow, and saves.
  const file = join(pages, 'basics.md');
  const text = await readFile(file, 'utf8');
  await writeFile(file, text.replace('"action": "ccc:DescribeStaffInfoList",\n  "params"', '"action": "ccc:CreateStaff",\n  "params"'));
  await page.waitForFunction(() => document.querySelector('.cam-embed')?.dataset.decision === 'implicit_deny', null, { timeout: 60000 });
  assert.equal(await page.evaluate(() => window.notReloaded), true, 'hot replacement, not a reload');
  const boxes = await page.evaluate(() => [...document.querySelectorAll('.cam-embed')].length);
  const fences = await page.evaluate(() => document.querySelectorAll('div.language-cam-policy').length);
  assert.equal(boxes, fences, 'one example per policy fence: the replaced blocks\' examples are gone');
  assert.equal(await page.evaluate(() => window.camPlayground.examples()), fences + 1,
    'the released examples are not held (the fences\' and the hand-written element\'s)');
  assert.deepEqual(problems.filter((p) => !/Failed to load resource/.test(p)), []);
});
