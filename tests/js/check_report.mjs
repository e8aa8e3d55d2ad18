// Opens report.html in headless Chromium (Debian's, driven by playwright-core) and checks what a
// reader would: the page loads with no console error and no request beyond the file itself, no
// script runs (no dialog opens), the screenshot is not blank, and the given text (a hostile
// account name) shows as text while no <img> or <script> element exists.
//
//   node check_report.mjs REPORT.html TEXT [SCREENSHOT.png]
//
// Prints one line per check and exits 1 if any fails.
import { pathToFileURL } from 'node:url';
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const [file, text, shotPath] = process.argv.slice(2);
const url = pathToFileURL(file).href;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox'],
});
const viewport = { width: 1200, height: 900 };
const page = await browser.newPage({ viewport });
const errors = [];
const requests = [];
let dialogs = 0;
page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
page.on('pageerror', (e) => errors.push(String(e)));
page.on('request', (r) => { if (r.url() !== url) requests.push(r.url()); });
page.on('dialog', async (d) => { dialogs += 1; await d.dismiss(); });
await page.goto(url, { waitUntil: 'load' });
await page.waitForTimeout(300);  // give an injected script the chance to run
const shot = await page.screenshot();
if (shotPath) writeFileSync(shotPath, shot);
const blankPage = await browser.newPage({ viewport });
const blank = await blankPage.screenshot();
const found = await page.evaluate((t) => ({
  shown: document.body.innerText.includes(t),
  images: document.querySelectorAll('img').length,
  scripts: document.querySelectorAll('script').length,
  svgs: document.querySelectorAll('svg').length,
  sections: document.querySelectorAll('section').length,
}), text);
await browser.close();

const checks = [
  ['console errors', errors.length === 0, JSON.stringify(errors)],
  ['requests beyond the file', requests.length === 0, JSON.stringify(requests)],
  ['dialogs', dialogs === 0, String(dialogs)],
  ['hostile text shown as text', found.shown, String(found.shown)],
  ['img and script elements', found.images === 0 && found.scripts === 0,
   `${found.images} img, ${found.scripts} script`],
  ['inline SVG pictures', found.svgs >= 2, String(found.svgs)],
  ['sections', found.sections >= 5, String(found.sections)],
  ['screenshot not blank', shot.length > 5 * blank.length, `${shot.length} vs blank ${blank.length} bytes`],
];
let failed = 0;
for (const [name, ok, detail] of checks) {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${detail}`);
  if (!ok) failed += 1;
}
process.exit(failed ? 1 : 0);
