import { answerCodes, instrumentItemsFor, resolveOptions, talliedItemIds, type Comparison, type Figure, type ReportModel, type ReportOptions } from '@you-said/analysis';
import { AGE_BANDS, findItem, findScale, type AgeBand } from '@you-said/surveys';
import type { StaffUser } from '../accounts/sessions.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Db } from '../db/create-db.ts';
import type { StaffWave } from '../staff-waves/staff-waves.ts';
import { toCsv } from './csv.ts';
import { waveReport } from './wave-report.ts';

export type ExportKind = 'responses' | 'codebook' | 'figures';

const FIXED_COLUMNS = ['response', 'band', 'instrument', 'version', 'mode'] as const;

/** The tallied items the wave's instruments ask, in the order the bands ask them: the export's item columns. */
function itemColumns(wave: StaffWave): string[] {
  const tallied = new Set(talliedItemIds());
  const columns: string[] = [];
  for (const band of AGE_BANDS) {
    const pinned = wave.instruments.find((i) => i.band === band);
    if (!pinned) continue;
    for (const item of instrumentItemsFor(pinned.instrumentId, pinned.instrumentVersion)) {
      if (tallied.has(item.itemId) && !columns.includes(item.itemId)) columns.push(item.itemId);
    }
  }
  return columns;
}

/** Bands with too few responses for row-level data: any row there could be one known child's. */
async function bandsWithheld(db: Db, wave: StaffWave, minBase: number): Promise<Map<AgeBand, number>> {
  const counts = await db
    .selectFrom('responses')
    .select((eb) => ['band', eb.fn.countAll<string | number>().as('n')])
    .where('wave_id', '=', wave.id)
    .groupBy('band')
    .execute();
  const withheld = new Map<AgeBand, number>();
  for (const pinned of wave.instruments) {
    const n = Number(counts.find((c) => c.band === pinned.band)?.n ?? 0);
    if (n < minBase) withheld.set(pinned.band, n);
  }
  return withheld;
}

/**
 * One row per response, one column per question, answer codes only: no comments (they live apart
 * and are redacted), no dates, no stored ids (rows are numbered after sorting by band and the
 * random id, so row order says nothing about when anyone answered). A band with fewer responses
 * than the smallest base the report shows is withheld whole.
 */
export async function responsesCsv(db: Db, wave: StaffWave, options: Pick<ReportOptions, 'minBase'>): Promise<string> {
  const columns = itemColumns(wave);
  const withheld = await bandsWithheld(db, wave, options.minBase);
  const rows = await db
    .selectFrom('responses')
    .select(['band', 'instrument_id', 'instrument_version', 'mode', 'answers'])
    .where('wave_id', '=', wave.id)
    .orderBy('band')
    .orderBy('id')
    .execute();
  const bandOrder = (b: AgeBand) => AGE_BANDS.indexOf(b);
  const kept = rows.filter((r) => !withheld.has(r.band)).sort((a, b) => bandOrder(a.band) - bandOrder(b.band));
  return toCsv(
    [...FIXED_COLUMNS, ...columns],
    kept.map((r, i) => [i + 1, r.band, r.instrument_id, r.instrument_version, r.mode, ...columns.map((c) => answerCodes(r.answers[c]).join(';'))]),
  );
}

/** What every column of responses.csv holds, one row per answer code, and which bands were withheld. */
export async function codebookCsv(db: Db, wave: StaffWave, options: Pick<ReportOptions, 'minBase'>): Promise<string> {
  const withheld = await bandsWithheld(db, wave, options.minBase);
  const rows: (string | number | null)[][] = [
    ['response', '', 'Row number (not a stored id; rows are in no time order)', '', '', ''],
    ...AGE_BANDS.filter((b) => wave.instruments.some((i) => i.band === b)).map((b) => [
      'band',
      '',
      'Age band of the survey answered',
      '',
      b,
      withheld.has(b) ? `withheld: fewer than ${options.minBase} responses, so no rows for this band` : `ages ${b}`,
    ]),
    ['instrument', '', 'Questionnaire id', '', '', ''],
    ['version', '', 'Questionnaire version', '', '', ''],
    ['mode', '', 'How the child took part', '', 'own_device', 'on their own device'],
    ['mode', '', 'How the child took part', '', 'with_adult', 'with a trusted adult'],
    ['mode', '', 'How the child took part', '', 'group_session', 'in a group session'],
  ];
  for (const column of itemColumns(wave)) {
    const item = findItem(column)!;
    const scale = findScale(item.scale)!;
    const multi = scale.kind === 'multi' ? ' (several codes joined with ;)' : '';
    if (scale.codes.length === 0) rows.push([column, column, item.summary + multi, scale.id, '', scale.kind === 'number' ? 'a whole number' : '']);
    for (const code of scale.codes) rows.push([column, column, item.summary + multi, scale.id, code.code, code.label]);
  }
  return toCsv(['column', 'item', 'question', 'scale', 'code', 'label'], rows);
}

