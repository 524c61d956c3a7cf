import { AGE_BANDS, latestInstrumentForBand } from '@you-said/surveys';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { arrangeWave } from '../test-support/arrange.ts';
import { arrangeCouncil, arrangeStaff, staffRequests, type StaffAgent } from '../test-support/arrange-staff.ts';
import { readJson } from '../test-support/read-json.ts';
import { createTestApp } from '../test-support/test-app.ts';
import { createTestDb, type TestDb } from '../test-support/test-db.ts';

let t: TestDb;
let app: ReturnType<typeof createTestApp>['app'];
let councilId: string;
let councilSlug: string;
let lead: StaffAgent;
let admin: StaffAgent;
let worker: StaffAgent;

beforeAll(async () => {
  t = await createTestDb();
  app = createTestApp(t.db).app; // today is 2026-11-23
  ({ councilId, slug: councilSlug } = await arrangeCouncil(t.db));
  [lead, admin, worker] = await Promise.all([
    arrangeStaff(app, t.db, { role: 'survey_lead', councilId }),
    arrangeStaff(app, t.db, { role: 'platform_admin' }),
    arrangeStaff(app, t.db, { role: 'participation_worker', councilId }),
  ]);
});
afterAll(async () => {
  await t.close();
});

const aWave = { label: 'Your life, your care 2026', opensOn: '2026-11-01', closesOn: '2026-12-31' };

async function auditOf(action: string) {
  return t.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('id').execute();
}

