import { sql } from 'kysely';
import type { Db } from '../db/create-db.ts';
import type { ParticipationMode } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { assertWaveOpen, requireWave } from '../waves/waves.ts';
import type { CheckerLookup } from './checkers.ts';

export interface Submission {
  /** made on the device; the same id and body sent twice stores one response */
  id: string;
  /** the wave's public slug */
  wave: string;
  instrument: string;
  version: number;
  mode: ParticipationMode;
  answers: Record<string, unknown>;
}

export interface SubmitContext {
  checkerFor: CheckerLookup;
  /** today's calendar date, 'YYYY-MM-DD': the only time kept with a response */
  today: string;
}

export interface SubmitResult {
  id: string;
  status: 'stored';
}

/**
 * Checks a completed survey against the instrument version its wave pins and stores it once.
 *
 * The common case costs one statement: the answers are checked in memory against the version the
 * device says it answered, then a single INSERT ... SELECT stores them only if the wave exists,
 * is open today and pins that very version. Only when nothing was stored does it look further,
 * to say exactly why (each of those is rare, so its extra queries cost nothing overall).
 * A replay of an already stored submission answers exactly as the first time did, even if the
 * wave has closed since: the child did nothing wrong by retrying.
 */
export async function submitResponse(db: Db, input: Submission, ctx: SubmitContext): Promise<SubmitResult> {
  const check = ctx.checkerFor(input.instrument, input.version);
  const result = check?.(input.answers);
  if (result?.ok && (await insertIfPinnedAndOpen(db, input, ctx.today))) {
    return { id: input.id, status: 'stored' };
  }

  // Nothing was stored: find out why, in the order a person would want to hear it.
  const earlier = await compareWithStored(db, input);
  if (earlier !== 'none') return sameOrClash(input.id, earlier);

  const wave = await requireWave(db, input.wave);
  assertWaveOpen(wave, ctx.today);
  const pinned = wave.instruments.find((i) => i.instrumentId === input.instrument);
  if (!pinned) {
    throw new AppError('instrument_not_in_wave', 422, `This survey does not use the questionnaire "${input.instrument}". Please reload the page and start from the link you were given.`);
  }
  if (pinned.instrumentVersion !== input.version) {
    throw new AppError('instrument_not_in_wave', 422, `This device has version ${input.version} of the questions but the survey now uses version ${pinned.instrumentVersion}. Please reload the page; the answers could not be sent as they are.`);
  }
  if (!result) {
    // A wave pinned to a version this server does not have is a deployment fault, not the child's.
    throw new Error(`no checker for pinned instrument ${pinned.instrumentId}@${pinned.instrumentVersion}`);
  }
  if (!result.ok) {
    const count = result.problems.length;
    throw new AppError('invalid_answers', 422, `${count === 1 ? 'One answer needs' : `${count} answers need`} attention before the survey can be sent: ${result.problems.map((p) => p.message).join(' ')}`, { problems: result.problems });
  }
  // Everything checks out now, so the wave changed between the insert and these look-ups (it was
  // just opened or its instruments just set). Storing now is right: the same guarded insert again.
  if (await insertIfPinnedAndOpen(db, input, ctx.today)) return { id: input.id, status: 'stored' };
  const winner = await compareWithStored(db, input);
  if (winner !== 'none') return sameOrClash(input.id, winner);
  throw new Error('a valid submission for an open wave could not be stored');
}

/**
 * Stores the response in one statement, guarded by the wave: its slug, today inside its window,
 * and the instrument version it pins for a band. The band comes from the wave, never the device.
 * True when a row was stored; false when a guard failed or the id was already there.
 * Written as one SQL text (not built with the query builder) because it is the hot path and
 * its text never changes, so each connection prepares it once.
 */
async function insertIfPinnedAndOpen(db: Db, input: Submission, today: string): Promise<boolean> {
  const result = await sql<{ id: string }>`
    insert into responses (id, wave_id, band, instrument_id, instrument_version, mode, submitted_on, answers)
    select ${input.id}::uuid, w.id, wi.band, wi.instrument_id, wi.instrument_version, ${input.mode}::text,
           ${today}::date, ${input.answers}::jsonb
      from wave_instruments wi
      join waves w on w.id = wi.wave_id
     where w.slug = ${input.wave}
       and wi.instrument_id = ${input.instrument}
       and wi.instrument_version = ${input.version}::int
       and ${today}::date between w.opens_on and w.closes_on
    on conflict (id) do nothing
    returning id`.execute(db);
  return result.rows.length > 0;
}

/**
 * Whether a response with this id is already stored, and if so whether it is this very
 * submission. jsonb equality ignores key order, so a device that re-serialises its answers
 * differently still counts as sending the same thing.
 */
async function compareWithStored(db: Db, input: Submission): Promise<'none' | 'same' | 'different'> {
  const row = await db
    .selectFrom('responses as r')
    .innerJoin('waves as w', 'w.id', 'r.wave_id')
    .select(
      sql<boolean>`(w.slug = ${input.wave} and r.instrument_id = ${input.instrument}
        and r.instrument_version = ${input.version}::int and r.mode = ${input.mode}
        and r.answers = ${input.answers}::jsonb)`.as('same'),
    )
    .where('r.id', '=', input.id)
    .executeTakeFirst();
  if (!row) return 'none';
  return row.same ? 'same' : 'different';
}

function sameOrClash(id: string, earlier: 'same' | 'different'): SubmitResult {
  if (earlier === 'same') return { id, status: 'stored' };
  throw new AppError('id_reused', 409, 'A different set of answers was already sent with this id. Please reload the page and send the survey again.');
}
