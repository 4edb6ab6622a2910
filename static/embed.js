// CAM Policy Playground for documentation pages: one script tag turns policy code blocks into live examples.
//
//   <script src="https://example.com/playground/embed.js" defer></script>
//
// It upgrades `<pre class="cam-policy" data-request='{…}'>` and Markdown fences written ```cam-policy (optionally
// followed by a ```cam-request fence), and defines <cam-playground policy="…" request="…"> (or link="…#s1.…").
// docs/embedding.md documents the attributes. No dependencies; never puts a message's content into the page as
// markup.
//
// A good citizen of docs sites that are single-page apps (VitePress, Docusaurus, Nextra…):
// - It never changes a node the host's framework owns. A fence keeps its block where the page put it; the live
//   example is a box of ours inserted after it, and the block is only hidden (an inline `display: none`) once the
//   example is showing. The box is inserted only after the framework has hydrated the page, since hydration expects
//   exactly the server's DOM. `<cam-playground>` draws into its own shadow root, which no framework hydrates.
// - It watches the document: blocks that appear later (a client-side navigation, live reload, a tab) are upgraded
//   without a call, and examples whose block left the page are released (frame, observers, references).
// - Frames fit their content: content-box sizing whatever the host's CSS, a `measure` request to every frame after
//   the window is resized (offscreen frames are throttled and would not report), and no cap that traps the wheel
//   (the embed folds long reasoning instead).
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
  // How long to wait for a server-rendered app to hydrate before upgrading anyway (a site whose script failed).
  const HYDRATION_TIMEOUT_MS = 15000;
  // A bound on what a frame may ask for; the embed folds long reasoning, so real content stays far below it.
  const MAX_HEIGHT = 50000;
  const BORDER = 1;
  const words = {
    en: { run: 'Run ▶', open: 'Open in playground ↗', label: 'CAM policy example', failed: 'The playground could not be loaded here.' },
    'zh-CN': { run: '运行 ▶', open: '在演练场中打开 ↗', label: 'CAM 策略示例', failed: '无法在此处加载演练场。' },
  };
  // The options a block may set, by their attribute name (`data-request-panel` → `requestPanel`).
  const OPTION_NAMES = ['theme', 'lang', 'view', 'readonly', 'requestPanel', 'height', 'name', 'load', 'embed', 'kind',
    'node'];

  /**
   * Live examples, each {blocks, anchor, box, bar, frame, shown, options, timer, workspace, start, first}: the host's
   * blocks and our box map to their example (no property is ever set on a host node).
   */
  const examples = new Set();
  const byBlock = new WeakMap();
  const byBox = new WeakMap();
  // The first playground loads alone; the others start once it is ready, so the page's cache holds its files and
  // they are fetched once, however many examples start together.
  let firstReady = null;
  let markFirstReady = () => {};
  let failureSaid = false;
  const rescanUntil = performance.now() + HYDRATION_TIMEOUT_MS;

  /** Whether the page marks its theme with a class on <html> (VitePress, Tailwind): then no class means light. */
  let classThemed = document.documentElement.classList.contains('dark');

  /** The host page's theme, as the common docs generators mark it (Docusaurus, VitePress, mdBook, Tailwind). */
  function hostTheme() {
    const html = document.documentElement;
    const marked = html.dataset.theme || document.body?.dataset.theme || '';
    if (marked === 'dark' || marked === 'light') return marked;
    if (html.classList.contains('dark') || ['coal', 'navy', 'ayu'].some((c) => html.classList.contains(c))) {
      classThemed = true;
      return 'dark';
    }
    if (html.classList.contains('light') || html.classList.contains('rust') || classThemed || generator(/VitePress/i)) return 'light';
    const scheme = getComputedStyle(html).colorScheme;
    return scheme === 'dark' ? 'dark' : scheme === 'light' ? 'light' : 'auto';
  }

  function hostLang() {
    return /^zh\b/i.test(document.documentElement.lang || '') ? 'zh-CN' : 'en';
  }

  function generator(pattern) {
    return pattern.test(document.querySelector('meta[name="generator" i]')?.content ?? '');
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
    }
    // The full playground opens in the example's language and theme (`auto` is the playground's own default).
    if (embedded || options.theme !== 'auto') url.searchParams.set('theme', options.theme);
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

  /** Hides a host node without touching its attributes' meaning: an inline style, restored by `reveal`. */
  function conceal(node) {
    if (!node || node.dataset.camHidden !== undefined) return;
    node.dataset.camHidden = node.style.getPropertyValue('display');
    node.style.setProperty('display', 'none', 'important');
  }

  function reveal(node) {
    if (!node || node.dataset.camHidden === undefined) return;
    const before = node.dataset.camHidden;
    delete node.dataset.camHidden;
    if (before) node.style.setProperty('display', before);
    else node.style.removeProperty('display');
  }

  // Examples start when their block comes near the viewport.
  const lazy = 'IntersectionObserver' in window
    ? new IntersectionObserver((seen) => {
      for (const entry of seen) if (entry.isIntersecting) (byBlock.get(entry.target) ?? byBox.get(entry.target))?.start?.();
    }, { rootMargin: '200px 0px' })
    : null;

  /**
   * Makes a live example of `blocks` (the host's policy block, and its request block if any): a box of ours with
   * Run and Open, inserted after `anchor` (the last block, or the place a custom element chose), which becomes the
   * embed once it is ready. `knownFragment`: a playground link's fragment, when the example came as a link.
   */
  function upgrade({ blocks, anchor, insert, workspace, dataset, knownFragment = null }) {
    const options = optionsOf(dataset);
    const text = words[options.lang] ?? words.en;
    const box = el('div', { class: 'cam-embed', role: 'group', 'aria-label': dataset.name || text.label });
    box.style.cssText = 'position:relative;margin:1em 0;max-width:100%';
    const bar = el('div', { class: 'cam-embed-bar' });
    bar.style.cssText = 'display:flex;flex-wrap:wrap;gap:.75em;align-items:center;font-size:.9em;margin:.25em 0';
    const run = el('button', { type: 'button', class: 'cam-embed-run' }, text.run);
    // Docs themes reset buttons to bare text: this one must still look like one.
    run.style.cssText = 'font:inherit;line-height:1.6;padding:0 .8em;border:1px solid currentColor;border-radius:6px;'
      + 'background:transparent;color:inherit;cursor:pointer';
    const open = el('a', { class: 'cam-embed-open', target: '_blank', rel: 'noopener' }, text.open);
    bar.append(run, open);
    box.append(bar);
    insert(box);
    const example = { blocks, anchor, box, bar, frame: null, shown: false, options, timer: 0, workspace: null };
    examples.add(example);
    for (const block of blocks) byBlock.set(block, example);
    byBox.set(box, example);
    const pending = knownFragment ? Promise.resolve(knownFragment) : fragmentFor(workspace).catch(() => null);
    pending.then((fragment) => { open.href = playgroundUrl(options, fragment, false); });

    let started = false;
    const start = async () => {
      if (started) return;
      started = true;
      for (const target of [blocks[0], box]) lazy?.unobserve(target);
      run.disabled = true;
      if (firstReady) await Promise.race([firstReady, new Promise((r) => setTimeout(r, READY_TIMEOUT_MS))]);
      else {
        firstReady = new Promise((resolve) => { markFirstReady = resolve; });
        example.first = true;
      }
      const fragment = await pending;
      if (!examples.has(example)) return; // released while it waited
      // Until it is ready the frame lies invisible in the box, at the preview's width and height, where it lays out.
      const reserved = blocks.reduce((sum, block) => sum + block.offsetHeight, 0);
      const frame = el('iframe', { class: 'cam-embed-frame', title: dataset.name || text.label, loading: 'eager' });
      frame.style.cssText = `display:block;box-sizing:content-box;width:calc(100% - ${2 * BORDER}px);margin:0;padding:0;`
        + `border:${BORDER}px solid #d9dee7;border-radius:8px;`
        + `color-scheme:${options.theme === 'auto' ? 'light dark' : options.theme};height:${Math.max(reserved, 120)}px;`
        + 'position:absolute;left:0;top:0;opacity:0;pointer-events:none';
      example.frame = frame;
      example.workspace = fragment ? null : workspace;
      frame.src = playgroundUrl(options, fragment, true);
      box.append(frame);
      example.timer = setTimeout(() => {
        if (example.shown || !examples.has(example)) return;
        if (example.first) markFirstReady(); // the others try on their own
        frame.remove();
        example.frame = null;
        bar.append(el('span', { class: 'cam-embed-failed', role: 'status' }, text.failed));
        if (!failureSaid) {
          failureSaid = true;
          console.info(`CAM playground: an example could not load the playground from ${base.href} within `
            + `${READY_TIMEOUT_MS / 1000} s; it keeps its code and a link. See docs/embedding.md (CSP frame-src, headers).`);
        }
      }, READY_TIMEOUT_MS);
    };
    run.addEventListener('click', start);
    example.start = start;
    // `data-load`: lazy (default: when it comes near the viewport), eager (at once) or click (only on Run).
    const load = option(dataset, 'load', 'lazy');
    if (load === 'eager' || (load !== 'click' && !lazy)) start();
    else if (load !== 'click') for (const target of [blocks[0], box]) lazy.observe(target);
    return example;
  }

  function show(example) {
    if (example.shown) return;
    example.shown = true;
    clearTimeout(example.timer);
    for (const block of example.blocks) conceal(block);
    example.bar.style.display = 'none';
    Object.assign(example.frame.style, { position: 'static', opacity: '1', pointerEvents: 'auto' });
  }

  /**
   * Runs `change` (boxes going in, an example showing or growing) without moving what the reader is looking at:
   * the element near the top of the viewport stays where it was, as browsers' scroll anchoring would keep it
   * (which the docs sites tried did not get: a deep link's heading dropped by every bar and frame above it).
   */
  function holdView(change) {
    const top = window.scrollY > 0 ? viewAnchor() : null;
    const before = top?.();
    change();
    const moved = top?.() - before;
    if (Math.abs(moved) >= 1) window.scrollBy(0, moved);
  }

  /** Where an example starts on the page: its first block until it shows, then its box. */
  function startOf(example) {
    const start = example.shown ? example.box : example.blocks[0];
    return start.isConnected ? start.getBoundingClientRect().top : NaN;
  }

  /**
   * How to read the top of what the reader is looking at: an element near the top of the viewport, not fixed, not a
   * whole column, and outside the examples where there is one: an example may be what changes, and one that starts
   * above the viewport and grows would push everything below it, a deep link's heading included, while its own
   * start stays put. An example is the anchor only when no other element is in view; its blocks and box are then
   * read as the example's start, since the change may hide them.
   */
  function viewAnchor() {
    // Across the column the examples are in (the page's middle if there is none in view).
    const column = [...examples].find((e) => e.box.isConnected)?.box.getBoundingClientRect();
    const x = column?.width ? column.left + Math.min(40, column.width / 2) : window.innerWidth / 2;
    let inView = null;
    // Near the top first, as browsers choose their scroll anchor (the reader reads down from there), below a
    // fixed or sticky header if the site has one.
    for (const y of [0.1, 0.2, 0.35, 0.5, 0.7]) {
      for (const node of document.elementsFromPoint(x, window.innerHeight * y)) {
        if (node === document.documentElement || node === document.body) break;
        if (node.getBoundingClientRect().height > window.innerHeight) continue;
        if (['fixed', 'sticky'].includes(getComputedStyle(node).position)) break;
        let example = null;
        for (let n = node; n && !example; n = n.parentElement) example = byBlock.get(n) ?? byBox.get(n);
        // An example whose block the host just replaced is about to be released: it cannot hold the view.
        if (example?.blocks.some((block) => !block.isConnected)) continue;
        if (example) {
          inView ??= example;
          break;
        }
        return () => (node.isConnected ? node.getBoundingClientRect().top : NaN);
      }
    }
    return inView && (() => startOf(inView));
  }

  /** Forgets an example whose block left the page: its box (ours) goes too, and nothing keeps it alive. */
  function release(example) {
    examples.delete(example);
    if (example.first) markFirstReady(); // the others must not wait for a frame that left
    clearTimeout(example.timer);
    for (const block of example.blocks) {
      lazy?.unobserve(block);
      byBlock.delete(block);
      if (block.isConnected) reveal(block);
    }
    lazy?.unobserve(example.box);
    byBox.delete(example.box);
    example.box.remove();
    example.frame = null;
  }

  window.addEventListener('message', (event) => {
    if (event.origin !== base.origin) return;
    const message = event.data;
    if (typeof message !== 'object' || message === null) return;
    let example = null;
    for (const candidate of examples) if (candidate.frame && candidate.frame.contentWindow === event.source) example = candidate;
    if (!example) return;
    if (message.type === 'ready') {
      markFirstReady();
      if (example.workspace) example.frame.contentWindow.postMessage({ type: 'setState', state: example.workspace }, base.origin);
    } else if (message.type === 'resize' && Number.isFinite(message.height)) {
      holdView(() => {
        // content-box: the height is the content's, the border comes on top whatever the host's box-sizing.
        example.frame.style.height = `${Math.min(Math.max(Math.ceil(message.height), 80), MAX_HEIGHT)}px`;
        show(example);
      });
    } else if (message.type === 'result') {
      const decision = typeof message.decision === 'string' ? message.decision : 'none';
      if (example.box.dataset.decision === decision) return; // `cam-result` fires when the decision changes
      example.box.dataset.decision = decision;
      example.box.dispatchEvent(new CustomEvent('cam-result', { bubbles: true, detail: { decision } }));
    }
  });

  function post(message, filter = () => true) {
    for (const example of examples) {
      if (filter(example)) example.frame?.contentWindow?.postMessage(message, base.origin);
    }
  }

  // The host's theme and language can change after load (a docs site's dark-mode or language switch): the
  // embeds that did not name their own follow.
  new MutationObserver(() => {
    const theme = hostTheme();
    const lang = hostLang();
    post({ type: 'setTheme', theme }, (example) => !example.options.fixedTheme);
    post({ type: 'setLang', lang }, (example) => !example.options.fixedLang);
  }).observe(document.documentElement, { attributes: true, attributeFilter: ['class', 'data-theme', 'lang'] });

  // After a resize, ask every frame for its height: Chromium throttles offscreen cross-origin frames, whose own
  // resize observers then stay silent until they scroll into view, with the page shifting as they do.
  let resizeTimer = 0;
  window.addEventListener('resize', () => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(() => post({ type: 'measure' }), 100);
  });

  /** The outermost element of a rendered code block: a fence's `<pre>`, or a generator's wrapping `<div>`. */
  function blockOf(node) {
    let block = node.tagName === 'CODE' && node.parentElement?.tagName === 'PRE' ? node.parentElement : node;
    for (;;) {
      const wrapper = block.parentElement;
      if (!wrapper || wrapper === document.body || wrapper.children.length !== 1) return block;
      if (!/language-|highlight|code-block|codeBlock/i.test(wrapper.className)) return block;
      block = wrapper;
    }
  }

  function isKind(node, kind) {
    if (!node) return false;
    const marked = (n) => n.classList?.contains(kind) || n.classList?.contains(`language-${kind}`)
      || n.dataset?.lang === kind;
    return marked(node) || [...node.querySelectorAll('*')].some(marked);
  }

  /** A fence's text. Docs generators render a fence as one element per line, or lines inside one `code`. */
  function codeText(block) {
    const code = block.querySelector('code') ?? block;
    const lines = code.querySelectorAll(':scope > .token-line, :scope > .line');
    const text = lines.length > 1 && !code.textContent.includes('\n')
      ? [...lines].map((line) => line.textContent).join('\n')
      : code.textContent;
    return text.replace(/\n$/, '');
  }

  /**
   * Options written inside a fence, for generators whose Markdown keeps no attribute: a first line
   * `// cam: view=compact theme=dark name="Skill groups"`. Returns the options and the text without that line.
   */
  function infoLine(text) {
    const match = /^[ \t]*(?:\/\/|#)[ \t]*cam:[ \t]*([^\n]*)(?:\n|$)/.exec(text);
    if (!match) return { options: {}, text };
    const options = {};
    for (const [, key, quoted, bare] of match[1].matchAll(/([A-Za-z-]+)(?:=(?:"([^"]*)"|(\S+)))?/g)) {
      const name = key.toLowerCase().replace(/-([a-z])/g, (_, c) => c.toUpperCase());
      if (OPTION_NAMES.includes(name)) options[name] = quoted ?? bare ?? 'true';
    }
    return { options, text: text.slice(match[0].length) };
  }

  const SELECTOR = `pre.${POLICY}, code.language-${POLICY}, pre.language-${POLICY}, div.language-${POLICY}, [data-lang="${POLICY}"]`;

  /**
   * The workspace of one example: the policy under its kind when the page names one (`kind=trust` in the options
   * line, `data-kind`), else in `policies` with `place: 'by-shape'`, so the playground reads a trust or bucket
   * policy as one (rule K1). The kind names are the playground's (src/policy_kind.rs); an unknown one is ignored
   * and the block read by its shape. An SCP may name its organization node (`node=root`, rule O2); the
   * playground refuses a node it does not know, by name.
   */
  function documentsOf(dataset, text, request) {
    const policy = { name: dataset.name || 'policy', text };
    if (dataset.kind === 'scp' && dataset.node) policy.node = dataset.node;
    const kind = dataset.kind === 'identity' ? 'policies' : dataset.kind;
    if (['policies', 'policy', 'boundary', 'trust', 'session', 'bucket', 'scp'].includes(kind)) {
      const list = kind === 'policy' ? 'policies' : kind;
      return { policies: [], boundary: [], [list]: [policy], request };
    }
    return { policies: [policy], boundary: [], request, place: 'by-shape' };
  }

  /** Upgrades every policy block in `root` that is not live yet. */
  function scan(root = document) {
    const react = reactRoot();
    const found = [];
    const seen = new Set();
    for (const node of root.querySelectorAll(SELECTOR)) {
      if (node.parentElement?.closest(SELECTOR)) continue; // the outermost marked element stands for the block
      const block = blockOf(node);
      if (seen.has(block) || byBlock.has(block) || block.closest('.cam-embed, cam-playground')) continue;
      seen.add(block);
      if (!hydrated(block, react)) {
        rescanSoon();
        continue;
      }
      reveal(block); // a clone of a hidden block comes with our inline style
      const dataset = { ...block.dataset, ...(node !== block ? node.dataset : {}) };
      const policy = infoLine(codeText(block));
      let request = dataset.request ?? '';
      let requestBlock = null;
      const next = block.nextElementSibling;
      if (!request && isKind(next, REQUEST) && !byBlock.has(next)) {
        requestBlock = next;
        seen.add(next);
        reveal(next);
        const read = infoLine(codeText(blockOf(next.matches('code, pre') ? next : next.querySelector('code') ?? next)));
        Object.assign(policy.options, read.options);
        request = read.text;
      }
      Object.assign(dataset, policy.options);
      // A one-line request attribute reads better laid out, as the page's own blocks are.
      try { request = JSON.stringify(JSON.parse(request), null, 2); } catch { /* shown as written, error and all */ }
      const workspace = documentsOf(dataset, policy.text, request);
      const blocks = requestBlock ? [block, requestBlock] : [block];
      found.push({ blocks, anchor: blocks[blocks.length - 1], workspace, dataset });
    }
    for (const { blocks, anchor, workspace, dataset } of found) {
      if (dataset.embed === 'link') linkOnly(blocks, anchor, workspace, dataset);
      else upgrade({ blocks, anchor, insert: (box) => anchor.after(box), workspace, dataset });
    }
  }

  /** Blocks the page asked not to embed (`data-embed="link"`): an "Open in playground" link after them. */
  function linkOnly(blocks, anchor, workspace, dataset) {
    const options = optionsOf(dataset);
    const text = words[options.lang] ?? words.en;
    const link = el('a', { class: 'cam-embed-open', target: '_blank', rel: 'noopener' }, text.open);
    const box = link;
    link.href = playgroundUrl(options, null, false);
    anchor.after(box);
    const example = { blocks, anchor, box, bar: box, frame: null, shown: false, options, timer: 0 };
    examples.add(example);
    for (const block of blocks) byBlock.set(block, example);
    fragmentFor(workspace).then((fragment) => { link.href = playgroundUrl(options, fragment, false); }, () => {});
    return example;
  }

  /**
   * Keeps the page and our examples in step: examples whose block left are released, examples whose box the host
   * dropped start again, a box the host moved away from its block follows it, boxes the host cloned go, and new
   * blocks are upgraded.
   */
  function reconcile() {
    holdView(() => {
      for (const example of [...examples]) {
        if (example.blocks.some((block) => !block.isConnected)) release(example);
        else if (!example.box.isConnected) release(example);
        // Moving a frame reloads it: only a box the host separated from its block follows it.
        else if (example.box.parentNode !== example.anchor.parentNode) example.anchor.after(example.box);
      }
      for (const box of document.querySelectorAll('.cam-embed')) {
        if (!byBox.has(box) && !box.closest('cam-playground')) box.remove();
      }
      scan();
    });
  }

  // ---- Waiting for the host's framework -------------------------------------------------------------------------

  /** Whether a React root has committed its first render (hydration included). */
  function reactCommitted(root) {
    const key = Object.keys(root).find((name) => name.startsWith('__reactContainer$'));
    const fiberRoot = key ? root[key]?.stateNode : root._reactRootContainer?._internalRoot;
    const current = fiberRoot?.current;
    return Boolean(current?.child) && !current.memoizedState?.isDehydrated;
  }

  /**
   * `true` once the page's framework (if it server-renders and hydrates) has taken over the DOM: Vue apps
   * (VitePress, VuePress, Nuxt) once mounted, React apps (Docusaurus, Next.js/Nextra, Gatsby) once committed.
   * Plain pages (mdBook, Hugo, Starlight's static HTML, hand-written) are ready at once.
   */
  function hostReady() {
    const vue = vueRoot();
    if (vue) return Boolean(vue.__vue_app__);
    const react = reactRoot();
    if (react) return reactCommitted(react);
    return true;
  }

  function vueRoot() {
    return generator(/VitePress|VuePress/i) ? document.getElementById('app') : document.getElementById('__nuxt');
  }

  function reactRoot() {
    return document.querySelector('#__docusaurus, #__next, #___gatsby');
  }

  /**
   * Whether React has hydrated a block and the element we would insert into: a page's first commit leaves the
   * content of suspended parts (Docusaurus loads a doc's content lazily) for later, and a box inserted there
   * makes React throw the server's HTML away. A hydrated element carries its fiber.
   */
  function hydrated(block, react) {
    // Past the hydration timeout, a page whose React never came gets its examples anyway.
    if (!react?.contains(block) || performance.now() > rescanUntil) return true;
    const hasFiber = (node) => Boolean(node) && Object.keys(node).some((key) => key.startsWith('__reactFiber$'));
    return hasFiber(block) && hasFiber(block.parentElement);
  }

  // Hydration changes no DOM, so no mutation says when a skipped block becomes ready: look again shortly, for as
  // long as the page may take to hydrate.
  let rescanTimer = 0;
  function rescanSoon() {
    if (rescanTimer || performance.now() > rescanUntil) return;
    rescanTimer = setTimeout(() => { rescanTimer = 0; reconcile(); }, 50);
  }

  let watching = false;
  function watch() {
    if (watching) return;
    watching = true;
    reconcile();
    // Later content: a client-side navigation, live reload, a tab or a collapsed section opening. One pass per
    // animation frame, whatever the number of mutations.
    let queued = false;
    new MutationObserver(() => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => { queued = false; reconcile(); });
    }).observe(document.body, { childList: true, subtree: true });
  }

  /**
   * Calls `then` once the page has been still for a moment (no element added or removed for 150 ms, 2 s at most):
   * Docusaurus renders its code blocks again right after hydrating, and an example made of the first blocks would
   * be thrown away with them, moving the page twice.
   */
  function whenStill(then) {
    const QUIET_MS = 150;
    const deadline = performance.now() + 2000;
    let timer = 0;
    const finish = () => { observer.disconnect(); then(); };
    const wait = () => {
      clearTimeout(timer);
      if (performance.now() > deadline) finish();
      else timer = setTimeout(finish, QUIET_MS);
    };
    const observer = new MutationObserver(wait);
    observer.observe(document.body, { childList: true, subtree: true });
    wait();
  }

  function whenHostReady() {
    const started = performance.now();
    const poll = () => {
      // React sites are given a still moment (Docusaurus renders its code blocks again after hydrating); Vue sites
      // two animation frames, so a scroll the app computed as it mounted and runs in the next frame (VitePress
      // scrolls to a link's heading so) lands before our boxes move the page, not at a place they made stale; the
      // others start at once.
      if (hostReady()) {
        if (reactRoot()) return whenStill(watch);
        return vueRoot() ? requestAnimationFrame(() => requestAnimationFrame(watch)) : watch();
      }
      if (performance.now() - started > HYDRATION_TIMEOUT_MS) {
        console.info('CAM playground: the page\'s app did not start; upgrading its examples anyway.');
        return watch();
      }
      setTimeout(poll, 30);
    };
    poll();
  }

  // ---- <cam-playground> ---------------------------------------------------------------------------------------

  /** `<cam-playground policy="…" request="…" view="result" readonly>`: the same embed, written by hand. Drawn
   * in its own shadow root, so a framework that hydrates the element never sees our nodes. */
  class CamPlayground extends HTMLElement {
    connectedCallback() {
      // Moved within the page: it keeps its example (released only once its preview has left the page).
      if (this.camExample && examples.has(this.camExample)) return;
      const dataset = {};
      for (const name of ['theme', 'lang', 'view', 'readonly', 'height', 'name', 'embed', 'load']) {
        if (this.hasAttribute(name)) dataset[name] = this.getAttribute(name);
      }
      if (this.hasAttribute('request-panel')) dataset.requestPanel = this.getAttribute('request-panel');
      // `link`: a playground link (Copy embed code writes one), whose `#s1.…` fragment carries the example.
      const linked = /#(s1\.[A-Za-z0-9_-]+)$/.exec(this.getAttribute('link') ?? '')?.[1];
      const policy = this.getAttribute('policy') ?? this.textContent.trim();
      const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
      const holder = el('div');
      holder.style.cssText = 'display:block;max-width:100%';
      const preview = el('pre', { class: 'cam-policy-preview' },
        linked && !policy ? (words[optionsOf(dataset).lang] ?? words.en).label : policy);
      // The preview must not widen a narrow page: long JSON lines wrap.
      preview.style.cssText = 'margin:0;max-width:100%;white-space:pre-wrap;overflow-wrap:anywhere;'
        + 'font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85em';
      holder.append(preview);
      shadow.replaceChildren(holder);
      const workspace = documentsOf(dataset, policy, this.getAttribute('request') ?? '');
      if (dataset.embed === 'link') this.camExample = linkOnly([preview], preview, workspace, dataset);
      else this.camExample = upgrade({ blocks: [preview], anchor: preview, insert: (box) => holder.append(box), workspace: linked ? null : workspace, dataset, knownFragment: linked });
    }
  }
  if (window.customElements && !customElements.get('cam-playground')) customElements.define('cam-playground', CamPlayground);

  window.camPlayground = { scan: reconcile, base: base.href, examples: () => examples.size };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', whenHostReady);
  else whenHostReady();
})();
