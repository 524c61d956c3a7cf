import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * Every error code the API can answer with. A closed union, so clients (and the web app's
 * retry logic) can rely on the list; add a code here, never ad hoc in a handler.
 */
export type ErrorCode =
  | 'invalid_request'
  | 'unsupported_media_type'
  | 'payload_too_large'
  | 'not_found'
  | 'invalid_answers'
  | 'instrument_not_in_wave'
  | 'wave_not_open'
  | 'wave_closed'
  | 'id_reused'
  | 'not_signed_in'
  | 'wrong_credentials'
  | 'csrf_failed'
  | 'forbidden'
  | 'rate_limited'
  | 'code_unknown'
  | 'code_spent'
  | 'code_revoked'
  | 'code_other_survey'
  | 'code_needed'
  | 'too_few_to_quote'
  | 'not_published'
  | 'internal';

/** A failure the caller can act on: thrown by domain code, turned into one JSON shape by `onError`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly status: ContentfulStatusCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** The one error body the API answers with. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; requestId: string; details?: Record<string, unknown> };
}
