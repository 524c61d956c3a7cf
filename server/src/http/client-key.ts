import { getConnInfo } from '@hono/node-server/conninfo';
import type { MiddlewareHandler } from 'hono';
import { createHmac } from 'node:crypto';
import { appSecret } from '../accounts/secrets.ts';
import type { Db } from '../db/create-db.ts';
import type { AppEnv } from './router.ts';

/**
 * Gives each request `clientKey`: an HMAC of the client's address under a secret kept in the
 * database, so rate limits can count per client without any address being stored or logged.
 */
export function clientKey(db: Db): MiddlewareHandler<AppEnv> {
  // the secret never changes once made, so each process reads it once
  let secret: Promise<string> | undefined;
  return async (c, next) => {
    secret ??= appSecret(db, 'client-key').catch((err) => {
      secret = undefined;
      throw err;
    });
    let address = 'unknown';
    try {
      address = getConnInfo(c).remote.address ?? 'unknown';
    } catch {
      // app.request() in tests has no socket
    }
    c.set('clientKey', createHmac('sha256', await secret).update(address).digest('base64url').slice(0, 22));
    await next();
  };
}
