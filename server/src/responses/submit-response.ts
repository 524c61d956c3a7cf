import { sql } from 'kysely';
import { diagnoseCode, hashCode, lookUpCode, normaliseCode, spendCode, unspendCode } from '../codes/access-codes.ts';
import type { Db } from '../db/create-db.ts';
import type { ParticipationMode } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { findActiveGroupSession } from '../group-sessions/group-sessions.ts';
import { assertWaveOpen, requireWave, type Wave } from '../waves/waves.ts';
import type { CheckerLookup } from './checkers.ts';
import { splitComments, type CommentToStore } from '../comments/split-comments.ts';

export interface Submission {
  /** made on the device; the same id and body sent twice stores one response */
  id: string;
  /** the wave's public slug */
  wave: string;
  instrument: string;
  version: number;
  mode: ParticipationMode;
  answers: Record<string, unknown>;
  /** the one-time code from a card, when the child used one */
  access?: { code: string } | undefined;
}

export interface SubmitContext {
  checkerFor: CheckerLookup;
  /** today's calendar date, 'YYYY-MM-DD': the only time kept with a response */
  today: string;
  /** the group-session cookie of a shared tablet, if this device is in one */
  groupToken?: string | undefined;
}

export interface SubmitResult {
  id: string;
  status: 'stored';
}

/** A checked submission as it is stored: coded answers, and its comments already redacted. */
type StoredSubmission = Submission & { comments: readonly CommentToStore[] };

/** What let this child answer. None of it is ever stored with the response. */
type Grant =
  | { kind: 'link' }
  | { kind: 'group'; waveSlug: string }
  | { kind: 'code'; codeHash: string };

/**
 * Checks a completed survey against the instrument version its wave pins and stores it once.
 *
 * With a link or a group session the common case costs one statement: the answers are checked
 * in memory against the version the device says it answered, then a single INSERT ... SELECT
 * stores them only if the wave exists, is open today, pins that very version and (for a bare
 * link) takes answers without a code. With a code, the code is spent in a statement of its own
 * and then the response is inserted in another, so the two rows never share a transaction (and
 * so no transaction id, the one system column that could tie them together).
 *
 * Only when nothing was stored does it look further, to say exactly why. A replay of an already
 * stored submission answers exactly as the first time did, even if the wave has closed or the
 * code has been spent since: the child did nothing wrong by retrying.
 */
export async function submitResponse(db: Db, input: Submission, ctx: SubmitContext): Promise<SubmitResult> {
  const grant = await resolveGrant(db, input, ctx);
  const mode: ParticipationMode = grant.kind === 'group' ? 'group_session' : input.mode;
  const check = ctx.checkerFor(input.instrument, input.version);
  const result = check?.(input.answers);
  // Free text leaves the answers here, redacted, for the comments store; the raw words go no further.
  const split = result?.ok ? splitComments(input.answers) : { coded: input.answers, comments: [] };
  const submission: StoredSubmission = { ...input, mode, answers: split.coded, comments: split.comments };

  if (result?.ok) {
    const stored =
      grant.kind === 'code'
        ? await storeWithCode(db, submission, grant.codeHash, ctx.today)
        : await insertGuarded(db, submission, ctx.today, { linkAlone: grant.kind === 'link' });
    if (stored === 'replayed' || stored === true) return { id: input.id, status: 'stored' };
  }
  return explainNotStored(db, submission, ctx, grant, result);
}

async function resolveGrant(db: Db, input: Submission, ctx: SubmitContext): Promise<Grant> {
  if (ctx.groupToken) {
    const session = await findActiveGroupSession(db, ctx.groupToken);
    if (!session) {
      throw new AppError('forbidden', 403, 'This group session has ended, so answers cannot be sent from this tablet. Please hand it back to the adult running the session.');
    }
    if (session.waveSlug !== input.wave) {
      throw new AppError('forbidden', 403, 'This tablet is running a group session for a different survey. Please hand it back to the adult running the session.');
    }
    return { kind: 'group', waveSlug: session.waveSlug };
  }
  if (input.mode === 'group_session') {
    throw new AppError('invalid_request', 400, 'Answers can be sent as part of a group session only from a tablet where a worker has started one.');
  }
  if (input.access) {
    const code = normaliseCode(input.access.code);
    if (!code) throw unknownCode();
    return { kind: 'code', codeHash: hashCode(code) };
  }
  return { kind: 'link' };
}

/**
 * The code path: a replay first (a spent code must not block the child's own retry), then the
 * code's own checks, then spend it, then store. If storing fails after spending, the code is
 * given back, so a child is never left with a spent code and no stored answers but by a crash.
 */
async function storeWithCode(db: Db, input: StoredSubmission, codeHash: string, today: string): Promise<boolean | 'replayed'> {
  const earlier = await compareWithStored(db, input);
  if (earlier === 'same') return 'replayed';
  if (earlier === 'different') return false;
  const found = await lookUpCode(db, codeHash);
  if (!found || diagnoseCode(found, { today, waveSlug: input.wave })) return false;
  if (!(await spendCode(db, found.codeHash, found.waveId, found.band))) return false;
  const stored = await insertGuarded(db, input, today, { linkAlone: false, band: found.band });
  if (!stored) await unspendCode(db, found.codeHash);
  return stored;
}

