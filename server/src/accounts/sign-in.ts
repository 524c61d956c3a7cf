import { createHash } from 'node:crypto';
import type { Db } from '../db/create-db.ts';
import { AppError } from '../errors.ts';
import { normaliseEmail } from './accounts.ts';
import { UNKNOWN_ACCOUNT_HASH, verifyPassword } from './passwords.ts';
import { hitRateLimit } from './rate-limit.ts';
import { startStaffSession } from './sessions.ts';

/** Five wrong guesses at one account, or thirty from one client, in fifteen minutes. */
export const SIGN_IN_PER_ACCOUNT = { what: 'sign-in attempts for this account', limit: 5, windowSeconds: 15 * 60 };
export const SIGN_IN_PER_CLIENT = { what: 'sign-in attempts from this device', limit: 30, windowSeconds: 15 * 60 };

/**
 * Checks an email and password and starts a session. Every attempt counts against the account
 * and the client (`clientKey`, already a keyed hash of the address); a wrong email and a wrong
 * password get the same answer in about the same time.
 */
export async function signIn(db: Db, input: { email: string; password: string; clientKey: string }, now: Date) {
  const email = normaliseEmail(input.email);
  await hitRateLimit(db, `sign-in:client:${input.clientKey}`, SIGN_IN_PER_CLIENT, now);
  await hitRateLimit(db, `sign-in:account:${createHash('sha256').update(email).digest('hex')}`, SIGN_IN_PER_ACCOUNT, now);
  const account = await db
    .selectFrom('accounts')
    .select(['id', 'password_hash', 'disabled'])
    .where('email', '=', email)
    .executeTakeFirst();
  const ok = await verifyPassword(input.password, account?.password_hash ?? UNKNOWN_ACCOUNT_HASH);
  if (!account || !ok || account.disabled) {
    throw new AppError('wrong_credentials', 401, 'That email and password do not match an account. Check them and try again.');
  }
  return startStaffSession(db, account.id, now);
}
