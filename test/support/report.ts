import { findItem, latestInstrumentForBand, type AgeBand } from '@you-said/surveys';
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import type { Db } from '@you-said/server';
import { instrumentItemsFor } from '../../analysis/src/index.ts';
import { storeResponsesInBulk, type BulkResponse } from '../../server/src/responses/store-bulk.ts';
import { createWave, setEligibleCounts, type StaffWave } from '../../server/src/staff-waves/staff-waves.ts';
import { aTextQuestion } from '../../server/src/test-support/instrument-questions.ts';
import type * as Server from '../../server/src/reports/report-types.ts';
import type * as Web from '../../web/src/staff/report/report-types.ts';
import { actingAs, arrangeAccount, arrangeCouncil, serverToday, shiftDays, tag, type ArrangedAccount } from './fieldwork.ts';

/*
 * Arranging a council's finished survey for the report's browser tests, through the server's own
 * domain code: a previous wave the children rated poorly, this year's wave rated well, a care
 * leavers' band too small to show, and children's comments.
 */

// The web app keeps its own copy of the report API's shapes (it may only `import type` from the
// server, and must not type-check the server's code). These fail to compile if the server's
// answers stop fitting what the web reads.
type Fits<A extends B, B> = A;
export type ReportTypesFit = [
  Fits<Server.StaffReport, Web.StaffReport>,
  Fits<Server.StaffComment, Web.StaffComment>,
  Fits<Server.Theme, Web.Theme>,
  Fits<Server.YouSaidEntry, Web.YouSaidEntry>,
  Fits<Server.CommentList['comments'], Web.CommentQueue['comments']>,
];

/** The words children wrote, as the survey lead will see them after redaction. */
export const COMMENTS_11_17 = [
  'I want more trips out with my carers at the weekend',
  'More time to see my brother Tobias please',
  'My social worker keeps changing and I have to tell my story again',
  'Pocket money should be the same as my friends get',
  'I like my foster home, it feels like a real family',
  'Help with homework after school would be good',
] as const;

/** A comment that must go to the safeguarding queue, never to the review list. */
export const WORRYING_COMMENT = "my carers boyfriend hits me when shes at work and i dont feel safe";

/** The items this year's children rated clearly better than last year's. */
export const IMPROVED: readonly string[] = ['feel_safe', 'trust_social_worker', 'have_a_say'];

/** The question only eight of this year's children answered. */
export const FEW_ANSWERED = 'hobbies';

export interface ArrangedReport {
  councilId: string;
  councilName: string;
  lead: ArrangedAccount;
  panel: ArrangedAccount;
  wave: StaffWave;
  previous: StaffWave;
  /** the free-text question the comments answered, per band */
  textQuestion: Record<'11-17' | '16-25', string>;
}

/**
 * The answers one child gives: each reported item answered with its first positive code when
 * `positive(item)`, otherwise with its first worrying code (or, for an item with no worrying end,
 * the first code that is neither). `overrides` wins.
 */
function answersFor(band: AgeBand, positive: (itemId: string) => boolean, overrides: Record<string, string> = {}): Record<string, unknown> {
  const v = latestInstrumentForBand(band)!;
  const answers: Record<string, unknown> = {};
  for (const { itemId, codes } of instrumentItemsFor(v.id, v.version)) {
    const item = findItem(itemId);
    if (!item || item.domain === 'background' || item.domain === 'free_text') continue;
    const choice = positive(itemId) ? item.positive[0] : (item.worrying[0] ?? codes.find((c) => !item.positive.includes(c)));
    if (choice !== undefined) answers[itemId] = choice;
  }
  return { ...answers, ...overrides };
}

function bulk(wave: StaffWave, band: AgeBand, answers: Record<string, unknown>, submittedOn: string): BulkResponse {
  const v = latestInstrumentForBand(band)!;
  return { id: randomUUID(), waveId: wave.id, band, instrumentId: v.id, instrumentVersion: v.version, mode: 'own_device', submittedOn, answers };
}

