import { Writable } from 'node:stream';
import { createApp } from '../app.ts';
import type { Db } from '../db/create-db.ts';
import { createLogger } from '../logger.ts';

/**
 * The real app over a test database, with its log lines captured so tests can prove what is
 * (and is not) logged, and a fixed clock so dates are known.
 */
export function createTestApp(db: Db, opts: { now?: Date; webDistDir?: string } = {}) {
  const lines: string[] = [];
  const sink = new Writable({
    write(chunk, _enc, done) {
      lines.push(String(chunk));
      done();
    },
  });
  const logger = createLogger('debug', sink);
  const now = opts.now ?? new Date('2026-11-23T10:00:00Z');
  const app = createApp({
    db,
    logger,
    now: () => now,
    config: { BODY_LIMIT_BYTES: 64 * 1024, TIME_ZONE: 'Europe/London', WEB_DIST_DIR: opts.webDistDir ?? '/nonexistent' },
  });
  const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    app.request(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  return { app, post, logText: () => lines.join('') };
}
