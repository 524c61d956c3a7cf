import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import type { Role } from '../db/schema.ts';
import {
  anotherSession,
  arrangeCodeBatch,
  arrangeCouncil,
  arrangeStaff,
  arrangeWaveOf,
  staffRequests,
  type StaffAgent,
} from '../test-support/arrange-staff.ts';
import { readJson } from '../test-support/read-json.ts';
import { createTestApp } from '../test-support/test-app.ts';
import { createTestDb, type TestDb } from '../test-support/test-db.ts';

let t: TestDb;
let app: ReturnType<typeof createTestApp>['app'];
let councilId: string;
const staff = {} as Record<Role, StaffAgent>;

beforeAll(async () => {
  t = await createTestDb();
  app = createTestApp(t.db).app; // today is 2026-11-23
  ({ councilId } = await arrangeCouncil(t.db));
  const roles: Role[] = ['platform_admin', 'survey_lead', 'participation_worker', 'panel_member'];
  const agents = await Promise.all(roles.map((role) => arrangeStaff(app, t.db, { role, councilId })));
  roles.forEach((role, i) => (staff[role] = agents[i]!));
});
afterAll(async () => {
  await t.close();
});

/** What one call needs: an open wave of the council and a batch of codes in it. */
interface Arranged {
  waveId: string;
  batchId: string;
}

interface Endpoint {
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH';
  path: (a: Arranged) => string;
  body?: (a: Arranged) => unknown;
  /** the status for platform_admin, survey_lead, participation_worker, panel_member */
  expected: [number, number, number, number];
}

const newWave = { label: 'Role check', opensOn: '2026-11-01', closesOn: '2026-12-31' };

// The role table of docs/api-fieldwork.md, one row per endpoint, each role acting in its own council.
const ENDPOINTS: Endpoint[] = [
  { name: 'list councils', method: 'GET', path: () => '/api/staff/councils', expected: [200, 403, 403, 403] },
  {
    name: 'create a council',
    method: 'POST',
    path: () => '/api/staff/councils',
    body: () => ({ slug: `c-${randomBytes(4).toString('hex')}`, name: 'New', advocacyService: 'Advocacy' }),
    expected: [201, 403, 403, 403],
  },
  { name: 'list accounts', method: 'GET', path: () => '/api/staff/accounts', expected: [200, 200, 403, 403] },
  {
    name: 'create an account',
    method: 'POST',
    path: () => '/api/staff/accounts',
    body: () => ({ email: `p-${randomBytes(4).toString('hex')}@example.org`, displayName: 'P', password: 'a long enough password', role: 'panel_member', councilId }),
    expected: [201, 201, 403, 403],
  },
  { name: 'list waves', method: 'GET', path: () => '/api/staff/waves', expected: [200, 200, 200, 200] },
  { name: 'create a wave', method: 'POST', path: () => '/api/staff/waves', body: () => ({ ...newWave, councilId }), expected: [201, 201, 403, 403] },
  { name: 'read a wave', method: 'GET', path: (a) => `/api/staff/waves/${a.waveId}`, expected: [200, 200, 200, 200] },
  { name: 'edit a wave', method: 'PATCH', path: (a) => `/api/staff/waves/${a.waveId}`, body: () => ({ label: 'Edited' }), expected: [200, 200, 403, 403] },
  {
    name: 'enter eligible counts',
    method: 'PUT',
    path: (a) => `/api/staff/waves/${a.waveId}/eligible`,
    body: () => ({ counts: [{ band: '8-11', eligible: 20, countedOn: '2026-10-31' }] }),
    expected: [200, 200, 403, 403],
  },
  { name: 'read survey links', method: 'GET', path: (a) => `/api/staff/waves/${a.waveId}/links`, expected: [200, 200, 200, 200] },
  { name: 'read the dashboard', method: 'GET', path: (a) => `/api/staff/waves/${a.waveId}/dashboard`, expected: [200, 200, 200, 200] },
  {
    name: 'issue codes',
    method: 'POST',
    path: (a) => `/api/staff/waves/${a.waveId}/code-batches`,
    body: () => ({ band: '8-11', count: 2 }),
    expected: [201, 201, 403, 403],
  },
  { name: 'list code batches', method: 'GET', path: (a) => `/api/staff/waves/${a.waveId}/code-batches`, expected: [200, 200, 403, 403] },
  { name: 'revoke a code', method: 'POST', path: (a) => `/api/staff/code-batches/${a.batchId}/revoke`, body: () => ({ serial: 1 }), expected: [200, 200, 403, 403] },
  { name: 'read the audit log', method: 'GET', path: () => '/api/staff/audit', expected: [200, 200, 403, 403] },
  { name: 'start a group session', method: 'POST', path: () => '/api/staff/group-sessions', body: (a) => ({ waveId: a.waveId }), expected: [403, 201, 201, 403] },
];

const ROLES: Role[] = ['platform_admin', 'survey_lead', 'participation_worker', 'panel_member'];
const CASES = ENDPOINTS.flatMap((e) => ROLES.map((role, i) => ({ endpoint: e.name, role, e, status: e.expected[i]! })));

async function arrange(): Promise<Arranged> {
  const { waveId } = await arrangeWaveOf(t.db, councilId);
  const { batchId } = await arrangeCodeBatch(t.db, waveId, '8-11');
  return { waveId, batchId };
}

describe('who may do what', () => {
  it.each(CASES)('$endpoint as $role answers $status', async ({ e, role, status }) => {
    const a = await arrange();
    // a session of its own: starting a group session ends the session it was started from
    const agent = await anotherSession(t.db, staff[role]);
    const res = await staffRequests(app, agent).send(e.method, e.path(a), e.body?.(a));
    expect(res.status).toBe(status);
    if (status === 403) expect((await readJson(res)).error.code).toBe('forbidden');
  });

  it.each(ENDPOINTS)('$name answers 401 not_signed_in without a session', async (e) => {
    const a = await arrange();
    const res = await staffRequests(app, undefined).send(e.method, e.path(a), e.body?.(a));
    expect(res.status).toBe(401);
    expect((await readJson(res)).error.code).toBe('not_signed_in');
  });

  it.each(ENDPOINTS.filter((e) => e.method !== 'GET'))('$name answers 403 csrf_failed without the X-CSRF-Token header, and changes nothing', async (e) => {
    const a = await arrange();
    const allowed = ROLES[e.expected.findIndex((s) => s < 300)]!;
    const agent = await anotherSession(t.db, staff[allowed]);
    const before = await t.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow();
    const res = await staffRequests(app, agent).send(e.method, e.path(a), e.body?.(a), { withoutCsrf: true });
    expect(res.status).toBe(403);
    expect((await readJson(res)).error.code).toBe('csrf_failed');
    const after = await t.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(after.n)).toBe(Number(before.n));
    // and the session is still good for a request that carries the token
    expect((await staffRequests(app, agent).get('/api/auth/me')).status).toBe(200);
  });
});
