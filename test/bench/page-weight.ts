/**
 * Benchmark: how heavy the respondent app is, against a bare page that only renders the same
 * instrument with survey-react-ui. In one run it builds both (ours with the real Vite config,
 * the bare page from test/bench/bare-page/), serves ours through the real server app on PGlite
 * with the demo wave and the bare page through the same static-file stack, loads each in
 * Chromium and prints:
 *   1. bytes transferred on a first visit (CDP Network encodedDataLength), and ours / bare
 *      (target <= 1.1);
 *   2. bytes transferred on a repeat visit (target < 20 kB: the service worker and HTTP caching);
 *   3. time from navigation to the first survey page being usable, on slow 4G (150 ms RTT,
 *      1.6 Mbps down, 750 kbps up) with the CPU slowed 4x (target < 3 s). Ours has a start
 *      screen first (the promises, where help is, "who is with you"): the page itself chooses
 *      "Just me" as soon as it shows and presses Start the moment it can be pressed, so the
 *      figure is the app's time, not a child's reading time nor the test driver's round trips.
 *      When the start screen showed and when Start could be pressed are printed too.
 * The page's own requests are what CDP reports; the service worker's requests (its install
 * and its network-first fetches) happen in another target, so the bytes the server wrote on
 * every socket are printed beside them. Figures, not a test: nothing here passes or fails.
 *
 *   pnpm bench:page            (PAGE_WEIGHT_RUNS=5 for more timing runs)
 */
import { serve, type ServerType } from '@hono/node-server';
import { serveStatic } from '@hono/node-server/serve-static';
import { Hono } from 'hono';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { Writable } from 'node:stream';
import type { Browser, CDPSession, Page } from 'playwright-core';
import { createApp, createDb, createLogger, edgeMiddleware, migrateToLatest, seedDemo, DEMO_WAVE_SLUG } from '@you-said/server';
import { launchBrowser } from '../support/browser.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '../..');
const webDir = path.join(repo, 'web');
const BAND = '8-11';
const RUNS = Number(process.env.PAGE_WEIGHT_RUNS ?? 3);
// Lighthouse's slow 4G: 150 ms round trip, 1.6 Mbps down, 750 kbps up (CDP wants bytes per second).
const SLOW_4G = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const CPU_SLOWDOWN = 4;

// ---------------------------------------------------------------------------------------------
// Building

const work = mkdtempSync(path.join(tmpdir(), 'you-said-page-weight-'));
const oursDist = path.join(work, 'ours');
const bareDist = path.join(work, 'bare');

function buildOurs(): void {
  const vite = path.join(webDir, 'node_modules/.bin/vite');
  const result = spawnSync(vite, ['build', '--outDir', oursDist, '--emptyOutDir', '--logLevel', 'warn'], { cwd: webDir, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('building the web app failed');
}

/**
 * The bare page, built with Vite's own API from the web package (the test package does not
 * depend on React or SurveyJS), resolving them to the very copies the web app bundles.
 */
async function buildBare(): Promise<void> {
  const fromWeb = createRequire(path.join(webDir, 'package.json'));
  const vite = (await import(pathToFileURL(fromWeb.resolve('vite')).href)) as { build(config: Record<string, unknown>): Promise<unknown> };
  const modules = path.join(webDir, 'node_modules');
  await vite.build({
    configFile: false,
    root: path.join(here, 'bare-page'),
    logLevel: 'warn',
    resolve: { alias: [{ find: /^(react|react-dom|survey-core|survey-react-ui)(\/.*)?$/, replacement: `${modules}/$1$2` }] },
    build: { outDir: bareDist, emptyOutDir: true, chunkSizeWarningLimit: 5000 },
  });
  // The same precompression our build does, so both are served at their best.
  for (const file of filesUnder(bareDist)) {
    if (!/\.(js|css|html|json)$/.test(file) || statSync(file).size < 512) continue;
    const raw = readFileSync(file);
    writeFileSync(`${file}.br`, brotliCompressSync(raw, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT } }));
    writeFileSync(`${file}.gz`, gzipSync(raw, { level: 9 }));
  }
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

// ---------------------------------------------------------------------------------------------
// Serving, with a count of the bytes written on every socket

interface Served {
  baseUrl: string;
  /** bytes the server has written on all its sockets since `mark()` */
  wireBytes(): number;
  mark(): void;
  stop(): Promise<void>;
}

async function listen(fetch: (req: Request) => Response | Promise<Response>, onStop: () => Promise<void> = async () => {}): Promise<Served> {
  const baselines = new Map<Socket, number>();
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
  });
  server.on('connection', (socket: Socket) => baselines.set(socket, 0));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    wireBytes: () => [...baselines].reduce((sum, [socket, base]) => sum + socket.bytesWritten - base, 0),
    mark: () => {
      for (const socket of baselines.keys()) baselines.set(socket, socket.bytesWritten);
    },
    stop: async () => {
      server.close();
      for (const socket of baselines.keys()) socket.destroy();
      await onStop();
    },
  };
}

