import { resolveOptions, type ReportModel, type ReportOptions } from '@you-said/analysis';
import type { AgeBand } from '@you-said/surveys';
import { whatChildrenSaid, type BandComments } from '../comments/comments.ts';
import type { Db } from '../db/create-db.ts';
import type { StaffWave } from '../staff-waves/staff-waves.ts';
import { waveReport } from './wave-report.ts';
import { childPageStates, listYouSaid, type YouSaidEntry } from './you-said.ts';

/** Everything the panel's report page shows. */
export interface StaffReport {
  model: ReportModel;
  whatChildrenSaid: BandComments[];
  youSaid: YouSaidEntry[];
  childPages: { band: AgeBand; published: boolean }[];
}

export async function staffReport(db: Db, wave: StaffWave, options: Partial<ReportOptions>, today?: string): Promise<StaffReport> {
  const resolved = resolveOptions(options);
  const [model, said, youSaid, childPages] = await Promise.all([
    waveReport(db, wave, options, today),
    whatChildrenSaid(db, wave, resolved),
    listYouSaid(db, wave.id),
    childPageStates(db, wave),
  ]);
  return { model, whatChildrenSaid: said, youSaid, childPages };
}
