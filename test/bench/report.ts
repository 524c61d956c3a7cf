/**
 * Benchmark (issue 4): the staff report of one council's wave on a platform that grows to a
 * million responses, on a real PostgreSQL server, next to the bare grouped-count queries the
 * report rests on. At each platform size it prints, as medians over alternating runs:
 *   - bare: `countResponses` + `countAnswers` over exactly the waves the report tallies (this
 *     wave, its previous wave and every other council's wave of the same year), run side by side
 *     as the report runs them;
 *   - report API: GET /api/staff/waves/:id/report over HTTP, signed in as the council's survey
 *     lead, body read to the end;
 *   - pooled: the other councils' tallies alone (`tallyWaves` over the peers);
 *   - memory of this process (which serves the API): RSS and heap after a forced GC, and the
 *     peak heap seen while the runs went on.
 * Target: report API within 1.5 x bare; memory flat as the platform grows. Figures only:
 * nothing here passes or fails.
 *
 *   pnpm bench:report
 *   (BENCH_REPORT_TOTAL=100000 for a quick run; BENCH_REPORT_ROUNDS=5, BENCH_REPORT_COUNCILS=80)
 */
import { serve } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import pino from 'pino';
import postgres from 'postgres';
import { createApp, createDb, createLogger, migrateToLatest, type Db } from '@you-said/server';
import { buildReport, resolveOptions, talliedItemIds } from '../../analysis/src/index.ts';
import { createAccount } from '../../server/src/accounts/accounts.ts';
import { whatChildrenSaid } from '../../server/src/comments/comments.ts';
import { staffReport } from '../../server/src/reports/staff-report.ts';
import { countAnswers, countResponses, tallyWaves } from '../../server/src/reports/tallies-sql.ts';
import { reportInputFor, reportScope, wavesTallied } from '../../server/src/reports/wave-report.ts';
import { childPageStates, listYouSaid } from '../../server/src/reports/you-said.ts';
import { findWaveById, type StaffWave } from '../../server/src/staff-waves/staff-waves.ts';
import { startPostgres } from '../support/postgres-server.ts';
import { createCouncils, loadStep, MEASURED_YEAR, planPlatform } from './report-data.ts';

const total = Number(process.env.BENCH_REPORT_TOTAL ?? 1_000_000);
const rounds = Number(process.env.BENCH_REPORT_ROUNDS ?? 5);
const councils = Number(process.env.BENCH_REPORT_COUNCILS ?? 80);
const gc = (globalThis as { gc?: () => void }).gc;
const MB = 1024 * 1024;

const ms = (n: number) => n.toFixed(1);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

/** Samples this process's memory every 10 ms while runs go on, keeping the peaks. */
function memorySampler() {
  let peakRss = 0;
  let peakHeap = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  };
  sample();
  const timer = setInterval(sample, 10);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { peakRss, peakHeap };
    },
  };
}

function settledMemory() {
  gc?.();
  gc?.();
  const m = process.memoryUsage();
  return { rss: m.rss, heapUsed: m.heapUsed };
}

interface Row {
  total: number;
  bare: number;
  api: number;
  pooled: number;
  rss: number;
  heapUsed: number;
  peakHeap: number;
  peakRss: number;
  bodyBytes: number;
}

