import type { AgeBand } from '@you-said/surveys';
import { sql } from 'kysely';
import { createHash, randomInt } from 'node:crypto';
import type { Db } from '../db/create-db.ts';
import type { AccessCodeStatus } from '../db/schema.ts';
import { dateInWords } from '../dates.ts';
import { AppError } from '../errors.ts';
import { waveState } from '../waves/waves.ts';

/**
 * The characters a code is made of. No 0/O, 1/I/L or U/V: a child copies the code off a card,
 * often in poor light, and every one of those pairs is easy to misread.
 */
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTWXYZ';
export const CODE_LENGTH = 10;

/** A new code, normalised (10 characters, no dash): about 48.6 bits from crypto.randomInt. */
export function generateCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** A code as printed: 'ABCDE-FGHJK'. */
export function formatCode(code: string): string {
  return `${code.slice(0, 5)}-${code.slice(5)}`;
}

/**
 * A typed code in its one stored form: upper case, spaces and dashes (of any kind a phone keyboard makes) gone. Null when it cannot
 * be a code (wrong length, or a character no code contains): the alphabet has neither 0 nor O,
 * so there is nothing safe to map a look-alike to.
 */
export function normaliseCode(input: string): string | null {
  const code = input.toUpperCase().replace(/[\s\u2010-\u2015\u2212-]/g, '');
  if (code.length !== CODE_LENGTH) return null;
  for (const ch of code) if (!CODE_ALPHABET.includes(ch)) return null;
  return code;
}

/**
 * The stored form of a normalised code. A plain SHA-256 is enough here, unlike for passwords:
 * a code has ~48 bits of entropy (not a human-chosen secret), and guessing through the API is
 * rate-limited per client and per survey, so there is no small space to brute-force offline.
 */
export function hashCode(normalised: string): string {
  return createHash('sha256').update(normalised).digest('hex');
}

/** A code's card and the wave and band it lets a child answer. */
export interface FoundCode {
  codeHash: string;
  batchId: string;
  serial: number;
  status: AccessCodeStatus;
  waveId: string;
  waveSlug: string;
  band: AgeBand;
  councilId: string;
  opensOn: string;
  closesOn: string;
}

/** The card whose code hashes to `codeHash` (see `hashCode`), with its wave; undefined if none. */
export async function lookUpCode(db: Db, codeHash: string): Promise<FoundCode | undefined> {
  const row = await db
    .selectFrom('access_codes as c')
    .innerJoin('access_code_batches as b', 'b.id', 'c.batch_id')
    .innerJoin('waves as w', 'w.id', 'b.wave_id')
    .select([
      'c.code_hash',
      'c.batch_id',
      'c.serial',
      'c.status',
      'w.id as wave_id',
      'w.slug as wave_slug',
      'b.band',
      'w.council_id',
      sql<string>`w.opens_on::text`.as('opens_on'),
      sql<string>`w.closes_on::text`.as('closes_on'),
    ])
    .where('c.code_hash', '=', codeHash)
    .executeTakeFirst();
  if (!row) return undefined;
  return {
    codeHash: row.code_hash,
    batchId: row.batch_id,
    serial: row.serial,
    status: row.status,
    waveId: row.wave_id,
    waveSlug: row.wave_slug,
    band: row.band,
    councilId: row.council_id,
    opensOn: row.opens_on,
    closesOn: row.closes_on,
  };
}

/** The answer for a code nobody issued. */
export function unknownCodeError(): AppError {
  return new AppError(
    'code_unknown',
    404,
    "We don't recognise that code. Check each letter and number against your card and try again; if it still doesn't work, ask the adult who gave it to you.",
  );
}

/** The answer for something typed that cannot be a code at all. */
export function mistypedCodeError(): AppError {
  return new AppError(
    'code_unknown',
    404,
    "That doesn't look like one of our codes. A code has 10 letters and numbers (like ABCDE-FGHJK) and never uses 0, 1, O, I, L, U or V. Check it against your card and try again.",
  );
}

/**
 * Why a code cannot be used now, in words a child can act on; null when it can. `waveSlug` is
 * the survey the child is in, when there is one: a code only works for its own survey.
 */
export function diagnoseCode(found: FoundCode | undefined, opts: { today: string; waveSlug?: string | undefined }): AppError | null {
  if (!found) return unknownCodeError();
  if (found.status === 'revoked') {
    return new AppError('code_revoked', 409, "This code has been switched off, usually because the card was lost. Ask the adult who gave it to you for a new one.");
  }
  if (found.status === 'spent') {
    return new AppError('code_spent', 409, 'This code has already been used. Each code works once; ask the adult who gave it to you for a new one.');
  }
  if (opts.waveSlug !== undefined && opts.waveSlug !== found.waveSlug) {
    return new AppError('code_other_survey', 409, 'This code is for a different survey. Check you opened the link that came with your card, or ask the adult who gave it to you.');
  }
  const state = waveState(found, opts.today);
  if (state === 'not_yet_open') {
    return new AppError('wave_not_open', 409, `This survey opens on ${dateInWords(found.opensOn)}. Keep your card safe; the code will work from then.`);
  }
  if (state === 'closed') {
    return new AppError('wave_closed', 409, `This survey closed on ${dateInWords(found.closesOn)}, so the code no longer works. Thank you for wanting to take part.`);
  }
  return null;
}

/**
 * Spends a code for a response to `waveId`/`band`, in one guarded statement so two devices racing
 * with the same card cannot both win. True when this call spent it.
 */
export async function spendCode(db: Db, codeHash: string, waveId: string, band: AgeBand): Promise<boolean> {
  const row = await db
    .updateTable('access_codes')
    .set({ status: 'spent' })
    .where('code_hash', '=', codeHash)
    .where('status', '=', 'unspent')
    .where('batch_id', 'in', (eb) => eb.selectFrom('access_code_batches').select('id').where('wave_id', '=', waveId).where('band', '=', band))
    .returning('serial')
    .executeTakeFirst();
  return row !== undefined;
}

/** Gives a spent code back; only for when storing the response failed after spending it. */
export async function unspendCode(db: Db, codeHash: string): Promise<void> {
  await db.updateTable('access_codes').set({ status: 'unspent' }).where('code_hash', '=', codeHash).where('status', '=', 'spent').execute();
}
