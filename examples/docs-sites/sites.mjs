// The example docs sites (VitePress, Docusaurus, Hugo, mdBook) built for a playground served at a given address:
// shared by tests/e2e/docs-sites.test.mjs and bench/docs-sites.mjs.
import { execFile } from 'node:child_process';
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

export const SITES = new URL('.', import.meta.url).pathname;
const bin = (name) => join(SITES, 'node_modules/.bin', name);

/**
 * A generator: how to build the site (a command, its arguments and environment, after `prepare` where there is
 * one), its page paths, the markers of its outline, sidebar and content, and how to switch it to dark or light
 * (`null` where the site has none).
 */
export const GENERATORS = {
  vitepress: {
    build: (env, dir) => [bin('vitepress'), ['build', 'vitepress', '--outDir', dir], env],
    path: (name) => (name === 'index' ? '/' : `/${name}.html`),
    outline: '.VPDocAsideOutline a.outline-link',
    sidebar: (name) => `.VPSidebar a[href="/${name}.html"]`,
    content: '.vp-doc',
    setDark: (page, dark) => clickUntilDark(page, '.VPNavBarAppearance button', dark),
  },
  docusaurus: {
    build: (env, dir) => [bin('docusaurus'), ['build', 'docusaurus', '--out-dir', dir], env],
    path: (name) => (name === 'index' ? '/' : `/${name}/`),
    outline: '.table-of-contents a.table-of-contents__link',
    sidebar: (name) => `.theme-doc-sidebar-menu a[href="/${name}/"]`,
    content: '.theme-doc-markdown',
    setDark: (page, dark) => clickUntilDark(page, 'button[class*="toggleButton"]', dark),
  },
  // Hugo from Debian's package, on a minimal theme of the example's own: pages load in full, no outline, no switch.
  hugo: {
    build: (env, dir) => ['hugo', ['--quiet', '-s', 'hugo', '-d', dir],
      { ...env, HUGO_PARAMS_CAMEMBED: env.CAM_EMBED_SRC }],
    path: (name) => (name === 'index' ? '/' : `/${name}/`),
    outline: null,
    sidebar: (name) => `nav.sidebar a[href="/${name}/"]`,
    content: 'main',
    setDark: null,
  },
  // mdBook (cargo install, by scripts/setup.sh) as its recipe says: dist/ copied into the book's src/ as cam/, so the
  // playground is on the book's own origin.
  mdbook: {
    prepare: async (dir) => {
      const src = `${dir}-src`;
      await cp(join(SITES, 'pages'), src, { recursive: true });
      await cp(join(SITES, '../../dist'), join(src, 'cam'), { recursive: true });
      return { MDBOOK_BOOK__SRC: src };
    },
    build: (env, dir) => ['mdbook', ['build', 'mdbook', '-d', dir], env],
    path: (name) => (name === 'index' ? '/' : `/${name}.html`),
    outline: null,
    sidebar: (name) => `.sidebar a[href$="${name}.html"]`,
    content: 'main',
    setDark: async (page, dark) => {
      if (!(await page.locator('#mdbook-theme-list').isVisible())) await page.locator('#mdbook-theme-toggle').click();
      await page.locator(dark ? '#mdbook-theme-navy' : '#mdbook-theme-light').click();
    },
  },
};

/** Clicks a site's theme switch until the page is dark (or light). */
async function clickUntilDark(page, toggle, dark) {
  const isDark = () => page.evaluate(() => document.documentElement.classList.contains('dark')
    || document.documentElement.dataset.theme === 'dark');
  for (let i = 0; i < 3 && (await isDark()) !== dark; i++) await page.locator(toggle).first().click();
}
const installed = (command, ...args) => promisify(execFile)(command, args).then(() => true, () => false);
/** The generators on this machine: the npm ones always (setup installs them), Hugo and mdBook where installed. */
export const available = Promise.all([installed('hugo', 'version'), installed('mdbook', '--version')])
  .then(([hugo, mdbook]) => Object.keys(GENERATORS).filter((name) => (name !== 'hugo' || hugo) && (name !== 'mdbook' || mdbook)));

/**
 * Builds a site into `dir`, its embed.js from `env.CAM_EMBED_SRC` (and `env.CAM_DOCS_LANG`, for VitePress); mdBook
 * takes the playground from dist/.
 */
export async function buildSite(generator, env, dir) {
  const extra = await GENERATORS[generator].prepare?.(dir);
  const [command, args, environment] = GENERATORS[generator].build({ ...env, ...extra }, dir);
  await promisify(execFile)(command, args, {
    cwd: SITES, env: { ...process.env, ...environment }, maxBuffer: 64 * 1024 * 1024,
  });
  return dir;
}

