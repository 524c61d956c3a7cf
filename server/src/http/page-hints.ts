import { AGE_BANDS, decodeLinkSegment as decode, type AgeBand } from '@you-said/surveys';
import type { Db } from '../db/create-db.ts';
import type { Logger } from '../logger.ts';
import { describeSafely } from './error-handler.ts';
import { findWaveBySlug, waveState } from '../waves/waves.ts';

/**
 * What a survey link's page will ask the server for as soon as its script runs: the wave's public
 * information and, on an age group's page of an open wave, that group's pinned questionnaire.
 * Named in `Link: rel=preload` headers on the page itself, the browser fetches them while it is
 * still downloading the script, instead of one after the other once the script has run: on a
 * slow phone connection that is most of a second before the child can start.
 *
 * The addresses are exactly the ones web/src/api.ts fetches (a preload is only used by a fetch of
 * the same address, mode and credentials: `crossorigin` = same-origin credentials, as fetch()'s
 * default). Nothing here is private: it is what the page would fetch anyway.
 */
export async function pageHints(db: Db, pathname: string, today: string): Promise<string[]> {
  const parts = pathname.split('/').filter((p) => p !== '');
  if (parts[0] !== 'w' || (parts.length !== 2 && parts.length !== 3)) return [];
  const slug = decode(parts[1]);
  const band = parts.length === 3 ? decode(parts[2]) : null;
  if (slug === null || (parts.length === 3 && (band === null || !isAgeBand(band)))) return [];

  const wave = await findWaveBySlug(db, slug);
  if (!wave) return [];
  const hints = [preload(`/api/public/waves/${encodeURIComponent(slug)}`)];
  if (band !== null && waveState(wave, today) === 'open') {
    const pinned = wave.instruments.find((i) => i.band === band);
    if (pinned) hints.push(preload(`/api/instruments/${encodeURIComponent(pinned.instrumentId)}/versions/${pinned.instrumentVersion}`));
  }
  return hints;
}

function isAgeBand(value: string): value is AgeBand {
  return (AGE_BANDS as readonly string[]).includes(value);
}

function preload(url: string): string {
  return `<${url}>; rel=preload; as=fetch; crossorigin`;
}

/**
 * Hints are a help, never a condition: if the database cannot answer, the page goes out without
 * them (and the script asks for the same things itself).
 */
export async function pageHintsOrNone(db: Db, pathname: string, today: string, logger: Logger): Promise<string[]> {
  try {
    return await pageHints(db, pathname, today);
  } catch (error) {
    logger.warn({ err: describeSafely(error) }, 'page hints skipped');
    return [];
  }
}
