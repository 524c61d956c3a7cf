import { createRoute, z } from '@hono/zod-openapi';
import { AccountSchema } from '../accounts/routes.ts';
import type { Db } from '../db/create-db.ts';
import { errorResponse, staffErrors } from '../http/schemas.ts';
import { createRouter } from '../http/router.ts';
import { requireStaff, staffOf } from '../http/staff-auth.ts';
import { createStaffAccount, listStaffAccounts } from './staff-accounts.ts';

const STAFF_ERRORS = staffErrors('No such council (or another council)');

const createAccountRoute = createRoute({
  method: 'post',
  path: '/staff/accounts',
  summary: 'Create a staff account (platform admin: any; survey lead: workers and panel members of their council)',
  middleware: [requireStaff('platform_admin', 'survey_lead')] as const,
  request: {
    body: {
      required: true,
      content: {
        'application/json': {
          schema: z
            .object({
              email: z.email({ error: 'must be an email address' }).max(200),
              displayName: z.string().trim().min(1, 'is needed').max(200),
              password: z.string().min(1).max(200).openapi({ description: 'at least 12 characters' }),
              role: z.enum(['platform_admin', 'survey_lead', 'participation_worker', 'panel_member']),
              councilId: z.string().max(100).optional(),
            })
            .strict(),
        },
      },
    },
  },
  responses: {
    201: { description: 'The new account', content: { 'application/json': { schema: z.object({ account: AccountSchema }) } } },
    400: errorResponse('Not in the expected form, a weak password, or the email already has an account'),
    ...STAFF_ERRORS,
  },
});

const listRoute = createRoute({
  method: 'get',
  path: '/staff/accounts',
  summary: "The staff accounts of the caller's council (a platform admin: `?councilId=`, or all)",
  middleware: [requireStaff('platform_admin', 'survey_lead')] as const,
  request: { query: z.object({ councilId: z.string().max(100).optional() }) },
  responses: {
    200: { description: 'The accounts', content: { 'application/json': { schema: z.object({ accounts: z.array(AccountSchema) }) } } },
    ...STAFF_ERRORS,
  },
});

export function staffAccountRoutes({ db }: { db: Db }) {
  return createRouter()
    .openapi(createAccountRoute, async (c) => c.json({ account: await createStaffAccount(db, staffOf(c), c.req.valid('json')) }, 201))
    .openapi(listRoute, async (c) => c.json({ accounts: await listStaffAccounts(db, staffOf(c), c.req.valid('query').councilId) }, 200));
}
