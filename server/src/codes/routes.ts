import { createRoute, z } from '@hono/zod-openapi';
import type { Db } from '../db/create-db.ts';
import { AgeBandSchema, errorResponse, staffErrors } from '../http/schemas.ts';
import { createRouter } from '../http/router.ts';
import { requireStaff, staffOf } from '../http/staff-auth.ts';
import { checkCode } from './check-code.ts';
import { issueCodeBatch, listCodeBatches, revokeCode } from './code-batches.ts';

const IdParams = z.object({ id: z.string().min(1).max(100) });
const STAFF_ERRORS = staffErrors('No such wave or batch (or it belongs to another council)');

const BatchSchema = z
  .object({ id: z.string(), band: AgeBandSchema, count: z.number().int(), label: z.string(), issuedOn: z.string() })
  .openapi('CodeBatch');

const issueRoute = createRoute({
  method: 'post',
  path: '/staff/waves/{id}/code-batches',
  summary: 'Issue a batch of one-time codes for one band. The codes are in this answer only, once.',
  middleware: [requireStaff('platform_admin', 'survey_lead')] as const,
  request: {
    params: IdParams,
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z
            .object({
              band: AgeBandSchema,
              count: z.number().int('must be a whole number').min(1, 'must be at least 1').max(500, 'must be at most 500'),
              label: z.string().max(200).optional(),
            })
            .strict(),
        },
      },
    },
  },
  responses: {
    201: {
      description: 'The batch and its printable codes',
      content: {
        'application/json': {
          schema: z
            .object({
              batch: BatchSchema,
              codes: z.array(
                z.object({
                  serial: z.number().int(),
                  code: z.string().openapi({ example: 'ABCDE-FGHJK' }),
                  url: z.string().openapi({ description: 'the link a QR code on the card opens: …/c/<code>' }),
                }),
              ),
            })
            .openapi('IssuedCodeBatch'),
        },
      },
    },
    400: errorResponse('Not in the expected form'),
    ...STAFF_ERRORS,
  },
});

const listRoute = createRoute({
  method: 'get',
  path: '/staff/waves/{id}/code-batches',
  summary: "A wave's batches with how many codes were spent or revoked (never the codes)",
  middleware: [requireStaff('platform_admin', 'survey_lead')] as const,
  request: { params: IdParams },
  responses: {
    200: {
      description: 'The batches',
      content: {
        'application/json': {
          schema: z.object({
            batches: z.array(BatchSchema.extend({ spent: z.number().int(), revoked: z.number().int() }).openapi('CodeBatchSummary')),
          }),
        },
      },
    },
    ...STAFF_ERRORS,
  },
});

const revokeRoute = createRoute({
  method: 'post',
  path: '/staff/code-batches/{id}/revoke',
  summary: 'Switch off one card of a batch (it was lost)',
  middleware: [requireStaff('platform_admin', 'survey_lead')] as const,
  request: {
    params: IdParams,
    body: { required: true, content: { 'application/json': { schema: z.object({ serial: z.number().int().min(1) }).strict() } } },
  },
  responses: {
    200: {
      description: 'Switched off',
      content: { 'application/json': { schema: z.object({ serial: z.number().int(), status: z.literal('revoked') }) } },
    },
    409: errorResponse('The card has already been used'),
    ...STAFF_ERRORS,
  },
});

const checkRoute = createRoute({
  method: 'post',
  path: '/public/codes/check',
  summary: 'Check a typed code before answering: which survey and band it opens, or why it does not work',
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z
            .object({
              code: z.string().max(100),
              wave: z.string().min(1).max(100).optional().openapi({ description: 'the survey the child is in, when known: a code only works for its own' }),
            })
            .strict(),
        },
      },
    },
  },
  responses: {
    200: {
      description: 'The code works',
      content: { 'application/json': { schema: z.object({ wave: z.string(), band: AgeBandSchema }).openapi('CodeCheck') } },
    },
    404: errorResponse('code_unknown: no such code (or not a code at all)'),
    409: errorResponse('code_spent, code_revoked, code_other_survey, wave_not_open or wave_closed'),
    429: errorResponse('rate_limited: too many codes that did not work; `details.retryAfterSeconds`'),
  },
});

export function codeRoutes({ db, now, today }: { db: Db; now: () => Date; today: () => string }) {
  return createRouter()
    .openapi(issueRoute, async (c) => {
      const body = c.req.valid('json');
      const issued = await issueCodeBatch(db, staffOf(c), { waveId: c.req.valid('param').id, ...body }, today());
      const origin = new URL(c.req.url).origin;
      // the only answer that ever holds codes: nothing on the way may keep a copy
      c.header('Cache-Control', 'no-store');
      return c.json({ batch: issued.batch, codes: issued.codes.map((x) => ({ ...x, url: `${origin}/c/${x.code}` })) }, 201);
    })
    .openapi(listRoute, async (c) => {
      return c.json({ batches: await listCodeBatches(db, staffOf(c), c.req.valid('param').id, today()) }, 200);
    })
    .openapi(revokeRoute, async (c) => {
      return c.json(await revokeCode(db, staffOf(c), c.req.valid('param').id, c.req.valid('json').serial), 200);
    })
    .openapi(checkRoute, async (c) => {
      const { code, wave } = c.req.valid('json');
      return c.json(await checkCode(db, { code, waveSlug: wave, clientKey: c.get('clientKey') }, now(), today()), 200);
    });
}
