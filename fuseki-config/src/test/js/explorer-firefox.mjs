// The explorer in headless Firefox, driven by Puppeteer over WebDriver BiDi (Firefox's own
// WebDriver, so no geckodriver): the analyst journey of ExplorerBrowserTest (Chromium, Selenium),
// then each page opened alone and timed. Run by ExplorerFirefoxTest against a real server:
//   node explorer-firefox.mjs --base http://localhost:PORT/ --firefox /usr/bin/firefox-esr --out target
// Exits 0 when every check holds, 1 (with the failed check) otherwise. Screenshots go to
// OUT/explorer-screenshots/firefox-*.png, page times to OUT/explorer-firefox-timings.txt.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { waitFor } from './wait-for.mjs';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
const base = args.base;
const out = args.out || 'target';
const shots = join(out, 'explorer-screenshots');
mkdirSync(shots, { recursive: true });
const REPORTS = ['000_28d4d448e5e08362.txt', '001_43f4887ca2300bf0.txt', '003_fe27a2d5279c6e1c.txt'];
const ZGC = '中关村科学城';

function check(ok, what) {
  if (!ok) throw new Error('check failed: ' + what);
  console.log('ok   ' + what);
}

const browser = await puppeteer.launch({
  browser: 'firefox',
  executablePath: args.firefox || '/usr/bin/firefox-esr',
  headless: true,
  defaultViewport: { width: 1400, height: 1700 },
  extraPrefsFirefox: { 'intl.accept_languages': 'zh-CN, zh' }
});
let failed = false;
try {
  console.log('browser: ' + (await browser.version()));
  const page = await browser.newPage();
  page.setDefaultTimeout(30000);

  /** Waits for the view rendered after `before` renders (app.js pushes one pgTimings entry each), fails on the error view. */
  async function awaitPage(kind, before) {
    await waitFor(page, n => document.body.dataset.state === 'ready' && window.pgTimings && window.pgTimings.length > n, before);
    const shown = await page.evaluate(() => document.body.dataset.page);
    if (shown === 'error') throw new Error('the page shows an error: ' + (await page.$eval('.error', e => e.innerText)));
    check(shown === kind, `${await here()} shows a ${kind} page (shows ${shown})`);
  }
  // the page's own address: Puppeteer's page.url() misses history.pushState in Firefox 140.12
  const here = () => page.evaluate(() => location.href);
  const rendered = () => page.evaluate(() => (window.pgTimings ? window.pgTimings.length : 0));
  const open = async (path, kind) => {
    await page.goto(base + path);
    await awaitPage(kind, 0);
  };
  const text = sel => page.$eval(sel, e => e.innerText.trim());
  const shot = name => page.screenshot({ path: join(shots, 'firefox-' + name + '.png') });

  // search 中关村科学城 from the explorer's home page
  await open('explore/', 'home');
  let n = await rendered();
  await page.type('#q', ZGC);
  await page.click('#search button');
  await awaitPage('search', n);
  await shot('1-search');

  // → its entity page
  const hits = await page.$$('table[data-query=search-entities] a');
  let hit = null;
  for (const a of hits) if ((await a.evaluate(e => e.innerText.trim())) === ZGC) hit = a;
  check(hit !== null, 'the search lists the entity ' + ZGC);
  n = await rendered();
  await hit.click();
  await awaitPage('entity', n);
  let url = await here();
  check(url.endsWith('/explore/id/park/' + encodeURIComponent(ZGC)), 'the entity page has its shareable URL: ' + decodeURI(url));
  check((await text('h1')) === ZGC + ' Park', 'the heading names it and its type');
  await shot('2-entity-' + ZGC);

  // it lists tasks from all three sample reports
  const groups = await page.$$eval('table[data-query=entity-tasks] tr.group td', tds => tds.map(td => td.innerText.split(' · ')[1]));
  const reports = [...new Set(groups)].sort();
  check(JSON.stringify(reports) === JSON.stringify(REPORTS), 'the timeline lists tasks from all three reports: ' + reports.join(', '));

  // an evidence sentence holds the marked mention
  const marks = await page.$$eval('table[data-query=entity-tasks] .sentence mark', ms => ms.map(m => [m.innerText, m.parentElement.innerText]));
  check(marks.length > 0, marks.length + ' mentions marked in the evidence sentences');
  check(marks.every(([m, sentence]) => m === ZGC && sentence.includes(ZGC)), 'each mark is ' + ZGC + ' inside its sentence');

  // the graph has nodes
  const nodes = await page.evaluate(() => document.querySelectorAll('#graph .node').length);
  const edges = await page.evaluate(() => document.querySelectorAll('#graph .edge').length);
  check(nodes > 10 && edges >= nodes - 1, `the graph has ${nodes} nodes and ${edges} edges`);
  // the wheel zooms (d3-zoom, loaded once the page is drawn): the drawing's layer gets a transform
  await waitFor(page, () => !!(window.d3 && window.d3.zoom));
  const zoomed = await page.evaluate(() => {
    const svg = document.querySelector('#graph svg'), r = svg.getBoundingClientRect();
    svg.dispatchEvent(new WheelEvent('wheel', { deltaY: -200, clientX: r.x + r.width / 2, clientY: r.y + r.height / 2, bubbles: true, cancelable: true }));
    return document.querySelector('#graph .layer').getAttribute('transform');
  });
  check(zoomed !== null && zoomed.includes('scale('), 'the wheel zooms the graph: ' + zoomed);
  await page.evaluate(() => document.getElementById('graph').scrollIntoView());
  await shot('2b-entity-graph');
  await page.evaluate(() => window.scrollTo(0, 0));

  // a co-mentioned company opens that company's page
  await page.click('button[data-type=Company]');
  const badges = await page.$$eval('table[data-query=entity-co-mentioned] tbody tr .badge', bs => bs.map(b => b.innerText.trim()));
  check(badges.length > 0 && badges.every(b => b === 'Company'), badges.length + ' co-mentioned entities shown, all companies');
  const company = await page.$('table[data-query=entity-co-mentioned] tbody tr a');
  const name = await company.evaluate(e => e.innerText.trim());
  n = await rendered();
  await company.click();
  await awaitPage('entity', n);
  check((await text('h1')) === name + ' Company', 'the link opens the page of ' + name);
  url = await here();
  check(url.includes('/explore/id/company/'), 'at a company URL: ' + decodeURI(url));
  check((await page.$$('table[data-query=entity-tasks] .sentence mark')).length > 0, "the company's evidence sentences are marked");
  await shot('3-company');

  // the task and report pages, opened alone from their URLs
  await open('explore/id/report/000_28d4d448e5e08362.txt/task/5', 'task');
  check((await text('h1')).startsWith('第65项 中关村科学城要强化创新策源地能力建设'), 'the task page shows task 第65项');
  await shot('4-task');
  await open('explore/id/report/003_fe27a2d5279c6e1c.txt', 'report');
  check((await text('h1')) === '003_fe27a2d5279c6e1c.txt', 'the report page shows report 003');
  await shot('5-report');

  // page times: not asserted. Each page opened alone 6 times, the first (warming the server's caches) dropped.
  // From app.js's pgTimings: queries = render start → last answer; shown = render start → drawn;
  // opened = the browser's navigation start → drawn (performance.now() when the page is drawn).
  const pages = [
    ['search', 'explore/search?q=' + encodeURIComponent(ZGC)],
    ['entity', 'explore/id/park/' + encodeURIComponent(ZGC)],
    ['task', 'explore/id/report/000_28d4d448e5e08362.txt/task/5'],
    ['report', 'explore/id/report/001_43f4887ca2300bf0.txt']
  ];
  const median = xs => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const pad = (s, w) => String(s).padStart(w);
  const lines = ['page     ' + ['queries', '(min)', 'shown', '(min)', 'opened', '(min)'].map(h => pad(h, 9)).join('')];
  for (const [kind, path] of pages) {
    const t = { queries: [], ms: [], done: [] };
    for (let i = 0; i < 6; i++) {
      await open(path, kind);
      const timing = await page.evaluate(() => window.pgTimings[0]);
      if (i === 0) continue;
      for (const k of Object.keys(t)) t[k].push(timing[k]);
    }
    lines.push(kind.padEnd(9) + ['queries', 'ms', 'done'].map(k => pad(median(t[k]), 9) + pad(Math.min(...t[k]), 9)).join(''));
  }
  lines.push('milliseconds in ' + (await browser.version()) + ', median and min of 5 openings after a first one; queries: until the last answer;'
    + ' shown: until drawn (both from app.js starting the page); opened: from the browser starting the navigation until drawn');
  const report = lines.join('\n') + '\n';
  console.log('Explorer page times in Firefox (sample corpus):\n' + report);
  writeFileSync(join(out, 'explorer-firefox-timings.txt'), report);
} catch (e) {
  failed = true;
  console.error(e && e.stack ? e.stack : String(e));
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
