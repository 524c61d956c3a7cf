import { createRoute, z } from '@hono/zod-openapi';
import type { Db } from '../db/create-db.ts';
import { AgeBandSchema, errorResponse } from '../http/schemas.ts';
import { createRouter } from '../http/router.ts';
import { requireStaff, staffOf } from '../http/staff-auth.ts';
import { WaveSchema } from '../staff-waves/routes.ts';
import { fieldworkDashboard } from './dashboard.ts';

const CountSchema = z
  .object({
    value: z.number().int().nullable().openapi({ description: 'null when the count is not shown' }),
    display: z.string().openapi({ example: 'fewer than 5', description: "the count as words to show: the number, 'fewer than 5' or 'not shown'" }),
  })
  .openapi('Count');

const DashboardSchema = z
  .object({
    wave: WaveSchema,
    today: z.string(),
    daysLeft: z.number().int().openapi({ description: 'days on which answers can still be given, today included' }),
    bands: z.array(
      z.object({
        band: AgeBandSchema,
        responses: CountSchema,
        eligible: z.number().int().nullable(),
        rate: z.number().nullable(),
        rateShown: z.boolean(),
        targetRate: z.number(),
        onTarget: z.boolean().openapi({ description: 'true only when the rate is shown and reaches the target' }),
      }),
    ),
    modes: z.array(z.object({ mode: z.enum(['own_device', 'with_adult', 'group_session']), responses: CountSchema })),
    total: CountSchema,
  })
  .openapi('FieldworkDashboard');

const dashboardRoute = createRoute({
  method: 'get',
  path: '/staff/waves/{id}/dashboard',
  summary: 'How fieldwork is going: responses and response rates per band, with small counts suppressed',
  middleware: [requireStaff()] as const,
  request: { params: z.object({ id: z.string().min(1).max(100) }) },
  responses: {
    200: { description: 'The dashboard', content: { 'application/json': { schema: DashboardSchema } } },
    401: errorResponse('Not signed in'),
    404: errorResponse('No such wave (or it belongs to another council)'),
  },
});

export function dashboardRoutes({ db, today }: { db: Db; today: () => string }) {
  return createRouter().openapi(dashboardRoute, async (c) => {
    return c.json(await fieldworkDashboard(db, staffOf(c), c.req.valid('param').id, today()), 200);
  });
}
