import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { arrangeCouncil, arrangeStaff, staffRequests, type StaffAgent } from '../test-support/arrange-staff.ts';
import { readJson } from '../test-support/read-json.ts';
import { createTestApp } from '../test-support/test-app.ts';
import { createTestDb, type TestDb } from '../test-support/test-db.ts';

let t: TestDb;
let app: ReturnType<typeof createTestApp>['app'];
let councilId: string;
let otherCouncilId: string;
let admin: StaffAgent;
let lead: StaffAgent;

beforeAll(async () => {
  t = await createTestDb();
  app = createTestApp(t.db).app;
  ({ councilId } = await arrangeCouncil(t.db));
  ({ councilId: otherCouncilId } = await arrangeCouncil(t.db));
  [admin, lead] = await Promise.all([
    arrangeStaff(app, t.db, { role: 'platform_admin' }),
    arrangeStaff(app, t.db, { role: 'survey_lead', councilId }),
  ]);
});
afterAll(async () => {
  await t.close();
});

const PASSWORD = 'twelve or more characters';
const anEmail = () => `Person-${randomBytes(4).toString('hex')}@Example.org`;

async function accountRows(email: string) {
  return t.db.selectFrom('accounts').selectAll().where('email', '=', email.toLowerCase()).execute();
}

describe('POST /api/staff/accounts', () => {
  it('lets a survey lead add a participation worker to their own council', async () => {
    const email = anEmail();
    const res = await staffRequests(app, lead).post('/api/staff/accounts', { email, displayName: 'Pat Worker', password: PASSWORD, role: 'participation_worker' });
    expect(res.status).toBe(201);
    const { account } = await readJson(res);
    expect(account).toEqual({ id: expect.any(String), email: email.toLowerCase(), displayName: 'Pat Worker', role: 'participation_worker', council: { id: councilId, name: expect.any(String) } });
  });

  it('audits the new account by email and role, never with its password', async () => {
    const email = anEmail();
    const { account } = await readJson(await staffRequests(app, lead).post('/api/staff/accounts', { email, displayName: 'Panel Person', password: PASSWORD, role: 'panel_member' }));
    const entry = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'account.created').where('subject', '=', email.toLowerCase()).executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ council_id: councilId, account_id: lead.accountId, details: { accountId: account.id, role: 'panel_member' } });
    expect(JSON.stringify(await t.db.selectFrom('audit_log').selectAll().execute())).not.toContain(PASSWORD);
  });

  it('does not let a survey lead create a survey lead or platform admin (403), or an account in another council (404)', async () => {
    for (const role of ['survey_lead', 'platform_admin']) {
      const email = anEmail();
      const res = await staffRequests(app, lead).post('/api/staff/accounts', { email, displayName: 'X', password: PASSWORD, role });
      expect(res.status).toBe(403);
      expect(await accountRows(email)).toEqual([]);
    }
    const email = anEmail();
    const res = await staffRequests(app, lead).post('/api/staff/accounts', { email, displayName: 'X', password: PASSWORD, role: 'panel_member', councilId: otherCouncilId });
    expect(res.status).toBe(404);
    expect(await accountRows(email)).toEqual([]);
  });

  it('lets a platform admin create any role for any council, and a platform admin in none', async () => {
    const leadEmail = anEmail();
    const res = await staffRequests(app, admin).post('/api/staff/accounts', { email: leadEmail, displayName: 'New Lead', password: PASSWORD, role: 'survey_lead', councilId: otherCouncilId });
    expect(res.status).toBe(201);
    expect((await readJson(res)).account.council.id).toBe(otherCouncilId);
    const adminRes = await staffRequests(app, admin).post('/api/staff/accounts', { email: anEmail(), displayName: 'Admin Two', password: PASSWORD, role: 'platform_admin' });
    expect(adminRes.status).toBe(201);
    expect((await readJson(adminRes)).account.council).toBeNull();
  });

  it('refuses a weak password, a taken email, a platform admin with a council and a council that does not exist', async () => {
    const taken = anEmail();
    expect((await staffRequests(app, lead).post('/api/staff/accounts', { email: taken, displayName: 'A', password: PASSWORD, role: 'panel_member' })).status).toBe(201);
    const cases: [Record<string, unknown>, number][] = [
      [{ email: anEmail(), displayName: 'A', password: 'short', role: 'panel_member', councilId }, 400],
      [{ email: taken, displayName: 'A', password: PASSWORD, role: 'panel_member', councilId }, 400],
      [{ email: 'not an email', displayName: 'A', password: PASSWORD, role: 'panel_member', councilId }, 400],
      [{ email: anEmail(), displayName: 'A', password: PASSWORD, role: 'platform_admin', councilId }, 400],
      [{ email: anEmail(), displayName: 'A', password: PASSWORD, role: 'panel_member' }, 400],
      [{ email: anEmail(), displayName: 'A', password: PASSWORD, role: 'panel_member', councilId: '7f9c3ad2-0000-4000-8000-000000000000' }, 404],
    ];
    for (const [body, status] of cases) {
      const res = await staffRequests(app, admin).post('/api/staff/accounts', body);
      expect(res.status, JSON.stringify(body)).toBe(status);
    }
  });
});

describe('GET /api/staff/accounts', () => {
  it("lists the lead's own council only", async () => {
    const { accounts } = await readJson(await staffRequests(app, lead).get('/api/staff/accounts'));
    expect(accounts.length).toBeGreaterThan(0);
    expect(accounts.every((a: { council: { id: string } | null }) => a.council?.id === councilId)).toBe(true);
    expect(JSON.stringify(accounts)).not.toContain('password');
    expect((await staffRequests(app, lead).get(`/api/staff/accounts?councilId=${otherCouncilId}`)).status).toBe(404);
  });

  it("lets a platform admin list one council's accounts, or everyone's", async () => {
    const one = await readJson(await staffRequests(app, admin).get(`/api/staff/accounts?councilId=${councilId}`));
    expect(one.accounts.every((a: { council: { id: string } | null }) => a.council?.id === councilId)).toBe(true);
    const all = await readJson(await staffRequests(app, admin).get('/api/staff/accounts'));
    expect(all.accounts.some((a: { id: string }) => a.id === admin.accountId)).toBe(true);
    expect(all.accounts.some((a: { id: string }) => a.id === lead.accountId)).toBe(true);
  });
});
