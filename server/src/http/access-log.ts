import type { MiddlewareHandler } from 'hono';
import { matchedRoutes } from 'hono/route';
import type { Logger } from '../logger.ts';

/**
 * One line per request: id, method, the route *pattern* (so a wave link or an access code in the
 * path never reaches the log), status and duration. Never the body, query, IP or user agent.
 */
export function accessLog(logger: Logger): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    const isApi = c.req.path.startsWith('/api/');
    // the first matched route that is not a middleware or the catch-all is the one that answered
    const route = matchedRoutes(c).find((r) => r.method !== 'ALL')?.path ?? '(no route)';
    logger.info(
      {
        requestId: c.get('requestId'),
        method: c.req.method,
        route: isApi ? route : '(web app)',
        status: c.res.status,
        ms: Math.round(performance.now() - started),
      },
      'request',
    );
  };
}
