// The VitePress recipe of docs/embedding.md, as written. The tests build it with CAM_EMBED_SRC set to a playground
// served from another origin; without it, the script is the copy in public/cam/ (copy dist/ there).
import { defineConfig } from 'vitepress'

const embed = process.env.CAM_EMBED_SRC ?? '/cam/embed.js'

export default defineConfig({
  title: 'CAM examples',
  lang: process.env.CAM_DOCS_LANG ?? 'en-US',
  // The shared pages; the live-reload test points it at a copy it edits.
  srcDir: process.env.CAM_DOCS_SRC ?? '../pages',
  srcExclude: ['SUMMARY.md'],
  outDir: process.env.CAM_DOCS_OUT ?? '.vitepress/dist',
  // One script tag: embed.js waits for VitePress to hydrate the page and upgrades fences after every navigation.
  head: [['script', { src: embed, defer: '' }]],
  markdown: {
    // The fences highlight as JSON (with comments, for an options line) and VitePress stops warning about them.
    languageAlias: { 'cam-policy': 'jsonc', 'cam-request': 'jsonc' },
  },
  // <cam-playground> is a custom element, not a Vue component.
  vue: { template: { compilerOptions: { isCustomElement: (tag) => tag === 'cam-playground' } } },
  themeConfig: {
    sidebar: [
      { text: 'Guide', items: [
        { text: 'Overview', link: '/' },
        { text: 'Basics', link: '/basics' },
        { text: 'Twelve examples', link: '/many' },
        { text: 'A long policy', link: '/long' },
      ] },
    ],
    outline: 'deep',
  },
})
