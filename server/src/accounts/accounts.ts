import type { Db } from '../db/create-db.ts';
import type { Role } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { hashPassword, passwordProblems } from './passwords.ts';

export const ROLES: readonly Role[] = ['platform_admin', 'survey_lead', 'participation_worker', 'panel_member'];

export interface NewAccount {
  email: string;
  displayName: string;
  password: string;
  role: Role;
  councilId: string | null;
}

/** Creates a staff account; refuses a weak password, a duplicate email or a role/council mismatch. */
export async function createAccount(db: Db, input: NewAccount): Promise<{ id: string }> {
  const email = normaliseEmail(input.email);
  const problems = passwordProblems(input.password);
  if (problems.length) {
    throw new AppError('invalid_request', 400, `The password ${problems.join(' and ')}.`, { problems: problems.map((message) => ({ field: 'password', message })) });
  }
  if ((input.role === 'platform_admin') !== (input.councilId === null)) {
    throw new AppError('invalid_request', 400, input.role === 'platform_admin' ? 'A platform admin belongs to no council.' : 'This account needs a council.');
  }
  const existing = await db.selectFrom('accounts').select('id').where('email', '=', email).executeTakeFirst();
  if (existing) throw new AppError('invalid_request', 400, `There is already an account for ${email}.`, { problems: [{ field: 'email', message: 'already has an account' }] });
  const row = await db
    .insertInto('accounts')
    .values({
      email,
      display_name: input.displayName.trim(),
      password_hash: await hashPassword(input.password),
      role: input.role,
      council_id: input.councilId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row;
}

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
