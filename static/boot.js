// Starts the playground. An external module (not an inline script) so the page's Content-Security-Policy can
// forbid inline scripts altogether.
import init from './playground.js';

// An explicit ?theme= applies before the app starts, so an embed on a dark page never shows a light frame.
const theme = new URLSearchParams(location.search).get('theme');
if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;

performance.mark('wasm-init');
await init({ module_or_path: new URL('./playground_bg.wasm', import.meta.url) });
performance.mark('wasm-started');
