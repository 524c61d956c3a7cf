import type { AgeBand } from '@you-said/surveys';
import { sql } from 'kysely';
import type { Db } from '../db/create-db.ts';
import { dateInWords } from '../dates.ts';
import { AppError } from '../errors.ts';

export interface WaveInstrument {
  band: AgeBand;
  instrumentId: string;
  instrumentVersion: number;
}

/** A wave as the respondent side sees it: what it is, when it runs, which instruments it pins. */
export interface Wave {
  id: string;
  slug: string;
  label: string;
  opensOn: string;
  closesOn: string;
  council: { name: string; advocacyService: string };
  /** 'link': the survey link alone lets a child answer; 'code': a one-time code is needed too */
  accessMode: 'link' | 'code';
  instruments: WaveInstrument[];
}

export type WaveState = 'not_yet_open' | 'open' | 'closed';

/** A wave by the public slug in its survey link, with its council and pinned instruments. */
export async function findWaveBySlug(db: Db, slug: string): Promise<Wave | undefined> {
  const rows = await db
    .selectFrom('waves')
    .innerJoin('councils', 'councils.id', 'waves.council_id')
    .leftJoin('wave_instruments', 'wave_instruments.wave_id', 'waves.id')
    .select([
      'waves.id',
      'waves.slug',
      'waves.label',
      'waves.access_mode',
      sql<string>`waves.opens_on::text`.as('opens_on'),
      sql<string>`waves.closes_on::text`.as('closes_on'),
      'councils.name as council_name',
      'councils.advocacy_service',
      'wave_instruments.band',
      'wave_instruments.instrument_id',
      'wave_instruments.instrument_version',
    ])
    .where('waves.slug', '=', slug)
    .orderBy('wave_instruments.band')
    .execute();
  const first = rows[0];
  if (!first) return undefined;
  return {
    id: first.id,
    slug: first.slug,
    label: first.label,
    opensOn: first.opens_on,
    closesOn: first.closes_on,
    council: { name: first.council_name, advocacyService: first.advocacy_service },
    accessMode: first.access_mode,
    instruments: rows.flatMap((r) =>
      r.band && r.instrument_id && r.instrument_version !== null
        ? [{ band: r.band, instrumentId: r.instrument_id, instrumentVersion: r.instrument_version }]
        : [],
    ),
  };
}

/** Whether the wave takes answers on `today` (both ends of the window are open days). */
export function waveState(wave: Pick<Wave, 'opensOn' | 'closesOn'>, today: string): WaveState {
  if (today < wave.opensOn) return 'not_yet_open';
  if (today > wave.closesOn) return 'closed';
  return 'open';
}

/** The wave named by a survey link, or a 404 a child or worker can act on. */
export async function requireWave(db: Db, slug: string): Promise<Wave> {
  const wave = await findWaveBySlug(db, slug);
  if (!wave) {
    throw new AppError('not_found', 404, `We can't find the survey "${slug}". Please check the link or code you were given, or ask the adult helping you.`);
  }
  return wave;
}

/** Refuses answers for a wave outside its window, saying when it runs. */
export function assertWaveOpen(wave: Wave, today: string): void {
  const state = waveState(wave, today);
  if (state === 'not_yet_open') {
    throw new AppError('wave_not_open', 409, `This survey opens on ${dateInWords(wave.opensOn)}. Your answers were not sent; please come back then.`);
  }
  if (state === 'closed') {
    throw new AppError('wave_closed', 409, `This survey closed on ${dateInWords(wave.closesOn)}, so it can't take new answers. Thank you for wanting to take part.`);
  }
}

/** The bands whose child-friendly results page the council has published for this wave. */
export async function publishedResultBands(db: Db, waveId: string): Promise<Set<AgeBand>> {
  const rows = await db.selectFrom('child_pages').select('band').where('wave_id', '=', waveId).where('published', '=', true).execute();
  return new Set(rows.map((r) => r.band));
}
