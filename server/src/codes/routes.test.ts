import type { AgeBand } from '@you-said/surveys';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { arrangeWave } from '../test-support/arrange.ts';
import { anAddress, arrangeStaff, fromAddress, staffRequests, type StaffAgent } from '../test-support/arrange-staff.ts';
import { readJson } from '../test-support/read-json.ts';
import { createTestApp } from '../test-support/test-app.ts';
import { createTestDb, type TestDb } from '../test-support/test-db.ts';
import { hashCode, normaliseCode, spendCode } from './access-codes.ts';

let t: TestDb;
let testApp: ReturnType<typeof createTestApp>;
let app: ReturnType<typeof createTestApp>['app'];
let wave: Awaited<ReturnType<typeof arrangeWave>>;
let lead: StaffAgent;

beforeAll(async () => {
  t = await createTestDb();
  testApp = createTestApp(t.db); // today is 2026-11-23
  app = testApp.app;
  // one council and lead for the file; each test issues its own codes (in its own wave where it counts)
  wave = await arrangeWave(t.db);
  lead = await arrangeStaff(app, t.db, { role: 'survey_lead', councilId: wave.councilId });
});
afterAll(async () => {
  await t.close();
});

/** A wave of the lead's council. */
async function aWave(opts: { opensOn?: string; closesOn?: string } = {}) {
  const created = await readJson(
    await staffRequests(app, lead).post('/api/staff/waves', { label: 'Cards', opensOn: opts.opensOn ?? '2026-11-01', closesOn: opts.closesOn ?? '2026-12-31' }),
  );
  return { waveId: created.id as string, slug: created.slug as string };
}

async function issue(waveId: string, band: AgeBand, count: number, label?: string) {
  const res = await staffRequests(app, lead).post(`/api/staff/waves/${waveId}/code-batches`, { band, count, ...(label ? { label } : {}) });
  expect(res.status).toBe(201);
  return { res, body: await readJson(res) };
}

/** Checks a code as a child's device at `address` would. */
function check(code: string, opts: { wave?: string; address?: string } = {}) {
  return app.request(
    '/api/public/codes/check',
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code, ...(opts.wave ? { wave: opts.wave } : {}) }) },
    fromAddress(opts.address ?? anAddress()),
  );
}