/**
 * A council whose survey closed five days ago, with a survey lead and a panel member, and:
 * - last year's wave: 30 young people aged 11 to 17, four in five positive about most things
 *   but only a third about the `IMPROVED` items, and none lonely;
 * - this year's: 30 of 80 eligible aged 11 to 17, four in five positive about everything (so the
 *   `IMPROVED` items are bright spots against last year), a third of them lonely often or always
 *   (an area for improvement on its own, and against last year), and only eight answered
 *   `FEW_ANSWERED`,
 *   six comments and one worrying comment; and 3 of 20 eligible care leavers, with two comments:
 *   too few to show anything of.
 */
export async function arrangeReport(db: Db): Promise<ArrangedReport> {
  const council = await arrangeCouncil(db);
  const lead = await arrangeAccount(db, { role: 'survey_lead', councilId: council.councilId });
  const panel = await arrangeAccount(db, { role: 'panel_member', councilId: council.councilId });
  const staff = await actingAs(db, lead);
  const today = serverToday();
  const t = tag();
  const previous = await createWave(
    db,
    staff,
    { label: `Your life, your care (last year) ${t}`, opensOn: shiftDays(today, -400), closesOn: shiftDays(today, -370), accessMode: 'link' },
    today,
  );
  let wave = await createWave(
    db,
    staff,
    { label: `Your life, your care ${t}`, opensOn: shiftDays(today, -40), closesOn: shiftDays(today, -5), accessMode: 'link' },
    today,
  );
  wave = await setEligibleCounts(
    db,
    staff,
    wave.id,
    [
      { band: '11-17', eligible: 80, countedOn: shiftDays(today, -40) },
      { band: '16-25', eligible: 20, countedOn: shiftDays(today, -40) },
    ],
    today,
  );

  const textQuestion = { '11-17': aTextQuestion('11-17'), '16-25': aTextQuestion('16-25') };
  const rows: BulkResponse[] = [];
  const lastYearDay = shiftDays(today, -380);
  for (let i = 0; i < 30; i++) {
    const answers = answersFor('11-17', (itemId) => (IMPROVED.includes(itemId) ? i < 10 : i < 24), { loneliness: 'never' });
    rows.push(bulk(previous, '11-17', answers, lastYearDay));
  }
  const day = shiftDays(today, -10);
  for (let i = 0; i < 30; i++) {
    const answers = answersFor('11-17', () => i < 24, { loneliness: i < 10 ? 'often_or_always' : 'never' });
    // Only eight answered this one: too few for a percentage.
    if (i >= 8) delete answers[FEW_ANSWERED];
    if (i < COMMENTS_11_17.length) answers[textQuestion['11-17']] = COMMENTS_11_17[i];
    if (i === 29) answers[textQuestion['11-17']] = WORRYING_COMMENT;
    rows.push(bulk(wave, '11-17', answers, day));
  }
  for (let i = 0; i < 3; i++) {
    const answers = answersFor('16-25', () => true);
    if (i < 2) answers[textQuestion['16-25']] = i === 0 ? 'More money for bills would be good' : 'Please keep my personal adviser';
    rows.push(bulk(wave, '16-25', answers, day));
  }
  await storeResponsesInBulk(db, rows);
  return { councilId: council.councilId, councilName: council.name, lead, panel, wave, previous, textQuestion };
}

/** How many pixels of a canvas are not blank: a chart that drew nothing has none. */
export function drawnPixels(page: Page, selector: string): Promise<number[]> {
  return page.evaluate((sel) => {
    return [...document.querySelectorAll<HTMLCanvasElement>(sel)].map((canvas) => {
      const ctx = canvas.getContext('2d');
      if (!ctx || canvas.width === 0 || canvas.height === 0) return 0;
      const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
      let drawn = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] !== 0) drawn += 1;
      return drawn;
    });
  }, selector);
}

/** The text of a PDF, page by page, read back with pdf.js (its legacy build runs in Node). */
export async function pdfText(pdf: Uint8Array): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: true, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const content = await page.getTextContent();
    pages.push(
      content.items
        .map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : ' ') : ''))
        .join('')
        .replace(/[ \t]+/g, ' '),
    );
  }
  await doc.destroy();
  return pages;
}

/** Reads a CSV body into rows of named cells (the exports quote cells with commas or quotes). */
export function parseCsv(text: string): Record<string, string>[] {
  const records: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      row.push(cell);
      records.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    records.push(row);
  }
  const [header, ...body] = records.filter((r) => r.length > 1 || r[0] !== '');
  if (!header) return [];
  return body.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}
