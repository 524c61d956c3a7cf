import type { Figure, ReportModel, ReportOptions } from '@you-said/analysis';
import { AGE_BANDS, childPhrase, findItem, type AgeBand } from '@you-said/surveys';
import type { StaffUser } from '../accounts/sessions.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Db } from '../db/create-db.ts';
import { AppError } from '../errors.ts';
import { findWaveById, isUuid, type StaffWave } from '../staff-waves/staff-waves.ts';
import { findWaveBySlug } from '../waves/waves.ts';
import { waveReport } from './wave-report.ts';

/** One line of the council's answer: what children said, and what the council will do. */
export interface YouSaidEntry {
  id: string;
  band: AgeBand | null;
  itemId: string | null;
  youSaid: string;
  weWill: string;
}

export interface YouSaidInput {
  band: AgeBand | null;
  itemId: string | null;
  youSaid: string;
  weWill: string;
}

const noSuchEntry = () => new AppError('not_found', 404, 'There is no such "you said, we will" entry.');

export async function listYouSaid(db: Db, waveId: string): Promise<YouSaidEntry[]> {
  const rows = await db
    .selectFrom('you_said')
    .select(['id', 'band', 'item_id', 'you_said', 'we_will'])
    .where('wave_id', '=', waveId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, band: r.band, itemId: r.item_id, youSaid: r.you_said, weWill: r.we_will }));
}

function checkEntry(wave: StaffWave, input: YouSaidInput): void {
  const problems: { field: string; message: string }[] = [];
  if (input.band !== null && !wave.instruments.some((i) => i.band === input.band)) {
    problems.push({ field: 'band', message: `this wave has no ages ${input.band} survey` });
  }
  if (input.itemId !== null && !findItem(input.itemId)) problems.push({ field: 'itemId', message: 'is not a question in the item bank' });
  if (input.youSaid.trim() === '') problems.push({ field: 'youSaid', message: 'is empty' });
  if (input.weWill.trim() === '') problems.push({ field: 'weWill', message: 'is empty' });
  if (problems.length > 0) {
    throw new AppError('invalid_request', 400, `Please check: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}.`, { problems });
  }
}

export async function addYouSaid(db: Db, staff: StaffUser, wave: StaffWave, input: YouSaidInput): Promise<YouSaidEntry> {
  checkEntry(wave, input);
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('you_said')
      .values({ wave_id: wave.id, band: input.band, item_id: input.itemId, you_said: input.youSaid.trim(), we_will: input.weWill.trim() })
      .returning(['id', 'band', 'item_id', 'you_said', 'we_will'])
      .executeTakeFirstOrThrow();
    await recordAudit(trx, { councilId: wave.councilId, accountId: staff.accountId, action: 'you_said.added', subject: wave.label, details: { band: input.band, itemId: input.itemId } });
    return { id: row.id, band: row.band, itemId: row.item_id, youSaid: row.you_said, weWill: row.we_will };
  });
}

export async function updateYouSaid(db: Db, staff: StaffUser, wave: StaffWave, entryId: string, input: YouSaidInput): Promise<YouSaidEntry> {
  if (!isUuid(entryId)) throw noSuchEntry();
  checkEntry(wave, input);
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .updateTable('you_said')
      .set({ band: input.band, item_id: input.itemId, you_said: input.youSaid.trim(), we_will: input.weWill.trim() })
      .where('id', '=', entryId)
      .where('wave_id', '=', wave.id)
      .returning(['id', 'band', 'item_id', 'you_said', 'we_will'])
      .executeTakeFirst();
    if (!row) throw noSuchEntry();
    await recordAudit(trx, { councilId: wave.councilId, accountId: staff.accountId, action: 'you_said.updated', subject: wave.label, details: { entryId } });
    return { id: row.id, band: row.band, itemId: row.item_id, youSaid: row.you_said, weWill: row.we_will };
  });
}

export async function deleteYouSaid(db: Db, staff: StaffUser, wave: StaffWave, entryId: string): Promise<void> {
  if (!isUuid(entryId)) throw noSuchEntry();
  await db.transaction().execute(async (trx) => {
    const gone = await trx.deleteFrom('you_said').where('id', '=', entryId).where('wave_id', '=', wave.id).returning('id').executeTakeFirst();
    if (!gone) throw noSuchEntry();
    await recordAudit(trx, { councilId: wave.councilId, accountId: staff.accountId, action: 'you_said.deleted', subject: wave.label, details: { entryId } });
  });
}

export async function childPageStates(db: Db, wave: StaffWave): Promise<{ band: AgeBand; published: boolean }[]> {
  const rows = await db.selectFrom('child_pages').select(['band', 'published']).where('wave_id', '=', wave.id).execute();
  return AGE_BANDS.filter((b) => wave.instruments.some((i) => i.band === b)).map((band) => ({
    band,
    published: rows.find((r) => r.band === band)?.published ?? false,
  }));
}

