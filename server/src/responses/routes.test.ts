import { readJson } from '../test-support/read-json.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestDb, type TestDb } from '../test-support/test-db.ts';
import { createTestApp } from '../test-support/test-app.ts';
import { arrangeWave, submission } from '../test-support/arrange.ts';
import { aChoiceQuestion, aTextQuestion } from '../test-support/instrument-questions.ts';
import { describeSafely } from '../http/error-handler.ts';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t.close();
});

async function countResponses(waveId?: string): Promise<number> {
  let q = t.db.selectFrom('responses').select((eb) => eb.fn.countAll<string | number>().as('n'));
  if (waveId) q = q.where('wave_id', '=', waveId);
  const row = await q.executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('POST /api/responses', () => {
  it('stores a checked response with its band, mode and date only, and answers 201', async () => {
    const { post } = createTestApp(t.db, { now: new Date('2026-11-23T23:30:00Z') });
    const wave = await arrangeWave(t.db);
    const q = aChoiceQuestion('4-7');
    const body = { ...submission(wave.slug, '4-7', { [q.name]: q.valid }), mode: 'with_adult' };
    const res = await post('/api/responses', body);
    expect(res.status).toBe(201);
    expect(await readJson(res)).toEqual({ id: body.id, status: 'stored' });
    const row = await t.db
      .selectFrom('responses')
      .select(['id', 'band', 'mode', 'instrument_id', 'instrument_version', 'answers', sql<string>`submitted_on::text`.as('submitted_on')])
      .where('id', '=', body.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({
      id: body.id,
      band: '4-7',
      mode: 'with_adult',
      instrument_id: body.instrument,
      instrument_version: body.version,
      answers: { [q.name]: q.valid },
      submitted_on: '2026-11-23',
    });
  });

  it('keeps the calendar date in UK time, so a late-evening summer answer gets the next day', async () => {
    const { post } = createTestApp(t.db, { now: new Date('2026-07-01T23:30:00Z') });
    const wave = await arrangeWave(t.db, { opensOn: '2026-06-01', closesOn: '2026-07-31' });
    const body = submission(wave.slug, '8-11');
    expect((await post('/api/responses', body)).status).toBe(201);
    const row = await t.db.selectFrom('responses').select(sql<string>`submitted_on::text`.as('d')).where('id', '=', body.id).executeTakeFirstOrThrow();
    expect(row.d).toBe('2026-07-02');
  });

  it('has no column that could hold a time, an address, a device or an access grant', async () => {
    const columns = await sql<{ column_name: string; data_type: string }>`
      select column_name, data_type from information_schema.columns
      where table_name = 'responses' and table_schema = current_schema() order by column_name`.execute(t.db);
    expect(columns.rows.map((c) => c.column_name)).toEqual([
      'answers', 'band', 'id', 'instrument_id', 'instrument_version', 'mode', 'submitted_on', 'wave_id',
    ]);
    expect(columns.rows.filter((c) => /time/.test(c.data_type))).toEqual([]);
  });

  it('stores one response when the same id and body arrive twice, and answers the same both times', async () => {
    const { post } = createTestApp(t.db);
    const wave = await arrangeWave(t.db);
    const q = aChoiceQuestion('11-17');
    const body = submission(wave.slug, '11-17', { [q.name]: q.valid });
    const first = await post('/api/responses', body);
    // the same body with its keys in another order is the same submission
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const second = await post('/api/responses', reordered);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(await readJson(second)).toEqual(await readJson(first));
    expect(await countResponses(wave.waveId)).toBe(1);
  });

  it('stores one response when identical retries race each other', async () => {
    const { post } = createTestApp(t.db);
    const wave = await arrangeWave(t.db);
    const body = submission(wave.slug, '16-25');
    const results = await Promise.all(Array.from({ length: 6 }, () => post('/api/responses', body)));
    expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201, 201, 201]);
    expect(await countResponses(wave.waveId)).toBe(1);
  });

  it('refuses the same id with different answers (409) and keeps the first answers', async () => {
    const { post } = createTestApp(t.db);
    const wave = await arrangeWave(t.db);
    const q = aChoiceQuestion('8-11');
    const body = submission(wave.slug, '8-11', { [q.name]: q.valid });
    expect((await post('/api/responses', body)).status).toBe(201);
    const res = await post('/api/responses', { ...body, answers: {} });
    expect(res.status).toBe(409);
    expect((await readJson(res)).error.code).toBe('id_reused');
    const row = await t.db.selectFrom('responses').select('answers').where('id', '=', body.id).executeTakeFirstOrThrow();
    expect(row.answers).toEqual({ [q.name]: q.valid });
  });

  it('answers a replay of a stored response as before even after the wave has closed', async () => {
    const wave = await arrangeWave(t.db, { opensOn: '2026-11-01', closesOn: '2026-11-23' });
    const body = submission(wave.slug, '8-11');
    expect((await createTestApp(t.db, { now: new Date('2026-11-23T12:00:00Z') }).post('/api/responses', body)).status).toBe(201);
    const later = createTestApp(t.db, { now: new Date('2026-11-25T12:00:00Z') });
    expect((await later.post('/api/responses', body)).status).toBe(201);
    expect(await countResponses(wave.waveId)).toBe(1);
  });

  it('refuses an answer that is not one of the choices, names the question and stores nothing', async () => {
    const { post } = createTestApp(t.db);
    const wave = await arrangeWave(t.db);
    const q = aChoiceQuestion('11-17');
    const res = await post('/api/responses', submission(wave.slug, '11-17', { [q.name]: q.invalid }));
    expect(res.status).toBe(422);
    const { error } = await readJson(res);
    expect(error.code).toBe('invalid_answers');
    expect(error.details.problems).toEqual([expect.objectContaining({ question: q.name, code: 'not_a_choice' })]);
    expect(error.message).toContain(q.name);
    expect(await countResponses(wave.waveId)).toBe(0);
  });

  it('refuses keys that are no question and answers of the wrong type, listing every one', async () => {
    const { post } = createTestApp(t.db);
    const wave = await arrangeWave(t.db);
    const q = aChoiceQuestion('8-11');
    const res = await post('/api/responses', submission(wave.slug, '8-11', { [q.name]: 3, child_name: 'Sam' }));
    expect(res.status).toBe(422);
    const problems = (await readJson(res)).error.details.problems as { question: string; code: string }[];
    expect(problems.map((p) => [p.question, p.code]).sort()).toEqual(
      [[q.name, 'wrong_type'], ['child_name', 'unknown_question']].sort(),
    );
    expect(await countResponses(wave.waveId)).toBe(0);
  });

  const malformed: [string, string | object, number, string][] = [
    ['a body that is not JSON', '{"id": "x", ', 400, 'invalid_request'],
    ['a JSON array instead of an object', '[]', 400, 'invalid_request'],
    ['an id that is not a UUID', { id: 'not-a-uuid' }, 400, 'invalid_request'],
    ['a version that is text', { version: '1' }, 400, 'invalid_request'],
    ['answers that are a list', { answers: [] }, 400, 'invalid_request'],
    ['an unknown mode', { mode: 'by_post' }, 400, 'invalid_request'],
    ['an extra field such as a name', { name: 'Sam' }, 400, 'invalid_request'],
    ['a wave nobody has', { wave: 'no-such-wave' }, 404, 'not_found'],
    ['an instrument the wave does not use', { instrument: 'children-4-7-unknown' }, 422, 'instrument_not_in_wave'],
    ['an old version of the instrument', { version: 99 }, 422, 'instrument_not_in_wave'],
  ];
  for (const [what, change, status, code] of malformed) {
    it(`refuses ${what} with ${status} ${code} and stores nothing`, async () => {
      const { post } = createTestApp(t.db);
      const wave = await arrangeWave(t.db);
      const body = typeof change === 'string' ? change : { ...submission(wave.slug, '11-17'), ...change };
      const res = await post('/api/responses', body);
      expect(res.status).toBe(status);
      const { error } = await readJson(res);
      expect(error.code).toBe(code);
      expect(error.message.length).toBeGreaterThan(20);
      expect(error.requestId).toBeTruthy();
      expect(await countResponses(wave.waveId)).toBe(0);
    });
  }

  it('refuses a body that is not sent as JSON (415)', async () => {
    const { post } = createTestApp(t.db);
    const wave = await arrangeWave(t.db);
    const res = await post('/api/responses', JSON.stringify(submission(wave.slug, '4-7')), { 'content-type': 'text/plain' });
    expect(res.status).toBe(415);
    expect((await readJson(res)).error.code).toBe('unsupported_media_type');
    expect(await countResponses(wave.waveId)).toBe(0);
  });

  it('refuses an oversize body (413) without storing it', async () => {
    const { post } = createTestApp(t.db);
    const wave = await arrangeWave(t.db);
    const text = aTextQuestion('16-25');
    const res = await post('/api/responses', submission(wave.slug, '16-25', { [text]: 'x'.repeat(70 * 1024) }));
    expect(res.status).toBe(413);
    expect((await readJson(res)).error.code).toBe('payload_too_large');
    expect(await countResponses(wave.waveId)).toBe(0);
  });

  it('refuses a body whose declared length is over the limit (413) before reading it', async () => {
    const { post } = createTestApp(t.db);
    const wave = await arrangeWave(t.db);
    const text = aTextQuestion('16-25');
    const body = JSON.stringify(submission(wave.slug, '16-25', { [text]: 'y'.repeat(66 * 1024) }));
    const res = await post('/api/responses', body, { 'content-length': String(Buffer.byteLength(body)) });
    expect(res.status).toBe(413);
    expect(await countResponses(wave.waveId)).toBe(0);
  });

  it('refuses answers before the wave opens and after it closes, saying the date', async () => {
    const { post } = createTestApp(t.db, { now: new Date('2026-11-23T12:00:00Z') });
    const early = await arrangeWave(t.db, { opensOn: '2026-12-01', closesOn: '2027-01-31' });
    const late = await arrangeWave(t.db, { opensOn: '2026-09-01', closesOn: '2026-10-31' });
    const r1 = await post('/api/responses', submission(early.slug, '8-11'));
    const r2 = await post('/api/responses', submission(late.slug, '8-11'));
    expect(r1.status).toBe(409);
    expect(r2.status).toBe(409);
    const e1 = (await readJson(r1)).error;
    const e2 = (await readJson(r2)).error;
    expect([e1.code, e2.code]).toEqual(['wave_not_open', 'wave_closed']);
    expect(e1.message).toContain('1 December 2026');
    expect(e2.message).toContain('31 October 2026');
    expect(await countResponses(early.waveId)).toBe(0);
    expect(await countResponses(late.waveId)).toBe(0);
  });

  it('never writes answers or comments to the log, whether a submission is stored or refused', async () => {
    const { post, logText } = createTestApp(t.db);
    const wave = await arrangeWave(t.db);
    const text = aTextQuestion('11-17');
    const q = aChoiceQuestion('11-17');
    const secret = 'my foster carer Jo at 12 Elm Road';
    expect((await post('/api/responses', submission(wave.slug, '11-17', { [text]: secret, [q.name]: q.valid }))).status).toBe(201);
    expect((await post('/api/responses', submission(wave.slug, '11-17', { [text]: secret, [q.name]: q.invalid }))).status).toBe(422);
    expect((await post('/api/responses', `{"answers": {"${text}": "${secret}"`)).status).toBe(400);
    const log = logText();
    expect(log).toContain('/api/responses');
    expect(log).not.toContain('Elm Road');
    expect(log).not.toContain(q.invalid);
    expect(log).not.toContain(wave.slug);
  });
});

describe('describeSafely', () => {
  it("keeps a database error's code and stack but not the values the query carried", async () => {
    const secret = 'answer-that-must-not-be-logged';
    let caught: unknown;
    try {
      await sql`select ${secret}::int`.execute(t.db);
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(Error);
    const described = describeSafely(caught);
    expect(described.sqlState).toBe('22P02');
    expect(JSON.stringify(described)).not.toContain(secret);
  });
});
