import { createHash, randomBytes } from 'node:crypto';
import type { Db } from '../db/create-db.ts';
import type { Role } from '../db/schema.ts';

/** Staff sessions last a working day; signing in again starts a new one. */
export const SESSION_HOURS = 10;

/** The signed-in staff member a request acts for. */
export interface StaffUser {
  accountId: string;
  email: string;
  displayName: string;
  role: Role;
  councilId: string | null;
  councilName: string | null;
  csrfToken: string;
  /** the hash of this browser's session token, to end this session alone */
  sessionHash: string;
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** A new session: the token goes in the cookie, only its hash in the database. */
export async function startStaffSession(db: Db, accountId: string, now: Date): Promise<{ token: string; csrfToken: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_HOURS * 3600 * 1000);
  await db
    .insertInto('staff_sessions')
    .values({ token_hash: hashToken(token), account_id: accountId, csrf_token: csrfToken, expires_at: expiresAt })
    .execute();
  // sign-in is a good moment to forget this account's expired sessions
  await db.deleteFrom('staff_sessions').where('account_id', '=', accountId).where('expires_at', '<', now).execute();
  return { token, csrfToken, expiresAt };
}

/** The staff member behind a session token, if the session is live and the account enabled. */
export async function findStaffSession(db: Db, token: string, now: Date): Promise<StaffUser | undefined> {
  const sessionHash = hashToken(token);
  const row = await db
    .selectFrom('staff_sessions as s')
    .innerJoin('accounts as a', 'a.id', 's.account_id')
    .leftJoin('councils as c', 'c.id', 'a.council_id')
    .select(['a.id', 'a.email', 'a.display_name', 'a.role', 'a.council_id', 'c.name as council_name', 's.csrf_token'])
    .where('s.token_hash', '=', sessionHash)
    .where('s.expires_at', '>', now)
    .where('a.disabled', '=', false)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    accountId: row.id,
    email: row.email,
    displayName: row.display_name,
    role: row.role,
    councilId: row.council_id,
    councilName: row.council_name,
    csrfToken: row.csrf_token,
    sessionHash,
  };
}

export async function endStaffSession(db: Db, sessionHash: string): Promise<void> {
  await db.deleteFrom('staff_sessions').where('token_hash', '=', sessionHash).execute();
}
