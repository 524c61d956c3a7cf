import { createAccount, normaliseEmail } from '../accounts/accounts.ts';
import type { StaffUser } from '../accounts/sessions.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Db } from '../db/create-db.ts';
import type { Role } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { councilFor } from '../http/staff-auth.ts';
import { isUuid } from '../staff-waves/staff-waves.ts';

export interface StaffAccount {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  council: { id: string; name: string } | null;
}

/** The roles a survey lead may hand out: the people who run sessions and read the report. */
const LEAD_MAY_CREATE: readonly Role[] = ['participation_worker', 'panel_member'];

/**
 * Creates a staff account. A platform admin may create any role for any council; a survey lead
 * only participation workers and panel members, and only in their own council.
 */
export async function createStaffAccount(
  db: Db,
  staff: StaffUser,
  input: { email: string; displayName: string; password: string; role: Role; councilId?: string | null | undefined },
): Promise<StaffAccount> {
  if (staff.role !== 'platform_admin' && !LEAD_MAY_CREATE.includes(input.role)) {
    throw new AppError('forbidden', 403, 'A survey lead can create accounts for participation workers and panel members only. Ask a platform admin for other roles.');
  }
  let councilId: string | null = null;
  if (input.role === 'platform_admin') {
    if (input.councilId) throw new AppError('invalid_request', 400, 'A platform admin belongs to no council.', { problems: [{ field: 'councilId', message: 'must be left out for a platform admin' }] });
  } else {
    councilId = councilFor(staff, input.councilId);
    const council = isUuid(councilId) ? await db.selectFrom('councils').select('id').where('id', '=', councilId).executeTakeFirst() : undefined;
    if (!council) throw new AppError('not_found', 404, 'There is no such council.');
  }
  const account = await db.transaction().execute(async (trx) => {
    const created = await createAccount(trx, { ...input, councilId });
    // the email and role say who was let in; the password never leaves createAccount
    await recordAudit(trx, {
      councilId,
      accountId: staff.accountId,
      action: 'account.created',
      subject: normaliseEmail(input.email),
      details: { accountId: created.id, role: input.role },
    });
    return created;
  });
  return (await loadAccounts(db, { accountId: account.id }))[0]!;
}

/** The staff accounts of a council (a platform admin: any council's, or all when none is named). */
export async function listStaffAccounts(db: Db, staff: StaffUser, requestedCouncilId?: string): Promise<StaffAccount[]> {
  if (staff.role === 'platform_admin' && !requestedCouncilId) return loadAccounts(db, {});
  const councilId = councilFor(staff, requestedCouncilId);
  if (!isUuid(councilId)) return [];
  return loadAccounts(db, { councilId });
}

async function loadAccounts(db: Db, where: { accountId?: string; councilId?: string }): Promise<StaffAccount[]> {
  let query = db
    .selectFrom('accounts as a')
    .leftJoin('councils as c', 'c.id', 'a.council_id')
    .select(['a.id', 'a.email', 'a.display_name', 'a.role', 'a.council_id', 'c.name as council_name'])
    .orderBy('a.display_name')
    .orderBy('a.id');
  if (where.accountId) query = query.where('a.id', '=', where.accountId);
  if (where.councilId) query = query.where('a.council_id', '=', where.councilId);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: r.id,
    email: r.email,
    displayName: r.display_name,
    role: r.role,
    council: r.council_id ? { id: r.council_id, name: r.council_name ?? '' } : null,
  }));
}
