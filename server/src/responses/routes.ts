import { createRoute, z } from '@hono/zod-openapi';
import { getCookie } from 'hono/cookie';
import { GROUP_COOKIE } from '../group-sessions/group-sessions.ts';
import type { Db } from '../db/create-db.ts';
import { errorResponse } from '../http/schemas.ts';
import { createRouter } from '../http/router.ts';
import type { CheckerLookup } from './checkers.ts';
import { submitResponse } from './submit-response.ts';

const SubmissionSchema = z
  .object({
    id: z.uuid({ error: 'must be an id made by the survey app (a UUID)' }),
    wave: z.string().min(1).max(100),
    instrument: z.string().min(1).max(100),
    version: z.number().int().positive(),
    mode: z.enum(['own_device', 'with_adult', 'group_session']),
    answers: z.record(z.string(), z.unknown()),
    access: z
      .object({ code: z.string().min(1).max(40).openapi({ example: 'ABCDE-FGHJK' }) })
      .strict()
      .optional()
      .openapi({ description: 'the one-time code from a card, when the survey was opened with one' }),
  })
  .strict()
  .openapi('Submission');

const StoredSchema = z.object({ id: z.uuid(), status: z.literal('stored') }).openapi('Stored');

const submitRoute = createRoute({
  method: 'post',
  path: '/responses',
  summary: 'Send one completed survey',
  description:
    'Checks the answers against the instrument version the wave pins and stores them once. Sending the same id and body again answers as the first time did, so a device may retry freely.',
  request: { body: { required: true, content: { 'application/json': { schema: SubmissionSchema } } } },
  responses: {
    201: { description: 'Stored (or already stored by an earlier identical request)', content: { 'application/json': { schema: StoredSchema } } },
    400: errorResponse('The request is not in the expected form'),
    403: errorResponse('The survey needs a code, or the group session has ended'),
    404: errorResponse('No survey has that link, or no card has that code'),
    409: errorResponse('The wave is not open, the code was used or cancelled, or the id was used for different answers'),
    413: errorResponse('The request is too large'),
    415: errorResponse('The request is not JSON'),
    422: errorResponse('Some answers do not fit the questions; `details.problems` names each question'),
  },
});

export interface ResponsesDeps {
  db: Db;
  checkerFor: CheckerLookup;
  today: () => string;
}

export function responsesRoutes({ db, checkerFor, today }: ResponsesDeps) {
  return createRouter().openapi(submitRoute, async (c) => {
    const stored = await submitResponse(db, c.req.valid('json'), {
      checkerFor,
      today: today(),
      groupToken: getCookie(c, GROUP_COOKIE),
    });
    return c.json(stored, 201);
  });
}
