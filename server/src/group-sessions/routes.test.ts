import { createHash, createHmac } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../accounts/sessions.ts';
import { arrangeWave } from '../test-support/arrange.ts';
import { anotherSession, arrangeStaff, cookieFrom, setCookieHeader, STAFF_PASSWORD, staffRequests, type StaffAgent } from '../test-support/arrange-staff.ts';
import { readJson } from '../test-support/read-json.ts';
import { createTestApp } from '../test-support/test-app.ts';
import { createTestDb, type TestDb } from '../test-support/test-db.ts';
import { findActiveGroupSession, GROUP_COOKIE } from './group-sessions.ts';

let t: TestDb;
let app: ReturnType<typeof createTestApp>['app'];
let wave: Awaited<ReturnType<typeof arrangeWave>>;
// the accounts are made once; each test signs in afresh, since starting a session signs out
let worker: StaffAgent;
let lead: StaffAgent;
let member: StaffAgent;
let admin: StaffAgent;

beforeAll(async () => {
  t = await createTestDb();
  app = createTestApp(t.db).app; // today is 2026-11-23
  wave = await arrangeWave(t.db, { opensOn: '2026-11-01', closesOn: '2026-12-31' });
  [worker, lead, member, admin] = await Promise.all([
    arrangeStaff(app, t.db, { role: 'participation_worker', councilId: wave.councilId }),
    arrangeStaff(app, t.db, { role: 'survey_lead', councilId: wave.councilId }),
    arrangeStaff(app, t.db, { role: 'panel_member', councilId: wave.councilId }),
    arrangeStaff(app, t.db, { role: 'platform_admin' }),
  ]);
});
afterAll(async () => {
  await t.close();
});

async function start(agent: StaffAgent, waveId = wave.waveId) {
  const fresh = await anotherSession(t.db, agent);
  const res = await staffRequests(app, fresh).post('/api/staff/group-sessions', { waveId });
  return { res, fresh, group: cookieFrom(res, GROUP_COOKIE) };
}

