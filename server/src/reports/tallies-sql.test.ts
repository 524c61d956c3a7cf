import { buildReport, talliedItemIds, talliesFromResponses, type AnswerTally, type ResponseTally, type Tallies } from '@you-said/analysis';
import { latestInstrumentForBand } from '@you-said/surveys';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../db/create-db.ts';
import { findWaveById } from '../staff-waves/staff-waves.ts';
import { arrangeRandomResponses, seededRandom } from '../test-support/arrange-responses.ts';
import { arrangeWave } from '../test-support/arrange.ts';
import { createTestDb, type TestDb } from '../test-support/test-db.ts';
import { reportInputFor, reportScope, waveReport, wavesTallied } from './wave-report.ts';
import { createAccount } from '../accounts/accounts.ts';
import { updateWave } from '../staff-waves/staff-waves.ts';
import { tallyWaves } from './tallies-sql.ts';

const TODAY = '2026-11-23';
let t: TestDb;
let db: Db;
let current: { waveId: string; councilId: string };

/** Every stored response of the given waves, as analysis reads them in memory. */
async function responsesInMemory(waves: readonly { id: string; councilId: string }[]) {
  const councilOf = new Map(waves.map((w) => [w.id, w.councilId]));
  const rows = await db.selectFrom('responses').select(['wave_id', 'band', 'answers']).where('wave_id', 'in', [...councilOf.keys()]).execute();
  return rows.map((r) => ({ councilId: councilOf.get(r.wave_id)!, waveId: r.wave_id, band: r.band, answers: r.answers }));
}

const sortTallies = (t: Tallies): Tallies => {
  const key = (x: ResponseTally | AnswerTally) => JSON.stringify([x.councilId, x.waveId, x.band, 'itemId' in x ? x.itemId : '', 'code' in x ? x.code : '']);
  return { responses: [...t.responses].sort((a, b) => key(a).localeCompare(key(b))), answers: [...t.answers].sort((a, b) => key(a).localeCompare(key(b))) };
};

