import { randomBytes } from 'node:crypto';
import type { Db } from '../db/create-db.ts';

/**
 * A random secret kept in the database, made the first time it is asked for. Every server
 * process sharing the database gets the same value.
 */
export async function appSecret(db: Db, name: string): Promise<string> {
  await db
    .insertInto('app_secrets')
    .values({ name, value: randomBytes(32).toString('base64') })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await db.selectFrom('app_secrets').select('value').where('name', '=', name).executeTakeFirstOrThrow();
  return row.value;
}
