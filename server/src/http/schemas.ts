import { z } from '@hono/zod-openapi';

/** The one error body, as documented in the OpenAPI description. */
export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'invalid_answers' }),
      message: z.string(),
      requestId: z.string(),
      details: z.record(z.string(), z.unknown()).optional(),
    }),
  })
  .openapi('Error');

/** Documentation of an error response, for a route's `responses`. */
export function errorResponse(description: string) {
  return { description, content: { 'application/json': { schema: ErrorSchema } } };
}

export const AgeBandSchema = z.enum(['4-7', '8-11', '11-17', '16-25']).openapi('AgeBand');

/** The errors every staff route can answer with; `notFound` says what may be missing there. */
export function staffErrors(notFound: string) {
  return {
    401: errorResponse('Not signed in'),
    403: errorResponse('This role may not do this, or the CSRF token is missing'),
    404: errorResponse(notFound),
  };
}
