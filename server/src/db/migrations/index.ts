import type { Migration } from 'kysely';
import * as initial from './2026-11-23T09-00-initial.ts';
import * as fieldwork from './2026-11-23T10-00-fieldwork.ts';
import * as report from './2026-11-23T11-00-report.ts';
import * as tallyCache from './2026-11-23T12-00-tally-cache.ts';

/**
 * Every migration, in order of name. Listed statically (not read from the folder at run time)
 * so the server needs no file-system walk and a missing file fails the type check.
 */
export const MIGRATIONS: Record<string, Migration> = {
  '2026-11-23T09-00-initial': initial,
  '2026-11-23T10-00-fieldwork': fieldwork,
  '2026-11-23T11-00-report': report,
  '2026-11-23T12-00-tally-cache': tallyCache,
};
