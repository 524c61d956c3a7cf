import { serve } from '@hono/node-server';
import { createApp } from './app.ts';
import { ConfigError, parseConfig, reportOptionsFrom } from './config.ts';
import { createDb } from './db/create-db.ts';
import { migrateToLatest } from './db/migrate.ts';
import { calendarDate } from './dates.ts';
import { describeDemoSignIn, seedDemo, type DemoSignIn } from './demo/seed-demo.ts';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
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
// The demo's passwords and codes exist in plain text only when they are made; they are kept in
// a file beside the embedded database (git-ignored) so later starts can print them again.
const demoFile = path.join(path.dirname(config.PGLITE_DIR), 'demo-sign-in.json');
let demo: DemoSignIn | null = null;
if (config.DEMO_DATA) {
  demo = await seedDemo(db, calendarDate(new Date(), config.TIME_ZONE));
  if (demo) {
    mkdirSync(path.dirname(demoFile), { recursive: true });
    writeFileSync(demoFile, JSON.stringify(demo, null, 2), { mode: 0o600 });
  } else if (existsSync(demoFile)) {
    demo = JSON.parse(readFileSync(demoFile, 'utf8')) as DemoSignIn;
  }
}

const app = createApp({ db, config, logger, reportOptions: reportOptionsFrom(config) });
const server = serve({ fetch: app.fetch, hostname: config.HOST, port: config.PORT }, (info) => {
  const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST;
  const base = `http://${host}:${info.port}`;
  logger.info({ port: info.port, database: config.DATABASE_URL ? 'postgresql' : `pglite (${config.PGLITE_DIR})` }, 'You Said is running');
  console.log(`\n  You Said is running at ${base}\n  API description: ${base}/api/openapi.json\n`);
  if (demo) console.log(`${describeDemoSignIn(demo, base)}\n`);
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
