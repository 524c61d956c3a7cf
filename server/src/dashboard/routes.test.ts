import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { arrangeCouncil, arrangeResponses, arrangeStaff, staffRequests, type StaffAgent } from '../test-support/arrange-staff.ts';
import { readJson } from '../test-support/read-json.ts';
import { createTestApp } from '../test-support/test-app.ts';
import { createTestDb, type TestDb } from '../test-support/test-db.ts';

let t: TestDb;
let app: ReturnType<typeof createTestApp>['app'];
let lead: StaffAgent;
let member: StaffAgent;

beforeAll(async () => {
  t = await createTestDb();
  app = createTestApp(t.db).app; // today is 2026-11-23
  const { councilId } = await arrangeCouncil(t.db);
  [lead, member] = await Promise.all([
    arrangeStaff(app, t.db, { role: 'survey_lead', councilId }),
    arrangeStaff(app, t.db, { role: 'panel_member', councilId }),
  ]);
});
afterAll(async () => {
  await t.close();
});

async function aWave(body: Record<string, unknown> = {}) {
  const res = await staffRequests(app, lead).post('/api/staff/waves', { label: 'Dashboard', opensOn: '2026-11-01', closesOn: '2026-12-31', ...body });
  return (await readJson(res)).id as string;
}

async function eligible(waveId: string, counts: Record<string, number>) {
  const res = await staffRequests(app, lead).put(`/api/staff/waves/${waveId}/eligible`, {
    counts: Object.entries(counts).map(([band, n]) => ({ band, eligible: n, countedOn: '2026-10-31' })),
  });
  expect(res.status).toBe(200);
}

async function dashboard(waveId: string, agent = lead) {
  const res = await staffRequests(app, agent).get(`/api/staff/waves/${waveId}/dashboard`);
  expect(res.status).toBe(200);
  return readJson(res);
}

const shown = (n: number) => ({ value: n, display: String(n) });
const fewerThan5 = { value: null, display: 'fewer than 5' };
const notShown = { value: null, display: 'not shown' };

describe('GET /api/staff/waves/:id/dashboard', () => {
  it('shows responses, eligible counts and rates per band against the target, and the days left', async () => {
    const waveId = await aWave({ targetRate: 0.3 });
    await eligible(waveId, { '4-7': 20, '8-11': 40, '11-17': 50, '16-25': 10 });
    await arrangeResponses(t.db, waveId, '4-7', 6);
    await arrangeResponses(t.db, waveId, '8-11', 15, 'with_adult');
    await arrangeResponses(t.db, waveId, '11-17', 10);
    await arrangeResponses(t.db, waveId, '11-17', 10, 'group_session');
    const body = await dashboard(waveId, member);
    expect(body).toMatchObject({ today: '2026-11-23', daysLeft: 39, wave: { id: waveId, state: 'open' } });
    expect(body.bands).toEqual([
      { band: '4-7', responses: shown(6), eligible: 20, rate: 0.3, rateShown: true, targetRate: 0.3, onTarget: true },
      { band: '8-11', responses: shown(15), eligible: 40, rate: 0.375, rateShown: true, targetRate: 0.3, onTarget: true },
      { band: '11-17', responses: shown(20), eligible: 50, rate: 0.4, rateShown: true, targetRate: 0.3, onTarget: true },
      { band: '16-25', responses: shown(0), eligible: 10, rate: 0, rateShown: true, targetRate: 0.3, onTarget: false },
    ]);
    expect(body.modes).toEqual([
      { mode: 'own_device', responses: shown(16) },
      { mode: 'with_adult', responses: shown(15) },
      { mode: 'group_session', responses: shown(10) },
    ]);
    expect(body.total).toEqual(shown(41));
  });

  it("shows a band with 3 responses as 'fewer than 5' with its rate hidden, and hides the next-smallest band so it cannot be worked out", async () => {
    const waveId = await aWave();
    await eligible(waveId, { '4-7': 10, '8-11': 40, '11-17': 60, '16-25': 30 });
    await arrangeResponses(t.db, waveId, '4-7', 3);
    await arrangeResponses(t.db, waveId, '8-11', 12);
    await arrangeResponses(t.db, waveId, '11-17', 25);
    await arrangeResponses(t.db, waveId, '16-25', 9);
    const body = await dashboard(waveId);
    const byBand = Object.fromEntries(body.bands.map((b: { band: string }) => [b.band, b]));
    expect(byBand['4-7']).toEqual({ band: '4-7', responses: fewerThan5, eligible: 10, rate: null, rateShown: false, targetRate: 0.3, onTarget: false });
    expect(byBand['16-25']).toMatchObject({ responses: notShown, rate: null, rateShown: false });
    expect(byBand['8-11']).toMatchObject({ responses: shown(12), rate: 0.3, rateShown: true });
    expect(byBand['11-17']).toMatchObject({ responses: shown(25), rateShown: true });
    expect(body.total).toEqual(shown(49));
    // nothing on the page is the number 3
    expect(JSON.stringify(body.bands)).not.toMatch(/"value":3\b/);
  });

  it('suppresses small counts by mode the same way', async () => {
    const waveId = await aWave();
    await arrangeResponses(t.db, waveId, '11-17', 20);
    await arrangeResponses(t.db, waveId, '8-11', 2, 'group_session');
    await arrangeResponses(t.db, waveId, '8-11', 8, 'with_adult');
    const body = await dashboard(waveId);
    expect(body.modes).toEqual([
      { mode: 'own_device', responses: shown(20) },
      { mode: 'with_adult', responses: notShown },
      { mode: 'group_session', responses: fewerThan5 },
    ]);
    expect(body.total).toEqual(shown(30));
  });

  it('shows no rate without an eligible count, and says so plainly with eligible null', async () => {
    const waveId = await aWave({ bands: ['16-25'] });
    await arrangeResponses(t.db, waveId, '16-25', 7);
    const body = await dashboard(waveId);
    expect(body.bands).toEqual([{ band: '16-25', responses: shown(7), eligible: null, rate: null, rateShown: false, targetRate: 0.3, onTarget: false }]);
  });

  it('counts the whole window as days left before it opens, and none after it closes', async () => {
    const future = await aWave({ opensOn: '2026-12-01', closesOn: '2026-12-10' });
    const past = await aWave({ opensOn: '2026-10-01', closesOn: '2026-11-22' });
    const lastDay = await aWave({ opensOn: '2026-11-01', closesOn: '2026-11-23' });
    expect((await dashboard(future)).daysLeft).toBe(10);
    expect((await dashboard(past)).daysLeft).toBe(0);
    expect((await dashboard(lastDay)).daysLeft).toBe(1);
  });
});
