// CAM Policy Playground for documentation pages: one script tag turns policy code blocks into live examples.
//
//   <script src="https://example.com/playground/embed.js" defer></script>
//
// It upgrades `<pre class="cam-policy" data-request='{…}'>` and Markdown fences written ```cam-policy (optionally
// followed by a ```cam-request fence), and defines <cam-playground policy="…" request="…"> (or link="…#s1.…"). Each block keeps its
// static rendering plus a Run button until it scrolls into view (or Run is pressed), so a page of many examples
// loads the playground only for the ones a reader sees. The playground is served from this script's folder, or
// from `data-base` on the script tag. docs/embedding.md documents the attributes. No dependencies; never puts a
// message's content into the page as markup.
(() => {
  'use strict';
  if (window.camPlayground) return; // loaded twice: the first copy does the work

  const script = document.currentScript;
  const base = new URL(script?.dataset.base || '.', script?.src || location.href);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  const defaults = { ...(script?.dataset ?? {}) };
  const POLICY = 'cam-policy';
  const REQUEST = 'cam-request';
  // The playground's link decoder refuses longer fragments; such an example gets a link to an empty playground.
  const MAX_FRAGMENT = 1024 * 1024;
  const READY_TIMEOUT_MS = 20000;
  const words = {
    en: { run: 'Run ▶', open: 'Open in playground ↗', label: 'CAM policy example', failed: 'The playground could not be loaded here.' },
    'zh-CN': { run: '运行 ▶', open: '在演练场中打开 ↗', label: 'CAM 策略示例', failed: '无法在此处加载演练场。' },
  };

  const frames = new Set();
  // The first playground loads alone; the others start once it is ready, so the page's cache holds its files and
  // they are fetched once, however many examples start together.
  let firstReady = null;
  let markFirstReady = () => {};

  /** The host page's theme, as the common docs generators mark it (Docusaurus, VitePress, mdBook, Tailwind). */
  function hostTheme() {
    const html = document.documentElement;
    const marked = html.dataset.theme || document.body?.dataset.theme || '';
    if (marked === 'dark' || marked === 'light') return marked;
    if (html.classList.contains('dark') || ['coal', 'navy', 'ayu'].some((c) => html.classList.contains(c))) return 'dark';
    if (html.classList.contains('light') || html.classList.contains('rust')) return 'light';
    return getComputedStyle(html).colorScheme === 'dark' ? 'dark' : 'auto';
  }

  function hostLang() {
    return /^zh\b/i.test(document.documentElement.lang || '') ? 'zh-CN' : 'en';
  }

  /** The attribute on the block, else on the script tag, else the fallback. */
  function option(dataset, name, fallback) {
    return dataset[name] ?? defaults[name] ?? fallback;
  }

  function optionsOf(dataset) {
    const theme = option(dataset, 'theme', '');
    return {
      theme: theme || hostTheme(),
      // An example that names its theme or language keeps it when the host page switches.
      fixedTheme: Boolean(theme),
      fixedLang: Boolean(option(dataset, 'lang', '')),
      lang: option(dataset, 'lang', '') || hostLang(),
      view: option(dataset, 'view', ''),
      readonly: option(dataset, 'readonly', null),
      request: option(dataset, 'requestPanel', ''),
      height: option(dataset, 'height', ''),
    };
  }

  /** `s1.` + base64url(raw DEFLATE(JSON)): the playground's own link format (src/share.rs). */
  async function fragmentFor(workspace) {
    if (typeof CompressionStream !== 'function') return null;
    const json = JSON.stringify({ v: 1, ...workspace });
    const stream = new Blob([json]).stream().pipeThrough(new CompressionStream('deflate-raw'));
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    let binary = '';
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    const fragment = `s1.${btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
    return fragment.length <= MAX_FRAGMENT ? fragment : null;
  }

  function playgroundUrl(options, fragment, embedded) {
    const url = new URL('index.html', base);
    if (embedded) {
      url.searchParams.set('embed', '');
      if (options.view) url.searchParams.set('view', options.view);
      if (options.readonly !== null && options.readonly !== 'false') url.searchParams.set('readonly', '');
      if (options.request) url.searchParams.set('request', options.request);
      if (options.height) url.searchParams.set('height', options.height);
      // Only this page may talk to the embed (a page opened from a file has no origin to name).
      if (location.origin !== 'null') url.searchParams.set('origin', location.origin);
      url.searchParams.set('theme', options.theme);
    }
    url.searchParams.set('lang', options.lang);
    if (fragment) url.hash = fragment;
    return url.href;
  }

  function el(tag, attributes = {}, text = '') {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    if (text) node.textContent = text;
    return node;
  }

  // Blocks start when they come near the viewport.
  const lazy = 'IntersectionObserver' in window
    ? new IntersectionObserver((entries) => {
      for (const entry of entries) if (entry.isIntersecting) entry.target.camStart?.();
    }, { rootMargin: '200px 0px' })
    : null;

  /** Wraps a static preview (the page's own rendering of the block) in a live example. */
  function upgrade(preview, workspace, dataset, knownFragment = null) {
    const options = optionsOf(dataset);
    const text = words[options.lang] ?? words.en;
    const box = el('div', { class: 'cam-embed', role: 'group', 'aria-label': dataset.name || text.label });
    box.style.cssText = 'position:relative;margin:1em 0';
    preview.replaceWith(box);
    const bar = el('div', { class: 'cam-embed-bar' });
    bar.style.cssText = 'display:flex;gap:.75em;align-items:center;font-size:.9em;margin:.25em 0';
    const run = el('button', { type: 'button', class: 'cam-embed-run' }, text.run);
    const open = el('a', { class: 'cam-embed-open', target: '_blank', rel: 'noopener' }, text.open);
    bar.append(run, open);
    box.append(preview, bar);
    const pending = knownFragment ? Promise.resolve(knownFragment) : fragmentFor(workspace).catch(() => null);
    pending.then((fragment) => { open.href = playgroundUrl(options, fragment, false); });

    let started = false;
    const start = async () => {
      if (started) return;
      started = true;
      lazy?.unobserve(box);
      run.disabled = true;
      if (firstReady) await Promise.race([firstReady, new Promise((r) => setTimeout(r, READY_TIMEOUT_MS))]);
      else firstReady = new Promise((resolve) => { markFirstReady = resolve; });
      const fragment = await pending;
      const frame = el('iframe', { class: 'cam-embed-frame', title: dataset.name || text.label, loading: 'eager' });
      frame.style.cssText = `display:block;width:100%;border:1px solid #d9dee7;border-radius:8px;color-scheme:${
        options.theme === 'auto' ? 'light dark' : options.theme};height:${Math.max(preview.offsetHeight, 120)}px;` +
        'position:absolute;left:0;top:0;opacity:0;pointer-events:none';
      if (options.fixedTheme) frame.dataset.fixedTheme = options.theme;
      if (options.fixedLang) frame.dataset.fixedLang = options.lang;
      const entry = { frame, box, preview, bar, workspace: fragment ? null : workspace, shown: false };
      frames.add(entry);
      frame.src = playgroundUrl(options, fragment, true);
      box.append(frame);
      setTimeout(() => {
        if (entry.shown) return;
        frames.delete(entry);
        frame.remove();
        bar.append(el('span', { class: 'cam-embed-failed', role: 'status' }, text.failed));
      }, READY_TIMEOUT_MS);
    };
    run.addEventListener('click', start);
    // `data-load`: lazy (default: when it comes near the viewport), eager (at once) or click (only on Run).
    const load = option(dataset, 'load', 'lazy');
    if (load === 'eager' || (load !== 'click' && !lazy)) start();
    else if (load !== 'click') lazy.observe(box);
    box.camStart = start;
  }

  function show(entry) {
    if (entry.shown) return;
    entry.shown = true;
    entry.preview.hidden = true;
    entry.bar.style.display = 'none';
    entry.frame.style.position = 'static';
    entry.frame.style.opacity = '1';
    entry.frame.style.pointerEvents = 'auto';
  }

  window.addEventListener('message', (event) => {
    if (event.origin !== base.origin) return;
    const entry = [...frames].find((e) => e.frame.contentWindow === event.source);
    const message = event.data;
    if (!entry || typeof message !== 'object' || message === null) return;
    if (message.type === 'ready') {
      markFirstReady();
      if (entry.workspace) entry.frame.contentWindow.postMessage({ type: 'setState', state: entry.workspace }, base.origin);
    } else if (message.type === 'resize' && Number.isFinite(message.height)) {
      entry.frame.style.height = `${Math.min(Math.max(Math.ceil(message.height), 80), 5000)}px`;
      show(entry);
    } else if (message.type === 'result') {
      const decision = typeof message.decision === 'string' ? message.decision : 'none';
      entry.box.dataset.decision = decision;
      entry.box.dispatchEvent(new CustomEvent('cam-result', { bubbles: true, detail: { decision } }));
    }
  });

  // The host's theme and language can change after load (a docs site's dark-mode or language switch): the
  // embeds that did not name their own follow.
  new MutationObserver(() => {
    const theme = hostTheme();
    const lang = hostLang();
    for (const entry of frames) {
      if (!entry.frame.dataset.fixedTheme) entry.frame.contentWindow?.postMessage({ type: 'setTheme', theme }, base.origin);
      if (!entry.frame.dataset.fixedLang) entry.frame.contentWindow?.postMessage({ type: 'setLang', lang }, base.origin);
    }
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['class', 'data-theme', 'lang'] });

  /** The outermost element of a rendered code block: a fence's `<pre>`, or a generator's wrapping `<div>`. */
  function blockOf(node) {
    let block = node.tagName === 'CODE' && node.parentElement?.tagName === 'PRE' ? node.parentElement : node;
    const wrapper = block.parentElement;
    if (wrapper && wrapper !== document.body && wrapper.children.length === 1
      && /language-|highlight/.test(wrapper.className)) block = wrapper;
    return block;
  }

  function isKind(node, kind) {
    if (!node) return false;
    const marked = (n) => n.classList?.contains(kind) || n.classList?.contains(`language-${kind}`)
      || n.dataset?.lang === kind;
    return marked(node) || [...node.querySelectorAll('*')].some(marked);
  }

  function codeText(block) {
    return (block.querySelector('code') ?? block).textContent.replace(/\n$/, '');
  }

  function scan(root = document) {
    const selector = `pre.${POLICY}, code.language-${POLICY}, pre.language-${POLICY}, div.language-${POLICY}, [data-lang="${POLICY}"]`;
    const seen = new Set();
    for (const node of root.querySelectorAll(selector)) {
      const block = blockOf(node);
      if (seen.has(block) || block.closest('.cam-embed, cam-playground')) continue;
      seen.add(block);
      const dataset = { ...block.dataset, ...(node !== block ? node.dataset : {}) };
      let request = dataset.request ?? '';
      const next = block.nextElementSibling;
      if (!request && isKind(next, REQUEST)) {
        request = codeText(blockOf(next.matches(`code, pre`) ? next : next.querySelector('code') ?? next));
        next.remove();
      }
      // A one-line request attribute reads better laid out, as the page's own blocks are.
      try { request = JSON.stringify(JSON.parse(request), null, 2); } catch { /* shown as written, error and all */ }
      const workspace = {
        policies: [{ name: dataset.name || 'policy', text: codeText(block) }],
        boundary: [],
        request,
      };
      if (dataset.embed === 'link') linkOnly(block, workspace, dataset);
      else upgrade(block, workspace, dataset);
    }
  }

  /** A block the page asked not to embed (`data-embed="link"`): it gets an "Open in playground" link. */
  function linkOnly(block, workspace, dataset) {
    const options = optionsOf(dataset);
    const text = words[options.lang] ?? words.en;
    const link = el('a', { class: 'cam-embed-open', target: '_blank', rel: 'noopener' }, text.open);
    link.href = playgroundUrl(options, null, false);
    block.after(link);
    fragmentFor(workspace).then((fragment) => { link.href = playgroundUrl(options, fragment, false); }, () => {});
  }

  /** `<cam-playground policy="…" request="…" view="result" readonly>`: the same embed, written by hand. */
  class CamPlayground extends HTMLElement {
    connectedCallback() {
      if (this.camUpgraded) return;
      this.camUpgraded = true;
      const dataset = {};
      for (const name of ['theme', 'lang', 'view', 'readonly', 'height', 'name', 'embed', 'load']) {
        if (this.hasAttribute(name)) dataset[name] = this.getAttribute(name);
      }
      if (this.hasAttribute('request-panel')) dataset.requestPanel = this.getAttribute('request-panel');
      // `link`: a playground link (Copy embed code writes one), whose `#s1.…` fragment carries the example.
      const linked = /#(s1\.[A-Za-z0-9_-]+)$/.exec(this.getAttribute('link') ?? '')?.[1];
      const policy = this.getAttribute('policy') ?? this.textContent.trim();
      const preview = el('pre', { class: 'cam-policy-preview' }, linked && !policy ? (words[optionsOf(dataset).lang] ?? words.en).label : policy);
      this.replaceChildren(preview);
      const workspace = { policies: [{ name: dataset.name || 'policy', text: policy }], boundary: [], request: this.getAttribute('request') ?? '' };
      if (dataset.embed === 'link') linkOnly(preview, workspace, dataset);
      else upgrade(preview, linked ? null : workspace, dataset, linked);
    }
  }
  if (window.customElements && !customElements.get('cam-playground')) customElements.define('cam-playground', CamPlayground);

  window.camPlayground = { scan, base: base.href };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => scan());
  else scan();
})();
