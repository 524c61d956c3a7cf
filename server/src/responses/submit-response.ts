import type { Db } from '../db/create-db.ts';
import type { ParticipationMode } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { assertWaveOpen, requireWave } from '../waves/waves.ts';
import { canonicalHash } from './canonical-hash.ts';
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
 * A replay of an already stored submission answers exactly as the first time did, even if the
 * wave has closed since: the child did nothing wrong by retrying.
 */
export async function submitResponse(db: Db, input: Submission, ctx: SubmitContext): Promise<SubmitResult> {
  const bodyHash = canonicalHash({
    wave: input.wave,
    instrument: input.instrument,
    version: input.version,
    mode: input.mode,
    answers: input.answers,
  });

  const earlier = await storedHash(db, input.id);
  if (earlier !== undefined) return sameOrClash(input.id, earlier, bodyHash);

  const wave = await requireWave(db, input.wave);
  assertWaveOpen(wave, ctx.today);

  const pinned = wave.instruments.find((i) => i.instrumentId === input.instrument);
  if (!pinned) {
    throw new AppError('instrument_not_in_wave', 422, `This survey does not use the questionnaire "${input.instrument}". Please reload the page and start from the link you were given.`);
  }
  if (pinned.instrumentVersion !== input.version) {
    throw new AppError('instrument_not_in_wave', 422, `This device has version ${input.version} of the questions but the survey now uses version ${pinned.instrumentVersion}. Please reload the page; the answers could not be sent as they are.`);
  }
  const check = ctx.checkerFor(pinned.instrumentId, pinned.instrumentVersion);
  if (!check) {
    // A wave pinned to a version this server does not have is a deployment fault, not the child's.
    throw new Error(`no checker for pinned instrument ${pinned.instrumentId}@${pinned.instrumentVersion}`);
  }
  const result = check(input.answers);
  if (!result.ok) {
    const count = result.problems.length;
    throw new AppError('invalid_answers', 422, `${count === 1 ? 'One answer needs' : `${count} answers need`} attention before the survey can be sent: ${result.problems.map((p) => p.message).join(' ')}`, { problems: result.problems });
  }

  const inserted = await db
    .insertInto('responses')
    .values({
      id: input.id,
      wave_id: wave.id,
      band: pinned.band,
      instrument_id: pinned.instrumentId,
      instrument_version: pinned.instrumentVersion,
      mode: input.mode,
      submitted_on: ctx.today,
      answers: input.answers,
      body_hash: bodyHash,
    })
    .onConflict((oc) => oc.column('id').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { id: input.id, status: 'stored' };

  // Another request with this id won the race between our look-up and our insert.
  const winner = await storedHash(db, input.id);
  return sameOrClash(input.id, winner ?? '', bodyHash);
}

async function storedHash(db: Db, id: string): Promise<string | undefined> {
  const row = await db.selectFrom('responses').select('body_hash').where('id', '=', id).executeTakeFirst();
  return row?.body_hash;
}

function sameOrClash(id: string, storedHash: string, bodyHash: string): SubmitResult {
  if (storedHash === bodyHash) return { id, status: 'stored' };
  throw new AppError('id_reused', 409, 'A different set of answers was already sent with this id. Please reload the page and send the survey again.');
}
