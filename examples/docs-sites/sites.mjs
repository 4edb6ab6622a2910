// The example docs sites (VitePress, Docusaurus, Hugo) built for a playground served at a given address: shared by
// tests/e2e/docs-sites.test.mjs and bench/docs-sites.mjs.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

export const SITES = new URL('.', import.meta.url).pathname;
const bin = (name) => join(SITES, 'node_modules/.bin', name);

/**
 * A generator: how to build the site (a command, its arguments and environment), its page paths, and the markers of
 * its outline, sidebar, content and dark-mode switch (`null` where the site has none).
 */
export const GENERATORS = {
  vitepress: {
    build: (env, dir) => [bin('vitepress'), ['build', 'vitepress', '--outDir', dir], env],
    path: (name) => (name === 'index' ? '/' : `/${name}.html`),
    outline: '.VPDocAsideOutline a.outline-link',
    sidebar: (name) => `.VPSidebar a[href="/${name}.html"]`,
    content: '.vp-doc',
    darkToggle: '.VPNavBarAppearance button',
  },
  docusaurus: {
    build: (env, dir) => [bin('docusaurus'), ['build', 'docusaurus', '--out-dir', dir], env],
    path: (name) => (name === 'index' ? '/' : `/${name}/`),
    outline: '.table-of-contents a.table-of-contents__link',
    sidebar: (name) => `.theme-doc-sidebar-menu a[href="/${name}/"]`,
    content: '.theme-doc-markdown',
    darkToggle: 'button[class*="toggleButton"]',
  },
  // Hugo from Debian's package, on a minimal theme of the example's own: pages load in full, no outline, no switch.
  hugo: {
    build: (env, dir) => ['hugo', ['--quiet', '-s', 'hugo', '-d', dir],
      { ...env, HUGO_PARAMS_CAMEMBED: env.CAM_EMBED_SRC }],
    path: (name) => (name === 'index' ? '/' : `/${name}/`),
    outline: null,
    sidebar: (name) => `nav.sidebar a[href="/${name}/"]`,
    content: 'main',
    darkToggle: null,
  },
};
export const hugoInstalled = promisify(execFile)('hugo', ['version']).then(() => true, () => false);

/** Builds a site into `dir`, its embed.js from `env.CAM_EMBED_SRC` (and `env.CAM_DOCS_LANG`, for VitePress). */
export async function buildSite(generator, env, dir) {
  const [command, args, environment] = GENERATORS[generator].build(env, dir);
  await promisify(execFile)(command, args, {
    cwd: SITES, env: { ...process.env, ...environment }, maxBuffer: 64 * 1024 * 1024,
  });
  return dir;
}

