import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

const schema = z.object({
  HOST: z.string().min(1).default('0.0.0.0'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** a real PostgreSQL server; when unset the embedded PGlite database is used */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  /** where PGlite keeps its files */
  PGLITE_DIR: z.string().min(1).default(path.join(repoRoot, 'data', 'pglite')),
  /** the built respondent and staff app */
  WEB_DIST_DIR: z.string().min(1).default(path.join(repoRoot, 'web', 'dist')),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** the largest request body accepted; a full care-leaver survey with long comments is ~25 kB */
  BODY_LIMIT_BYTES: z.coerce.number().int().min(1024).max(10 * 1024 * 1024).default(64 * 1024),
  /** the time zone whose calendar date is stored with a response and decides whether a wave is open */
  TIME_ZONE: z
    .string()
    .default('Europe/London')
    .refine((tz) => {
      try {
        new Intl.DateTimeFormat('en-GB', { timeZone: tz });
        return true;
      } catch {
        return false;
      }
    }, 'is not a time zone name such as Europe/London'),
  /**
   * load the demo council, wave, codes and accounts when the database has no council yet;
   * unset means yes on the embedded database and no on a real server (a production database
   * must never get demo accounts by accident)
   */
  DEMO_DATA: z.enum(['true', 'false']).optional(),
  /** the report's significance level for every test (default 0.05) */
  REPORT_ALPHA: z.coerce.number().gt(0).lt(1).optional(),
  /** the smallest difference, in percentage points, for a bright spot or an area for improvement (default 10) */
  REPORT_MIN_DIFFERENCE_POINTS: z.coerce.number().min(0).max(100).optional(),
  /** the smallest count any output shows (default 5) */
  REPORT_MIN_COUNT: z.coerce.number().int().min(1).optional(),
  /** the smallest base a percentage is shown for (default 10) */
  REPORT_MIN_BASE: z.coerce.number().int().min(1).optional(),
});

/** The report thresholds the environment overrides (any left unset keep analysis's defaults). */
export function reportOptionsFrom(config: Pick<Config, 'REPORT_ALPHA' | 'REPORT_MIN_DIFFERENCE_POINTS' | 'REPORT_MIN_COUNT' | 'REPORT_MIN_BASE'>) {
  return {
    ...(config.REPORT_ALPHA !== undefined ? { alpha: config.REPORT_ALPHA } : {}),
    ...(config.REPORT_MIN_DIFFERENCE_POINTS !== undefined ? { minDifferencePoints: config.REPORT_MIN_DIFFERENCE_POINTS } : {}),
    ...(config.REPORT_MIN_COUNT !== undefined ? { minCount: config.REPORT_MIN_COUNT } : {}),
    ...(config.REPORT_MIN_BASE !== undefined ? { minBase: config.REPORT_MIN_BASE } : {}),
  };
}

export type Config = Omit<z.infer<typeof schema>, 'DEMO_DATA'> & { DEMO_DATA: boolean };

/** Thrown when the environment is wrong; names every bad variable at once. */
export class ConfigError extends Error {}

/** Parses the environment once at boot. The default needs no variables at all. */
export function parseConfig(env: Record<string, string | undefined>): Config {
  const result = schema.safeParse(emptyToUndefined(env));
  if (!result.success) {
    const lines = result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`The server cannot start: these settings are wrong:\n${lines.join('\n')}`);
  }
  const { DEMO_DATA, ...rest } = result.data;
  return { ...rest, DEMO_DATA: DEMO_DATA === undefined ? !rest.DATABASE_URL : DEMO_DATA === 'true' };
}

/** `FOO=` in a .env file means "not set", not "set to nothing". */
function emptyToUndefined(env: Record<string, string | undefined>) {
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === '' ? undefined : v]));
}
