import type { AgeBand } from '@you-said/surveys';
import { latestInstrumentForBand } from '@you-said/surveys';
import { randomUUID } from 'node:crypto';
import type { Db } from '../db/create-db.ts';
import { storeResponsesInBulk, type BulkResponse } from '../responses/store-bulk.ts';
import { questionsOf } from './instrument-questions.ts';

/** Seeded, so arranged data is the same every run. */
export { seededRandom } from '@you-said/surveys';

/**
 * Answers to a band's newest instrument: each coded question answered with probability
 * `answerRate` (one of its choices; a checkbox gets a few), free text now and then. Meant for
 * counting tests: conditional questions are answered regardless of their condition.
 */
export function randomAnswers(band: AgeBand, rand: () => number, opts: { answerRate?: number; comments?: readonly string[] } = {}): Record<string, unknown> {
  const rate = opts.answerRate ?? 0.85;
  const answers: Record<string, unknown> = {};
  for (const q of questionsOf(band)) {
    if (q.type === 'comment') {
      if (opts.comments && opts.comments.length > 0 && rand() < 0.4) answers[q.name] = opts.comments[Math.floor(rand() * opts.comments.length)];
      continue;
    }
    if (q.choices.length === 0 || rand() > rate) continue;
    const pick = () => q.choices[Math.floor(rand() * q.choices.length)]!;
    answers[q.name] = q.type === 'checkbox' ? [...new Set([pick(), pick()])] : q.type === 'rating' ? Number(pick()) : pick();
  }
  return answers;
}

/** Stores `count` random responses per band in a wave (through the bulk path, comments split out). */
export async function arrangeRandomResponses(
  db: Db,
  waveId: string,
  perBand: Partial<Record<AgeBand, number>>,
  rand: () => number,
  opts: { answerRate?: number; comments?: readonly string[]; submittedOn?: string } = {},
): Promise<BulkResponse[]> {
  const rows: BulkResponse[] = [];
  for (const [band, count] of Object.entries(perBand) as [AgeBand, number][]) {
    const v = latestInstrumentForBand(band)!;
    for (let i = 0; i < count; i++) {
      rows.push({
        id: randomUUID(),
        waveId,
        band,
        instrumentId: v.id,
        instrumentVersion: v.version,
        mode: 'own_device',
        submittedOn: opts.submittedOn ?? '2026-11-20',
        answers: randomAnswers(band, rand, opts),
      });
    }
  }
  await storeResponsesInBulk(db, rows);
  return rows;
}