function publicRequest(path: string, group: string | undefined, body?: unknown) {
  return app.request(path, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { ...(group ? { cookie: group } : {}), ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

describe('starting a group session', () => {
  it('answers the session, signs the worker out on this browser and sets an HttpOnly, SameSite=Strict ys_group cookie for 12 hours', async () => {
    const { res, fresh, group } = await start(worker);
    expect(res.status).toBe(201);
    expect(await readJson(res)).toEqual({ groupSession: { id: expect.any(String), wave: wave.slug, startedAt: expect.any(String) } });

    const groupHeader = setCookieHeader(res, GROUP_COOKIE)!;
    expect(groupHeader).toMatch(/HttpOnly/);
    expect(groupHeader).toMatch(/SameSite=Strict/);
    expect(groupHeader).toMatch(/Path=\//);
    expect(groupHeader).toMatch(/Max-Age=43200/);
    expect(setCookieHeader(res, 'ys_session')).toMatch(/^ys_session=;.*Max-Age=0/);

    // the staff cookie this browser held no longer works
    expect((await staffRequests(app, fresh).get('/api/auth/me')).status).toBe(401);
    expect(await t.db.selectFrom('staff_sessions').select('token_hash').where('token_hash', '=', hashToken(fresh.cookie.split('=')[1]!)).execute()).toEqual([]);
    // the other browsers of the same worker stay signed in
    expect((await staffRequests(app, worker).get('/api/auth/me')).status).toBe(200);
    expect(group).toBeDefined();
  });

  it('stores only a hash of the tablet token', async () => {
    const { group } = await start(worker);
    const token = group!.split('=')[1]!;
    const stored = JSON.stringify(await t.db.selectFrom('group_sessions').selectAll().execute());
    expect(stored).not.toContain(token);
    expect(stored).toContain(hashToken(token));
  });

  it('marks the cookie Secure over https', async () => {
    const fresh = await anotherSession(t.db, worker);
    const res = await app.request('https://survey.example.org/api/staff/group-sessions', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: fresh.cookie, 'x-csrf-token': fresh.csrfToken },
      body: JSON.stringify({ waveId: wave.waveId }),
    });
    expect(res.status).toBe(201);
    expect(setCookieHeader(res, GROUP_COOKIE)).toMatch(/Secure/);
  });

  it('lets a survey lead start one too, but not a panel member or a platform admin', async () => {
    expect((await start(lead)).res.status).toBe(201);
    expect((await start(member)).res.status).toBe(403);
    expect((await start(admin)).res.status).toBe(403);
  });

  it('refuses a wave that is not open, and keeps the worker signed in', async () => {
    const closed = await arrangeWave(t.db, { opensOn: '2026-09-01', closesOn: '2026-10-31' });
    await t.db.updateTable('waves').set({ council_id: wave.councilId }).where('id', '=', closed.waveId).execute();
    const { res, fresh, group } = await start(worker, closed.waveId);
    expect(res.status).toBe(409);
    expect((await readJson(res)).error.code).toBe('wave_closed');
    expect(group).toBeUndefined();
    expect((await staffRequests(app, fresh).get('/api/auth/me')).status).toBe(200);
  });

  it('audits the start', async () => {
    const { res } = await start(worker);
    const { groupSession } = await readJson(res);
    const entry = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'group_session.started').where('account_id', '=', worker.accountId).orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(entry.details).toEqual({ waveId: wave.waveId, groupSessionId: groupSession.id });
  });
});

describe('a tablet in a group session', () => {
  it('says it is in a session for the wave, and a browser without the cookie is not', async () => {
    const { group } = await start(worker);
    expect(await readJson(await publicRequest('/api/public/group-session', group))).toEqual({ active: true, wave: wave.slug });
    expect(await readJson(await publicRequest('/api/public/group-session', undefined))).toEqual({ active: false });
    expect(await readJson(await publicRequest('/api/public/group-session', `${GROUP_COOKIE}=made-up`))).toEqual({ active: false });
  });

  it('is found by the submit path from its token, with its wave', async () => {
    const { group } = await start(worker);
    const found = await findActiveGroupSession(t.db, group!.split('=')[1]!);
    expect(found).toEqual({ id: expect.any(String), waveId: wave.waveId, waveSlug: wave.slug });
    expect(await findActiveGroupSession(t.db, 'made-up')).toBeUndefined();
  });

  it('cannot be ended with a wrong password (401) and stays in the session', async () => {
    const { group } = await start(worker);
    const res = await publicRequest('/api/public/group-session/end', group, { password: 'not the password' });
    expect(res.status).toBe(401);
    expect((await readJson(res)).error.code).toBe('wrong_credentials');
    expect(await readJson(await publicRequest('/api/public/group-session', group))).toEqual({ active: true, wave: wave.slug });
  });

  it("ends with the starting worker's password (204): the cookie is cleared and the token no longer works", async () => {
    const { group, res: started } = await start(worker);
    const { groupSession } = await readJson(started);
    const res = await publicRequest('/api/public/group-session/end', group, { password: STAFF_PASSWORD });
    expect(res.status).toBe(204);
    expect(setCookieHeader(res, GROUP_COOKIE)).toMatch(/^ys_group=;.*Max-Age=0/);
    expect(await readJson(await publicRequest('/api/public/group-session', group))).toEqual({ active: false });
    const row = await t.db.selectFrom('group_sessions').select('ended_at').where('id', '=', groupSession.id).executeTakeFirstOrThrow();
    expect(row.ended_at).not.toBeNull();
    const entry = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'group_session.ended').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ account_id: worker.accountId, council_id: wave.councilId });
    expect(JSON.stringify(entry)).not.toContain(STAFF_PASSWORD);
  });

  it('slows down password guessing: after 5 wrong tries, 429 with a wait, even for the right password', async () => {
    const { group } = await start(worker);
    for (let i = 0; i < 5; i++) expect((await publicRequest('/api/public/group-session/end', group, { password: `guess ${i}` })).status).toBe(401);
    const res = await publicRequest('/api/public/group-session/end', group, { password: STAFF_PASSWORD });
    expect(res.status).toBe(429);
    const { error } = await readJson(res);
    expect(error.code).toBe('rate_limited');
    expect(error.details.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('answers 204 to ending when there is no session to end', async () => {
    expect((await publicRequest('/api/public/group-session/end', undefined, { password: 'anything' })).status).toBe(204);
  });
});

describe("the key for the answers waiting on a tablet", () => {
  const keyOf = async (group: string | undefined) => {
    const res = await publicRequest('/api/public/group-session/key', group);
    return { res, body: await readJson(res) };
  };

  it('gives a live tablet a 256-bit key that is never cached, and the same key on every ask', async () => {
    const { group } = await start(worker);
    const first = await keyOf(group);
    expect(first.res.status).toBe(200);
    expect(first.res.headers.get('cache-control')).toBe('no-store');
    expect(Buffer.from(first.body.key, 'base64url')).toHaveLength(32);
    expect((await keyOf(group)).body.key).toBe(first.body.key);
  });

  it('gives another session a different key', async () => {
    const a = await keyOf((await start(worker)).group);
    const b = await keyOf((await start(worker)).group);
    expect(a.body.key).not.toBe(b.body.key);
  });

  it('keeps the key neither in the database nor derivable from the token alone', async () => {
    const { group } = await start(worker);
    const token = group!.split('=')[1]!;
    const { body } = await keyOf(group);
    expect(JSON.stringify(await t.db.selectFrom('group_sessions').selectAll().execute())).not.toContain(body.key);
    expect(createHash('sha256').update(token).digest('base64url')).not.toBe(body.key);
    expect(createHmac('sha256', token).update('outbox-key').digest('base64url')).not.toBe(body.key);
  });

  it('refuses (403) a browser without a session, and a tablet whose session has ended', async () => {
    expect((await keyOf(undefined)).res.status).toBe(403);
    expect((await keyOf(`${GROUP_COOKIE}=made-up`)).res.status).toBe(403);
    const { group } = await start(worker);
    expect((await publicRequest('/api/public/group-session/end', group, { password: STAFF_PASSWORD })).status).toBe(204);
    const after = await keyOf(group);
    expect(after.res.status).toBe(403);
    expect(after.body.error.code).toBe('forbidden');
  });
});
