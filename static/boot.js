// Starts the playground. An external module (not an inline script) so the page's Content-Security-Policy can
// forbid inline scripts altogether.
import init from './playground.js';

// An explicit ?theme= applies before the app starts, so an embed on a dark page never shows a light frame.
const theme = new URLSearchParams(location.search).get('theme');
if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;

performance.mark('wasm-init');
try {
  await init({ module_or_path: new URL('./playground_bg.wasm', import.meta.url) });
  performance.mark('wasm-started');
} catch (error) {
  // The app never started, so it cannot say why: this page does, in the language the app would have spoken.
  // The key and JSON form of the language switch's saved choice (LANG_KEY in src/web/persist.rs).
  const saved = () => { try { return JSON.parse(localStorage.getItem('cam-playground.lang')); } catch { return null; } };
  const lang = new URLSearchParams(location.search).get('lang') ?? saved() ?? navigator.language ?? '';
  const chinese = /^zh/i.test(lang);
  const notice = document.createElement('p');
  notice.className = 'load-failed';
  notice.setAttribute('role', 'alert');
  notice.lang = chinese ? 'zh-CN' : 'en';
  notice.textContent = chinese
    ? '演练场无法启动：需要支持 WebAssembly 的浏览器。请使用新版 Chrome、Edge、Firefox 或 Safari，并确认没有禁用 WebAssembly。'
    : 'The playground could not start: it needs a browser with WebAssembly. Use a recent Chrome, Edge, Firefox or Safari, with WebAssembly enabled.';
  document.body.append(notice);
  console.error(error);
}
