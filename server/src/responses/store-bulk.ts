import type { AgeBand } from '@you-said/surveys';
import { splitComments } from '../comments/split-comments.ts';
import type { Db } from '../db/create-db.ts';
import { jsonb } from '../db/json.ts';
import type { ParticipationMode } from '../db/schema.ts';
import { forgetTallies } from '../reports/tallies-sql.ts';

/** A response already known to be valid (demo data, benchmarks, fixtures): no checks, no access. */
export interface BulkResponse {
  id: string;
  waveId: string;
  band: AgeBand;
  instrumentId: string;
  instrumentVersion: number;
  mode: ParticipationMode;
  submittedOn: string;
  answers: Record<string, unknown>;
}

const BATCH = 500;

/**
 * Stores many responses at once, the way a submission stores one: free text is split out,
 * redacted and flagged into the comments store, and the responses keep only coded answers.
 * For data that never came through the front door (the demo platform, benchmarks): it checks
 * nothing, so it must never be reachable from a request.
 */
export async function storeResponsesInBulk(db: Db, rows: readonly BulkResponse[]): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH).map((r) => ({ r, split: splitComments(r.answers) }));
    await db.transaction().execute(async (trx) => {
      await trx
        .insertInto('responses')
        .values(
          batch.map(({ r, split }) => ({
            id: r.id,
            wave_id: r.waveId,
            band: r.band,
            instrument_id: r.instrumentId,
            instrument_version: r.instrumentVersion,
            mode: r.mode,
            submitted_on: r.submittedOn,
            answers: split.coded,
          })),
        )
        .execute();
      const comments = batch.flatMap(({ r, split }) =>
        split.comments.map((c) => ({
          wave_id: r.waveId,
          band: r.band,
          item_id: c.item_id,
          text: c.text,
          masked: jsonb(c.masked),
          flag_reasons: jsonb(c.flag_reasons),
          safeguarding: c.safeguarding,
        })),
      );
      if (comments.length > 0) await trx.insertInto('comments').values(comments).execute();
      // a closed wave's kept counts no longer hold
      for (const waveId of new Set(batch.map(({ r }) => r.waveId))) await forgetTallies(trx, waveId);
    });
  }
}
