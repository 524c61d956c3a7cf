import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readJson } from '../test-support/read-json.ts';
import { signIn, staffRequests } from '../test-support/arrange-staff.ts';
import { createTestApp } from '../test-support/test-app.ts';
import { createTestDb, type TestDb } from '../test-support/test-db.ts';
import { COMMENTS_POOL } from './comments-pool.ts';
import { seedDemo, type DemoSignIn } from './seed-demo.ts';
import { DEMO_SEED, DEMO_WAVE_SLUG, generateDemoPlatform } from './synthetic.ts';

// createTestApp's clock says 2026-11-23: the demo is made for the same day.
const TODAY = '2026-11-23';
const FREE_TEXT = ['ft_make_life_better', 'ft_good_things', 'ft_anything_else'];
const platform = generateDemoPlatform(DEMO_SEED, TODAY);
const generated = platform.councils.flatMap((c) => c.waves.flatMap((w) => w.bands.flatMap((b) => b.responses)));

let t: TestDb;
let demo: DemoSignIn;

beforeAll(async () => {
  t = await createTestDb();
  demo = (await seedDemo(t.db, TODAY))!;
});
afterAll(async () => {
  await t.close();
});

async function count(table: 'councils' | 'waves' | 'wave_eligible_counts' | 'responses' | 'comments' | 'accounts'): Promise<number> {
  const row = await t.db.selectFrom(table).select(sql<string>`count(*)`.as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('seedDemo with the synthetic platform', () => {
  it('stores every council, wave, eligible count and response the generator makes', async () => {
    expect(await count('councils')).toBe(platform.councils.length);
    expect(await count('waves')).toBe(platform.councils.length * 2);
    expect(await count('wave_eligible_counts')).toBe(platform.councils.length * 2 * 4);
    expect(await count('responses')).toBe(generated.length);
    const stored = await t.db.selectFrom('responses').select(['id', sql<string>`submitted_on::text`.as('submitted_on')]).where('id', '=', generated[0]!.id).executeTakeFirstOrThrow();
    expect(stored.submitted_on).toBe(generated[0]!.submittedOn);
  });

  it('prints sign-in details only for the demo council, with codes for its open wave', async () => {
    expect(demo.accounts.map((a) => a.role).sort()).toEqual(['panel_member', 'participation_worker', 'platform_admin', 'survey_lead']);
    expect(demo.codes).toHaveLength(20);
    expect(await count('accounts')).toBe(4);
    const batches = await t.db
      .selectFrom('access_code_batches')
      .innerJoin('waves', 'waves.id', 'access_code_batches.wave_id')
      .select('waves.slug')
      .distinct()
      .execute();
    expect(batches.map((b) => b.slug)).toEqual([DEMO_WAVE_SLUG]);
  });

  it('adds nothing when it runs again at the next start', async () => {
    const before = await count('responses');
    expect(await seedDemo(t.db, TODAY)).toBeNull();
    expect(await count('responses')).toBe(before);
    expect(await count('councils')).toBe(platform.councils.length);
  });

  it('keeps children\'s own words out of the stored answers and in the comments store instead', async () => {
    const withFreeText = await t.db
      .selectFrom('responses')
      .select(sql<string>`count(*)`.as('n'))
      .where(sql<boolean>`answers ?| array['ft_make_life_better', 'ft_good_things', 'ft_anything_else']`)
      .executeTakeFirstOrThrow();
    expect(Number(withFreeText.n)).toBe(0);
    const written = generated.flatMap((r) => FREE_TEXT.filter((q) => typeof r.answers[q] === 'string'));
    expect(await count('comments')).toBe(written.length);
  });

  it('stores the comments with the phone numbers and email addresses in them masked', async () => {
    const texts = (await t.db.selectFrom('comments').select('text').execute()).map((c) => c.text);
    const details = COMMENTS_POOL.flatMap((c) => [...(c.text.match(/\b0\d{4} ?\d{6}\b/g) ?? []), ...(c.text.match(/\S+@example\.com/g) ?? [])]);
    expect(details.length).toBeGreaterThan(3);
    for (const detail of details) expect(texts.filter((text) => text.includes(detail))).toEqual([]);
  });

  it("puts the demo wave's worrying comments in its safeguarding queue", async () => {
    const flagged = await t.db
      .selectFrom('comments')
      .innerJoin('waves', 'waves.id', 'comments.wave_id')
      .select(['comments.band', 'comments.text'])
      .where('waves.slug', '=', DEMO_WAVE_SLUG)
      .where('comments.safeguarding', '=', 'open')
      .execute();
    const queue = flagged.map((c) => `${c.band}: ${c.text}`);
    expect(queue).toContain('8-11: my carers boyfriend hits me when shes at work');
    expect(queue).toContain('11-17: i want to die sometimes and nobody notices');
  });

  it("shows the demo council's survey lead a report with bright spots and areas for improvement at once", async () => {
    const { app } = createTestApp(t.db);
    const lead = demo.accounts.find((a) => a.role === 'survey_lead')!;
    const agent = await signIn(app, { accountId: '', email: lead.email, password: lead.password, role: 'survey_lead', councilId: null });
    const waves = (await readJson(await staffRequests(app, agent).get('/api/staff/waves'))).waves as { id: string; slug: string; state: string }[];
    const wave = waves.find((w) => w.slug === DEMO_WAVE_SLUG)!;
    expect(wave.state).toBe('open');
    const res = await staffRequests(app, agent).get(`/api/staff/waves/${wave.id}/report`);
    expect(res.status).toBe(200);
    const { model } = await readJson(res);
    expect(model.previousWave).not.toBeNull();
    expect(model.brightSpots.length).toBeGreaterThan(0);
    expect(model.areasForImprovement.length).toBeGreaterThan(0);
    const findings = [...model.brightSpots, ...model.areasForImprovement] as { band: string; itemId: string; evidence: { basis: string }[] }[];
    expect(findings.map((f) => `${f.band} ${f.itemId}`)).toContain('11-17 sw_changes_12m');
    expect(new Set(findings.flatMap((f) => f.evidence.map((e) => e.basis)))).toEqual(
      new Set(['other_councils', 'previous_wave', 'general_population', 'absolute_worrying']),
    );
  });
});

describe('seedDemo without the synthetic platform', () => {
  it('makes only the demo council and its open wave, with no responses, for tests that count what they submit', async () => {
    const own = await createTestDb();
    try {
      const signInDetails = await seedDemo(own.db, TODAY, { synthetic: false, codesPerBand: 2 });
      expect(signInDetails!.codes).toHaveLength(8);
      const waves = await own.db.selectFrom('waves').select('slug').execute();
      expect(waves.map((w) => w.slug)).toEqual([DEMO_WAVE_SLUG]);
      expect((await own.db.selectFrom('councils').select('slug').execute()).map((c) => c.slug)).toEqual(['demo-council']);
      expect(await own.db.selectFrom('responses').select('id').execute()).toEqual([]);
    } finally {
      await own.close();
    }
  });
});
