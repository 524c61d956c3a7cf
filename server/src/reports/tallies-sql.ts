import type { AnswerTally, ResponseTally, Tallies } from '@you-said/analysis';
import type { AgeBand } from '@you-said/surveys';
import { sql } from 'kysely';
import type { Db } from '../db/create-db.ts';

/**
 * The grouped counts the report rests on, for a set of waves: responses per wave and band, and
 * answers per wave, band, item and code. The codes follow exactly the rules of analysis's
 * `answerCodes` (a string is its own code unless blank; a number or boolean is its text; an array
 * gives each distinct scalar element once; anything else is not counted), so this and
 * `talliesFromResponses` over the same rows give the same tallies. Counts only: no answer text
 * or comment ever leaves the database through here.
 */
export async function tallyWaves(db: Db, waves: readonly { id: string; councilId: string }[], itemIds: readonly string[]): Promise<Tallies> {
  if (waves.length === 0) return { responses: [], answers: [] };
  const councilOf = new Map(waves.map((w) => [w.id, w.councilId]));
  const waveIds = waves.map((w) => w.id);
  const [responseRows, answerRows] = await Promise.all([countResponses(db, waveIds), countAnswers(db, waveIds, itemIds)]);
  const responses: ResponseTally[] = responseRows.map((r) => ({
    councilId: councilOf.get(r.wave_id)!,
    waveId: r.wave_id,
    band: r.band,
    responses: Number(r.n),
  }));
  const answers: AnswerTally[] = answerRows.map((r) => ({
    councilId: councilOf.get(r.wave_id)!,
    waveId: r.wave_id,
    band: r.band,
    itemId: r.item_id,
    code: r.code,
    count: Number(r.n),
  }));
  return { responses, answers };
}

/** Responses per wave and band. */
export function countResponses(db: Db, waveIds: readonly string[]) {
  return db
    .selectFrom('responses')
    .select((eb) => ['wave_id', 'band', eb.fn.countAll<string | number>().as('n')])
    .where('wave_id', 'in', waveIds)
    .groupBy(['wave_id', 'band'])
    .execute();
}

/**
 * Answers per wave, band, item and code: one pass over the waves' responses, each answer object
 * opened with jsonb_each; a checkbox answer (an array) is opened once more, with distinct codes.
 * This is the "bare grouped-count query" the report benchmark compares the report API with.
 */
export async function countAnswers(db: Db, waveIds: readonly string[], itemIds: readonly string[]) {
  const result = await sql<{ wave_id: string; band: AgeBand; item_id: string; code: string; n: string | number }>`
    select r.wave_id, r.band, a.key as item_id, c.code, count(*) as n
      from responses r
     cross join lateral jsonb_each(r.answers) a
     cross join lateral (
       select a.value #>> '{}' as code
        where jsonb_typeof(a.value) in ('number', 'boolean')
           or (jsonb_typeof(a.value) = 'string' and btrim(a.value #>> '{}', ${WHITESPACE}) <> '')
       union all
       select distinct e #>> '{}'
         from jsonb_array_elements(case when jsonb_typeof(a.value) = 'array' then a.value else '[]'::jsonb end) e
        where jsonb_typeof(e) in ('number', 'boolean')
           or (jsonb_typeof(e) = 'string' and btrim(e #>> '{}', ${WHITESPACE}) <> '')
     ) c
     where r.wave_id in (${sql.join(waveIds.map((id) => sql`${id}::uuid`))})
       and a.key in (${sql.join(itemIds.map((id) => sql`${id}`))})
     group by r.wave_id, r.band, a.key, c.code`.execute(db);
  return result.rows;
}

/** What JavaScript's String.prototype.trim removes that matters for a typed answer. */
const WHITESPACE = ' \t\n\r\f\v\u00a0\ufeff\u2028\u2029';
