import type { WaveState } from './staff-types.ts';

export const WAVE_STATE_LABEL: Record<WaveState, string> = {
  not_yet_open: 'Not open yet',
  open: 'Open',
  closed: 'Closed',
};

export function WaveStateBadge({ state }: { state: WaveState }) {
  return <span className={`badge badge-${state}`}>{WAVE_STATE_LABEL[state]}</span>;
}
