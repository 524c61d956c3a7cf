import { createRoute, z } from '@hono/zod-openapi';
import { sql } from 'kysely';
import type { Db } from '../db/create-db.ts';
import { AppError } from '../errors.ts';
import { errorResponse } from '../http/schemas.ts';
import { createRouter } from '../http/router.ts';

const healthRoute = createRoute({
  method: 'get',
  path: '/health',
  summary: 'Whether the server can reach its database',
  responses: {
    200: { description: 'Healthy', content: { 'application/json': { schema: z.object({ status: z.literal('ok') }) } } },
    503: errorResponse('The database cannot be reached'),
  },
});

export function healthRoutes({ db }: { db: Db }) {
  return createRouter().openapi(healthRoute, async (c) => {
    try {
      await sql`select 1`.execute(db);
    } catch {
      throw new AppError('internal', 503, 'The database cannot be reached.');
    }
    return c.json({ status: 'ok' as const }, 200);
  });
}
