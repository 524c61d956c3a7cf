import { serve, type ServerType } from '@hono/node-server';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Writable } from 'node:stream';
import { createApp, createDb, createLogger, migrateToLatest, type Db, type DbTarget } from '@you-said/server';

// E2E_WEB_DIST lets a developer test a build made elsewhere (`vite build --outDir ...`) while
// another build of web/dist is under way.
export const WEB_DIST = process.env.E2E_WEB_DIST ?? path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

export interface RunningApp {
  baseUrl: string;
  db: Db;
  /** every log line the server wrote */
  logText(): string;
  stop(): Promise<void>;
}

/** The real server on a free loopback port, serving the built web app, over a fresh database. */
export async function startApp(target: DbTarget = { kind: 'pglite' }): Promise<RunningApp> {
  const db = await createDb(target);
  await migrateToLatest(db);
  const lines: string[] = [];
  const logger = createLogger('info', new Writable({ write: (c, _e, done) => (lines.push(String(c)), done()) }));
  const app = createApp({ db, logger, config: { BODY_LIMIT_BYTES: 64 * 1024, TIME_ZONE: 'Europe/London', WEB_DIST_DIR: WEB_DIST } });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    db,
    logText: () => lines.join(''),
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.destroy();
    },
  };
}
