// The server the submit benchmark loads: the real app on PostgreSQL, plus a baseline endpoint
// that only parses the JSON and inserts the same row, behind the same edge middleware as every
// API route (request id, access log, headers, JSON-only, size limit), so the ratio measures what
// checking costs: the envelope schema, the wave guard and the answer checker. Run by submit.ts.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import pino from 'pino';
import { createApp, createDb, createLogger, edgeMiddleware, migrateToLatest } from '@you-said/server';

const url = process.env.BENCH_DATABASE_URL!;
const waveId = process.env.BENCH_WAVE_ID!;
const db = await createDb({ kind: 'postgres', url, max: 10 });
await migrateToLatest(db);
const logger = createLogger('info', pino.destination({ dest: '/dev/null', sync: false }));
const config = { BODY_LIMIT_BYTES: 64 * 1024, TIME_ZONE: 'Europe/London', WEB_DIST_DIR: '/nonexistent' };
const app = createApp({ db, logger, config });

const outer = new Hono();
outer.use('/bench/*', ...edgeMiddleware({ config, logger }));
outer.post('/bench/baseline', async (c) => {
  const body = await c.req.json();
  await db
    .insertInto('responses')
    .values({
      id: body.id,
      wave_id: waveId,
      band: '11-17',
      instrument_id: body.instrument,
      instrument_version: body.version,
      mode: body.mode,
      submitted_on: '2026-11-23',
      answers: body.answers,
    })
    .execute();
  return c.json({ id: body.id, status: 'stored' }, 201);
});

outer.route('/', app);

const server = serve({ fetch: outer.fetch, hostname: '127.0.0.1', port: 0 }, (info) => {
  process.stdout.write(`PORT ${info.port}\n`);
});
process.on('SIGTERM', () => {
  server.close();
  void db.destroy().then(() => process.exit(0));
});
