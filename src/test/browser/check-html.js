// Opens HTML packs in Chromium and checks what a reader on a phone, a tablet or a keyboard gets
// (issue 19, point 5). Run by HtmlInBrowserTest, which reads the JSON this writes:
//
//   node check-html.js REQUEST.json RESULT.json
//
// REQUEST: {chromium, pages: [path...], widths: [390, 768, 1280], screenshotWidths: [390, 1280],
//           screenshots: DIR, tags: ["wcag2a", ...]}
// RESULT:  {chromium: VERSION, axe: VERSION, checks: [{page, width, violations: [{id, impact, help,
//           targets: [...]}], overflow: {scrollWidth, innerWidth, wide: [...]}, unfocused: [...],
//           tabStops, requests: [...], screenshot, accessibility: {headings: [{level, name}],
//           tables: [{name, columnheaders, rowheaders, cells}], page: {headings, tables: [{caption,
//           columnheaders, rowheaders, filledCells}]}}}]}
//
// Nothing here downloads a browser: puppeteer-core drives the Chromium the request names.
'use strict';
const fs = require('fs');
const path = require('path');
const puppeteer = require('puppeteer-core');
const axeSource = require.resolve('axe-core');

async function main() {
  const [requestFile, resultFile] = process.argv.slice(2);
  const request = JSON.parse(fs.readFileSync(requestFile, 'utf8'));
  const browser = await puppeteer.launch({
    executablePath: request.chromium,
    headless: true,
    // Chromium's sandbox cannot start as root (CI runs as root in a container).
    args: (process.getuid && process.getuid() === 0 ? ['--no-sandbox'] : [])
      .concat(['--disable-dev-shm-usage', '--disable-gpu', '--font-render-hinting=none']),
  });
  const result = { chromium: await browser.version(), axe: require('axe-core/package.json').version, checks: [] };
  try {
    for (const file of request.pages) {
      for (const width of request.widths) {
        result.checks.push(await check(browser, request, file, width));
      }
    }
  } finally {
    await browser.close();
  }
  fs.writeFileSync(resultFile, JSON.stringify(result, null, 1));
}

async function check(browser, request, file, width) {
  const page = await browser.newPage();
  const url = 'file://' + path.resolve(file);
  const requests = [];
  // The pack must be self-contained: any request other than the file itself is recorded and refused.
  await page.setRequestInterception(true);
  page.on('request', (r) => {
    if (r.url() === url || r.url().startsWith('data:')) {
      r.continue();
    } else {
      requests.push(r.url());
      r.abort();
    }
  });
  await page.setViewport({ width, height: 844, deviceScaleFactor: 1 });
  await page.goto(url, { waitUntil: 'load' });
  const check = { page: path.basename(file), width };
  check.overflow = await page.evaluate(overflow);
  const keyboard = await tabThrough(page);
  check.tabStops = keyboard.stops;
  check.unfocused = keyboard.unfocused;
  check.requests = requests;
  check.accessibility = await accessibility(page);
  if (request.screenshotWidths.includes(width)) {
    check.screenshot = path.join(request.screenshots, path.basename(file, '.html') + '-' + width + '.png');
    await page.screenshot({ path: check.screenshot, fullPage: true });
  }
  await page.addScriptTag({ path: axeSource });
  check.violations = await page.evaluate(async (tags) => {
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ') + ' :: ' + n.failureSummary.replace(/\s+/g, ' ')).slice(0, 10),
    }));
  }, request.tags);
  await page.close();
  return check;
}

// What a screen reader is given: Chromium's accessibility tree, its headings and its tables with
// their header and data cells, beside what the page's own markup holds, so that the test can tell
// whether the phone's card layout hides a heading, a header or a figure from assistive technology.
async function accessibility(page) {
  const tree = await page.accessibility.snapshot({ interestingOnly: false });
  const headings = [];
  const tables = [];
  (function walk(node, table) {
    if (node.role === 'heading') {
      headings.push({ level: node.level, name: node.name });
    }
    if (node.role === 'table') {
      table = { name: node.name, columnheaders: 0, rowheaders: 0, cells: 0 };
      tables.push(table);
    }
    if (table && node.role === 'columnheader') table.columnheaders++;
    if (table && node.role === 'rowheader') table.rowheaders++;
    if (table && node.role === 'cell') table.cells++;
    (node.children || []).forEach((child) => walk(child, table));
  })(tree, null);
  const markup = await page.evaluate(() => ({
    headings: document.querySelectorAll('h1, h2, h3, h4, h5, h6').length,
    tables: Array.from(document.querySelectorAll('table')).map((t) => ({
      caption: t.caption ? t.caption.textContent.trim() : '',
      columnheaders: t.querySelectorAll('th[scope=col]').length,
      rowheaders: t.querySelectorAll('th[scope=row]').length,
      filledCells: Array.from(t.querySelectorAll('td')).filter((c) => c.textContent.trim() !== '').length,
    })),
  }));
  return { headings, tables, page: markup };
}

// Runs in the page: is the page wider than the viewport, and which elements stick out past its edge?
function overflow() {
  const innerWidth = window.innerWidth;
  const scrollWidth = document.documentElement.scrollWidth;
  const wide = [];
  if (scrollWidth > innerWidth) {
    for (const e of document.body.querySelectorAll('*')) {
      const box = e.getBoundingClientRect();
      if (box.right > innerWidth + 0.5 && !e.closest('.scroll')) {
        wide.push(e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '')
          + ' right=' + Math.round(box.right));
      }
    }
  }
  return { scrollWidth, innerWidth, wide: wide.slice(0, 10) };
}

// Presses Tab from the top of the page until focus comes round again, and reports every link or
// focusable region that never received focus.
async function tabThrough(page) {
  const targets = await page.evaluate(() => {
    const all = Array.from(document.querySelectorAll('a[href], [tabindex]:not([tabindex="-1"]), button, input, select, textarea'));
    all.forEach((e, i) => e.setAttribute('data-focus-check', String(i)));
    return all.length;
  });
  const seen = new Set();
  let stops = 0;
  for (let i = 0; i < targets * 2 + 5; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => {
      const e = document.activeElement;
      return e && e !== document.body ? e.getAttribute('data-focus-check') || '(unmarked ' + e.tagName + ')' : null;
    });
    if (id === null || seen.has(id)) {
      if (seen.size > 0) {
        break;
      }
      continue;
    }
    seen.add(id);
    stops++;
  }
  const unfocused = await page.evaluate((seen) => Array.from(document.querySelectorAll('[data-focus-check]'))
    .filter((e) => !seen.includes(e.getAttribute('data-focus-check')))
    .map((e) => e.tagName.toLowerCase() + (e.getAttribute('href') ? '[href=' + e.getAttribute('href') + ']' : '')
      + ' "' + (e.textContent || '').trim().slice(0, 40) + '"'), Array.from(seen));
  return { stops, unfocused };
}

main().catch((e) => {
  console.error(e && e.stack ? e.stack : String(e));
  process.exit(1);
});