const quiet = () => createLogger('warn', new Writable({ write: (_c, _e, done) => done() }));
const config = (webDist: string) => ({ BODY_LIMIT_BYTES: 64 * 1024, TIME_ZONE: 'Europe/London', WEB_DIST_DIR: webDist });

async function serveOurs(): Promise<Served> {
  const db = await createDb({ kind: 'pglite' });
  await migrateToLatest(db);
  await seedDemo(db, new Date().toISOString().slice(0, 10));
  const app = createApp({ db, logger: quiet(), config: config(oursDist) });
  return listen(app.fetch, () => db.destroy());
}

/**
 * The bare page behind the same edge as ours (compression, the security headers every response
 * carries, the access log) and the same static files handling: precompressed files, the same
 * cache headers. So the comparison weighs the apps, not the servers.
 */
function serveBare(): Promise<Served> {
  const app = new Hono();
  app.use(...edgeMiddleware({ config: config(bareDist), logger: quiet() }));
  app.use('*', async (c, next) => {
    await next();
    if (c.res.ok) c.res.headers.set('Cache-Control', c.req.path.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
  });
  app.use('*', serveStatic({ root: bareDist, precompressed: true }));
  return listen(app.fetch);
}

// ---------------------------------------------------------------------------------------------
// Measuring

interface Weighed {
  /** sum of encodedDataLength over the page's finished requests (headers and body, as sent) */
  cdpBytes: number;
  /** the same, without responses that came from the service worker or the HTTP cache */
  requests: { url: string; bytes: number; from: string }[];
  wireBytes: number;
}

/** Records every request of a page through CDP until `stop()`. */
async function recordNetwork(cdp: CDPSession) {
  const byId = new Map<string, { url: string; from: string; bytes: number }>();
  cdp.on('Network.responseReceived', (e) => {
    const from = e.response.fromServiceWorker ? 'service worker' : e.response.fromDiskCache ? 'HTTP cache' : 'network';
    byId.set(e.requestId, { url: e.response.url, from, bytes: 0 });
  });
  cdp.on('Network.loadingFinished', (e) => {
    const entry = byId.get(e.requestId);
    if (entry) entry.bytes = e.encodedDataLength;
  });
  await cdp.send('Network.enable');
  return () => [...byId.values()];
}

/** Waits until the survey's first page is on screen (WATCH_FIRST_PAGE presses Start in ours). */
async function reachFirstSurveyPage(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as { __firstSurveyPageAt?: number }).__firstSurveyPageAt !== undefined, undefined, { timeout: 60_000 });
}

/**
 * Runs in the page from its first moment and notes, in the page's own clock (0 = navigation
 * start), when the start screen shows, when its Start button can be pressed and when the
 * survey's first page appears. On our start screen it chooses "Just me" as soon as that shows
 * and presses Start as soon as it is enabled (a moment later: React applies the choice after the
 * event that made it). A string, not a function: tsx would wrap a function's inner names in a
 * helper the page lacks.
 */
const WATCH_FIRST_PAGE = `
  const check = () => {
    const mode = document.querySelector('[data-testid="mode-own_device"]');
    if (window.__startShownAt === undefined && mode) window.__startShownAt = performance.now();
    if (mode && !mode.checked) {
      mode.click();
      setTimeout(check, 0);
      return;
    }
    const start = document.querySelector('[data-testid="start-survey"]:not([disabled])');
    if (start && window.__startReadyAt === undefined) {
      window.__startReadyAt = performance.now();
      start.click();
    }
    if (window.__firstSurveyPageAt === undefined && document.querySelector('.sd-question, .sd-navigation__next-btn, .sd-navigation__complete-btn')) {
      window.__firstSurveyPageAt = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled'] });
`;

async function weigh(browser: Browser, served: Served, url: string, ours: boolean): Promise<{ first: Weighed; repeat: Weighed }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const visit = async (): Promise<Weighed> => {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const requests = await recordNetwork(cdp);
    served.mark();
    await page.addInitScript(WATCH_FIRST_PAGE);
    await page.goto(url);
    await reachFirstSurveyPage(page);
    // Let the service worker install and the page's late requests (icons, offline copies) finish.
    if (ours) await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(500);
    const list = requests();
    const wireBytes = served.wireBytes();
    await page.close();
    return { cdpBytes: list.reduce((s, r) => s + r.bytes, 0), requests: list, wireBytes };
  };
  const first = await visit();
  const repeat = await visit();
  await context.close();
  return { first, repeat };
}

