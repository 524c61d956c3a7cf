import { sql } from 'kysely';
import type { Db } from '../db/create-db.ts';
import { AppError } from '../errors.ts';

export interface RateRule {
  /** what is limited, for the message: e.g. "sign-in attempts" */
  what: string;
  limit: number;
  windowSeconds: number;
}

/**
 * Counts one hit against `key` in a fixed window shared through the database (so two server
 * processes count together) and throws 429 once the limit is passed. `key` must not contain
 * anything personal: callers pass hashes.
 */
export async function hitRateLimit(db: Db, key: string, rule: RateRule, now: Date): Promise<void> {
  const windowStartsAfter = new Date(now.getTime() - rule.windowSeconds * 1000);
  const row = await sql<{ hits: number; window_start: Date | string }>`
    insert into rate_limits (key, window_start, hits) values (${key}, ${now.toISOString()}::timestamptz, 1)
    on conflict (key) do update set
      hits = case when rate_limits.window_start <= ${windowStartsAfter.toISOString()}::timestamptz then 1 else rate_limits.hits + 1 end,
      window_start = case when rate_limits.window_start <= ${windowStartsAfter.toISOString()}::timestamptz then excluded.window_start else rate_limits.window_start end
    returning hits, window_start`.execute(db);
  const { hits, window_start } = row.rows[0]!;
  if (hits > rule.limit) {
    const endsAt = new Date(window_start).getTime() + rule.windowSeconds * 1000;
    const retryAfterSeconds = Math.max(1, Math.ceil((endsAt - now.getTime()) / 1000));
    const minutes = Math.ceil(retryAfterSeconds / 60);
    throw new AppError('rate_limited', 429, `Too many ${rule.what} in a short time. Please wait ${minutes === 1 ? 'a minute' : `${minutes} minutes`} and try again.`, { retryAfterSeconds });
  }
}

/** Forgets windows that ended long ago, so the table stays small. */
export async function pruneRateLimits(db: Db, now: Date, olderThanSeconds = 24 * 3600): Promise<void> {
  await db.deleteFrom('rate_limits').where('window_start', '<', new Date(now.getTime() - olderThanSeconds * 1000)).execute();
}
