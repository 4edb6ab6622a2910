// Starts the playground. An external module (not an inline script) so the page's Content-Security-Policy can
// forbid inline scripts altogether.
import init from './playground.js';

performance.mark('wasm-init');
await init({ module_or_path: new URL('./playground_bg.wasm', import.meta.url) });
performance.mark('wasm-started');