interface Timing {
  startShown?: number;
  startReady?: number;
  firstPage: number;
}

async function timeOnSlow4G(browser: Browser, url: string): Promise<Timing> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.addInitScript(WATCH_FIRST_PAGE);
  await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
  await reachFirstSurveyPage(page);
  const at = await page.evaluate(() => {
    const w = window as unknown as { __firstSurveyPageAt: number; __startShownAt?: number; __startReadyAt?: number };
    return {
      firstPage: w.__firstSurveyPageAt,
      ...(w.__startShownAt === undefined ? {} : { startShown: w.__startShownAt }),
      ...(w.__startReadyAt === undefined ? {} : { startReady: w.__startReadyAt }),
    };
  });
  await context.close();
  return at;
}

// ---------------------------------------------------------------------------------------------

const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function printRequests(label: string, w: Weighed): void {
  console.log(`  ${label}: ${kB(w.cdpBytes)} in ${w.requests.length} requests (CDP); ${kB(w.wireBytes)} written by the server`);
  for (const r of w.requests) console.log(`      ${kB(r.bytes).padStart(9)}  ${r.from.padEnd(14)} ${new URL(r.url).pathname}`);
}

console.log('Building our web app and the bare page…');
buildOurs();
await buildBare();
const ours = await serveOurs();
const bare = await serveBare();
const browser = await launchBrowser();
try {
  const oursUrl = `${ours.baseUrl}/w/${DEMO_WAVE_SLUG}/${BAND}`;
  const bareUrl = `${bare.baseUrl}/`;
  const o = await weigh(browser, ours, oursUrl, true);
  const b = await weigh(browser, bare, bareUrl, false);

  console.log(`\nPage weight, band ${BAND} (${oursUrl} against the bare page)`);
  printRequests('ours, first visit', o.first);
  printRequests('bare, first visit', b.first);
  printRequests('ours, repeat visit', o.repeat);
  printRequests('bare, repeat visit', b.repeat);

  const oursTimes: Timing[] = [];
  const bareTimes: Timing[] = [];
  for (let i = 0; i < RUNS; i++) {
    oursTimes.push(await timeOnSlow4G(browser, oursUrl));
    bareTimes.push(await timeOnSlow4G(browser, bareUrl));
  }

  const ratio = o.first.cdpBytes / b.first.cdpBytes;
  const wireRatio = o.first.wireBytes / b.first.wireBytes;
  console.log('\nSummary');
  console.log(`  first visit, ours:   ${kB(o.first.cdpBytes)} (server wrote ${kB(o.first.wireBytes)})`);
  console.log(`  first visit, bare:   ${kB(b.first.cdpBytes)} (server wrote ${kB(b.first.wireBytes)})`);
  console.log(`  ratio ours / bare:   ${ratio.toFixed(3)} by CDP, ${wireRatio.toFixed(3)} by the server's count   (target <= 1.1)`);
  console.log(`  repeat visit, ours:  ${kB(o.repeat.cdpBytes)} by CDP, ${kB(o.repeat.wireBytes)} written by the server   (target < 20 kB)`);
  console.log(`  repeat visit, bare:  ${kB(b.repeat.cdpBytes)} by CDP, ${kB(b.repeat.wireBytes)} written by the server`);
  console.log(
    `  slow 4G + ${CPU_SLOWDOWN}x CPU, navigation to the first survey page usable (ours: through the start screen, pressed the moment Start works):`,
  );
  const ms = (xs: number[]) => `${xs.map((t) => `${Math.round(t)} ms`).join(', ')}; median ${Math.round(median(xs))} ms`;
  console.log(`    ours: ${ms(oursTimes.map((t) => t.firstPage))}   (target < 3000 ms)`);
  console.log(`      (the start screen showed at: ${ms(oursTimes.map((t) => t.startShown ?? Number.NaN))})`);
  console.log(`      (its Start button worked at: ${ms(oursTimes.map((t) => t.startReady ?? Number.NaN))})`);
  console.log(`    bare: ${ms(bareTimes.map((t) => t.firstPage))}`);
} finally {
  await browser.close();
  await ours.stop();
  await bare.stop();
  rmSync(work, { recursive: true, force: true });
}
