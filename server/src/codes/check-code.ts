import type { AgeBand } from '@you-said/surveys';
import { hitRateLimit, type RateRule } from '../accounts/rate-limit.ts';
import type { Db } from '../db/create-db.ts';
import { AppError } from '../errors.ts';
import { findWaveBySlug } from '../waves/waves.ts';
import { diagnoseCode, hashCode, lookUpCode, mistypedCodeError, normaliseCode, unknownCodeError } from './access-codes.ts';

/** Codes that do not work, from one device: a child retyping a smudged card needs a few goes. */
export const CODE_MISSES_PER_CLIENT: RateRule = { what: 'codes that did not work from this device', limit: 10, windowSeconds: 10 * 60 };

/**
 * Unknown codes tried against one survey from anywhere. This is what makes guessing slow even
 * for someone with many addresses: the whole code space of a wave gets at most this many
 * guesses an hour.
 */
export const CODE_MISSES_PER_SURVEY: RateRule = { what: 'unknown codes for this survey', limit: 300, windowSeconds: 60 * 60 };

/**
 * Checks a typed code before the child starts answering, so a wrong code is found now and not
 * after the survey. Answers which survey and band it opens, or the plain-words reason it won't.
 *
 * Only misses are counted, so children with good codes on a shared school network are not held
 * up by each other. But once a limit is reached every check is refused, good codes too: if good
 * codes still passed, the refusals would tell a guesser which of their guesses were real.
 */
export async function checkCode(
  db: Db,
  input: { code: string; waveSlug?: string | undefined; clientKey: string },
  now: Date,
  today: string,
): Promise<{ wave: string; band: AgeBand }> {
  const clientKey = `codes:client:${input.clientKey}`;
  // A survey the caller names but that does not exist shares one space with calls naming none,
  // so inventing slugs buys a guesser nothing.
  const wave = input.waveSlug ? await findWaveBySlug(db, input.waveSlug) : undefined;
  const spaceKey = `codes:space:${wave?.id ?? 'none'}`;

  await assertUnderLimit(db, clientKey, CODE_MISSES_PER_CLIENT, now, tooManyFromDevice);
  await assertUnderLimit(db, spaceKey, CODE_MISSES_PER_SURVEY, now, tooManyForSurvey);

  const normalised = normaliseCode(input.code);
  if (!normalised) {
    await countMiss(db, clientKey, CODE_MISSES_PER_CLIENT, now, tooManyFromDevice);
    throw mistypedCodeError();
  }
  const found = await lookUpCode(db, hashCode(normalised));
  if (!found) {
    await countMiss(db, clientKey, CODE_MISSES_PER_CLIENT, now, tooManyFromDevice);
    await countMiss(db, spaceKey, CODE_MISSES_PER_SURVEY, now, tooManyForSurvey);
    throw unknownCodeError();
  }
  const problem = diagnoseCode(found, { today, waveSlug: input.waveSlug });
  if (problem) throw problem;
  return { wave: found.waveSlug, band: found.band };
}

function tooManyFromDevice(minutes: string, retryAfterSeconds: number) {
  return new AppError(
    'rate_limited',
    429,
    `A few codes that didn't work have been tried on this device, so it needs a short break. Please wait ${minutes} and try again, or ask the adult who gave you the card to check the code with you.`,
    { retryAfterSeconds },
  );
}

function tooManyForSurvey(minutes: string, retryAfterSeconds: number) {
  return new AppError(
    'rate_limited',
    429,
    `Lots of codes that don't exist have been tried for this survey recently, so code checks are paused for a while to keep it safe. This is not your fault: please wait ${minutes} and try again.`,
    { retryAfterSeconds },
  );
}

type Refusal = (minutes: string, retryAfterSeconds: number) => AppError;

function inWords(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? 'a minute' : `${minutes} minutes`;
}

/** Refuses when `key` has already used up its window, without counting this request. */
async function assertUnderLimit(db: Db, key: string, rule: RateRule, now: Date, refuse: Refusal): Promise<void> {
  const row = await db.selectFrom('rate_limits').select(['hits', 'window_start']).where('key', '=', key).executeTakeFirst();
  if (!row) return;
  const endsAt = new Date(row.window_start).getTime() + rule.windowSeconds * 1000;
  if (endsAt > now.getTime() && row.hits >= rule.limit) {
    const retryAfterSeconds = Math.max(1, Math.ceil((endsAt - now.getTime()) / 1000));
    throw refuse(inWords(retryAfterSeconds), retryAfterSeconds);
  }
}

/** Counts a miss against `key`, answering in this module's own words when it is one too many. */
async function countMiss(db: Db, key: string, rule: RateRule, now: Date, refuse: Refusal): Promise<void> {
  try {
    await hitRateLimit(db, key, rule, now);
  } catch (err) {
    if (err instanceof AppError && err.code === 'rate_limited') {
      const retryAfterSeconds = Number(err.details?.retryAfterSeconds ?? rule.windowSeconds);
      throw refuse(inWords(retryAfterSeconds), retryAfterSeconds);
    }
    throw err;
  }
}
