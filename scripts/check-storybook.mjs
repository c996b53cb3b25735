// Opens every story of the built Storybook in headless Chromium and fails when a story logs an
// error, throws, or leaves a clid-* element undefined (the silent `sideEffects` trap: a bundler
// that drops the define import still builds and renders, just with empty elements).
// Usage: node scripts/check-storybook.mjs storybook-static [--screenshots DIR]
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium } from './chromium.mjs';
import { serve } from './static-server.mjs';

const dir = process.argv[2] || 'storybook-static';
const shotsAt = process.argv.indexOf('--screenshots');
const shots = shotsAt > 0 ? process.argv[shotsAt + 1] : undefined;
if (shots) mkdirSync(shots, { recursive: true });

const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
if (!stories.length) {
  console.error(`No stories found in ${dir}/index.json`);
  process.exit(1);
}

const server = await serve({ root: dir });
const browser = await launchChromium();
const failures = [];
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 900, height: 700 });
  let problems = [];
  page.on('console', (msg) => {
    // A failed request is reported below with its URL.
    if (msg.type() === 'error' && !msg.text().startsWith('Failed to load resource')) {
      problems.push(`console error: ${msg.text()}`);
    }
  });
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/favicon.ico'))
      problems.push(`HTTP ${response.status()} for ${response.url()}`);
  });
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  for (const story of stories) {
    problems = [];
    await page.goto(`${server.url}iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
    try {
      await page.waitForFunction(
        () =>
          document.querySelector('#storybook-root')?.childElementCount > 0 ||
          document.body.classList.contains('sb-show-errordisplay'),
        { timeout: 15_000 },
      );
    } catch {
      problems.push('story did not render within 15 s');
    }
    const report = await page.evaluate(async () => {
      const root = document.querySelector('#storybook-root');
      if (document.body.classList.contains('sb-show-errordisplay')) {
        return { error: document.querySelector('#error-message')?.textContent ?? 'Storybook error display' };
      }
      const tags = new Set();
      const visit = (node) => {
        for (const el of node.querySelectorAll('*')) {
          if (el.localName.startsWith('clid-')) tags.add(el.localName);
          if (el.shadowRoot) visit(el.shadowRoot);
        }
      };
      if (root) visit(root);
      const undefinedTags = [...tags].filter((tag) => !customElements.get(tag));
      for (const tag of tags) if (customElements.get(tag)) await customElements.whenDefined(tag);
      return { tags: [...tags], undefinedTags };
    });
    if (report.error) problems.push(`storybook error: ${report.error}`);
    if (report.undefinedTags?.length) problems.push(`undefined elements: ${report.undefinedTags.join(', ')}`);
    if (report.tags && !report.tags.length) problems.push('no clid-* element rendered');
    if (shots) await page.screenshot({ path: join(shots, `${story.id}.png`), fullPage: true });
    if (problems.length) failures.push({ story: story.id, problems });
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(`Checked ${stories.length} built stories in headless Chromium.`);
if (failures.length) {
  for (const { story, problems } of failures) console.error(`✗ ${story}\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log('Every story rendered with its elements defined and no errors.');
