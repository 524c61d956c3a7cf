import { AGE_BANDS, latestInstrumentForBand } from '@you-said/surveys';
import { randomBytes, randomUUID } from 'node:crypto';
import type { Db } from '../db/create-db.ts';

export interface ArrangedWave {
  waveId: string;
  councilId: string;
  slug: string;
}

/** A council of its own and a wave pinned to the newest instrument of every band. */
export async function arrangeWave(
  db: Db,
  opts: { opensOn?: string; closesOn?: string; advocacyService?: string } = {},
): Promise<ArrangedWave> {
  const tag = randomBytes(5).toString('hex');
  const council = await db
    .insertInto('councils')
    .values({ slug: `council-${tag}`, name: `Council ${tag}`, advocacy_service: opts.advocacyService ?? `Advocacy ${tag}` })
    .returning('id')
    .executeTakeFirstOrThrow();
  const wave = await db
    .insertInto('waves')
    .values({
      council_id: council.id,
      slug: `wave-${tag}`,
      label: `Wave ${tag}`,
      opens_on: opts.opensOn ?? '2026-11-01',
      closes_on: opts.closesOn ?? '2026-12-31',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('wave_instruments')
    .values(
      AGE_BANDS.map((band) => {
        const v = latestInstrumentForBand(band)!;
        return { wave_id: wave.id, band, instrument_id: v.id, instrument_version: v.version };
      }),
    )
    .execute();
  return { waveId: wave.id, councilId: council.id, slug: `wave-${tag}` };
}

/** A submission body for `band` in the arranged wave; `answers` default to none (all optional). */
export function submission(slug: string, band: (typeof AGE_BANDS)[number], answers: Record<string, unknown> = {}) {
  const v = latestInstrumentForBand(band)!;
  return { id: randomUUID(), wave: slug, instrument: v.id, version: v.version, mode: 'own_device', answers };
}
