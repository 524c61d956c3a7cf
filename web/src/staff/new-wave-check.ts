import type { AgeBand } from '@you-said/surveys';
import { BANDS } from '../bands.ts';
import { isIsoDate } from './form-check.ts';
import type { AccessMode, Id } from './staff-types.ts';

export const NEW_WAVE_FIELDS = ['councilId', 'label', 'opensOn', 'closesOn', 'targetRate', 'accessMode', 'bands'] as const;
export type NewWaveField = (typeof NEW_WAVE_FIELDS)[number];

export interface NewWaveForm {
  /** The council's id as the picker holds it (text); only a platform admin chooses one. */
  councilId: string;
  label: string;
  opensOn: string;
  closesOn: string;
  /** As typed, in percent. */
  targetPercent: string;
  accessMode: AccessMode;
  bands: AgeBand[];
}

export interface NewWaveBody {
  councilId?: Id;
  label: string;
  opensOn: string;
  closesOn: string;
  targetRate: number;
  accessMode: AccessMode;
  bands: AgeBand[];
}

export const DEFAULT_TARGET_PERCENT = '30';

export function emptyNewWaveForm(councilId = ''): NewWaveForm {
  return { councilId, label: '', opensOn: '', closesOn: '', targetPercent: DEFAULT_TARGET_PERCENT, accessMode: 'link', bands: [...BANDS] };
}

/**
 * The same checks the server makes, so most slips are caught before a round trip; the server
 * still decides, and its answer is shown by field too. `councilIds` maps the picker's text
 * back to the server's id (a platform admin must choose a council; others never send one).
 */
export function checkNewWave(
  form: NewWaveForm,
  councilIds: ReadonlyMap<string, Id> | null,
): { problems: Partial<Record<NewWaveField, string>>; body: NewWaveBody | null } {
  const problems: Partial<Record<NewWaveField, string>> = {};
  let councilId: Id | undefined;
  if (councilIds !== null) {
    councilId = councilIds.get(form.councilId);
    if (councilId === undefined) problems.councilId = 'Choose the council this wave is for.';
  }
  const label = form.label.trim();
  if (label === '') problems.label = 'Give the wave a name, such as "Your life, your care 2026".';
  else if (label.length > 200) problems.label = 'Keep the name under 200 characters.';

  if (!isIsoDate(form.opensOn)) problems.opensOn = 'Enter the date the survey opens.';
  if (!isIsoDate(form.closesOn)) problems.closesOn = 'Enter the date the survey closes.';
  // The server allows a one-day wave (a single group-session day), so the same day is fine.
  else if (isIsoDate(form.opensOn) && form.closesOn < form.opensOn) problems.closesOn = 'The survey must close on or after the day it opens.';

  const percent = Number(form.targetPercent.trim().replace(/%$/, ''));
  if (form.targetPercent.trim() === '' || !Number.isFinite(percent) || percent < 1 || percent > 100) {
    problems.targetRate = 'Enter a target between 1 and 100 percent.';
  }
  if (form.bands.length === 0) problems.bands = 'Choose at least one age band.';

  if (Object.keys(problems).length > 0) return { problems, body: null };
  return {
    problems,
    body: {
      ...(councilId !== undefined ? { councilId } : {}),
      label,
      opensOn: form.opensOn,
      closesOn: form.closesOn,
      // 33.3% is sent as 0.333, not 0.33300000000000002.
      targetRate: Math.round(percent * 100) / 10_000,
      accessMode: form.accessMode,
      // In the order children see them, whatever order they were ticked in.
      bands: BANDS.filter((b) => form.bands.includes(b)),
    },
  };
}