const FIGURE_HEADER = [
  'band', 'domain', 'item', 'figure', 'code', 'measure', 'value', 'lower', 'upper', 'suppressed',
  'comparison', 'compared_with', 'compared_base', 'difference_points', 'p_value', 'verdict',
] as const;

type Row = (string | number | null)[];

function reasonText(reason: string, options: ReportOptions): string {
  switch (reason) {
    case 'count_below_5': return `fewer than ${options.minCount}`;
    case 'base_below_10': return `fewer than ${options.minBase} answers`;
    case 'secondary': return 'not shown';
    case 'too_few_councils': return `fewer than ${options.minOtherCouncils} other councils`;
    default: return 'not shown';
  }
}

function figureCells(f: Figure | null, options: ReportOptions): [number | null, string] {
  if (f === null) return [null, ''];
  return f.suppressed ? [null, reasonText(f.reason, options)] : [f.value, ''];
}

/** Every figure of the report, one per row, with exactly the report's suppression. */
export function figuresCsv(report: ReportModel): string {
  const o = report.options;
  const rows: Row[] = [];
  const base = (band: string, domain: string, item: string, figure: string, code: string, measure: string, f: Figure | null): Row => {
    const [value, suppressed] = figureCells(f, o);
    return [band, domain, item, figure, code, measure, value, null, null, suppressed, '', null, null, null, null, ''];
  };
  for (const r of report.responseRates.bands) {
    rows.push(base(r.band, '', '', 'responses', '', '', r.responses));
    if (r.eligibleEntered) {
      rows.push(base(r.band, '', '', 'eligible', '', '', r.eligible));
      rows.push(base(r.band, '', '', 'response_rate', '', '', r.rate));
    }
  }
  for (const b of report.bands)
    for (const d of b.domains)
      for (const item of d.items) {
        for (const a of item.answers) rows.push(base(b.band, d.domain, item.itemId, 'answer_count', a.code, '', a.count));
        rows.push(base(b.band, d.domain, item.itemId, 'base', '', '', item.base));
        for (const ind of item.indicators) {
          const [value, suppressed] = figureCells(ind.share, o);
          const lower = ind.interval.suppressed ? null : ind.interval.lower;
          const upper = ind.interval.suppressed ? null : ind.interval.upper;
          rows.push(base(b.band, d.domain, item.itemId, 'count', ind.codes.join(';'), ind.measure, ind.count));
          rows.push([b.band, d.domain, item.itemId, 'share', ind.codes.join(';'), ind.measure, value, lower, upper, suppressed, '', null, null, null, null, '']);
          const comparisons: [string, Comparison][] = [
            ['other_councils', ind.comparisons.otherCouncils],
            ['previous_wave', ind.comparisons.previousWave],
            ['general_population', ind.comparisons.generalPopulation],
          ];
          for (const [name, c] of comparisons) {
            const head: Row = [b.band, d.domain, item.itemId, 'comparison', ind.codes.join(';'), ind.measure, value, lower, upper, suppressed, name];
            if (!c.comparable) rows.push([...head, null, null, null, null, `not comparable: ${c.reason.replace(/_/g, ' ')}`]);
            else if (c.verdict === 'suppressed') rows.push([...head, null, null, null, null, `suppressed: ${reasonText(c.reason, o)}`]);
            else rows.push([...head, c.comparedWith, c.comparedBase, c.differencePoints, c.pValue, c.verdict]);
          }
        }
      }
  return toCsv(FIGURE_HEADER, rows);
}

/** Builds one export and writes the download to the audit log (who, which wave, which file). */
export async function exportWave(
  db: Db,
  staff: StaffUser,
  wave: StaffWave,
  kind: ExportKind,
  options: Partial<ReportOptions>,
  today?: string,
): Promise<string> {
  const resolved = resolveOptions(options);
  let body: string;
  if (kind === 'responses') body = await responsesCsv(db, wave, resolved);
  else if (kind === 'codebook') body = await codebookCsv(db, wave, resolved);
  else body = figuresCsv(await waveReport(db, wave, options, today));
  await recordAudit(db, { councilId: wave.councilId, accountId: staff.accountId, action: `export.${kind}`, subject: wave.label, details: { file: `${kind}.csv` } });
  return body;
}
