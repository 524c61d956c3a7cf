import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDb, type TestDb } from '../test-support/test-db.ts';
import { createTestApp } from '../test-support/test-app.ts';
import { readJson } from '../test-support/read-json.ts';
import { createAccount } from './accounts.ts';
import { verifyPassword } from './passwords.ts';

let t: TestDb;
let councilId: string;
const password = 'correct horse battery staple';

beforeAll(async () => {
  t = await createTestDb();
  const council = await t.db
    .insertInto('councils')
    .values({ slug: 'auth-council', name: 'Auth Council', advocacy_service: 'x' })
    .returning('id')
    .executeTakeFirstOrThrow();
  councilId = council.id;
  await createAccount(t.db, { email: 'Lead@Example.org', displayName: 'Lee', password, role: 'survey_lead', councilId });
  await createAccount(t.db, { email: 'gone@example.org', displayName: 'Gone', password, role: 'panel_member', councilId });
  await t.db.updateTable('accounts').set({ disabled: true }).where('email', '=', 'gone@example.org').execute();
});
afterAll(async () => {
  await t.close();
});

function cookieFrom(res: Response): string {
  const set = res.headers.get('set-cookie') ?? '';
  return set.split(';')[0]!;
}

describe('staff sign-in', () => {
  it('signs in with the right password, whatever the case of the email, and sets an HttpOnly, SameSite cookie', async () => {
    const { post } = createTestApp(t.db);
    const res = await post('/api/auth/login', { email: ' lead@EXAMPLE.org ', password });
    expect(res.status).toBe(200);
    const body = await readJson(res);
    expect(body.account).toMatchObject({ email: 'lead@example.org', role: 'survey_lead', council: { id: councilId, name: 'Auth Council' } });
    expect(body.csrfToken).toMatch(/^[\w-]{20,}$/);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^ys_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
  });

  it('stores only a hash of the session token and a memory-hard hash of the password', async () => {
    const { post } = createTestApp(t.db);
    const res = await post('/api/auth/login', { email: 'lead@example.org', password });
    const token = cookieFrom(res).split('=')[1]!;
    const sessions = await t.db.selectFrom('staff_sessions').selectAll().execute();
    expect(JSON.stringify(sessions)).not.toContain(token);
    const account = await t.db.selectFrom('accounts').select('password_hash').where('email', '=', 'lead@example.org').executeTakeFirstOrThrow();
    expect(account.password_hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(account.password_hash).not.toContain(password);
    expect(await verifyPassword(password, account.password_hash)).toBe(true);
    expect(await verifyPassword('wrong', account.password_hash)).toBe(false);
  });

  it('gives the same answer for a wrong password, an unknown email and a disabled account', async () => {
    const { post } = createTestApp(t.db);
    const answers = await Promise.all([
      post('/api/auth/login', { email: 'lead@example.org', password: 'not the password' }),
      post('/api/auth/login', { email: 'nobody@example.org', password }),
      post('/api/auth/login', { email: 'gone@example.org', password }),
    ]);
    const bodies = await Promise.all(answers.map(readJson));
    expect(answers.map((r) => r.status)).toEqual([401, 401, 401]);
    expect(new Set(bodies.map((b) => b.error.message)).size).toBe(1);
    expect(bodies[0].error.code).toBe('wrong_credentials');
  });

  it('slows down password guessing at one account with 429 and a wait time', async () => {
    const { post } = createTestApp(t.db);
    await createAccount(t.db, { email: 'target@example.org', displayName: 'T', password, role: 'panel_member', councilId });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await post('/api/auth/login', { email: 'target@example.org', password: `guess ${i}` })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const res = await post('/api/auth/login', { email: 'target@example.org', password });
    expect(res.status).toBe(429);
    const { error } = await readJson(res);
    expect(error.code).toBe('rate_limited');
    expect(error.details.retryAfterSeconds).toBeGreaterThan(0);
    expect(error.message).toMatch(/wait/);
  });

  it('lets the limit lapse after its window', async () => {
    await createAccount(t.db, { email: 'later@example.org', displayName: 'L', password, role: 'panel_member', councilId });
    const at = (iso: string) => createTestApp(t.db, { now: new Date(iso) }).post;
    for (let i = 0; i < 6; i++) await at('2026-11-23T10:00:00Z')('/api/auth/login', { email: 'later@example.org', password: 'nope' });
    expect((await at('2026-11-23T10:05:00Z')('/api/auth/login', { email: 'later@example.org', password })).status).toBe(429);
    expect((await at('2026-11-23T10:16:00Z')('/api/auth/login', { email: 'later@example.org', password })).status).toBe(200);
  });

  it('tells who is signed in, and signing out ends the session for good', async () => {
    const { app, post } = createTestApp(t.db);
    const login = await post('/api/auth/login', { email: 'lead@example.org', password });
    const cookie = cookieFrom(login);
    const { csrfToken } = await readJson(login);
    const me = await app.request('/api/auth/me', { headers: { cookie } });
    expect(me.status).toBe(200);
    expect((await readJson(me)).csrfToken).toBe(csrfToken);
    const out = await post('/api/auth/logout', {}, { cookie, 'x-csrf-token': csrfToken });
    expect(out.status).toBe(204);
    const after = await app.request('/api/auth/me', { headers: { cookie } });
    expect(after.status).toBe(401);
    expect((await readJson(after)).error.code).toBe('not_signed_in');
  });

  it('refuses a change without the CSRF token, or from another site', async () => {
    const { post } = createTestApp(t.db);
    const login = await post('/api/auth/login', { email: 'lead@example.org', password });
    const cookie = cookieFrom(login);
    const { csrfToken } = await readJson(login);
    const noToken = await post('/api/auth/logout', {}, { cookie });
    expect(noToken.status).toBe(403);
    expect((await readJson(noToken)).error.code).toBe('csrf_failed');
    const otherSite = await post('/api/auth/logout', {}, { cookie, 'x-csrf-token': csrfToken, origin: 'https://evil.example' });
    expect(otherSite.status).toBe(403);
  });

  it('refuses a session that has expired', async () => {
    const { post } = createTestApp(t.db, { now: new Date('2026-11-23T08:00:00Z') });
    const login = await post('/api/auth/login', { email: 'lead@example.org', password });
    const cookie = cookieFrom(login);
    const later = createTestApp(t.db, { now: new Date('2026-11-24T08:00:00Z') });
    expect((await later.app.request('/api/auth/me', { headers: { cookie } })).status).toBe(401);
  });
});
