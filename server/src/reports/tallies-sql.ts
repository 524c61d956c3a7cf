import type { AnswerTally, ResponseTally, Tallies } from '@you-said/analysis';
import type { AgeBand } from '@you-said/surveys';
import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type { Db } from '../db/create-db.ts';

/**
 * The grouped counts the report rests on, for a set of waves: responses per wave and band, and
 * answers per wave, band, item and code. The codes follow exactly the rules of analysis's
 * `answerCodes` (a string is its own code unless blank; a number or boolean is its text; an array
 * gives each distinct scalar element once; anything else is not counted), so this and
 * `talliesFromResponses` over the same rows give the same tallies. Counts only: no answer text
 * or comment ever leaves the database through here.
 *
 * With `today`, a wave that closed before today is counted once and its counts kept (a closed
 * wave takes no more answers); later reports read them back. Open waves are always counted live.
 */
export async function tallyWaves(
  db: Db,
  waves: readonly { id: string; councilId: string }[],
  itemIds: readonly string[],
  opts: { today?: string } = {},
): Promise<Tallies> {
  if (waves.length === 0) return { responses: [], answers: [] };
  const councilOf = new Map(waves.map((w) => [w.id, w.councilId]));
  const waveIds = [...councilOf.keys()];
  const closed = opts.today ? await closedWaves(db, waveIds, opts.today) : [];
  const live = waveIds.filter((id) => !closed.includes(id));
  const [kept, responseRows, answerRows] = await Promise.all([
    closed.length > 0 ? keptTallies(db, closed, itemIds, opts.today!) : { responses: [], answers: [] },
    live.length > 0 ? countResponses(db, live) : [],
    live.length > 0 ? countAnswers(db, live, itemIds) : [],
  ]);
  const responses: ResponseTally[] = [...kept.responses, ...responseRows].map((r) => ({
    councilId: councilOf.get(r.wave_id)!,
    waveId: r.wave_id,
    band: r.band,
    responses: Number(r.n),
  }));
  const answers: AnswerTally[] = [...kept.answers, ...answerRows].map((r) => ({
    councilId: councilOf.get(r.wave_id)!,
    waveId: r.wave_id,
    band: r.band,
    itemId: r.item_id,
    code: r.code,
    count: Number(r.n),
  }));
  return { responses, answers };
}

async function closedWaves(db: Db, waveIds: readonly string[], today: string): Promise<string[]> {
  const rows = await db.selectFrom('waves').select('id').where('id', 'in', waveIds).where('closes_on', '<', today).execute();
  return rows.map((r) => r.id);
}

/** Names the set of items counted, so counts kept for another set are recounted. */
function itemsKey(itemIds: readonly string[]): string {
  return createHash('sha256').update([...itemIds].sort().join('\n')).digest('hex').slice(0, 32);
}

/** The kept counts of closed waves, counting (and keeping) those not kept yet. */
async function keptTallies(db: Db, waveIds: readonly string[], itemIds: readonly string[], today: string) {
  const key = itemsKey(itemIds);
  const present = await db.selectFrom('wave_tally_cache').select('wave_id').where('wave_id', 'in', waveIds).where('items_key', '=', key).execute();
  const missing = waveIds.filter((id) => !present.some((p) => p.wave_id === id));
  for (const waveId of missing) await keepTallies(db, waveId, itemIds, key, today);
  const [responses, answers] = await Promise.all([
    db.selectFrom('wave_response_tallies').select(['wave_id', 'band', 'n']).where('wave_id', 'in', waveIds).execute(),
    db.selectFrom('wave_answer_tallies').select(['wave_id', 'band', 'item_id', 'code', 'n']).where('wave_id', 'in', waveIds).execute(),
  ]);
  return { responses, answers };
}

const INSERT_BATCH = 1000;