export async function setChildPage(db: Db, staff: StaffUser, wave: StaffWave, band: AgeBand, published: boolean): Promise<{ band: AgeBand; published: boolean }> {
  if (!wave.instruments.some((i) => i.band === band)) {
    throw new AppError('not_found', 404, `This wave has no survey for the ages ${band}, so there is no page to publish.`);
  }
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('child_pages')
      .values({ wave_id: wave.id, band, published })
      .onConflict((oc) => oc.columns(['wave_id', 'band']).doUpdateSet({ published }))
      .execute();
    await recordAudit(trx, { councilId: wave.councilId, accountId: staff.accountId, action: published ? 'child_page.published' : 'child_page.withdrawn', subject: wave.label, details: { band } });
  });
  return { band, published };
}

/** One sentence of the child-friendly page, with a face to show beside it. */
export interface ChildLine {
  itemId: string;
  text: string;
  picture: 'happy' | 'ok' | 'sad';
  outOfTen: number;
}

export interface ChildResults {
  council: { name: string };
  wave: { label: string };
  band: AgeBand;
  children: Figure;
  goingWell: ChildLine[];
  toImprove: ChildLine[];
  weWill: { youSaid: string; weWill: string }[];
}

const MAX_LINES = 4;

/**
 * The child-friendly results for one band, once the survey lead has published them: a few things
 * going well and a few to improve in "N out of 10" words, and what the council will do. Built
 * from the suppressed report, so it shows nothing the panel's report hides.
 */
export async function childResults(db: Db, slug: string, band: AgeBand, today: string, options: Partial<ReportOptions>): Promise<ChildResults> {
  const notPublished = () => new AppError('not_published', 404, 'The results for these ages have not been shared yet. Please look again later.');
  const publicWave = await findWaveBySlug(db, slug);
  if (!publicWave) throw new AppError('not_found', 404, "We can't find this survey. Please check the link you were given.");
  const page = await db
    .selectFrom('child_pages')
    .select('published')
    .where('wave_id', '=', publicWave.id)
    .where('band', '=', band)
    .executeTakeFirst();
  if (!page?.published) throw notPublished();
  const wave = await findWaveById(db, publicWave.id, today);
  if (!wave) throw notPublished();
  const report = await waveReport(db, wave, options, today);
  const entries = await listYouSaid(db, wave.id);
  return {
    council: { name: wave.councilName },
    wave: { label: wave.label },
    band,
    children: report.bands.find((b) => b.band === band)?.responses ?? { suppressed: true, reason: 'count_below_5' },
    ...childLines(report, band),
    weWill: entries.filter((e) => e.band === null || e.band === band).map((e) => ({ youSaid: e.youSaid, weWill: e.weWill })),
  };
}

/** Picks the lines: findings first (bright spots / areas for improvement), then the clearest shares. */
export function childLines(report: ReportModel, band: AgeBand): { goingWell: ChildLine[]; toImprove: ChildLine[] } {
  const who = band === '16-25' ? 'young people' : band === '11-17' ? 'children and young people' : 'children';
  const positives = new Map<string, number>();
  for (const b of report.bands) {
    if (b.band !== band) continue;
    for (const d of b.domains)
      for (const item of d.items) {
        const positive = item.indicators.find((i) => i.measure === 'positive');
        if (positive && !positive.share.suppressed && childPhrase(item.itemId)) positives.set(item.itemId, positive.share.value);
      }
  }
  const line = (itemId: string): ChildLine => {
    const outOfTen = Math.round(positives.get(itemId)! * 10);
    return { itemId, text: `${outOfTen} out of 10 ${who} ${childPhrase(itemId)}.`, picture: outOfTen >= 7 ? 'happy' : outOfTen >= 4 ? 'ok' : 'sad', outOfTen };
  };
  const pick = (findings: readonly { band: AgeBand; itemId: string }[], fallback: (share: number) => boolean, order: 1 | -1): ChildLine[] => {
    const chosen = [...new Set(findings.filter((f) => f.band === band && positives.has(f.itemId)).map((f) => f.itemId))];
    const rest = [...positives.entries()].filter(([id, share]) => !chosen.includes(id) && fallback(share)).sort((a, b) => order * (b[1] - a[1]) || (a[0] < b[0] ? -1 : 1));
    return [...chosen, ...rest.map(([id]) => id)].slice(0, MAX_LINES).map(line);
  };
  const goingWell = pick(report.brightSpots, (s) => s >= 0.8, 1);
  // a thing to improve never gets a happy face, whatever its number: it is there because it could be better
  const toImprove = pick(report.areasForImprovement, (s) => s < 0.6, -1)
    .filter((l) => !goingWell.some((g) => g.itemId === l.itemId))
    .map((l): ChildLine => (l.picture === 'happy' ? { ...l, picture: 'ok' } : l));
  return { goingWell, toImprove };
}
