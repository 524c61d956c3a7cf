import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import { GROUP_COOKIE } from '../group-sessions/group-sessions.ts';
import {
  anotherSession,
  arrangeCouncil,
  arrangeResponses,
  arrangeStaff,
  cookieFrom,
  staffRequests,
  type StaffAgent,
} from '../test-support/arrange-staff.ts';
import { readJson } from '../test-support/read-json.ts';
import { createTestApp } from '../test-support/test-app.ts';
import { createTestDb, type TestDb } from '../test-support/test-db.ts';

let t: TestDb;
let app: ReturnType<typeof createTestApp>['app'];
let leadA: StaffAgent;
let councilA: string;

/** Everything of council B that must stay out of A's reach. */
let b: {
  councilId: string;
  councilName: string;
  councilSlug: string;
  waveId: string;
  waveSlug: string;
  waveLabel: string;
  batchId: string;
  codes: string[];
  groupCookie: string;
  emails: string[];
};

beforeAll(async () => {
  t = await createTestDb();
  app = createTestApp(t.db).app; // today is 2026-11-23
  ({ councilId: councilA } = await arrangeCouncil(t.db));
  const councilB = await arrangeCouncil(t.db);
  const [lead, leadB, workerB] = await Promise.all([
    arrangeStaff(app, t.db, { role: 'survey_lead', councilId: councilA, password: 'council A lead password' }),
    arrangeStaff(app, t.db, { role: 'survey_lead', councilId: councilB.councilId }),
    arrangeStaff(app, t.db, { role: 'participation_worker', councilId: councilB.councilId }),
  ]);
  leadA = lead;

  // B's fieldwork, made through the API so B also has audit entries
  const asB = staffRequests(app, leadB);
  const wave = await readJson(await asB.post('/api/staff/waves', { label: 'Bridgetown wave 2026', opensOn: '2026-11-01', closesOn: '2026-12-31' }));
  await asB.put(`/api/staff/waves/${wave.id}/eligible`, { counts: [{ band: '8-11', eligible: 40, countedOn: '2026-10-31' }] });
  const issued = await readJson(await asB.post(`/api/staff/waves/${wave.id}/code-batches`, { band: '8-11', count: 3, label: 'Bridgetown cards' }));
  await arrangeResponses(t.db, wave.id, '8-11', 7);
  const started = await staffRequests(app, await anotherSession(t.db, workerB)).post('/api/staff/group-sessions', { waveId: wave.id });
  expect(started.status).toBe(201);

  b = {
    councilId: councilB.councilId,
    councilName: councilB.name,
    councilSlug: councilB.slug,
    waveId: wave.id,
    waveSlug: wave.slug,
    waveLabel: wave.label,
    batchId: issued.batch.id,
    codes: issued.codes.map((c: { code: string }) => c.code),
    groupCookie: cookieFrom(started, GROUP_COOKIE)!,
    emails: [leadB.email, workerB.email],
  };
});
afterAll(async () => {
  await t.close();
});

/** Every row that belongs to council B, to prove nothing of it changed. */
async function snapshotOfB() {
  const waveIds = [b.waveId];
  return {
    council: await t.db.selectFrom('councils').selectAll().where('id', '=', b.councilId).execute(),
    waves: await t.db.selectFrom('waves').select(['id', 'slug', 'label', 'target_rate', 'access_mode', sql<string>`opens_on::text`.as('o'), sql<string>`closes_on::text`.as('c')]).where('council_id', '=', b.councilId).execute(),
    instruments: await t.db.selectFrom('wave_instruments').selectAll().where('wave_id', 'in', waveIds).orderBy('band').execute(),
    eligible: await t.db.selectFrom('wave_eligible_counts').select(['band', 'eligible']).where('wave_id', 'in', waveIds).execute(),
    batches: await t.db.selectFrom('access_code_batches').select(['id', 'band', 'label', 'size']).where('wave_id', 'in', waveIds).execute(),
    codes: await t.db.selectFrom('access_codes').selectAll().where('batch_id', '=', b.batchId).orderBy('serial').execute(),
    groupSessions: await t.db.selectFrom('group_sessions').select(['id', 'token_hash', 'account_id', 'ended_at']).where('wave_id', 'in', waveIds).execute(),
    accounts: await t.db.selectFrom('accounts').select(['id', 'email', 'role', 'password_hash', 'disabled']).where('council_id', '=', b.councilId).orderBy('email').execute(),
    audit: await t.db.selectFrom('audit_log').select(['id', 'action', 'subject']).where('council_id', '=', b.councilId).orderBy('id').execute(),
    responses: await t.db.selectFrom('responses').select('id').where('wave_id', 'in', waveIds).orderBy('id').execute(),
  };
}

/** Nothing that names or identifies anything of B's. */
function expectNothingOfB(text: string) {
  for (const secret of [b.councilId, b.councilName, b.councilSlug, b.waveId, b.waveSlug, b.waveLabel, b.batchId, 'Bridgetown', ...b.codes, ...b.emails]) {
    expect(text).not.toContain(secret);
  }
}

function errorOf(text: string) {
  const { error } = JSON.parse(text) as { error: { code: string; message: string } };
  return { code: error.code, message: error.message };
}

const missing = randomUUID();

