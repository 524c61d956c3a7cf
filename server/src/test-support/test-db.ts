import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { createDb, type Db } from '../db/create-db.ts';
import { migrateToLatest } from '../db/migrate.ts';

export interface TestDb {
  db: Db;
  kind: 'pglite' | 'postgres';
  close(): Promise<void>;
}

/**
 * A fresh, migrated, empty database for one test file. In-memory PGlite by default; when the
 * test command has started a real PostgreSQL server (TEST_DATABASE_URL names it), a new database
 * on that server, dropped afterwards. The same suite runs on both.
 */
export async function createTestDb(): Promise<TestDb> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const db = await createDb({ kind: 'pglite' });
    await migrateToLatest(db);
    return { db, kind: 'pglite', close: () => db.destroy() };
  }
  const name = `test_${randomBytes(6).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const db = await createDb({ kind: 'postgres', url: url.toString(), max: 4 });
  await migrateToLatest(db);
  return {
    db,
    kind: 'postgres',
    close: async () => {
      await db.destroy();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}
