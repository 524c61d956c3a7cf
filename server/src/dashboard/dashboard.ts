import { AGE_BANDS, type AgeBand } from '@you-said/surveys';
import type { StaffUser } from '../accounts/sessions.ts';
import type { Db } from '../db/create-db.ts';
import type { ParticipationMode } from '../db/schema.ts';
import { requireWaveForStaff, type StaffWave } from '../staff-waves/staff-waves.ts';
import { suppressCounts, type Count } from './suppress.ts';

export const MODES: readonly ParticipationMode[] = ['own_device', 'with_adult', 'group_session'];

export interface BandProgress {
  band: AgeBand;
  responses: Count;
  /** the count the council entered; null until it has */
  eligible: number | null;
  /** responses / eligible, only when the count is shown and there is a denominator */
  rate: number | null;
  rateShown: boolean;
  targetRate: number;
  /** true only when the rate is shown and reaches the target */
  onTarget: boolean;
}

export interface FieldworkDashboard {
  wave: StaffWave;
  today: string;
  daysLeft: number;
  bands: BandProgress[];
  modes: { mode: ParticipationMode; responses: Count }[];
  total: Count;
}

/**
 * How fieldwork is going: responses per band against the eligible count and the target, and
 * per mode, with small counts suppressed (and anything that would reveal one by subtraction).
 */
export async function fieldworkDashboard(db: Db, staff: StaffUser, waveId: string, today: string): Promise<FieldworkDashboard> {
  const wave = await requireWaveForStaff(db, staff, waveId, today);
  const [byBand, byMode] = await Promise.all([
    db
      .selectFrom('responses')
      .select((eb) => ['band', eb.fn.countAll<string | number>().as('n')])
      .where('wave_id', '=', wave.id)
      .groupBy('band')
      .execute(),
    db
      .selectFrom('responses')
      .select((eb) => ['mode', eb.fn.countAll<string | number>().as('n')])
      .where('wave_id', '=', wave.id)
      .groupBy('mode')
      .execute(),
  ]);
  const bandCount = new Map(byBand.map((r) => [r.band, Number(r.n)]));
  const modeCount = new Map(byMode.map((r) => [r.mode, Number(r.n)]));
  const pinned = new Set(wave.instruments.map((i) => i.band));
  const bands = AGE_BANDS.filter((b) => pinned.has(b) || bandCount.has(b));

  const shown = suppressCounts([bands.map((b) => bandCount.get(b) ?? 0), MODES.map((m) => modeCount.get(m) ?? 0)]);
  const [bandCells, modeCells] = shown.tables as [Count[], Count[]];

  return {
    wave,
    today,
    daysLeft: daysLeft(wave, today),
    bands: bands.map((band, i) => {
      const responses = bandCells[i]!;
      const eligible = wave.eligible.find((e) => e.band === band)?.eligible ?? null;
      const rate = responses.value !== null && eligible !== null && eligible > 0 ? responses.value / eligible : null;
      return {
        band,
        responses,
        eligible,
        rate,
        rateShown: rate !== null,
        targetRate: wave.targetRate,
        onTarget: rate !== null && rate >= wave.targetRate,
      };
    }),
    modes: MODES.map((mode, i) => ({ mode, responses: modeCells[i]! })),
    total: shown.total,
  };
}

/**
 * The days on which answers can still be given, today included: the whole window before it
 * opens, 0 once it has closed.
 */
export function daysLeft(wave: { opensOn: string; closesOn: string }, today: string): number {
  if (today > wave.closesOn) return 0;
  const from = today < wave.opensOn ? wave.opensOn : today;
  return dayNumber(wave.closesOn) - dayNumber(from) + 1;
}

function dayNumber(isoDate: string): number {
  return Math.round(Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000);
}
