import { sql } from 'kysely';
import { createHmac, randomBytes } from 'node:crypto';
import { verifyPassword } from '../accounts/passwords.ts';
import { appSecret } from '../accounts/secrets.ts';
import { hitRateLimit } from '../accounts/rate-limit.ts';
import { endStaffSession, hashToken, type StaffUser } from '../accounts/sessions.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Db } from '../db/create-db.ts';
import { dateInWords } from '../dates.ts';
import { AppError } from '../errors.ts';
import { requireWaveForStaff } from '../staff-waves/staff-waves.ts';

/** The cookie that turns a browser into a group-session tablet for one wave. */
export const GROUP_COOKIE = 'ys_group';

/** A session lasts a long forum day at most; a tablet left in a drawer stops working by itself. */
export const GROUP_SESSION_HOURS = 12;

/** Wrong tries at the worker's password on one tablet: enough for typos, too few for guessing. */
export const END_TRIES_PER_SESSION = { what: "tries at the worker's password", limit: 5, windowSeconds: 10 * 60 };

export interface ActiveGroupSession {
  id: string;
  waveId: string;
  waveSlug: string;
}

/**
 * Starts a group session for an open wave and signs the worker out on this browser in the same
 * transaction: from now on the browser can do nothing but take answers for this wave, so a
 * child handed the tablet cannot reach staff pages. Answers the token for the tablet's cookie
 * (only its hash is stored).
 */
export async function startGroupSession(
  db: Db,
  staff: StaffUser,
  waveId: string,
  today: string,
): Promise<{ token: string; groupSession: { id: string; wave: string; startedAt: string } }> {
  const wave = await requireWaveForStaff(db, staff, waveId, today);
  if (wave.state === 'not_yet_open') {
    throw new AppError('wave_not_open', 409, `This survey opens on ${dateInWords(wave.opensOn)}; a group session can start from then.`);
  }
  if (wave.state === 'closed') {
    throw new AppError('wave_closed', 409, `This survey closed on ${dateInWords(wave.closesOn)}, so a group session can no longer start.`);
  }
  const token = randomBytes(32).toString('base64url');
  const row = await db.transaction().execute(async (trx) => {
    const created = await trx
      .insertInto('group_sessions')
      .values({ token_hash: hashToken(token), wave_id: wave.id, account_id: staff.accountId, ended_at: null })
      .returning(['id', 'started_at'])
      .executeTakeFirstOrThrow();
    await endStaffSession(trx, staff.sessionHash);
    await recordAudit(trx, {
      councilId: wave.councilId,
      accountId: staff.accountId,
      action: 'group_session.started',
      subject: wave.label,
      details: { waveId: wave.id, groupSessionId: created.id },
    });
    return created;
  });
  return { token, groupSession: { id: row.id, wave: wave.slug, startedAt: new Date(row.started_at).toISOString() } };
}

/**
 * The live group session a tablet's token belongs to: not ended, and started less than
 * GROUP_SESSION_HOURS ago (by the database clock, which also stamped its start).
 */
export async function findActiveGroupSession(db: Db, token: string): Promise<ActiveGroupSession | undefined> {
  if (!token || token.length > 100) return undefined;
  const row = await db
    .selectFrom('group_sessions as g')
    .innerJoin('waves as w', 'w.id', 'g.wave_id')
    .select(['g.id', 'w.id as wave_id', 'w.slug'])
    .where('g.token_hash', '=', hashToken(token))
    .where('g.ended_at', 'is', null)
    .where('g.started_at', '>', sql<Date>`now() - make_interval(hours => ${GROUP_SESSION_HOURS})`)
    .executeTakeFirst();
  return row ? { id: row.id, waveId: row.wave_id, waveSlug: row.slug } : undefined;
}

/**
 * The key a tablet encrypts the answers waiting on it with (AES-256, as raw bytes), while its
 * group session is live. Derived, not stored: an HMAC, under a secret that never leaves the
 * database, of the tablet's own token and the session's id. So the key needs both the tablet's
 * cookie and the server; someone holding only the tablet (or its disk) cannot work it out, and
 * once the session is over the server no longer hands it out. Throws 403 without a live session.
 */
export async function outboxKey(db: Db, token: string | undefined): Promise<Buffer> {
  const active = token ? await findActiveGroupSession(db, token) : undefined;
  if (!active) throw new AppError('forbidden', 403, 'This device is not in a group session.');
  const secret = await appSecret(db, 'group-outbox-key');
  return createHmac('sha256', secret).update(`outbox-key:v1:${active.id}:${token}`).digest();
}

/**
 * Ends a tablet's group session, if the password is that of the worker who started it. Ending a
 * session that is already over (or none) is not an error: the tablet is simply not in one.
 */
export async function endGroupSession(db: Db, token: string | undefined, password: string, now: Date): Promise<void> {
  const active = token ? await findActiveGroupSession(db, token) : undefined;
  if (!active) return;
  await hitRateLimit(db, `group-end:${active.id}`, END_TRIES_PER_SESSION, now);
  const starter = await db
    .selectFrom('group_sessions as g')
    .innerJoin('accounts as a', 'a.id', 'g.account_id')
    .innerJoin('waves as w', 'w.id', 'g.wave_id')
    .select(['a.id', 'a.password_hash', 'w.council_id', 'w.label'])
    .where('g.id', '=', active.id)
    .executeTakeFirstOrThrow();
  if (!(await verifyPassword(password, starter.password_hash))) {
    throw new AppError('wrong_credentials', 401, 'That is not the password of the worker who started this session. Please hand the tablet back to them.');
  }
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('group_sessions')
      // the database clock, the one that stamped the start
      .set({ ended_at: sql<Date>`now()` })
      .where('id', '=', active.id)
      .where('ended_at', 'is', null)
      .execute();
    await recordAudit(trx, {
      councilId: starter.council_id,
      accountId: starter.id,
      action: 'group_session.ended',
      subject: starter.label,
      details: { waveId: active.waveId, groupSessionId: active.id },
    });
  });
}