describe('issuing codes', () => {
  it('answers with the batch and each printable code once, with its serial and QR link, and no caching', async () => {
    const { waveId } = await aWave();
    const res = await app.request(`https://survey.example.org/api/staff/waves/${waveId}/code-batches`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: lead.cookie, 'x-csrf-token': lead.csrfToken },
      body: JSON.stringify({ band: '11-17', count: 3, label: 'Riverside forum' }),
    });
    expect(res.status).toBe(201);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const body = await readJson(res);
    expect(body.batch).toEqual({ id: expect.any(String), band: '11-17', count: 3, label: 'Riverside forum', issuedOn: '2026-11-23' });
    expect(body.codes.map((c: { serial: number }) => c.serial)).toEqual([1, 2, 3]);
    for (const c of body.codes) {
      expect(c.code).toMatch(/^[2-9A-HJKMNP-TW-Z]{5}-[2-9A-HJKMNP-TW-Z]{5}$/);
      expect(c.url).toBe(`https://survey.example.org/c/${c.code}`);
    }
    expect(new Set(body.codes.map((c: { code: string }) => c.code)).size).toBe(3);
  });

  it('stores only hashes: no code appears anywhere in the stored codes, batches or audit log, nor in the logs', async () => {
    const { waveId } = await aWave();
    const { body } = await issue(waveId, '8-11', 25);
    const stored = JSON.stringify([
      await t.db.selectFrom('access_codes').selectAll().execute(),
      await t.db.selectFrom('access_code_batches').selectAll().execute(),
      await t.db.selectFrom('audit_log').selectAll().execute(),
    ]);
    for (const { code } of body.codes) {
      expect(stored).not.toContain(code);
      expect(stored).not.toContain(normaliseCode(code));
      expect(testApp.logText()).not.toContain(normaliseCode(code));
    }
    const rows = await t.db.selectFrom('access_codes').selectAll().where('batch_id', '=', body.batch.id).orderBy('serial').execute();
    expect(rows.map((r) => r.code_hash)).toEqual(body.codes.map((c: { code: string }) => hashCode(normaliseCode(c.code)!)));
  });

  it('audits the band and count of a batch, never its codes', async () => {
    const { waveId } = await aWave();
    const { body } = await issue(waveId, '4-7', 2);
    const entry = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'codes.issued').where('account_id', '=', lead.accountId).orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(entry.details).toEqual({ waveId, batchId: body.batch.id, band: '4-7', count: 2 });
  });

  it('refuses 0 or more than 500 codes, and a band the wave does not have', async () => {
    const created = await readJson(await staffRequests(app, lead).post('/api/staff/waves', { label: 'One band', opensOn: '2026-11-01', closesOn: '2026-12-31', bands: ['4-7'] }));
    for (const body of [{ band: '4-7', count: 0 }, { band: '4-7', count: 501 }, { band: '4-7', count: 2.5 }, { band: '8-11', count: 5 }]) {
      const res = await staffRequests(app, lead).post(`/api/staff/waves/${created.id}/code-batches`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
    expect(await t.db.selectFrom('access_code_batches').select('id').where('wave_id', '=', created.id).execute()).toEqual([]);
  });

  it('lists batches with how many codes were spent and revoked, and never the codes', async () => {
    const { waveId } = await aWave();
    const { body } = await issue(waveId, '16-25', 4, 'Leaving care team');
    const [first, second] = body.codes;
    await spendCode(t.db, hashCode(normaliseCode(first.code)!), waveId, '16-25');
    await staffRequests(app, lead).post(`/api/staff/code-batches/${body.batch.id}/revoke`, { serial: second.serial });
    const res = await staffRequests(app, lead).get(`/api/staff/waves/${waveId}/code-batches`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({
      batches: [{ id: body.batch.id, band: '16-25', label: 'Leaving care team', issuedOn: '2026-11-23', count: 4, spent: 1, revoked: 1 }],
    });
    for (const { code } of body.codes) {
      expect(text).not.toContain(code);
      expect(text).not.toContain(normaliseCode(code));
    }
  });
});

describe('revoking a code', () => {
  it('switches one card off, audits its serial, and the code then says it was switched off', async () => {
    const { waveId } = await aWave();
    const { body } = await issue(waveId, '8-11', 2);
    const res = await staffRequests(app, lead).post(`/api/staff/code-batches/${body.batch.id}/revoke`, { serial: 2 });
    expect(res.status).toBe(200);
    expect(await readJson(res)).toEqual({ serial: 2, status: 'revoked' });
    expect((await readJson(await check(body.codes[1].code))).error.code).toBe('code_revoked');
    expect((await check(body.codes[0].code)).status).toBe(200);
    const entry = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'code.revoked').orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(entry.details).toEqual({ waveId, batchId: body.batch.id, band: '8-11', serial: 2 });
  });

  it('is harmless twice, refuses a card already used (409) and a serial the batch does not have (404)', async () => {
    const { waveId } = await aWave();
    const { body } = await issue(waveId, '8-11', 2);
    const revoke = (serial: number) => staffRequests(app, lead).post(`/api/staff/code-batches/${body.batch.id}/revoke`, { serial });
    expect((await revoke(1)).status).toBe(200);
    expect((await revoke(1)).status).toBe(200);
    await spendCode(t.db, hashCode(normaliseCode(body.codes[1].code)!), waveId, '8-11');
    const spent = await revoke(2);
    expect(spent.status).toBe(409);
    expect((await readJson(spent)).error.code).toBe('code_spent');
    expect((await revoke(3)).status).toBe(404);
  });
});

