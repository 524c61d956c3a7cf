import { PGlite } from '@electric-sql/pglite';
import { Kysely } from 'kysely';
import { mkdirSync } from 'node:fs';
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
    // kysely-postgres-js sends every query unprepared, which costs postgres.js a describe round
    // trip before each parameterised statement. Asking for named prepared statements lets each
    // connection describe a statement once and then send it in a single round trip.
    const preparing = () => ({
      end: () => sql.end(),
      reserve: async () => {
        const reserved = await sql.reserve();
        return {
          release: () => reserved.release(),
          unsafe: (query: string, parameters?: unknown[]) =>
            reserved.unsafe(query, parameters as postgres.ParameterOrJSON<never>[], { prepare: true }),
        };
      },
    });
    return new Kysely<Database>({ dialect: new PostgresJSDialect({ postgres: preparing }) });
  }
  // as above: dates stay 'YYYY-MM-DD' text rather than becoming midnight instants
  const options = { parsers: { 1082: (v: string) => v } };
  if (target.dir) mkdirSync(target.dir, { recursive: true });
  const pglite = target.dir ? await PGlite.create(target.dir, options) : await PGlite.create(options);
  return new Kysely<Database>({ dialect: new PGliteDialect(pglite) });
}
