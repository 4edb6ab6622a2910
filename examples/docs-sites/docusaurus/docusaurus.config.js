// The Docusaurus recipe of docs/embedding.md, as written. The tests build it with CAM_EMBED_SRC set to a
// playground served from another origin; without it, the script is the copy in static/cam/ (copy dist/ there).
const embed = process.env.CAM_EMBED_SRC ?? '/cam/embed.js';

module.exports = {
  title: 'CAM examples',
  url: 'http://127.0.0.1',
  baseUrl: '/',
  trailingSlash: true,
  onBrokenLinks: 'throw',
  // One script tag: embed.js waits for React to hydrate the page and upgrades fences after every navigation.
  scripts: [{ src: embed, defer: true }],
  presets: [
    ['classic', {
      docs: { path: '../pages', routeBasePath: '/', sidebarPath: require.resolve('./sidebars.js'), exclude: ['SUMMARY.md'] },
      blog: false,
      pages: false,
    }],
  ],
  themeConfig: {
    navbar: { title: 'CAM examples' },
    colorMode: { defaultMode: 'light', respectPrefersColorScheme: false },
  },
};
