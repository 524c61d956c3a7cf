import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normaliseCode } from '../codes/access-codes.ts';
import { anotherSession, arrangeCouncil, arrangeStaff, cookieFrom, STAFF_PASSWORD, staffRequests, type StaffAgent } from '../test-support/arrange-staff.ts';
import { readJson } from '../test-support/read-json.ts';
import { createTestApp } from '../test-support/test-app.ts';
import { createTestDb, type TestDb } from '../test-support/test-db.ts';
import { recordAudit } from './audit.ts';

let t: TestDb;
let app: ReturnType<typeof createTestApp>['app'];
let admin: StaffAgent;

beforeAll(async () => {
  t = await createTestDb();
  app = createTestApp(t.db).app;
  admin = await arrangeStaff(app, t.db, { role: 'platform_admin' });
});
afterAll(async () => {
  await t.close();
});

describe('GET /api/staff/audit', () => {
  it("shows a survey lead their own council's entries, newest first, with who did it", async () => {
    const { councilId } = await arrangeCouncil(t.db);
    const { councilId: otherId } = await arrangeCouncil(t.db);
    const lead = await arrangeStaff(app, t.db, { role: 'survey_lead', councilId });
    const own = staffRequests(app, lead);
    await own.post('/api/staff/waves', { label: 'First', opensOn: '2026-11-01', closesOn: '2026-12-31' });
    await own.post('/api/staff/waves', { label: 'Second', opensOn: '2026-11-01', closesOn: '2026-12-31' });
    await recordAudit(t.db, { councilId: otherId, accountId: null, action: 'wave.created', subject: 'Elsewhere' });

    const res = await own.get('/api/staff/audit');
    expect(res.status).toBe(200);
    const { entries } = await readJson(res);
    expect(entries.map((e: { action: string; subject: string }) => [e.action, e.subject])).toEqual([
      ['wave.created', 'Second'],
      ['wave.created', 'First'],
    ]);
    expect(entries[0]).toMatchObject({ at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/), actor: 'Test survey_lead', details: { bands: expect.any(Array) } });
    expect((await own.get(`/api/staff/audit?councilId=${otherId}`)).status).toBe(404);
  });

  it("lets a platform admin read one council's entries or all, 200 at most", async () => {
    const { councilId } = await arrangeCouncil(t.db);
    for (let i = 0; i < 205; i++) await recordAudit(t.db, { councilId, accountId: admin.accountId, action: 'test.entry', subject: `Entry ${i}` });
    const one = await readJson(await staffRequests(app, admin).get(`/api/staff/audit?councilId=${councilId}`));
    expect(one.entries).toHaveLength(200);
    expect(one.entries[0]).toMatchObject({ subject: 'Entry 204', actor: 'Test platform_admin' });
    const all = await readJson(await staffRequests(app, admin).get('/api/staff/audit'));
    expect(all.entries).toHaveLength(200);
  });

  it('records every fieldwork action, and never a code or a password', async () => {
    const asAdmin = staffRequests(app, admin);
    const council = await readJson(await asAdmin.post('/api/staff/councils', { slug: 'audit-everything', name: 'Audit Everything', advocacyService: 'Call' }));
    const lead = await arrangeStaff(app, t.db, { role: 'survey_lead', councilId: council.id });
    const asLead = staffRequests(app, lead);
    const newPassword = 'the new worker password';
    const { account: worker } = await readJson(
      await asLead.post('/api/staff/accounts', { email: 'new-worker@example.org', displayName: 'New Worker', password: newPassword, role: 'participation_worker' }),
    );
    const wave = await readJson(await asLead.post('/api/staff/waves', { label: 'Audited', opensOn: '2026-11-01', closesOn: '2026-12-31' }));
    await asLead.patch(`/api/staff/waves/${wave.id}`, { targetRate: 0.4 });
    await asLead.put(`/api/staff/waves/${wave.id}/eligible`, { counts: [{ band: '4-7', eligible: 9, countedOn: '2026-10-30' }] });
    const issued = await readJson(await asLead.post(`/api/staff/waves/${wave.id}/code-batches`, { band: '4-7', count: 5 }));
    await asLead.post(`/api/staff/code-batches/${issued.batch.id}/revoke`, { serial: 3 });
    const started = await staffRequests(app, await anotherSession(t.db, lead)).post('/api/staff/group-sessions', { waveId: wave.id });
    const ended = await app.request('/api/public/group-session/end', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: cookieFrom(started, 'ys_group')! },
      body: JSON.stringify({ password: STAFF_PASSWORD }),
    });
    expect(ended.status).toBe(204);

    const { entries } = await readJson(await asLead.get('/api/staff/audit'));
    expect(entries.map((e: { action: string }) => e.action).reverse()).toEqual([
      'council.created',
      'account.created',
      'wave.created',
      'wave.updated',
      'wave.eligible_counts',
      'codes.issued',
      'code.revoked',
      'group_session.started',
      'group_session.ended',
    ]);
    expect(entries.find((e: { action: string }) => e.action === 'account.created').details).toEqual({ accountId: worker.id, role: 'participation_worker' });
    const everything = JSON.stringify(await t.db.selectFrom('audit_log').selectAll().execute());
    for (const secret of [STAFF_PASSWORD, newPassword]) expect(everything).not.toContain(secret);
    for (const { code } of issued.codes) {
      expect(everything).not.toContain(code);
      expect(everything).not.toContain(normaliseCode(code));
    }
  });
});
