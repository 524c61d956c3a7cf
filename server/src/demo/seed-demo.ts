import { latestInstrumentForBand, AGE_BANDS } from '@you-said/surveys';
import type { Db } from '../db/create-db.ts';

export const DEMO_WAVE_SLUG = 'demo';

/**
 * A demo council with a wave open for eight weeks around `today`, pinned to the newest
 * instrument of every age band. Does nothing when a council already exists, so a restart
 * never duplicates it and real data is never mixed with demo data.
 */
export async function seedDemo(db: Db, today: string): Promise<{ seeded: boolean }> {
  const any = await db.selectFrom('councils').select('id').limit(1).executeTakeFirst();
  if (any) return { seeded: false };
  await db.transaction().execute(async (trx) => {
    const council = await trx
      .insertInto('councils')
      .values({
        slug: 'demo-council',
        name: 'Demo Council',
        advocacy_service: 'Demo Council Advocacy Service, free on 0800 000 0000 (text or call), Monday to Friday 9am to 5pm',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const wave = await trx
      .insertInto('waves')
      .values({
        council_id: council.id,
        slug: DEMO_WAVE_SLUG,
        label: `Your life, your say ${today.slice(0, 4)}`,
        opens_on: shiftDays(today, -14),
        closes_on: shiftDays(today, 42),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('wave_instruments')
      .values(
        AGE_BANDS.map((band) => {
          const instrument = latestInstrumentForBand(band);
          if (!instrument) throw new Error(`no instrument for band ${band}`);
          return { wave_id: wave.id, band, instrument_id: instrument.id, instrument_version: instrument.version };
        }),
      )
      .execute();
  });
  return { seeded: true };
}

function shiftDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
