import { createRoute, z } from '@hono/zod-openapi';
import type { Db } from '../db/create-db.ts';
import { errorResponse } from '../http/schemas.ts';
import { createRouter } from '../http/router.ts';
import { requireStaff, staffOf } from '../http/staff-auth.ts';
import { createCouncil, listCouncils } from './councils.ts';

const CouncilSchema = z
  .object({ id: z.string(), slug: z.string(), name: z.string(), advocacyService: z.string() })
  .openapi('Council');

const STAFF_ERRORS = { 401: errorResponse('Not signed in'), 403: errorResponse('Only a platform admin may do this, or the CSRF token is missing') };

const listRoute = createRoute({
  method: 'get',
  path: '/staff/councils',
  summary: 'Every council (platform admin)',
  middleware: [requireStaff('platform_admin')] as const,
  responses: {
    200: { description: 'The councils', content: { 'application/json': { schema: z.object({ councils: z.array(CouncilSchema) }) } } },
    ...STAFF_ERRORS,
  },
});

const createCouncilRoute = createRoute({
  method: 'post',
  path: '/staff/councils',
  summary: 'Add a council (platform admin)',
  middleware: [requireStaff('platform_admin')] as const,
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z
            .object({
              // it begins every survey link of the council, so it must be plain to read and type
              slug: z
                .string()
                .min(2)
                .max(40)
                .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case letters and digits, with single dashes between words'),
              name: z.string().trim().min(1, 'is needed').max(200),
              advocacyService: z.string().trim().min(1, 'is needed: every survey tells children how to reach it').max(1000),
            })
            .strict(),
        },
      },
    },
  },
  responses: {
    201: { description: 'The new council', content: { 'application/json': { schema: CouncilSchema } } },
    400: errorResponse('Not in the expected form, or the slug is taken'),
    ...STAFF_ERRORS,
  },
});

export function councilRoutes({ db }: { db: Db }) {
  return createRouter()
    .openapi(listRoute, async (c) => c.json({ councils: await listCouncils(db) }, 200))
    .openapi(createCouncilRoute, async (c) => c.json(await createCouncil(db, staffOf(c), c.req.valid('json')), 201));
}
