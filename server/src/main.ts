import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { ConfigError, parseConfig } from './config.ts';
import { createDb } from './db/create-db.ts';
import { migrateToLatest } from './db/migrate.ts';
import { calendarDate } from './dates.ts';
import { DEMO_WAVE_SLUG, seedDemo } from './demo/seed-demo.ts';
import { describeSafely } from './http/error-handler.ts';
import { createLogger } from './logger.ts';

// The only module that reads the environment, opens the database and listens.

let config;
try {
  config = parseConfig(process.env);
} catch (err) {
  if (err instanceof ConfigError) {
    console.error(err.message);
    process.exit(1);
  }
  throw err;
}
const logger = createLogger(config.LOG_LEVEL);
const db = await createDb(config.DATABASE_URL ? { kind: 'postgres', url: config.DATABASE_URL } : { kind: 'pglite', dir: config.PGLITE_DIR });
await migrateToLatest(db);
if (config.DEMO_DATA) await seedDemo(db, calendarDate(new Date(), config.TIME_ZONE));

const app = createApp({ db, config, logger });
const server = serve({ fetch: app.fetch, hostname: config.HOST, port: config.PORT }, (info) => {
  const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST;
  const base = `http://${host}:${info.port}`;
  logger.info({ port: info.port, database: config.DATABASE_URL ? 'postgresql' : `pglite (${config.PGLITE_DIR})` }, 'You Said is running');
  console.log(`\n  You Said is running at ${base}\n  Demo survey link: ${base}/w/${DEMO_WAVE_SLUG}\n  API description: ${base}/api/openapi.json\n`);
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down');
  server.close();
  try {
    await db.destroy();
  } catch (err) {
    logger.error({ err: describeSafely(err) }, 'database did not close cleanly');
  }
  logger.flush();
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