const pg = await startPostgres();
let server: ReturnType<typeof serve> | undefined;
let laterServer: ReturnType<typeof serve> | undefined;
let db: Db | undefined;
let loader: postgres.Sql | undefined;
try {
  db = await createDb({ kind: 'postgres', url: pg.url, max: 10 });
  await migrateToLatest(db);
  loader = postgres(pg.url, { max: 2, onnotice: () => {} });

  const plan = planPlatform({ total, councils });
  await createCouncils(loader, plan);
  const today = new Date().toISOString().slice(0, 10);

  const logger = createLogger('info', pino.destination({ dest: '/dev/null', sync: false }));
  const app = createApp({ db, logger, config: { BODY_LIMIT_BYTES: 64 * 1024, TIME_ZONE: 'Europe/London', WEB_DIST_DIR: '/nonexistent' } });
  const port = await new Promise<number>((resolve) => {
    server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) => resolve(info.port));
  });
  const base = `http://127.0.0.1:${port}`;

  // a real account for the measured council's survey lead, signed in through the front door
  const email = 'bench-lead@example.org';
  const password = 'a long benchmark password';
  await createAccount(db, { email, displayName: 'Bench Lead', password, role: 'survey_lead', councilId: plan.measured.councilId });
  const login = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (login.status !== 200) throw new Error(`sign-in failed: ${login.status} ${await login.text()}`);
  const cookie = login.headers.getSetCookie().map((h) => h.split(';')[0]!).find((c) => c.startsWith('ys_session='));
  if (!cookie) throw new Error('sign-in set no session cookie');
  const reportUrl = `${base}/api/staff/waves/${plan.measured.waveId}/report`;

  const itemIds = talliedItemIds();
  const first = plan.steps[0]!;
  const peersInYear = first.waves.filter((w) => w.year === MEASURED_YEAR && w.councilIndex !== 0).length;
  console.log(
    `Report benchmark: PostgreSQL 15, ${councils} councils, ${plan.steps.at(-1)!.total.toLocaleString('en-GB')} responses in the end, ` +
      `measured wave ${plan.measured.responses} responses, ${peersInYear} other councils' waves in its year, ` +
      `${rounds} alternating runs per figure after a warm-up${gc ? '' : ' (no --expose-gc: memory figures without a forced GC)'}`,
  );

  const rows: Row[] = [];
  let wave: StaffWave | undefined;
  for (const step of plan.steps) {
    const load = await timed(async () => {
      await loadStep(loader!, plan, step);
      // sets hint bits and the visibility map, and gives the planner the new row counts
      await loader!.unsafe('vacuum (analyze) responses');
      await loader!.unsafe('analyze');
    });
    const [{ n: stored } = { n: 0 }] = await loader<{ n: number }[]>`select count(*)::int as n from responses`;
    console.log(`\nloaded ${step.years[0]}..${step.years.at(-1)} (${step.waves.length} waves): ${stored.toLocaleString('en-GB')} responses stored, ${(load.ms / 1000).toFixed(1)} s`);

    wave = (await findWaveById(db, plan.measured.waveId, today))!;
    const scope = await reportScope(db, wave);
    const tallied = wavesTallied(wave, scope);
    const waveIds = tallied.map((w) => w.id);
    const [{ n: inScope } = { n: 0 }] = await loader<{ n: number }[]>`select count(*)::int as n from responses where wave_id = any(${waveIds}::uuid[])`;
    console.log(`  the report tallies ${tallied.length} waves (this, previous, ${scope.peers.length} other councils'): ${inScope.toLocaleString('en-GB')} responses`);

    const kinds = {
      bare: async () => {
        const [r, a] = await Promise.all([countResponses(db!, waveIds), countAnswers(db!, waveIds, itemIds)]);
        return r.length + a.length;
      },
      api: async () => {
        const res = await fetch(reportUrl, { headers: { cookie } });
        const body = await res.text();
        if (res.status !== 200) throw new Error(`report: ${res.status} ${body.slice(0, 300)}`);
        return body.length;
      },
      pooled: async () => (await tallyWaves(db!, scope.peers, itemIds)).answers.length,
    };
    type Kind = keyof typeof kinds;
    const order: Kind[] = ['bare', 'api', 'pooled'];
    const times: Record<Kind, number[]> = { bare: [], api: [], pooled: [] };
    let bodyBytes = 0;
    let answerRows = 0;
    for (const k of order) await kinds[k](); // warm-up: JIT, connections, prepared statements, cache
    settledMemory();
    const sampler = memorySampler();
    for (let r = 0; r < rounds; r++) {
      // rotate the order each round so neither side always runs first (or after the other)
      for (let j = 0; j < order.length; j++) {
        const k = order[(r + j) % order.length]!;
        const t = await timed(kinds[k]);
        times[k].push(t.ms);
        if (k === 'api') bodyBytes = t.value;
        if (k === 'bare') answerRows = t.value;
      }
    }
    const peak = sampler.stop();
    const after = settledMemory();
    const row: Row = {
      total: stored,
      bare: median(times.bare),
      api: median(times.api),
      pooled: median(times.pooled),
      rss: after.rss,
      heapUsed: after.heapUsed,
      peakHeap: peak.peakHeap,
      peakRss: peak.peakRss,
      bodyBytes,
    };
    rows.push(row);
    console.log(
      `  bare ${ms(row.bare)} ms (${answerRows} grouped rows; runs ${times.bare.map(ms).join(', ')}), ` +
        `report API ${ms(row.api)} ms (${(bodyBytes / 1024).toFixed(0)} KiB; runs ${times.api.map(ms).join(', ')}), ` +
        `pooled ${ms(row.pooled)} ms`,
    );
  }

  console.log('\n| total responses | bare query ms | report API ms | ratio (target <= 1.5) | pooled tallies ms | RSS after GC MiB | heap after GC MiB | peak heap in runs MiB | peak RSS in runs MiB |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of rows) {
    console.log(
      `| ${r.total.toLocaleString('en-GB')} | ${ms(r.bare)} | ${ms(r.api)} | ${(r.api / r.bare).toFixed(2)} | ${ms(r.pooled)} | ` +
        `${(r.rss / MB).toFixed(0)} | ${(r.heapUsed / MB).toFixed(1)} | ${(r.peakHeap / MB).toFixed(1)} | ${(r.peakRss / MB).toFixed(0)} |`,
    );
  }

  // Where the report's time goes at the final size, part by part, called directly (no HTTP).
  const w = wave!;
  const parts: Record<string, number[]> = {};
  const note = (name: string, t: number) => (parts[name] ??= []).push(t);
  let jsonBytes = 0;
  // everything is warm by now: no warm-up round; fewer rounds, as each one runs the report twice
  for (let i = 0; i < Math.min(rounds, 3); i++) {
    const loadWave = await timed(() => findWaveById(db!, w.id, today));
    const scope = await timed(() => reportScope(db!, w));
    const tallies = await timed(() => tallyWaves(db!, wavesTallied(w, scope.value), itemIds));
    const build = await timed(async () => buildReport(reportInputFor(w, scope.value, tallies.value)));
    const comments = await timed(() => whatChildrenSaid(db!, w, resolveOptions({})));
    const youSaid = await timed(() => Promise.all([listYouSaid(db!, w.id), childPageStates(db!, w)]));
    const whole = await timed(() => staffReport(db!, w, {}));
    const json = await timed(async () => JSON.stringify(whole.value));
    jsonBytes = json.value.length;
    note('load the wave (route guard)', loadWave.ms);
    note('reportScope (previous wave, peers)', scope.ms);
    note('tallyWaves (both counts + mapping)', tallies.ms);
    note('buildReport (analysis, in memory)', build.ms);
    note('whatChildrenSaid (comments)', comments.ms);
    note('you said + child pages', youSaid.ms);
    note('staffReport, whole, no HTTP', whole.ms);
    note('JSON.stringify of the report', json.ms);
  }
  console.log(`\nWhere the time goes at ${rows.at(-1)!.total.toLocaleString('en-GB')} responses (medians, called directly; the report body is ${(jsonBytes / 1024).toFixed(0)} KiB of JSON):`);
  for (const [name, ts] of Object.entries(parts)) console.log(`  ${name.padEnd(40)} ${ms(median(ts)).padStart(8)} ms`);

  // After fieldwork: the same report read once every wave it compares has closed (the panel's
  // usual moment). The first request counts each closed wave once and keeps the counts; later
  // requests read them back instead of unpacking every answer again.
  const later = createApp({ db, logger, now: () => new Date(`${MEASURED_YEAR + 1}-06-01T12:00:00Z`), config: { BODY_LIMIT_BYTES: 64 * 1024, TIME_ZONE: 'Europe/London', WEB_DIST_DIR: '/nonexistent' } });
  const laterPort = await new Promise<number>((resolve) => {
    laterServer = serve({ fetch: later.fetch, hostname: '127.0.0.1', port: 0 }, (info: AddressInfo) => resolve(info.port));
  });
  const laterUrl = `http://127.0.0.1:${laterPort}/api/staff/waves/${plan.measured.waveId}/report`;
  // signed in again on that day: a session from today has long expired by then
  const laterLogin = await fetch(`http://127.0.0.1:${laterPort}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  if (laterLogin.status !== 200) throw new Error(`sign-in after fieldwork failed: ${laterLogin.status}`);
  const laterCookie = laterLogin.headers.getSetCookie().map((h) => h.split(';')[0]!).find((c) => c.startsWith('ys_session='))!;
  const readLater = async () => {
    const res = await fetch(laterUrl, { headers: { cookie: laterCookie } });
    const body = await res.text();
    if (res.status !== 200) throw new Error(`report after fieldwork: ${res.status} ${body.slice(0, 300)}`);
  };
  const firstLater = await timed(readLater);
  const laterTimes: number[] = [];
  for (let i = 0; i < rounds; i++) laterTimes.push((await timed(readLater)).ms);
  const bareNow = rows.at(-1)!.bare;
  console.log(
    `\nAfter fieldwork (every compared wave closed): first report ${ms(firstLater.ms)} ms (counts each closed wave once and keeps the counts), ` +
      `then ${ms(median(laterTimes))} ms (runs ${laterTimes.map(ms).join(', ')}), ${(median(laterTimes) / bareNow).toFixed(2)} of the bare grouped count (${ms(bareNow)} ms)`,
  );
} finally {
  laterServer?.close();
  server?.close();
  await loader?.end();
  await db?.destroy();
  pg.stop();
}