beforeAll(async () => {
  t = await createTestDb();
  db = t.db;
  const rand = seededRandom(20261123);
  // this council: a previous wave and the current one
  current = await arrangeWave(db, { opensOn: '2026-11-01', closesOn: '2026-12-31' });
  const previous = await db
    .insertInto('waves')
    .values({ council_id: current.councilId, slug: `prev-${randomUUID().slice(0, 8)}`, label: 'Last year', opens_on: '2025-11-01', closes_on: '2025-12-31' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('wave_instruments')
    .values((['4-7', '8-11', '11-17', '16-25'] as const).map((band) => ({ wave_id: previous.id, band, instrument_id: latestInstrumentForBand(band)!.id, instrument_version: 1 })))
    .execute();
  await db.insertInto('wave_eligible_counts').values([{ wave_id: current.waveId, band: '11-17', eligible: 150, counted_on: TODAY }]).execute();
  await arrangeRandomResponses(db, current.waveId, { '4-7': 12, '8-11': 30, '11-17': 60, '16-25': 3 }, rand, { answerRate: 0.8 });
  await arrangeRandomResponses(db, previous.id, { '8-11': 25, '11-17': 40 }, rand);
  // four other councils in the same year, one of them in a wave of a different year (not a peer)
  for (const [i, n] of [40, 25, 60, 15].entries()) {
    const other = await arrangeWave(db, { opensOn: i === 3 ? '2025-10-01' : '2026-10-15', closesOn: '2026-12-31' });
    await arrangeRandomResponses(db, other.waveId, { '8-11': n, '11-17': n * 2, '16-25': n }, rand, { answerRate: 0.9 });
  }
  // answers no instrument would send, stored directly, to pin the counting rules at their edges
  const odd = [
    { sw_changes_12m: ['0', '0', ' ', '1', 2, true, null, { x: 1 }] },
    { feel_safe: '   ' },
    { feel_safe: 7 },
    { feel_safe: false },
    { feel_safe: null, like_bedroom: { nested: 'no' } },
    { like_bedroom: [] },
    { not_an_item: 'always' },
  ];
  await db
    .insertInto('responses')
    .values(odd.map((answers) => ({ id: randomUUID(), wave_id: current.waveId, band: '11-17' as const, instrument_id: 'young-people-11-17', instrument_version: 1, mode: 'own_device' as const, submitted_on: TODAY, answers })))
    .execute();
});

afterAll(async () => {
  await t?.close();
});

describe('tallies counted in SQL', () => {
  it('are exactly the tallies analysis counts from the same responses held in memory', async () => {
    const wave = (await findWaveById(db, current.waveId, TODAY))!;
    const scope = await reportScope(db, wave);
    const waves = wavesTallied(wave, scope);
    expect(scope.previous?.label).toBe('Last year');
    expect(scope.peers).toHaveLength(3);

    const fromSql = await tallyWaves(db, waves, talliedItemIds());
    const fromMemory = talliesFromResponses(await responsesInMemory(waves));
    expect(fromSql.answers.length).toBeGreaterThan(500);
    expect(sortTallies(fromSql)).toEqual(sortTallies(fromMemory));
  });

  it('count the edge cases by the documented rules: blanks, objects and repeats are not codes', async () => {
    const wave = (await findWaveById(db, current.waveId, TODAY))!;
    const tallies = await tallyWaves(db, [{ id: wave.id, councilId: wave.councilId }], ['sw_changes_12m', 'feel_safe', 'like_bedroom', 'not_an_item']);
    const own = (item: string, code: string) =>
      tallies.answers.find((a) => a.itemId === item && a.code === code && a.band === '11-17')?.count ?? 0;
    const fromMemory = talliesFromResponses(await responsesInMemory([{ id: wave.id, councilId: wave.councilId }]), ['sw_changes_12m', 'feel_safe', 'like_bedroom', 'not_an_item']);
    expect(sortTallies(tallies)).toEqual(sortTallies(fromMemory));
    // the odd rows add '7' and 'false' to feel_safe, and '2' and 'true' to sw_changes_12m, once each
    expect(own('feel_safe', '7')).toBe(1);
    expect(own('feel_safe', 'false')).toBe(1);
    expect(own('sw_changes_12m', 'true')).toBe(1);
    expect(tallies.answers.some((a) => a.code.trim() === '' || a.code.includes('nested'))).toBe(false);
  });

  it('give the same report as the in-memory path, figure for figure', async () => {
    const wave = (await findWaveById(db, current.waveId, TODAY))!;
    const scope = await reportScope(db, wave);
    const viaSql = await waveReport(db, wave);
    const viaMemory = buildReport(reportInputFor(wave, scope, talliesFromResponses(await responsesInMemory(wavesTallied(wave, scope)))));
    expect(viaSql).toEqual(viaMemory);
    // and the report is not empty: bands, comparisons with the pooled councils and last year
    const items = viaSql.bands.flatMap((b) => b.domains.flatMap((d) => d.items));
    expect(items.length).toBeGreaterThan(50);
    expect(items.some((i) => i.indicators.some((ind) => ind.comparisons.otherCouncils.comparable && ind.comparisons.otherCouncils.verdict !== 'suppressed'))).toBe(true);
    expect(items.some((i) => i.indicators.some((ind) => ind.comparisons.previousWave.comparable && ind.comparisons.previousWave.verdict !== 'suppressed'))).toBe(true);
  });
});

describe('counts kept for closed waves', () => {
  const kept = async () => (await db.selectFrom('wave_tally_cache').select('wave_id').execute()).map((r) => r.wave_id);

  it('keeps a closed wave\'s counts on first use and reads back exactly what a live count gives', async () => {
    const wave = (await findWaveById(db, current.waveId, TODAY))!;
    const scope = await reportScope(db, wave);
    const waves = wavesTallied(wave, scope);
    const live = await tallyWaves(db, waves, talliedItemIds());
    const first = await tallyWaves(db, waves, talliedItemIds(), { today: TODAY });
    // the previous wave closed last year; this wave and this year's peers are open
    expect(await kept()).toEqual([scope.previous!.id]);
    const second = await tallyWaves(db, waves, talliedItemIds(), { today: TODAY });
    expect(sortTallies(first)).toEqual(sortTallies(live));
    expect(sortTallies(second)).toEqual(sortTallies(live));
  });

  it('counts again after responses are stored into the wave or its dates change', async () => {
    const wave = (await findWaveById(db, current.waveId, TODAY))!;
    const scope = await reportScope(db, wave);
    const previous = scope.previous!;
    const only = [{ id: previous.id, councilId: wave.councilId }];
    const before = await tallyWaves(db, only, talliedItemIds(), { today: TODAY });
    const n = (t: Tallies) => t.responses.reduce((sum, r) => sum + r.responses, 0);

    await arrangeRandomResponses(db, previous.id, { '8-11': 3 }, seededRandom(99));
    expect(await kept()).not.toContain(previous.id);
    const after = await tallyWaves(db, only, talliedItemIds(), { today: TODAY });
    expect(n(after)).toBe(n(before) + 3);
    expect(await kept()).toContain(previous.id);

    const { id: accountId } = await createAccount(db, { email: `admin-${randomUUID().slice(0, 8)}@example.org`, displayName: 'Admin', password: 'a long test password', role: 'platform_admin', councilId: null });
    const admin = { accountId, email: 'admin@example.org', displayName: 'Admin', role: 'platform_admin' as const, councilId: null, councilName: null, csrfToken: '', sessionHash: '' };
    await updateWave(db, admin, previous.id, { closesOn: '2026-01-31' }, TODAY);
    expect(await kept()).not.toContain(previous.id);
    expect(sortTallies(await tallyWaves(db, only, talliedItemIds(), { today: TODAY }))).toEqual(sortTallies(after));
  });
});
