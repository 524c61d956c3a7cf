import { sql, type RawBuilder } from 'kysely';

/**
 * A value for a jsonb column or parameter, sent as text and cast in SQL. Both drivers then agree:
 * postgres.js would otherwise send a JS array as a PostgreSQL array, and would encode a string it
 * is told is jsonb a second time.
 */
export function jsonb<T>(value: T): RawBuilder<T> {
  return sql<T>`cast(${JSON.stringify(value)}::text as jsonb)`;
}
