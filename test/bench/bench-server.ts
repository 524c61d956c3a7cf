// The server the submit benchmark loads: the real app on PostgreSQL, plus a baseline endpoint
// that only parses the JSON and inserts the row, behind the same middleware. Run by submit.ts.
import { serve } from '@hono/node-server';
import { createWriteStream } from 'node:fs';
import { canonicalHashForBench } from './bench-hash.ts';
import { createApp, createDb, createLogger, migrateToLatest } from '@you-said/server';

const url = process.env.BENCH_DATABASE_URL!;
const waveId = process.env.BENCH_WAVE_ID!;
const db = await createDb({ kind: 'postgres', url, max: 10 });
await migrateToLatest(db);
const logger = createLogger('info', createWriteStream('/dev/null'));
const app = createApp({ db, logger, config: { BODY_LIMIT_BYTES: 64 * 1024, TIME_ZONE: 'Europe/London', WEB_DIST_DIR: '/nonexistent' } });

app.post('/api/bench/baseline', async (c) => {
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
      body_hash: canonicalHashForBench(body),
    })
    .execute();
  return c.json({ id: body.id, status: 'stored' }, 201);
});

const server = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => {
  process.stdout.write(`PORT ${info.port}\n`);
});
process.on('SIGTERM', () => {
  server.close();
  void db.destroy().then(() => process.exit(0));
});