/** Why nothing was stored, in the order a person would want to hear it; or a late success. */
async function explainNotStored(
  db: Db,
  input: StoredSubmission,
  ctx: SubmitContext,
  grant: Grant,
  result: ReturnType<NonNullable<ReturnType<CheckerLookup>>> | undefined,
): Promise<SubmitResult> {
  const earlier = await compareWithStored(db, input);
  if (earlier === 'same') return { id: input.id, status: 'stored' };
  if (earlier === 'different') {
    throw new AppError('id_reused', 409, 'A different set of answers was already sent with this id. Please reload the page and send the survey again.');
  }

  const wave = await requireWave(db, input.wave);
  assertWaveOpen(wave, ctx.today);
  const pinned = pinnedInstrument(wave, input);
  if (grant.kind === 'link' && wave.accessMode === 'code') {
    throw new AppError('code_needed', 403, 'This survey needs the code from your card. Please type it in, or ask the adult who is helping you.');
  }
  if (grant.kind === 'code') {
    const found = await lookUpCode(db, grant.codeHash);
    const problem = found ? diagnoseCode(found, { today: ctx.today, waveSlug: input.wave }) : unknownCode();
    if (problem) throw problem;
    if (found && found.band !== pinned.band) {
      throw new AppError('code_other_survey', 409, `This code is for the ages ${found.band} questions, not these ones. Please go back and choose the right survey, or ask the adult who gave you the code.`);
    }
  }
  if (!result) {
    // A wave pinned to a version this server does not have is a deployment fault, not the child's.
    throw new Error(`no checker for pinned instrument ${pinned.instrumentId}@${pinned.instrumentVersion}`);
  }
  if (!result.ok) {
    const count = result.problems.length;
    throw new AppError('invalid_answers', 422, `${count === 1 ? 'One answer needs' : `${count} answers need`} attention before the survey can be sent: ${result.problems.map((p) => p.message).join(' ')}`, { problems: result.problems });
  }
  // Everything checks out now, so something changed between the first attempt and these look-ups
  // (the wave was just opened, a concurrent retry just finished): try once more, the same way.
  const stored =
    grant.kind === 'code'
      ? await storeWithCode(db, input, grant.codeHash, ctx.today)
      : await insertGuarded(db, input, ctx.today, { linkAlone: grant.kind === 'link' });
  if (stored) return { id: input.id, status: 'stored' };
  throw new Error('a valid submission for an open wave could not be stored');
}

function pinnedInstrument(wave: Wave, input: Submission) {
  const pinned = wave.instruments.find((i) => i.instrumentId === input.instrument);
  if (!pinned) {
    throw new AppError('instrument_not_in_wave', 422, `This survey does not use the questionnaire "${input.instrument}". Please reload the page and start from the link you were given.`);
  }
  if (pinned.instrumentVersion !== input.version) {
    throw new AppError('instrument_not_in_wave', 422, `This device has version ${input.version} of the questions but the survey now uses version ${pinned.instrumentVersion}. Please reload the page; the answers could not be sent as they are.`);
  }
  return pinned;
}

function unknownCode() {
  return new AppError('code_unknown', 404, "We don't recognise that code. Please check each letter and number on your card and try again.");
}

/**
 * The guarded INSERT ... SELECT both stores share: the row goes in only if the wave has this slug,
 * today is inside its window, it pins this very version (for `band` when a code names one) and,
 * for a bare link, it takes answers without a code. Its text never changes, so each connection
 * prepares it once.
 */
function guardedInsert(input: StoredSubmission, today: string, guard: { linkAlone: boolean; band?: string }) {
  return sql`
    insert into responses (id, wave_id, band, instrument_id, instrument_version, mode, submitted_on, answers)
    select ${input.id}::uuid, w.id, wi.band, wi.instrument_id, wi.instrument_version, ${input.mode}::text,
           ${today}::date, ${input.answers}::jsonb
      from wave_instruments wi
      join waves w on w.id = wi.wave_id
     where w.slug = ${input.wave}
       and wi.instrument_id = ${input.instrument}
       and wi.instrument_version = ${input.version}::int
       and ${today}::date between w.opens_on and w.closes_on
       and (w.access_mode = 'link' or not ${guard.linkAlone}::boolean)
       and (${guard.band ?? null}::text is null or wi.band = ${guard.band ?? null}::text)
    on conflict (id) do nothing`;
}

/**
 * Stores the response in one statement, guarded by the wave: its slug, today inside its window,
 * the instrument version it pins (for `band` when a code names one), and, for a bare link, that
 * the wave takes answers without a code. The band comes from the wave, never the device.
 * True when a row was stored; false when a guard failed or the id was already there.
 * Written as one SQL text (not built with the query builder) because it is the hot path and
 * its text never changes, so each connection prepares it once.
 */
async function insertGuarded(
  db: Db,
  input: StoredSubmission,
  today: string,
  guard: { linkAlone: boolean; band?: string },
): Promise<boolean> {
  if (input.comments.length > 0) return insertGuardedWithComments(db, input, today, guard);
  const result = await sql<{ id: string }>`${guardedInsert(input, today, guard)} returning id`.execute(db);
  return result.rows.length > 0;
}

/**
 * The same guarded insert, with the comments stored by the same statement only when the response
 * itself was stored: a replay or a refused submission adds no comment. The comment rows carry the
 * wave, band and question, never the response id (see the report migration).
 */
async function insertGuardedWithComments(
  db: Db,
  input: StoredSubmission,
  today: string,
  guard: { linkAlone: boolean; band?: string },
): Promise<boolean> {
  const result = await sql<{ id: string }>`
    with stored as (
      ${guardedInsert(input, today, guard)}
      returning id, wave_id, band
    ), noted as (
      insert into comments (wave_id, band, item_id, text, masked, flag_reasons, safeguarding)
      select s.wave_id, s.band, c.item_id, c.text, c.masked, c.flag_reasons, c.safeguarding
        from stored s
       cross join jsonb_to_recordset(cast(${JSON.stringify(input.comments)}::text as jsonb))
             as c(item_id text, text text, masked jsonb, flag_reasons jsonb, safeguarding text)
    )
    select id from stored`.execute(db);
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