describe('POST /api/staff/waves', () => {
  it('creates a wave in the lead’s council with every band pinned to its newest questionnaire, a 30% target and link access', async () => {
    const res = await staffRequests(app, lead).post('/api/staff/waves', aWave);
    expect(res.status).toBe(201);
    const wave = await readJson(res);
    expect(wave).toMatchObject({ councilId, label: aWave.label, opensOn: '2026-11-01', closesOn: '2026-12-31', state: 'open', targetRate: 0.3, accessMode: 'link', eligible: [] });
    expect(wave.instruments).toEqual(
      AGE_BANDS.map((band) => {
        const v = latestInstrumentForBand(band)!;
        return { band, instrumentId: v.id, instrumentVersion: v.version, title: v.title };
      }),
    );
  });

  it('gives the wave a typeable, hard-to-guess link slug: council, year and eight random letters', async () => {
    const a = await readJson(await staffRequests(app, lead).post('/api/staff/waves', aWave));
    const b = await readJson(await staffRequests(app, lead).post('/api/staff/waves', aWave));
    expect(a.slug).toMatch(new RegExp(`^${councilSlug}-2026-[a-hj-km-np-z]{8}$`));
    expect(b.slug).not.toBe(a.slug);
  });

  it('pins only the chosen bands, and keeps the chosen target and access mode', async () => {
    const res = await staffRequests(app, lead).post('/api/staff/waves', { ...aWave, bands: ['16-25'], targetRate: 0.5, accessMode: 'code' });
    expect(res.status).toBe(201);
    const wave = await readJson(res);
    expect(wave.instruments.map((i: { band: string }) => i.band)).toEqual(['16-25']);
    expect(wave).toMatchObject({ targetRate: 0.5, accessMode: 'code' });
  });

  it('lets a platform admin create a wave for a council they name, and asks them to name one', async () => {
    const named = await staffRequests(app, admin).post('/api/staff/waves', { ...aWave, councilId });
    expect(named.status).toBe(201);
    expect((await readJson(named)).councilId).toBe(councilId);
    const unnamed = await staffRequests(app, admin).post('/api/staff/waves', aWave);
    expect(unnamed.status).toBe(400);
    expect((await readJson(unnamed)).error.code).toBe('invalid_request');
  });

  it('refuses a wave that closes before it opens, an impossible date, a target outside 1%-100% and a band named twice', async () => {
    const bad = [
      { ...aWave, opensOn: '2026-12-01', closesOn: '2026-11-30' },
      { ...aWave, closesOn: '2026-02-30' },
      { ...aWave, opensOn: '1 November' },
      { ...aWave, targetRate: 0 },
      { ...aWave, targetRate: 1.2 },
      { ...aWave, bands: ['8-11', '8-11'] },
      { ...aWave, bands: ['12-15'] },
      { ...aWave, label: '   ' },
      { ...aWave, surprise: true },
    ];
    const before = await t.db.selectFrom('waves').select('id').execute();
    for (const body of bad) {
      const res = await staffRequests(app, lead).post('/api/staff/waves', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect((await readJson(res)).error.code).toBe('invalid_request');
    }
    expect(await t.db.selectFrom('waves').select('id').execute()).toHaveLength(before.length);
  });

  it('records who created the wave in the audit log', async () => {
    const wave = await readJson(await staffRequests(app, lead).post('/api/staff/waves', { ...aWave, label: 'Audited wave' }));
    const entry = (await auditOf('wave.created')).find((e) => e.subject === 'Audited wave');
    expect(entry).toMatchObject({ council_id: councilId, account_id: lead.accountId });
    expect(entry!.details).toMatchObject({ waveId: wave.id, bands: [...AGE_BANDS] });
  });
});

describe('GET /api/staff/waves', () => {
  it('lists the council’s waves newest first, to every role in the council', async () => {
    const { councilId: own } = await arrangeCouncil(t.db);
    const member = await arrangeStaff(app, t.db, { role: 'panel_member', councilId: own });
    await t.db
      .insertInto('waves')
      .values([
        { council_id: own, slug: `old-${own}`, label: 'Old', opens_on: '2025-11-01', closes_on: '2025-12-31' },
        { council_id: own, slug: `new-${own}`, label: 'New', opens_on: '2026-11-01', closes_on: '2026-12-31' },
      ])
      .execute();
    const res = await staffRequests(app, member).get('/api/staff/waves');
    expect(res.status).toBe(200);
    const { waves } = await readJson(res);
    expect(waves.map((w: { label: string; state: string }) => [w.label, w.state])).toEqual([
      ['New', 'open'],
      ['Old', 'closed'],
    ]);
  });

  it('lets a platform admin see any council’s waves, all of them or one council’s', async () => {
    const other = await arrangeWave(t.db);
    const all = await readJson(await staffRequests(app, admin).get('/api/staff/waves'));
    expect(all.waves.some((w: { id: string }) => w.id === other.waveId)).toBe(true);
    const one = await readJson(await staffRequests(app, admin).get(`/api/staff/waves?councilId=${other.councilId}`));
    expect(one.waves.map((w: { id: string }) => w.id)).toEqual([other.waveId]);
  });
});

describe('GET and PATCH /api/staff/waves/:id', () => {
  it('reads one wave with its council name', async () => {
    const wave = await readJson(await staffRequests(app, lead).post('/api/staff/waves', aWave));
    const res = await staffRequests(app, worker).get(`/api/staff/waves/${wave.id}`);
    expect(res.status).toBe(200);
    expect(await readJson(res)).toMatchObject({ id: wave.id, councilName: expect.stringMatching(/^Council /) });
  });

  it('answers 404 for a wave that does not exist, whatever the id looks like', async () => {
    for (const id of ['7f9c3ad2-0000-4000-8000-000000000000', 'not-a-uuid']) {
      const res = await staffRequests(app, lead).get(`/api/staff/waves/${id}`);
      expect(res.status).toBe(404);
      expect((await readJson(res)).error.code).toBe('not_found');
    }
  });

  it('changes the label, dates, target and access mode, and audits what changed', async () => {
    const wave = await readJson(await staffRequests(app, lead).post('/api/staff/waves', aWave));
    const res = await staffRequests(app, lead).patch(`/api/staff/waves/${wave.id}`, { label: 'Renamed', closesOn: '2027-01-15', targetRate: 0.4, accessMode: 'code' });
    expect(res.status).toBe(200);
    expect(await readJson(res)).toMatchObject({ label: 'Renamed', closesOn: '2027-01-15', targetRate: 0.4, accessMode: 'code', slug: wave.slug });
    const entry = (await auditOf('wave.updated')).find((e) => (e.details as { waveId?: string }).waveId === wave.id);
    expect(entry!.details).toEqual({ waveId: wave.id, changes: { label: 'Renamed', closesOn: '2027-01-15', targetRate: 0.4, accessMode: 'code' } });
  });

  it('refuses new dates that would put the close before the open', async () => {
    const wave = await readJson(await staffRequests(app, lead).post('/api/staff/waves', aWave));
    const res = await staffRequests(app, lead).patch(`/api/staff/waves/${wave.id}`, { opensOn: '2027-01-01' });
    expect(res.status).toBe(400);
    expect((await readJson(await staffRequests(app, lead).get(`/api/staff/waves/${wave.id}`))).opensOn).toBe('2026-11-01');
  });
});

describe('PUT /api/staff/waves/:id/eligible', () => {
  it('records the eligible count per band, keeping bands not named, and audits it', async () => {
    const wave = await readJson(await staffRequests(app, lead).post('/api/staff/waves', aWave));
    const path = `/api/staff/waves/${wave.id}/eligible`;
    await staffRequests(app, lead).put(path, { counts: [{ band: '4-7', eligible: 12, countedOn: '2026-10-31' }, { band: '8-11', eligible: 30, countedOn: '2026-10-31' }] });
    const res = await staffRequests(app, lead).put(path, { counts: [{ band: '8-11', eligible: 31, countedOn: '2026-11-02' }] });
    expect(res.status).toBe(200);
    expect((await readJson(res)).eligible).toEqual([
      { band: '4-7', eligible: 12, countedOn: '2026-10-31' },
      { band: '8-11', eligible: 31, countedOn: '2026-11-02' },
    ]);
    const entries = (await auditOf('wave.eligible_counts')).filter((e) => (e.details as { waveId?: string }).waveId === wave.id);
    expect(entries).toHaveLength(2);
  });

  it('refuses a negative or fractional count, an impossible date, a band twice and a band the wave does not have', async () => {
    const wave = await readJson(await staffRequests(app, lead).post('/api/staff/waves', { ...aWave, bands: ['4-7', '8-11'] }));
    const path = `/api/staff/waves/${wave.id}/eligible`;
    const bad = [
      [{ band: '4-7', eligible: -1, countedOn: '2026-10-31' }],
      [{ band: '4-7', eligible: 2.5, countedOn: '2026-10-31' }],
      [{ band: '4-7', eligible: 3, countedOn: '2026-02-29' }],
      [{ band: '4-7', eligible: 3, countedOn: '2026-10-31' }, { band: '4-7', eligible: 4, countedOn: '2026-10-31' }],
      [{ band: '16-25', eligible: 3, countedOn: '2026-10-31' }],
    ];
    for (const counts of bad) {
      const res = await staffRequests(app, lead).put(path, { counts });
      expect(res.status, JSON.stringify(counts)).toBe(400);
    }
    expect((await readJson(await staffRequests(app, lead).get(`/api/staff/waves/${wave.id}`))).eligible).toEqual([]);
  });
});

describe('GET /api/staff/waves/:id/links', () => {
  it("gives each band's absolute survey link on the address the page was loaded from", async () => {
    const wave = await readJson(await staffRequests(app, lead).post('/api/staff/waves', { ...aWave, bands: ['8-11', '16-25'] }));
    const res = await app.request(`https://survey.example.org/api/staff/waves/${wave.id}/links`, { headers: { cookie: worker.cookie } });
    expect(res.status).toBe(200);
    expect(await readJson(res)).toEqual({
      links: [
        { band: '8-11', url: `https://survey.example.org/w/${wave.slug}/8-11` },
        { band: '16-25', url: `https://survey.example.org/w/${wave.slug}/16-25` },
      ],
    });
  });
});
