// Navigation → first evaluated result in headless Chromium, on the release build (dist/): 5 fresh browsers, 3
// loads each (the first load of a browser has a cold cache). Prints the medians; run through `make bench`.
import { serveDist, launch } from '../tests/e2e/harness.mjs';

const site = await serveDist(new URL('../dist', import.meta.url).pathname, {}, { cacheSeconds: 600 });
const cold = [];
const warm = [];
for (let b = 0; b < 5; b++) {
  const browser = await launch();
  for (let load = 0; load < 3; load++) {
    // A plain page: the tests' openPage intercepts requests, which turns the HTTP cache off (no warm loads).
    const page = await browser.newPage();
    const problems = [];
    page.on('pageerror', (err) => problems.push(err.message));
    await page.goto(site.url);
    await page.waitForSelector('[role=status][data-decision]');
    const ms = await page.evaluate(() => {
      const [nav] = performance.getEntriesByType('navigation');
      return performance.getEntriesByName('first-result')[0].startTime - nav.startTime;
    });
    if (problems.length) throw new Error(problems.join('\n'));
    (load === 0 ? cold : warm).push(ms);
    await page.close();
  }
  await browser.close();
}
site.server.close();
const summary = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return `median ${sorted[Math.floor(sorted.length / 2)].toFixed(0)} ms (${sorted[0].toFixed(0)}–${sorted.at(-1).toFixed(0)})`;
};
console.log(`navigation → first result, fresh browser: ${summary(cold)}; warm: ${summary(warm)} (target ≤ 300 ms)`);
