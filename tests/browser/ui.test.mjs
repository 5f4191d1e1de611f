// ui.test.mjs -- drives Debian's Chromium (headless, through playwright-core)
// over the page `dyad serve` serves, as a person would: load it, search,
// filter, open an event and read its highlighted evidence, see the timeline
// and the network drawn, click an actor, read an article, and use it on a
// phone-sized screen.  The fixture database holds an article whose title and
// text carry <script> and <img onerror>: they must show as text and never run.
//
// Usage: node ui.test.mjs BASE_URL SCREENSHOT_DIR
// Prints "ok - ..." per check and a closing "N passed, N failed" line; exits 1
// on any failure.  Screenshots (PNG) go to SCREENSHOT_DIR.
import { chromium } from 'playwright-core';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [base, shots] = process.argv.slice(2);
if (!base || !shots) {
  console.error('usage: node ui.test.mjs BASE_URL SCREENSHOT_DIR');
  process.exit(2);
}
const root = base.endsWith('/') ? base : base + '/';
mkdirSync(shots, { recursive: true });

let passed = 0, failed = 0;
function check(cond, what, detail) {
  if (cond) { passed++; console.log('ok - ' + what); }
  else { failed++; console.log('FAIL - ' + what + (detail !== undefined ? ': ' + JSON.stringify(detail) : '')); }
}

async function api(path) {
  const r = await fetch(root + 'api/' + path);
  return r.json();
}

const profile = mkdtempSync(join(tmpdir(), 'dyad-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1280, height: 860 },
});
const page = context.pages()[0] || await context.newPage();

const problems = [];   // script errors, CSP reports, dialogs, outside requests
page.on('pageerror', (e) => problems.push('page error: ' + e.message));
page.on('console', (m) => { if (m.type() === 'error') problems.push('console: ' + m.text()); });
page.on('dialog', async (d) => { problems.push('dialog: ' + d.message()); await d.dismiss(); });
page.on('request', (r) => { if (!r.url().startsWith(root)) problems.push('outside request: ' + r.url()); });

async function ready(view) {
  await page.waitForFunction((v) => document.body.getAttribute('data-ready') === v, view, { timeout: 10000 });
}
async function goto(hash, view) {
  await page.evaluate(() => document.body.removeAttribute('data-ready'));
  await page.evaluate((h) => { window.location.hash = h; }, hash);
  await ready(view);
}
async function xssFired() { return page.evaluate(() => window.__xss); }
async function shot(name) { await page.screenshot({ path: join(shots, name + '.png'), fullPage: false }); }

