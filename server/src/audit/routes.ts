import { createRoute, z } from '@hono/zod-openapi';
import type { StaffUser } from '../accounts/sessions.ts';
import type { Db } from '../db/create-db.ts';
import { errorResponse } from '../http/schemas.ts';
import { createRouter } from '../http/router.ts';
import { councilFor, requireStaff, staffOf } from '../http/staff-auth.ts';
import { isUuid } from '../staff-waves/staff-waves.ts';

/** The most entries one answer holds: the page shows recent activity, not an archive. */
export const AUDIT_PAGE = 200;

export interface AuditView {
  at: string;
  /** who did it, by name; null for the system itself */
  actor: string | null;
  action: string;
  subject: string;
  details: Record<string, unknown>;
}

/** The newest audit entries a staff member may read: their council's, or for an admin any (or all). */
export async function listAudit(db: Db, staff: StaffUser, requestedCouncilId?: string): Promise<AuditView[]> {
  const councilId = staff.role === 'platform_admin' && !requestedCouncilId ? null : councilFor(staff, requestedCouncilId);
  if (councilId !== null && !isUuid(councilId)) return [];
  let query = db
    .selectFrom('audit_log as l')
    .leftJoin('accounts as a', 'a.id', 'l.account_id')
    .select(['l.at', 'a.display_name', 'l.action', 'l.subject', 'l.details'])
    .orderBy('l.at', 'desc')
    .orderBy('l.id', 'desc')
    .limit(AUDIT_PAGE);
  if (councilId !== null) query = query.where('l.council_id', '=', councilId);
  const rows = await query.execute();
  return rows.map((r) => ({
    at: new Date(r.at).toISOString(),
    actor: r.display_name,
    action: r.action,
    subject: r.subject,
    details: r.details,
  }));
}

const auditRoute = createRoute({
  method: 'get',
  path: '/staff/audit',
  summary: 'Who did what with staff-only data, newest first (200 at most)',
  middleware: [requireStaff('platform_admin', 'survey_lead')] as const,
  request: { query: z.object({ councilId: z.string().max(100).optional() }) },
  responses: {
    200: {
      description: 'The entries',
      content: {
        'application/json': {
          schema: z.object({
            entries: z.array(
              z
                .object({
                  at: z.string(),
                  actor: z.string().nullable(),
                  action: z.string().openapi({ example: 'codes.issued' }),
                  subject: z.string(),
                  details: z.record(z.string(), z.unknown()),
                })
                .openapi('AuditEntry'),
            ),
          }),
        },
      },
    },
    401: errorResponse('Not signed in'),
    403: errorResponse('This role may not read the audit log'),
    404: errorResponse('Another council'),
  },
});

export function auditRoutes({ db }: { db: Db }) {
  return createRouter().openapi(auditRoute, async (c) => c.json({ entries: await listAudit(db, staffOf(c), c.req.valid('query').councilId) }, 200));
}
