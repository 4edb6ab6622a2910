// Shared pieces of the browser tests: a static server for dist/ on 127.0.0.1 and a headless Chromium that
// refuses every request leaving this machine.
import { before, after } from 'node:test';
import { createServer } from 'node:http';
import { mkdir, readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css' };

/// Serves dist/ on 127.0.0.1 (a free port). `pages` adds HTML pages by path (e.g. `{'/docs.html': '<!doctype…'}`),
/// for host pages of embedding tests; `root: null` serves only those.
/// `cacheSeconds` sends `Cache-Control: max-age` as a static host does (GitHub Pages: 600), for measurements.
export async function serveDist(root = join(process.cwd(), 'dist'), pages = {}, { cacheSeconds } = {}) {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    if (Object.hasOwn(pages, path)) {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(pages[path]);
      return;
    }
    const file = join(root ?? '/nonexistent', path.endsWith('/') ? join(path, 'index.html') : path);
    try {
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        ...(cacheSeconds ? { 'cache-control': `max-age=${cacheSeconds}` } : {}),
      });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

/// Counts the bytes a server sends (what a reader downloads, uncompressed), at the server: a browser's own figures
/// include files it took from its cache. `counter.bytes` reads the count, `counter.bytes = 0` resets it.
export function countServed(server) {
  const counter = { bytes: 0 };
  server.on('request', (req, res) => {
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    res.write = (chunk, ...rest) => { counter.bytes += chunk?.length ?? 0; return write(chunk, ...rest); };
    res.end = (chunk, ...rest) => {
      if (chunk && typeof chunk !== 'function') counter.bytes += chunk.length;
      return end(chunk, ...rest);
    };
  });
  return counter;
}

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/// The hooks every browser test file needs: the release build served on 127.0.0.1 and one headless Chromium,
/// filled in before the first test (`suite().site.url`, `suite().browser`), and a folder for screenshots.
export function suite() {
  const shared = { site: null, browser: null, shots: new URL('./screenshots/', import.meta.url).pathname };
  before(async () => {
    shared.site = await serveDist();
    shared.browser = await launch();
    await mkdir(shared.shots, { recursive: true });
  });
  after(async () => {
    await shared.browser?.close();
    shared.site?.server.close();
  });
  return shared;
}

/// A page that records console errors and aborts (and records) any request not to 127.0.0.1. With `locale`, the
/// page gets its own browser context whose preferred language is that locale (close `context` when done).
export async function openPage(browser, url, viewport = { width: 1400, height: 1000 }, { locale } = {}) {
  const context = locale ? await browser.newContext({ locale, viewport }) : null;
  const page = context ? await context.newPage() : await browser.newPage({ viewport });
  const problems = [];
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console: ${msg.text()}`); });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  await page.route('**/*', (route) => {
    const target = new URL(route.request().url());
    if (target.hostname === '127.0.0.1') return route.continue();
    problems.push(`external request: ${target.href}`);
    return route.abort();
  });
  await page.goto(url);
  return { page, problems, context };
}

export async function decision(page) {
  return page.locator('[role=status]').getAttribute('data-decision');
}
