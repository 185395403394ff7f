// Page times of the explorer on one or more running servers, opened in turn in one browser (so the
// machine's load falls alike on each): not a test, a tool to compare two builds side by side, e.g.
//   node src/test/js/explorer-page-times.mjs chromium 7 before=http://localhost:3138/ after=http://localhost:3137/
//   node src/test/js/explorer-page-times.mjs firefox 7 before=... after=...
// Each page is opened ROUNDS + 1 times per server, alternately, the first dropped; prints per page and
// server the median of "opened" (navigation start → page drawn, window.pgTimings[0].done) and of
// when the last answer was read. Needs `npm ci` in fuseki-config/ (puppeteer-core), /usr/bin/chromium
// or /usr/bin/firefox-esr, and the servers serving the sample corpus (./policygraph serve --port N);
//   PAGES=entity=explore/id/person/%E4%B9%A0%E8%BF%91%E5%B9%B3 node … times the pages named instead.
import puppeteer from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { waitFor } from './wait-for.mjs';
const [,, which, roundsArg, ...servers] = process.argv; // servers: name=url, url ending in /
const rounds = +roundsArg;
const opts = which === 'firefox'
  ? { browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true, defaultViewport: { width: 1400, height: 1700 } }
  : { executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'], defaultViewport: { width: 1400, height: 1700 } };
const browser = await puppeteer.launch(opts);
const page = await browser.newPage();
const ZGC = encodeURIComponent('中关村科学城');
// PAGES=name=path,name=path times other pages (of another store) instead of the sample's five
const pages = process.env.PAGES ? process.env.PAGES.split(',').map(p => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]) : [['home', 'explore/'], ['search', 'explore/search?q=' + ZGC], ['entity', 'explore/id/park/' + ZGC],
  ['task', 'explore/id/report/000_28d4d448e5e08362.txt/task/5'], ['report', 'explore/id/report/001_43f4887ca2300bf0.txt']];
const median = xs => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ')[0];
console.log(await browser.version(), 'load at start', load());
const S = servers.map(s => s.split('='));
for (const [kind, path] of pages) {
  const t = Object.fromEntries(S.map(([n]) => [n, { done: [], queries: [] }]));
  for (let i = 0; i <= rounds; i++) {
    for (const [n, url] of (i % 2 ? S : S.slice().reverse())) {
      await page.goto(url + path);
      await waitFor(page, () => document.body.dataset.state === 'ready' && window.pgTimings && window.pgTimings.length > 0);
      const pg = await page.evaluate(() => window.pgTimings[0]);
      if (pg.page !== kind) throw new Error(url + path + ' shows ' + pg.page);
      if (i === 0) continue;
      t[n].done.push(pg.done);
      t[n].queries.push(pg.done - pg.ms + pg.queries);
    }
  }
  console.log(kind.padEnd(7), S.map(([n]) => n + ' opened ' + String(median(t[n].done)).padStart(4) + ' (answers at ' + String(median(t[n].queries)).padStart(4) + ')').join('   |   '));
}
console.log('load at end', load());
await browser.close();
