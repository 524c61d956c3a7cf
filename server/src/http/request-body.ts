import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from '../errors.ts';

/**
 * Refuses a request body over `maxBytes` with 413. A body with a Content-Length is judged by the
 * header alone (Node's parser never reads past it); only a chunked body is counted as it streams,
 * by hono's bodyLimit. Touching the body stream for every request would cost the JSON fast path.
 */
export function limitBody(maxBytes: number): MiddlewareHandler {
  const tooLarge = () => {
    throw new AppError('payload_too_large', 413, `The request is larger than ${Math.round(maxBytes / 1024)} kB. A survey is far smaller than this; please reload the page and try again.`);
  };
  const streamed = bodyLimit({ maxSize: maxBytes, onError: tooLarge });
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
      if (Number(length) > maxBytes) tooLarge();
      return next();
    }
    return streamed(c, next);
  };
}

/** Refuses a request body that is not JSON, before anything reads it. */
export function requireJsonBody(): MiddlewareHandler {
  return async (c, next) => {
    // a DELETE names its target in the path and carries no body, so it has no type to check
    const bodiless = c.req.method === 'DELETE' && !c.req.header('content-length') && !c.req.header('transfer-encoding');
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && !bodiless) {
      const type = c.req.header('content-type') ?? '';
      if (!/^application\/json\s*(;|$)/i.test(type)) {
        throw new AppError('unsupported_media_type', 415, 'The request must be sent as JSON (Content-Type: application/json).');
      }
    }
    await next();
  };
}
