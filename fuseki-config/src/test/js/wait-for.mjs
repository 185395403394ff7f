// Waiting for a condition in the page. Puppeteer's page.waitForFunction builds its predicate with
// Function() inside the page, which Firefox (140.12 on) refuses under the explorer's
// Content-Security-Policy (no 'unsafe-eval': "call to Function() blocked by CSP"); page.evaluate runs
// as the automation protocol's own script, which the page's policy does not govern, so this asks it
// every few milliseconds instead. The pages' times come from the page's own clock (pgTimings), not
// from when this notices.
export async function waitFor(page, predicate, arg, { timeout = 30000, every = 15 } = {}) {
  const until = Date.now() + timeout;
  for (;;) {
    try {
      if (await page.evaluate(predicate, arg)) return;
    } catch (e) {
      // the page is being replaced by the next one: ask the new one
      if (!/context|navigat|destroyed|discarded/i.test(String(e && e.message))) throw e;
    }
    if (Date.now() > until) throw new Error('waited ' + timeout + ' ms for ' + predicate);
    await new Promise(r => setTimeout(r, every));
  }
}
