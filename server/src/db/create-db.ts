import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import { PostgresJSDialect } from 'kysely-postgres-js';
import postgres from 'postgres';
import { PGliteDialect } from './pglite-dialect.ts';
import type { Database } from './schema.ts';

export type Db = Kysely<Database>;

/** Where the data lives: a real PostgreSQL server, or PGlite in a folder (or in memory for tests). */
export type DbTarget = { kind: 'postgres'; url: string; max?: number } | { kind: 'pglite'; dir?: string };

/**
 * Opens the database. The same SQL and migrations run on both: PGlite is PostgreSQL itself,
 * compiled to WebAssembly, not an imitation of it.
 */
export async function createDb(target: DbTarget): Promise<Db> {
  if (target.kind === 'postgres') {
    const sql = postgres(target.url, {
      max: target.max ?? 10,
      onnotice: () => {},
      // a date column is a calendar date, not an instant: keep it as the text PostgreSQL sent
      types: { date: { to: 1082, from: [1082], serialize: (v: string) => v, parse: (v: string) => v } },
    });
    return new Kysely<Database>({ dialect: new PostgresJSDialect({ postgres: sql }) });
  }
  // as above: dates stay 'YYYY-MM-DD' text rather than becoming midnight instants
  const options = { parsers: { 1082: (v: string) => v } };
  const pglite = target.dir ? await PGlite.create(target.dir, options) : await PGlite.create(options);
  return new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
}
