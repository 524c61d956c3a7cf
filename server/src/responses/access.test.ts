import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { randomBytes } from 'node:crypto';
import { formatCode, generateCode, hashCode, normaliseCode } from '../codes/access-codes.ts';
import { hashToken } from '../accounts/sessions.ts';
import type { AgeBand } from '@you-said/surveys';
import { createTestDb, type TestDb } from '../test-support/test-db.ts';
import { createTestApp } from '../test-support/test-app.ts';
import { arrangeWave, submission } from '../test-support/arrange.ts';
import { aChoiceQuestion } from '../test-support/instrument-questions.ts';
import { readJson } from '../test-support/read-json.ts';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t.close();
});

/** A printed card for `band` of a wave: its code as the child would type it. */
async function arrangeCode(waveId: string, band: AgeBand, status: 'unspent' | 'spent' | 'revoked' = 'unspent') {
  const batch = await t.db
    .insertInto('access_code_batches')
    .values({ wave_id: waveId, band, size: 1, issued_on: '2026-11-20' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const code = generateCode();
  await t.db.insertInto('access_codes').values({ code_hash: hashCode(normaliseCode(code)!), batch_id: batch.id, serial: 1, status }).execute();
  return formatCode(code);
}

async function codeStatus(code: string) {
  const row = await t.db.selectFrom('access_codes').select('status').where('code_hash', '=', hashCode(normaliseCode(code)!)).executeTakeFirstOrThrow();
  return row.status;
}

async function responsesOf(waveId: string) {
  return t.db.selectFrom('responses').selectAll().where('wave_id', '=', waveId).execute();
}

async function arrangeGroupSession(waveId: string, ended = false) {
  const council = await t.db.selectFrom('waves').select('council_id').where('id', '=', waveId).executeTakeFirstOrThrow();
  const account = await t.db
    .insertInto('accounts')
    .values({ email: `worker-${randomBytes(4).toString('hex')}@example.org`, display_name: 'W', password_hash: 'x', role: 'participation_worker', council_id: council.council_id })
    .returning('id')
    .executeTakeFirstOrThrow();
  const token = randomBytes(32).toString('base64url');
  await t.db
    .insertInto('group_sessions')
    .values({ token_hash: hashToken(token), wave_id: waveId, account_id: account.id, ended_at: ended ? new Date() : null })
    .execute();
  return `ys_group=${token}`;
}

describe('answering with a one-time code', () => {
  it('stores the response and spends the code; the same code a second time is refused and nothing more is stored', async () => {
    const { post } = createTestApp(t.db);
    const wave = await arrangeWave(t.db);
    const code = await arrangeCode(wave.waveId, '11-17');
    const first = await post('/api/responses', { ...submission(wave.slug, '11-17'), access: { code } });
    expect(first.status).toBe(201);
    expect(await codeStatus(code)).toBe('spent');
    const second = await post('/api/responses', { ...submission(wave.slug, '11-17'), access: { code: code.toLowerCase().replace('-', ' ') } });
    expect(second.status).toBe(409);
    const { error } = await readJson(second);
    expect(error.code).toBe('code_spent');
    expect(error.message).toMatch(/already been used/);
    expect(await responsesOf(wave.waveId)).toHaveLength(1);
  });

  it('answers a retry of a stored submission as before, though its code is now spent', async () => {
    const { post } = createTestApp(t.db);
    const wave = await arrangeWave(t.db);
    const code = await arrangeCode(wave.waveId, '8-11');
    const body = { ...submission(wave.slug, '8-11'), access: { code } };
    expect((await post('/api/responses', body)).status).toBe(201);
    expect((await post('/api/responses', body)).status).toBe(201);
    expect(await responsesOf(wave.waveId)).toHaveLength(1);
  });

  it('leaves nothing in the stored rows that links the spent code to the response', async () => {
    const { post } = createTestApp(t.db);
    const wave = await arrangeWave(t.db);
    const code = await arrangeCode(wave.waveId, '16-25');
    const body = { ...submission(wave.slug, '16-25'), access: { code } };
    expect((await post('/api/responses', body)).status).toBe(201);

    const codeHash = hashCode(normaliseCode(code)!);
    const codeRow = await sql<Record<string, unknown>>`select c.*, b.*, c.xmin::text as row_xid from access_codes c join access_code_batches b on b.id = c.batch_id where c.code_hash = ${codeHash}`.execute(t.db);
    const responseRow = await sql<Record<string, unknown>>`select r.*, r.xmin::text as row_xid from responses r where r.id = ${body.id}::uuid`.execute(t.db);
    const codeSide = codeRow.rows[0]!;
    const responseSide = responseRow.rows[0]!;
    // written in separate transactions: no shared transaction id
    expect(codeSide.row_xid).toMatch(/^\d+$/);
    expect(responseSide.row_xid).toMatch(/^\d+$/);
    expect(codeSide.row_xid).not.toBe(responseSide.row_xid);
    // nothing that identifies the card appears with the response, and nothing of the response
    // (its id, its answers) with the card: they share only what is public, the wave and band
    const responseText = JSON.stringify(responseSide);
    for (const key of ['code_hash', 'batch_id']) expect(responseText).not.toContain(JSON.stringify(codeSide[key]).replace(/^"|"$/g, ''));
    const codeText = JSON.stringify(codeSide);
    expect(codeText).not.toContain(body.id);
    expect(Object.keys(responseSide).sort()).toEqual(['answers', 'band', 'id', 'instrument_id', 'instrument_version', 'mode', 'row_xid', 'submitted_on', 'wave_id']);
    // the code table keeps no time at all; the response keeps only a date
    const codeColumns = await sql<{ column_name: string; data_type: string }>`
      select column_name, data_type from information_schema.columns where table_schema = current_schema() and table_name = 'access_codes'`.execute(t.db);
    expect(codeColumns.rows.map((c) => c.column_name).sort()).toEqual(['batch_id', 'code_hash', 'serial', 'status']);
    // and no foreign key joins responses to any access table, either way
    const links = await sql<{ from_table: string; to_table: string }>`
      select tc.table_name as from_table, ccu.table_name as to_table
        from information_schema.table_constraints tc
        join information_schema.constraint_column_usage ccu on ccu.constraint_name = tc.constraint_name
       where tc.constraint_type = 'FOREIGN KEY' and tc.table_schema = current_schema()`.execute(t.db);
    const touchesResponses = links.rows.filter((l) => l.from_table === 'responses' || l.to_table === 'responses');
    expect(touchesResponses.map((l) => `${l.from_table}->${l.to_table}`)).toEqual(['responses->waves']);
  });

  it('does not spend the code when the answers are refused', async () => {
    const { post } = createTestApp(t.db);
    const wave = await arrangeWave(t.db);
    const code = await arrangeCode(wave.waveId, '11-17');
    const q = aChoiceQuestion('11-17');
    const res = await post('/api/responses', { ...submission(wave.slug, '11-17', { [q.name]: q.invalid }), access: { code } });
    expect(res.status).toBe(422);
    expect(await codeStatus(code)).toBe('unspent');
    expect(await responsesOf(wave.waveId)).toHaveLength(0);
  });

  const refusals: [string, (waveId: string, slug: string) => Promise<{ band: AgeBand; code: string; slug?: string }>, number, string][] = [
    ['a mistyped code', async () => ({ band: '8-11', code: 'ABCDE-FGHJ2' }), 404, 'code_unknown'],
    ['a code with letters no card has', async () => ({ band: '8-11', code: 'OOOOO-11111' }), 404, 'code_unknown'],
    ['a cancelled code', async (w) => ({ band: '8-11', code: await arrangeCode(w, '8-11', 'revoked') }), 409, 'code_revoked'],
    ['a code for another age band', async (w) => ({ band: '8-11', code: await arrangeCode(w, '11-17') }), 409, 'code_other_survey'],
    ["a code for another council's survey", async () => {
      const other = await arrangeWave(t.db);
      return { band: '8-11', code: await arrangeCode(other.waveId, '8-11') };
    }, 409, 'code_other_survey'],
  ];
  for (const [what, arrange, status, errorCode] of refusals) {
    it(`refuses ${what} with ${status} ${errorCode} and stores nothing`, async () => {
      const { post } = createTestApp(t.db);
      const wave = await arrangeWave(t.db);
      const { band, code } = await arrange(wave.waveId, wave.slug);
      const res = await post('/api/responses', { ...submission(wave.slug, band), access: { code } });
      expect(res.status).toBe(status);
      expect((await readJson(res)).error.code).toBe(errorCode);
      expect(await responsesOf(wave.waveId)).toHaveLength(0);
    });
  }

  it('refuses a bare link for a wave that needs codes (403 code_needed) and stores nothing', async () => {
    const { post } = createTestApp(t.db);
    const wave = await arrangeWave(t.db);
    await t.db.updateTable('waves').set({ access_mode: 'code' }).where('id', '=', wave.waveId).execute();
    const res = await post('/api/responses', submission(wave.slug, '4-7'));
    expect(res.status).toBe(403);
    expect((await readJson(res)).error.code).toBe('code_needed');
    expect(await responsesOf(wave.waveId)).toHaveLength(0);
    const code = await arrangeCode(wave.waveId, '4-7');
    expect((await post('/api/responses', { ...submission(wave.slug, '4-7'), access: { code } })).status).toBe(201);
  });
});

describe('answering in a group session', () => {
  it("records the response as a group session's, whatever mode the device claims", async () => {
    const { post } = createTestApp(t.db);
    const wave = await arrangeWave(t.db);
    await t.db.updateTable('waves').set({ access_mode: 'code' }).where('id', '=', wave.waveId).execute();
    const cookie = await arrangeGroupSession(wave.waveId);
    const res = await post('/api/responses', { ...submission(wave.slug, '11-17'), mode: 'own_device' }, { cookie });
    expect(res.status).toBe(201);
    const rows = await responsesOf(wave.waveId);
    expect(rows.map((r) => r.mode)).toEqual(['group_session']);
    expect(JSON.stringify(rows)).not.toContain(cookie.split('=')[1]);
  });

  it('refuses answers from a tablet whose group session has ended', async () => {
    const { post } = createTestApp(t.db);
    const wave = await arrangeWave(t.db);
    const cookie = await arrangeGroupSession(wave.waveId, true);
    const res = await post('/api/responses', submission(wave.slug, '11-17'), { cookie });
    expect(res.status).toBe(403);
    expect((await readJson(res)).error.message).toMatch(/hand it back/);
    expect(await responsesOf(wave.waveId)).toHaveLength(0);
  });

  it('refuses a claim of group-session mode from a device not in a group session', async () => {
    const { post } = createTestApp(t.db);
    const wave = await arrangeWave(t.db);
    const res = await post('/api/responses', { ...submission(wave.slug, '11-17'), mode: 'group_session' });
    expect(res.status).toBe(400);
    expect(await responsesOf(wave.waveId)).toHaveLength(0);
  });
});