/** Counts one closed wave and keeps the counts; a concurrent first reader waits and finds them kept. */
async function keepTallies(db: Db, waveId: string, itemIds: readonly string[], key: string, today: string): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await lockTallies(trx, waveId);
    const already = await trx.selectFrom('wave_tally_cache').select('wave_id').where('wave_id', '=', waveId).where('items_key', '=', key).executeTakeFirst();
    if (already) return;
    // reopened since it was read as closed (its dates changed under the same lock): count it live next time
    const stillClosed = await trx.selectFrom('waves').select('id').where('id', '=', waveId).where('closes_on', '<', today).executeTakeFirst();
    if (!stillClosed) return;
    await forgetTallies(trx, waveId);
    const [responses, answers] = await Promise.all([countResponses(trx, [waveId]), countAnswers(trx, [waveId], itemIds)]);
    if (responses.length > 0) {
      await trx.insertInto('wave_response_tallies').values(responses.map((r) => ({ wave_id: waveId, band: r.band, n: Number(r.n) }))).execute();
    }
    for (let i = 0; i < answers.length; i += INSERT_BATCH) {
      await trx
        .insertInto('wave_answer_tallies')
        .values(answers.slice(i, i + INSERT_BATCH).map((a) => ({ wave_id: waveId, band: a.band, item_id: a.item_id, code: a.code, n: Number(a.n) })))
        .execute();
    }
    await trx.insertInto('wave_tally_cache').values({ wave_id: waveId, items_key: key }).execute();
  });
}

/** Serialises keeping and forgetting one wave's counts (held to the end of the transaction). */
async function lockTallies(trx: Db, waveId: string): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext(${`tallies:${waveId}`}))`.execute(trx);
}

/**
 * Drops a wave's kept counts: called, inside the caller's transaction, when its dates change (a
 * reopened wave takes answers again) and when responses are stored in bulk into it.
 */
export async function forgetTallies(db: Db, waveId: string): Promise<void> {
  await lockTallies(db, waveId);
  await db.deleteFrom('wave_tally_cache').where('wave_id', '=', waveId).execute();
  await db.deleteFrom('wave_response_tallies').where('wave_id', '=', waveId).execute();
  await db.deleteFrom('wave_answer_tallies').where('wave_id', '=', waveId).execute();
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
 * opened with jsonb_each and each answer turned into its codes by one CASE: a scalar gives itself
 * (a blank string nothing), an array its distinct scalar elements. The array's subquery sits in
 * the CASE branch, so it runs only for arrays; a lateral subquery (UNION ALL with a DISTINCT) ran
 * a sort for every answer and made the query about 3 times slower.
 * This is the "bare grouped-count query" the report benchmark compares the report API with.
 */
export async function countAnswers(db: Db, waveIds: readonly string[], itemIds: readonly string[]) {
  const result = await sql<{ wave_id: string; band: AgeBand; item_id: string; code: string; n: string | number }>`
    select r.wave_id, r.band, a.key as item_id, c.code, count(*) as n
      from responses r
     cross join lateral jsonb_each(r.answers) a
     cross join lateral unnest(case jsonb_typeof(a.value)
         when 'string' then case when btrim(a.value #>> '{}', ${WHITESPACE}) <> '' then array[a.value #>> '{}'] end
         when 'number' then array[a.value #>> '{}']
         when 'boolean' then array[a.value #>> '{}']
         when 'array' then array(
           select distinct e #>> '{}'
             from jsonb_array_elements(a.value) e
            where jsonb_typeof(e) in ('number', 'boolean')
               or (jsonb_typeof(e) = 'string' and btrim(e #>> '{}', ${WHITESPACE}) <> ''))
       end) as c(code)
     where r.wave_id in (${sql.join(waveIds.map((id) => sql`${id}::uuid`))})
       and a.key in (${sql.join(itemIds.map((id) => sql`${id}`))})
     group by r.wave_id, r.band, a.key, c.code`.execute(db);
  return result.rows;
}

/** What JavaScript's String.prototype.trim removes that matters for a typed answer. */
const WHITESPACE = ' \t\n\r\f\v\u00a0\ufeff\u2028\u2029';
