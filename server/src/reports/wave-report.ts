import { buildReport, instrumentItemsFor, talliedItemIds, type ReportInput, type ReportModel, type ReportOptions, type Tallies } from '@you-said/analysis';
import { REFERENCE_VALUES, type AgeBand } from '@you-said/surveys';
import type { Db } from '../db/create-db.ts';
import type { StaffWave } from '../staff-waves/staff-waves.ts';
import { tallyWaves } from './tallies-sql.ts';

/** The waves one report draws on, found from the reported wave. */
export interface ReportScope {
  /** this council's latest wave that opened before this one */
  previous: { id: string; label: string; instruments: { band: AgeBand; instrumentId: string; instrumentVersion: number }[] } | null;
  /** other councils' waves opening in the same calendar year: "the same wave", pooled */
  peers: { id: string; councilId: string }[];
}

/** Finds the previous wave and the other councils' waves of the same year. */
export async function reportScope(db: Db, wave: Pick<StaffWave, 'id' | 'councilId' | 'opensOn'>): Promise<ReportScope> {
  const year = wave.opensOn.slice(0, 4);
  const [previousRow, peers] = await Promise.all([
    db
      .selectFrom('waves')
      .select(['id', 'label'])
      .where('council_id', '=', wave.councilId)
      .where('opens_on', '<', wave.opensOn)
      .orderBy('opens_on', 'desc')
      .orderBy('created_at', 'desc')
      .limit(1)
      .executeTakeFirst(),
    db
      .selectFrom('waves')
      .select(['id', 'council_id'])
      .where('council_id', '<>', wave.councilId)
      .where('opens_on', '>=', `${year}-01-01`)
      .where('opens_on', '<=', `${year}-12-31`)
      .execute(),
  ]);
  let previous: ReportScope['previous'] = null;
  if (previousRow) {
    const instruments = await db
      .selectFrom('wave_instruments')
      .select(['band', 'instrument_id', 'instrument_version'])
      .where('wave_id', '=', previousRow.id)
      .execute();
    previous = {
      id: previousRow.id,
      label: previousRow.label,
      instruments: instruments.map((i) => ({ band: i.band, instrumentId: i.instrument_id, instrumentVersion: i.instrument_version })),
    };
  }
  return { previous, peers: peers.map((p) => ({ id: p.id, councilId: p.council_id })) };
}

/** The waves whose tallies a report needs: this one, its previous wave and the peers. */
export function wavesTallied(wave: Pick<StaffWave, 'id' | 'councilId'>, scope: ReportScope): { id: string; councilId: string }[] {
  return [
    { id: wave.id, councilId: wave.councilId },
    ...(scope.previous ? [{ id: scope.previous.id, councilId: wave.councilId }] : []),
    ...scope.peers,
  ];
}

/** The report's input for a wave, given its scope and tallies from either path (SQL or memory). */
export function reportInputFor(wave: StaffWave, scope: ReportScope, tallies: Tallies, options: Partial<ReportOptions> = {}): ReportInput {
  return {
    council: { id: wave.councilId, name: wave.councilName },
    wave: { id: wave.id, label: wave.label, targetRate: wave.targetRate },
    bands: wave.instruments.map((i) => ({
      band: i.band,
      eligible: wave.eligible.find((e) => e.band === i.band)?.eligible ?? null,
      items: instrumentItemsFor(i.instrumentId, i.instrumentVersion),
    })),
    previousWave: scope.previous
      ? {
          id: scope.previous.id,
          label: scope.previous.label,
          bands: scope.previous.instruments.map((i) => ({ band: i.band, items: instrumentItemsFor(i.instrumentId, i.instrumentVersion) })),
        }
      : null,
    otherCouncilWaveIds: scope.peers.map((p) => p.id),
    tallies,
    referenceValues: REFERENCE_VALUES,
    options,
  };
}

/**
 * The annual report for one wave: the tallies of this wave, its previous wave and the other
 * councils' waves of the year counted in SQL, then turned into the report model by analysis's
 * pure `buildReport` (the same function the tests run over responses held in memory). With
 * `today`, the counts of waves closed before it are kept and read back (see `tallyWaves`).
 */
export async function waveReport(db: Db, wave: StaffWave, options: Partial<ReportOptions> = {}, today?: string): Promise<ReportModel> {
  const scope = await reportScope(db, wave);
  const tallies = await tallyWaves(db, wavesTallied(wave, scope), talliedItemIds(), today ? { today } : {});
  return buildReport(reportInputFor(wave, scope, tallies, options));
}