// Each call against B's things, with the same call against something that does not exist: the
// two answers must be identical (another council's things are simply not found).
const CALLS: { name: string; method: string; path: (id: { wave: string; batch: string; council: string }) => string; body?: (id: { wave: string; batch: string; council: string }) => unknown; status: number }[] = [
  { name: "list B's waves", method: 'GET', path: (id) => `/api/staff/waves?councilId=${id.council}`, status: 404 },
  { name: 'create a wave in B', method: 'POST', path: () => '/api/staff/waves', body: (id) => ({ councilId: id.council, label: 'Sneaky', opensOn: '2026-11-01', closesOn: '2026-12-31' }), status: 404 },
  { name: "read B's wave", method: 'GET', path: (id) => `/api/staff/waves/${id.wave}`, status: 404 },
  { name: "edit B's wave", method: 'PATCH', path: (id) => `/api/staff/waves/${id.wave}`, body: () => ({ label: 'Hijacked', closesOn: '2026-11-24' }), status: 404 },
  { name: "change B's eligible counts", method: 'PUT', path: (id) => `/api/staff/waves/${id.wave}/eligible`, body: () => ({ counts: [{ band: '8-11', eligible: 1, countedOn: '2026-11-01' }] }), status: 404 },
  { name: "read B's links", method: 'GET', path: (id) => `/api/staff/waves/${id.wave}/links`, status: 404 },
  { name: "read B's dashboard", method: 'GET', path: (id) => `/api/staff/waves/${id.wave}/dashboard`, status: 404 },
  { name: 'issue codes for B', method: 'POST', path: (id) => `/api/staff/waves/${id.wave}/code-batches`, body: () => ({ band: '8-11', count: 5 }), status: 404 },
  { name: "list B's code batches", method: 'GET', path: (id) => `/api/staff/waves/${id.wave}/code-batches`, status: 404 },
  { name: "revoke B's code", method: 'POST', path: (id) => `/api/staff/code-batches/${id.batch}/revoke`, body: () => ({ serial: 1 }), status: 404 },
  { name: "read B's audit log", method: 'GET', path: (id) => `/api/staff/audit?councilId=${id.council}`, status: 404 },
  { name: "list B's accounts", method: 'GET', path: (id) => `/api/staff/accounts?councilId=${id.council}`, status: 404 },
  { name: 'create an account in B', method: 'POST', path: () => '/api/staff/accounts', body: (id) => ({ email: 'intruder@example.org', displayName: 'I', password: 'a long enough password', role: 'participation_worker', councilId: id.council }), status: 404 },
  { name: 'start a group session for B', method: 'POST', path: () => '/api/staff/group-sessions', body: (id) => ({ waveId: id.wave }), status: 404 },
];

describe("a survey lead of council A against council B's things", () => {
  it('is answered 404, exactly as for things that do not exist, with nothing of B in any answer, and B unchanged', async () => {
    const before = await snapshotOfB();
    const asA = staffRequests(app, leadA);
    const ofB = { wave: b.waveId, batch: b.batchId, council: b.councilId };
    const nowhere = { wave: missing, batch: missing, council: missing };
    for (const call of CALLS) {
      const res = await asA.send(call.method, call.path(ofB), call.body?.(ofB));
      const text = await res.text();
      expect(res.status, call.name).toBe(call.status);
      expectNothingOfB(text);
      const control = await asA.send(call.method, call.path(nowhere), call.body?.(nowhere));
      expect(control.status, call.name).toBe(call.status);
      expect(errorOf(text), call.name).toEqual(errorOf(await control.text()));
    }
    expect(await snapshotOfB()).toEqual(before);
    // A's lead is still signed in: the refused group session did not end A's session
    expect((await asA.get('/api/auth/me')).status).toBe(200);
  });

  it('cannot reach the platform admin’s council endpoints (403)', async () => {
    const before = await snapshotOfB();
    const asA = staffRequests(app, leadA);
    const list = await asA.get('/api/staff/councils');
    expect(list.status).toBe(403);
    expectNothingOfB(await list.text());
    const create = await asA.post('/api/staff/councils', { slug: b.councilSlug, name: 'Taken over', advocacyService: 'x' });
    expect(create.status).toBe(403);
    expect(await snapshotOfB()).toEqual(before);
  });

  it("sees nothing of B in the lists of waves, accounts and audit entries, and A's own things are there", async () => {
    const asA = staffRequests(app, leadA);
    await asA.post('/api/staff/waves', { label: 'Ashford wave', opensOn: '2026-11-01', closesOn: '2026-12-31' });
    for (const path of ['/api/staff/waves', '/api/staff/accounts', '/api/staff/audit', `/api/staff/waves?councilId=${councilA}`]) {
      const res = await asA.get(path);
      expect(res.status, path).toBe(200);
      const text = await res.text();
      expectNothingOfB(text);
    }
    expect(await (await asA.get('/api/staff/waves')).text()).toContain('Ashford wave');
  });

  it("cannot end B's group session with A's lead password (401), and B's tablet stays in session", async () => {
    const before = await snapshotOfB();
    const res = await app.request('/api/public/group-session/end', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: b.groupCookie },
      body: JSON.stringify({ password: leadA.password }),
    });
    expect(res.status).toBe(401);
    const state = await readJson(await app.request('/api/public/group-session', { headers: { cookie: b.groupCookie } }));
    expect(state).toEqual({ active: true, wave: b.waveSlug });
    expect((await snapshotOfB()).groupSessions).toEqual(before.groupSessions);
  });
});