try {
  // ---- load
  const resp = await page.goto(root, { waitUntil: 'load' });
  check(resp.status() === 200, 'the page loads');
  const csp = resp.headers()['content-security-policy'] || '';
  check(csp.includes("default-src 'self'") && !csp.includes('unsafe-inline'), 'the page is served with a strict CSP', csp);
  await ready('events');
  const stats = await api('stats');
  const rows0 = await page.locator('#events-table tbody tr').count();
  check(rows0 === Math.min(50, stats.events), 'the events table shows the first page', { rows0, events: stats.events });
  await page.waitForFunction(() => document.getElementById('stats').textContent.length > 0);
  check((await page.textContent('#stats')).includes(stats.events + ' events'), 'the header shows the counts');
  await shot('events');

  // ---- search
  await page.fill('#q', 'ceasefire');
  await page.evaluate(() => document.body.removeAttribute('data-ready'));
  await page.click('#go');
  await ready('events');
  const want = (await api('events?q=ceasefire')).total;
  const got = await page.locator('#events-table tbody tr').count();
  check(want > 0 && got === Math.min(50, want), 'a search lists the matching events', { want, got });
  check(page.url().includes('q=ceasefire'), 'the search is in the address');
  check((await page.textContent('#events-summary')).startsWith(String(want)), 'the summary gives the count');

  // ---- filters
  await page.click('#toggle-filters');
  check(await page.isVisible('#filters'), 'the filters open');
  await page.fill('#q', '');
  await page.fill('input[name=actor]', 'PAK');
  await page.selectOption('select[name=quad]', '1');
  await page.evaluate(() => document.body.removeAttribute('data-ready'));
  await page.click('#filters button[type=submit]');
  await ready('events');
  const pak = await api('events?actor=PAK&quad=1');
  const pakRows = await page.locator('#events-table tbody tr').allTextContents();
  check(pak.total > 0 && pakRows.length === pak.total && pakRows.every((t) => t.includes('PAK')),
    'actor and quad class filters narrow the table', { api: pak.total, rows: pakRows.length });
  check(await page.locator('#events-table .cameo.q1').count() === pakRows.length, 'every row is verbal cooperation');

  // ---- an event and its evidence
  await page.locator('#events-table tbody tr').first().click();
  await ready('events');
  await page.waitForSelector('#evidence .mention mark.m-trigger', { timeout: 10000 });
  const trig = await page.textContent('#evidence mark.m-trigger');
  const srcMarks = await page.locator('#evidence mark.m-source').count();
  const tgtMarks = await page.locator('#evidence mark.m-target').count();
  check(trig && trig.trim().length > 0, 'the evidence highlights the trigger', trig);
  check(srcMarks + tgtMarks >= 1, 'the evidence highlights source or target', { srcMarks, tgtMarks });
  const sentence = await page.textContent('#evidence blockquote.sentence');
  const evId = new URL(page.url()).hash.match(/event=(\d+)/)[1];
  const ev = await api('events/' + evId);
  check(sentence === ev.mentions[0].sentence, 'the evidence sentence is the stored sentence', { sentence });
  check((await page.textContent('#evidence .article-link')) === ev.mentions[0].title, 'the evidence names the article');
  check(await page.locator('#evidence a.ext').count() >= 1, 'the evidence links the original');
  check((await page.getAttribute('#evidence a.ext', 'rel')).includes('noopener'), 'outside links are noopener');
  await shot('evidence');

  // ---- article view
  await page.evaluate(() => document.body.removeAttribute('data-ready'));
  await page.click('#evidence .article-link');
  await ready('article');
  check((await page.textContent('.article-title')) === ev.mentions[0].title, 'the article view shows the title');
  const marked = await page.textContent('.article-text mark.marked-sentence');
  check(marked === ev.mentions[0].sentence, 'the article view marks the evidence sentence', marked);
  await shot('article');

  // ---- timeline
  await goto('#/timeline?source=IND&target=PAK', 'timeline');
  const bars = await page.locator('#timeline-chart svg.timeline rect.bar').count();
  const lines = await page.locator('#timeline-chart svg.timeline path.gline').count();
  const tl = await api('timeline?source=IND&target=PAK');
  check(bars === tl.items.length && bars > 0, 'the timeline draws a bar per period and direction', { bars, rows: tl.items.length });
  check(lines >= 1, 'the timeline draws the mean Goldstein lines', lines);
  check(await page.locator('#timeline-chart rect.bar-ab').count() > 0 && await page.locator('#timeline-chart rect.bar-ba').count() > 0,
    'both directions are drawn');
  check(await page.locator('#dyads-table tbody tr').count() > 0, 'the dyads table is filled');
  await shot('timeline');
  // with no pair chosen, a dyad row opens its timeline
  await goto('#/timeline', 'timeline');
  check(await page.locator('#timeline-chart svg').count() === 0, 'no pair, no chart');
  await page.evaluate(() => document.body.removeAttribute('data-ready'));
  await page.locator('#dyads-table tbody tr').first().click();
  await ready('timeline');
  check(await page.locator('#timeline-chart svg.timeline rect.bar').count() > 0, 'a dyad row opens its timeline');

  // ---- network
  await goto('#/network', 'network');
  const nodes = await page.locator('#network-chart svg.network g.node').count();
  const edges = await page.locator('#network-chart svg.network line.edge').count();
  check(nodes >= 5 && edges >= 4, 'the network draws nodes and edges', { nodes, edges });
  const radii = await page.$$eval('#network-chart g.node circle', (cs) => cs.map((c) => +c.getAttribute('r')));
  check(Math.max(...radii) > Math.min(...radii), 'nodes are sized by mentions');
  const colours = await page.$$eval('#network-chart line.edge', (ls) => new Set(ls.map((l) => l.getAttribute('stroke'))).size);
  check(colours > 1, 'edges are coloured by Goldstein', colours);
  await shot('network');
  const code = await page.getAttribute('#network-chart g.node >> nth=0', 'data-code');
  await page.evaluate(() => document.body.removeAttribute('data-ready'));
  await page.locator('#network-chart g.node').first().click();
  await ready('events');
  check(page.url().includes('actor=' + code), 'clicking a node filters by it', page.url());
  check(await page.locator('#events-table tbody tr').count() > 0, 'the filtered events are listed');

  // ---- articles and quotes
  await goto('#/articles?q=tregua', 'articles');
  check(await page.locator('#articles-list li').count() > 0 && await page.locator('#articles-list mark').count() > 0,
    'article search lists matches with the words marked');
  await goto('#/quotes', 'quotes');
  check(await page.locator('#quotes-list li').count() > 0, 'quotes are listed');

  // ---- hostile markup stays text
  await goto('#/events?source=FRA', 'events');
  const titles = await page.locator('#events-table td.col-title').allTextContents();
  check(titles.some((t) => t.includes('<script>') && t.includes('onerror')), 'a hostile title shows as text', titles);
  await page.locator('#events-table tbody tr', { hasText: '<script>' }).first().click();
  await page.waitForSelector('#evidence .mention mark', { timeout: 10000 });
  const evText = await page.textContent('#evidence blockquote.sentence');
  check(/<script>|<img/.test(evText), 'hostile evidence shows as text', evText);
  check(await page.locator('#evidence a.ext').count() === 0, 'a javascript: address is not made a link');
  await shot('xss-evidence');
  await page.evaluate(() => document.body.removeAttribute('data-ready'));
  await page.click('#evidence .article-link');
  await ready('article');
  check((await page.textContent('.article-title')).includes('<script>'), 'the hostile article title shows as text');
  check((await page.textContent('.article-text')).includes('<img src=x onerror='), 'the hostile article text shows as text');
  await goto('#/quotes', 'quotes');
  await goto('#/articles?q=border', 'articles');
  const injected = await page.evaluate(() => document.querySelectorAll('main script, main img, main iframe, main object').length);
  check(injected === 0, 'no element was made from data', injected);
  await page.waitForTimeout(300);
  check((await xssFired()) === undefined, 'no hostile script ran', await xssFired());
  await shot('xss-article');

  // ---- errors are shown (the browser logs the 400 it gets: not a problem here)
  const before = problems.length;
  await goto('#/events?from=2024-13', 'events');
  check(await page.isVisible('#error') && (await page.textContent('#error')).includes('from'), 'a bad filter shows the server message');
  problems.splice(before).filter((p) => !/status of 400/.test(p)).forEach((p) => problems.push(p));

  // ---- a phone
  await page.setViewportSize({ width: 390, height: 844 });
  await goto('#/events', 'events');
  await page.locator('#events-table tbody tr').first().click();
  await page.waitForSelector('#evidence .mention mark', { timeout: 10000 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  check(overflow <= 1, 'no sideways scrolling on a phone', overflow);
  check(await page.isVisible('#evidence'), 'the evidence shows on a phone');
  await shot('phone-evidence');
  await goto('#/timeline?source=IND&target=PAK', 'timeline');
  await shot('phone-timeline');
  await goto('#/network', 'network');
  await shot('phone-network');

  check(problems.length === 0, 'no script error, CSP violation, dialog or outside request', problems);
} catch (e) {
  failed++;
  console.log('FAIL - ' + (e && e.stack ? e.stack : e));
  try { await shot('failure'); } catch (e2) { /* the browser may be gone */ }
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