describe('POST /api/public/codes/check', () => {
  it('answers which survey and band a good code opens, however it was typed', async () => {
    const { waveId, slug } = await aWave();
    const { body } = await issue(waveId, '11-17', 1);
    const typed = ` ${body.codes[0].code.toLowerCase().replace('-', ' ')} `;
    const res = await check(typed, { wave: slug });
    expect(res.status).toBe(200);
    expect(await readJson(res)).toEqual({ wave: slug, band: '11-17' });
  });

  it('says in plain words why a code does not work: unknown, mistyped, used, switched off, for another survey, not yet open, closed', async () => {
    const open = await aWave();
    const other = await aWave();
    const future = await aWave({ opensOn: '2026-12-01', closesOn: '2027-01-31' });
    const past = await aWave({ opensOn: '2026-09-01', closesOn: '2026-10-31' });
    const [good, used] = (await issue(open.waveId, '8-11', 2)).body.codes;
    await spendCode(t.db, hashCode(normaliseCode(used.code)!), open.waveId, '8-11');
    const { body: lostBatch } = await issue(open.waveId, '8-11', 1);
    await staffRequests(app, lead).post(`/api/staff/code-batches/${lostBatch.batch.id}/revoke`, { serial: 1 });
    const early = (await issue(future.waveId, '8-11', 1)).body.codes[0];
    const late = (await issue(past.waveId, '8-11', 1)).body.codes[0];

    const cases: [string, { wave?: string }, number, string, RegExp][] = [
      ['ABCDE-FGHJK', { wave: open.slug }, 404, 'code_unknown', /We don't recognise that code\. Check each letter/],
      ['ABCDE-FGHJO', { wave: open.slug }, 404, 'code_unknown', /never uses 0, 1, O, I, L, U or V/],
      ['ABCD', {}, 404, 'code_unknown', /A code has 10 letters and numbers/],
      [used.code, { wave: open.slug }, 409, 'code_spent', /This code has already been used\. Each code works once; ask the adult who gave it to you for a new one\./],
      [lostBatch.codes[0].code, { wave: open.slug }, 409, 'code_revoked', /switched off/],
      [good.code, { wave: other.slug }, 409, 'code_other_survey', /This code is for a different survey/],
      [early.code, {}, 409, 'wave_not_open', /opens on 1 December 2026/],
      [late.code, {}, 409, 'wave_closed', /closed on 31 October 2026/],
    ];
    for (const [code, opts, status, errorCode, message] of cases) {
      const res = await check(code, opts);
      expect(res.status, code).toBe(status);
      const { error } = await readJson(res);
      expect(error.code).toBe(errorCode);
      expect(error.message).toMatch(message);
    }
    expect((await check(good.code, { wave: open.slug })).status).toBe(200);
  });

  it('gives one device a break (429 with a wait) after 10 codes that did not work, good codes included, and leaves other devices alone', async () => {
    const { waveId, slug } = await aWave();
    const good = (await issue(waveId, '8-11', 1)).body.codes[0].code;
    const device = anAddress();
    for (let i = 0; i < 5; i++) expect((await check('ABCDE-FGHJK', { wave: slug, address: device })).status).toBe(404);
    for (let i = 0; i < 5; i++) expect((await check('OOOOO-00000', { wave: slug, address: device })).status).toBe(404);
    const limited = await check('ABCDE-FGHJK', { wave: slug, address: device });
    expect(limited.status).toBe(429);
    const { error } = await readJson(limited);
    expect(error.code).toBe('rate_limited');
    expect(error.message).toMatch(/on this device, so it needs a short break\. Please wait 10 minutes/);
    expect(error.details.retryAfterSeconds).toBe(600);
    // a good code is refused too, or the refusals would tell a guesser which guesses were real
    expect((await check(good, { wave: slug, address: device })).status).toBe(429);
    expect((await check(good, { wave: slug, address: anAddress() })).status).toBe(200);
  });

  it('does not count good codes against a device', async () => {
    const { waveId, slug } = await aWave();
    const codes = (await issue(waveId, '8-11', 12)).body.codes;
    const device = anAddress();
    for (const { code } of codes) expect((await check(code, { wave: slug, address: device })).status).toBe(200);
  });

  it('pauses checks for one survey after 300 unknown codes in an hour from anywhere, with its own message, and leaves other surveys alone', async () => {
    const { waveId, slug } = await aWave();
    const otherWave = await aWave();
    const good = (await issue(waveId, '8-11', 1)).body.codes[0].code;
    const otherGood = (await issue(otherWave.waveId, '8-11', 1)).body.codes[0].code;
    for (let i = 0; i < 300; i++) {
      // every guess from a new address, as a botnet would
      expect((await check('ABCDE-FGHJK', { wave: slug })).status).toBe(404);
    }
    const limited = await check('ABCDE-FGHJK', { wave: slug });
    expect(limited.status).toBe(429);
    const { error } = await readJson(limited);
    expect(error.message).toMatch(/code checks are paused for a while to keep it safe\. This is not your fault: please wait 60 minutes/);
    expect(error.details.retryAfterSeconds).toBe(3600);
    expect((await check(good, { wave: slug })).status).toBe(429);
    expect((await check(otherGood, { wave: otherWave.slug })).status).toBe(200);
  });
});
