/**
 * Benchmark: fully checked submissions per second against a baseline endpoint that only parses
 * and inserts, in the same run, on a real PostgreSQL server. Prints both figures and the ratio
 * (target: checked >= 0.8 x baseline). A figure, not a test: nothing here passes or fails.
 *
 *   pnpm bench            (BENCH_SECONDS=10 BENCH_CONNECTIONS=16 to change the load)
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import postgres from 'postgres';
import { compileChecker, latestInstrumentForBand } from '@you-said/surveys';
import { createDb, migrateToLatest, seedDemo, DEMO_WAVE_SLUG } from '@you-said/server';
import { startPostgres } from '../support/postgres-server.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 16);
const here = path.dirname(fileURLToPath(import.meta.url));

/** A full, valid answer set for the longest children's instrument: every visible question answered. */
function fullAnswers() {
  const instrument = latestInstrumentForBand('11-17')!;
  const check = compileChecker(instrument.definition);
  const answers: Record<string, unknown> = {};
  const walk = (elements: Record<string, unknown>[]) => {
    for (const el of elements) {
      if (Array.isArray(el.elements)) walk(el.elements as Record<string, unknown>[]);
      else if (el.type === 'comment' || el.type === 'text') answers[String(el.name)] = 'More time with my brother and more help with homework';
      else if (el.type === 'checkbox') answers[String(el.name)] = [choiceValue((el.choices as unknown[])[0])];
      else if (el.type === 'boolean') answers[String(el.name)] = true;
      else if (Array.isArray(el.choices)) answers[String(el.name)] = choiceValue(el.choices[0]);
      else if (Array.isArray(el.rateValues)) answers[String(el.name)] = choiceValue(el.rateValues[0]);
      else if (el.type === 'rating') answers[String(el.name)] = el.rateMin ?? 1;
    }
  };
  for (const page of (instrument.definition as { pages: { elements: Record<string, unknown>[] }[] }).pages) walk(page.elements ?? []);
  // drop answers to questions the other answers hide, as survey-core does on completion
  for (let i = 0; i < 20; i++) {
    const result = check(answers);
    if (result.ok) return { instrument, answers };
    for (const p of result.problems) {
      if (p.code === 'hidden_question') delete answers[p.question];
      else throw new Error(`bench answers are invalid: ${p.message}`);
    }
  }
  throw new Error('could not build a valid answer set');
}

function choiceValue(c: unknown) {
  return typeof c === 'object' && c !== null ? (c as { value: unknown }).value : c;
}

async function load(port: number, urlPath: string, template: Record<string, unknown>, duration: number) {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections,
    duration,
    requests: [
      {
        method: 'POST',
        path: urlPath,
        headers: { 'content-type': 'application/json' },
        setupRequest: (req) => ({ ...req, body: JSON.stringify({ ...template, id: randomUUID() }) }),
      },
    ],
  });
  const ok = result['2xx'];
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${urlPath}: ${result.non2xx} non-2xx answers and ${result.errors} errors during the run`);
  }
  return { perSecond: ok / duration, total: ok, p99: result.latency.p99 };
}

const pg = await startPostgres();
let child: ReturnType<typeof spawn> | undefined;
try {
  const setup = await createDb({ kind: 'postgres', url: pg.url, max: 2 });
  await migrateToLatest(setup);
  await seedDemo(setup, new Date().toISOString().slice(0, 10), { synthetic: false });
  const wave = await setup.selectFrom('waves').select('id').where('slug', '=', DEMO_WAVE_SLUG).executeTakeFirstOrThrow();
  await setup.destroy();

  const { instrument, answers } = fullAnswers();
  const template = { wave: DEMO_WAVE_SLUG, instrument: instrument.id, version: instrument.version, mode: 'own_device', answers };

  // BENCH_PROFILE=<dir> writes a V8 CPU profile of the server for the run
  const profile = process.env.BENCH_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_PROFILE}`] : [];
  child = spawn(process.execPath, [...profile, '--import', 'tsx', path.join(here, 'bench-server.ts')], {
    env: { ...process.env, BENCH_DATABASE_URL: pg.url, BENCH_WAVE_ID: wave.id },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    child!.stdout!.on('data', (d: Buffer) => {
      const m = /PORT (\d+)/.exec(String(d));
      if (m) resolve(Number(m[1]));
    });
    child!.on('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });

  console.log(`Submit benchmark: ${connections} connections, ${seconds}s per round, PostgreSQL 15, ${Object.keys(answers).length} answers per survey (${instrument.id} v${instrument.version}), ${JSON.stringify(template).length} bytes per body`);
  await load(port, '/bench/baseline', template, 2); // warm-up: JIT, connection pool
  await load(port, '/api/responses', template, 2);
  const rounds: { baseline: number; checked: number }[] = [];
  if (process.env.BENCH_ONLY === 'checked') {
    // for profiling the checked path alone: BENCH_ONLY=checked BENCH_PROFILE=/tmp/prof pnpm bench
    const checked = await load(port, '/api/responses', template, seconds);
    console.log(`checked only: ${checked.perSecond.toFixed(0)} req/s`);
    process.exitCode = 0;
  }
  for (let round = 0; round < (process.env.BENCH_ONLY ? 0 : 3); round++) {
    const baseline = await load(port, '/bench/baseline', template, seconds);
    const checked = await load(port, '/api/responses', template, seconds);
    rounds.push({ baseline: baseline.perSecond, checked: checked.perSecond });
    console.log(`  round ${round + 1}: baseline ${baseline.perSecond.toFixed(0)} req/s (p99 ${baseline.p99} ms), checked ${checked.perSecond.toFixed(0)} req/s (p99 ${checked.p99} ms)`);
  }
  const baseline = rounds.reduce((s, r) => s + r.baseline, 0) / rounds.length;
  const checked = rounds.reduce((s, r) => s + r.checked, 0) / rounds.length;
  const sqlClient = postgres(pg.url, { max: 1 });
  const [counted] = await sqlClient<{ n: number }[]>`select count(*)::int as n from responses`;
  const n = counted?.n ?? 0;
  await sqlClient.end();
  console.log(`\nbaseline (parse + insert):          ${baseline.toFixed(0)} req/s`);
  console.log(`checked (envelope + wave + answers): ${checked.toFixed(0)} req/s`);
  console.log(`ratio checked / baseline:            ${(checked / baseline).toFixed(2)} (target >= 0.80)`);
  console.log(`rows stored in the run:              ${n}`);
} finally {
  child?.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 500));
  pg.stop();
}
