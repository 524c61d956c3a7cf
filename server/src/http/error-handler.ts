import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { AppError, type ErrorBody } from '../errors.ts';
import type { Logger } from '../logger.ts';

/** The one place an error becomes a response. 4xx are the caller's to fix and are not logged as errors. */
export function createErrorHandler(logger: Logger) {
  return (err: Error, c: Context) => {
    const requestId: string = c.get('requestId') ?? 'unknown';
    const appError = toAppError(err);
    if (appError.status >= 500) {
      logger.error({ requestId, err: describeSafely(err) }, 'request failed');
    }
    const body: ErrorBody = {
      error: {
        code: appError.code,
        message: appError.message,
        requestId,
        ...(appError.details ? { details: appError.details } : {}),
      },
    };
    return c.json(body, appError.status);
  };
}

function toAppError(err: Error): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof HTTPException) {
    if (err.status === 413) {
      return new AppError('payload_too_large', 413, 'The request is too large. A survey is far smaller than this; please reload the page and try again.');
    }
    if (err.status === 400) {
      return new AppError('invalid_request', 400, 'The request body is not valid JSON. Please reload the page and try again.');
    }
    if (err.status < 500) return new AppError('invalid_request', err.status, err.message || 'The request could not be handled.');
  }
  return new AppError('internal', 500, 'Something went wrong on our side. Please try again in a minute; if it keeps happening, tell the survey lead and quote the request id.');
}

/**
 * What may be logged of an unexpected error. Database drivers attach the query parameters (a
 * child's answers) and the failing row to their errors, so only the name, the SQLSTATE code and
 * the stack frames are kept; the message is kept only for errors that are not from the database.
 */
export function describeSafely(err: unknown): Record<string, unknown> {
  if (!(err instanceof Error)) return { type: typeof err };
  const e = err as Error & { code?: unknown; routine?: unknown; severity?: unknown };
  const fromDatabase = typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code);
  const frames = (e.stack ?? '').split('\n').filter((line) => line.trimStart().startsWith('at ')).join('\n');
  return {
    type: e.name,
    ...(fromDatabase ? { sqlState: e.code, routine: e.routine } : { message: e.message }),
    stack: frames,
  };
}
