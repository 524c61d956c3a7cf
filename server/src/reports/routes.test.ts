import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { arrangeCouncil, arrangeStaff, staffRequests, type StaffAgent } from '../test-support/arrange-staff.ts';
import { arrangeRandomResponses, seededRandom } from '../test-support/arrange-responses.ts';
import { submission } from '../test-support/arrange.ts';
import { aTextQuestion } from '../test-support/instrument-questions.ts';
import { readJson } from '../test-support/read-json.ts';
import { createTestApp } from '../test-support/test-app.ts';
import { createTestDb, type TestDb } from '../test-support/test-db.ts';

let t: TestDb;
let testApp: ReturnType<typeof createTestApp>;
let app: ReturnType<typeof createTestApp>['app'];
let lead: StaffAgent;
let member: StaffAgent;
let worker: StaffAgent;
let admin: StaffAgent;
let otherLead: StaffAgent;
let councilId: string;

beforeAll(async () => {
  t = await createTestDb();
  testApp = createTestApp(t.db); // today is 2026-11-23
  app = testApp.app;
  ({ councilId } = await arrangeCouncil(t.db));
  const other = await arrangeCouncil(t.db);
  [lead, member, worker, admin, otherLead] = await Promise.all([
    arrangeStaff(app, t.db, { role: 'survey_lead', councilId }),
    arrangeStaff(app, t.db, { role: 'panel_member', councilId }),
    arrangeStaff(app, t.db, { role: 'participation_worker', councilId }),
    arrangeStaff(app, t.db, { role: 'platform_admin' }),
    arrangeStaff(app, t.db, { role: 'survey_lead', councilId: other.councilId }),
  ]);
});
afterAll(async () => {
  await t.close();
});

/** A wave of the lead's council, open today, every band; returns its id and slug. */
async function aWave(label = 'Report wave') {
  const res = await staffRequests(app, lead).post('/api/staff/waves', { label, opensOn: '2026-11-01', closesOn: '2026-12-31' });
  expect(res.status).toBe(201);
  const wave = await readJson(res);
  return { id: wave.id as string, slug: wave.slug as string };
}

/** A child's submission through the front door, with words in the band's first free-text question. */
async function submitWords(slug: string, band: '8-11' | '11-17', words: string) {
  const body = submission(slug, band, { [aTextQuestion(band)]: words });
  const res = await testApp.post('/api/responses', body);
  expect(res.status).toBe(201);
  return body;
}

describe('comments at submit', () => {
  it('keeps a child\'s words out of the stored answers and stores them once, already redacted', async () => {
    const { id, slug } = await aWave();
    const words = 'my sw Sarah Jones never rings me back, call me on 07700 900123 or at Oakfield Academy';
    const body = await submitWords(slug, '11-17', words);
    // the same submission again (a retry) stores nothing more
    expect((await testApp.post('/api/responses', body)).status).toBe(201);

    const stored = await t.db.selectFrom('responses').select('answers').where('id', '=', body.id).executeTakeFirstOrThrow();
    expect(Object.keys(stored.answers)).not.toContain(aTextQuestion('11-17'));
    expect(JSON.stringify(stored.answers)).not.toContain('Sarah');

    const comments = await t.db.selectFrom('comments').selectAll().where('wave_id', '=', id).execute();
    expect(comments).toHaveLength(1);
    const [c] = comments;
    expect(c!.text).not.toMatch(/Sarah|Jones|07700|Oakfield/);
    expect(c!.text).toContain('[phone]');
    expect(c!.masked).toEqual(expect.arrayContaining(['name', 'phone', 'school']));
    expect(c!.safeguarding).toBe('none');
    // nothing of the words in the server's log
    expect(testApp.logText()).not.toMatch(/Sarah|07700|Oakfield|rings me back/);
  });

  it('puts a comment that suggests a child may be at risk into the safeguarding queue, not the review list', async () => {
    const { id, slug } = await aWave();
    await submitWords(slug, '11-17', "my carers boyfriend hits me when shes at work and i dont feel safe");
    await submitWords(slug, '11-17', 'i like my bedroom and my dog');
    const review = await readJson(await staffRequests(app, lead).get(`/api/staff/waves/${id}/comments?queue=review`));
    expect(review.comments.map((c: { text: string }) => c.text)).toEqual(['i like my bedroom and my dog']);
    expect(review.safeguardingSteps).toBeUndefined();
    await staffRequests(app, lead).put(`/api/staff/councils/${councilId}/safeguarding-steps`, { steps: 'Phone the duty team on the same day.' });
    const queue = await readJson(await staffRequests(app, lead).get(`/api/staff/waves/${id}/comments?queue=safeguarding`));
    expect(queue.comments).toHaveLength(1);
    expect(queue.comments[0]).toMatchObject({ flagged: true, safeguarding: 'open' });
    expect(queue.comments[0].flagReasons.length).toBeGreaterThan(0);
    expect(queue.safeguardingSteps).toBe('Phone the duty team on the same day.');

    const actioned = await staffRequests(app, lead).patch(`/api/staff/comments/${queue.comments[0].id}`, { safeguarding: 'actioned' });
    expect(actioned.status).toBe(200);
    expect(await readJson(actioned)).toMatchObject({ safeguarding: 'actioned' });
    // a flagged comment is never a quote
    const quote = await staffRequests(app, lead).patch(`/api/staff/comments/${queue.comments[0].id}`, { quote: 'approved' });
    expect(quote.status).toBe(400);
  });
});

describe('reviewing comments and quoting them', () => {
  it('approves a quote only when at least 5 children in the band answered the question, and then shows it in the report', async () => {
    const { id, slug } = await aWave();
    const sayings = ['more time with my brother', 'pocket money is too little', 'i want a say in where i live', 'my social worker keeps changing'];
    for (const words of sayings) await submitWords(slug, '8-11', words);
    const list = await readJson(await staffRequests(app, lead).get(`/api/staff/waves/${id}/comments`));
    const pocket = list.comments.find((c: { text: string }) => c.text.includes('pocket money'));

    const tooFew = await staffRequests(app, lead).patch(`/api/staff/comments/${pocket.id}`, { quote: 'approved' });
    expect(tooFew.status).toBe(409);
    const refusal = (await readJson(tooFew)).error;
    expect(refusal).toMatchObject({ code: 'too_few_to_quote' });
    expect(refusal.message).toMatch(/Fewer than 5 children/);

    await submitWords(slug, '8-11', 'i love my foster family');
    const ok = await staffRequests(app, lead).patch(`/api/staff/comments/${pocket.id}`, { quote: 'approved' });
    expect(ok.status).toBe(200);
    expect(await readJson(ok)).toMatchObject({ quote: 'approved', text: 'pocket money is too little' });

    const report = await readJson(await staffRequests(app, member).get(`/api/staff/waves/${id}/report`));
    const band = report.whatChildrenSaid.find((b: { band: string }) => b.band === '8-11');
    expect(band.mayBeShown).toBe(true);
    expect(band.quotes.map((q: { text: string }) => q.text)).toEqual(['pocket money is too little']);
    // a band where nobody wrote anything shows no words at all
    expect(report.whatChildrenSaid.find((b: { band: string }) => b.band === '4-7')).toMatchObject({ mayBeShown: false, quotes: [], themes: [] });
  });

  it('suggests themes from the council\'s list, confirms them, and counts confirmed themes in the report with small counts hidden', async () => {
    const { id, slug } = await aWave();
    for (let i = 0; i < 6; i++) await submitWords(slug, '11-17', `pocket money is not enough ${i}`);
    const list = await readJson(await staffRequests(app, lead).get(`/api/staff/waves/${id}/comments`));
    const money = list.themes.find((th: { label: string; keywords: string[] }) => th.keywords.some((k) => k.startsWith('pocket money') || k === 'money'));
    expect(money).toBeDefined();
    for (const c of list.comments) expect(c.suggestedThemes).toContain(money.id);
    for (const c of list.comments.slice(0, 5)) {
      const res = await staffRequests(app, lead).patch(`/api/staff/comments/${c.id}`, { themes: [money.id] });
      expect(res.status).toBe(200);
    }
    let report = await readJson(await staffRequests(app, lead).get(`/api/staff/waves/${id}/report`));
    let band = report.whatChildrenSaid.find((b: { band: string }) => b.band === '11-17');
    expect(band.themes).toEqual([{ themeId: money.id, label: money.label, comments: { suppressed: false, value: 5 } }]);

    // renaming keeps the theme; a confirmed theme that drops below 5 is shown as suppressed
    const renamed = await staffRequests(app, lead).put(`/api/staff/councils/${councilId}/themes`, {
      themes: list.themes.map((th: { id: string; label: string; keywords: string[] }) => (th.id === money.id ? { ...th, label: 'Money' } : th)),
    });
    expect(renamed.status).toBe(200);
    await staffRequests(app, lead).patch(`/api/staff/comments/${list.comments[0].id}`, { themes: [] });
    report = await readJson(await staffRequests(app, lead).get(`/api/staff/waves/${id}/report`));
    band = report.whatChildrenSaid.find((b: { band: string }) => b.band === '11-17');
    expect(band.themes).toEqual([{ themeId: money.id, label: 'Money', comments: { suppressed: true, reason: 'count_below_5' } }]);
  });

  it('refuses themes not in the list, empty changes, unknown comments and other councils\' comments, changing nothing', async () => {
    const { id, slug } = await aWave();
    await submitWords(slug, '11-17', 'more trips out please');
    const [comment] = (await readJson(await staffRequests(app, lead).get(`/api/staff/waves/${id}/comments`))).comments;
    const lead$ = staffRequests(app, lead);
    expect((await lead$.patch(`/api/staff/comments/${comment.id}`, { themes: ['not-a-theme'] })).status).toBe(400);
    expect((await lead$.patch(`/api/staff/comments/${comment.id}`, {})).status).toBe(400);
    expect((await lead$.patch(`/api/staff/comments/${comment.id}`, { quote: 'maybe' })).status).toBe(400);
    expect((await lead$.patch(`/api/staff/comments/${comment.id}`, { themes: 'money' })).status).toBe(400);
    expect((await lead$.send('PATCH', `/api/staff/comments/${comment.id}`, '{"themes": [')).status).toBe(400);
    expect((await lead$.patch(`/api/staff/comments/${randomUUID()}`, { quote: 'none' })).status).toBe(404);
    expect((await lead$.patch('/api/staff/comments/not-a-uuid', { quote: 'none' })).status).toBe(404);
    expect((await staffRequests(app, otherLead).patch(`/api/staff/comments/${comment.id}`, { quote: 'none' })).status).toBe(404);
    expect((await lead$.patch(`/api/staff/comments/${comment.id}`, { quote: 'none' }, { withoutCsrf: true })).status).toBe(403);
    const after = await t.db.selectFrom('comments').select(['themes', 'quote']).where('id', '=', comment.id).executeTakeFirstOrThrow();
    expect(after).toEqual({ themes: null, quote: 'none' });
  });

  it('lets only the survey lead see comments: panel members, workers and other councils cannot', async () => {
    const { id } = await aWave();
    expect((await staffRequests(app, member).get(`/api/staff/waves/${id}/comments`)).status).toBe(403);
    expect((await staffRequests(app, worker).get(`/api/staff/waves/${id}/comments`)).status).toBe(403);
    expect((await staffRequests(app, admin).get(`/api/staff/waves/${id}/comments`)).status).toBe(403);
    expect((await staffRequests(app, otherLead).get(`/api/staff/waves/${id}/comments`)).status).toBe(404);
    expect((await staffRequests(app, undefined).get(`/api/staff/waves/${id}/comments`)).status).toBe(401);
  });

  it('refuses a theme list with two themes of the same name or none at all', async () => {
    const dup = await staffRequests(app, lead).put(`/api/staff/councils/${councilId}/themes`, { themes: [{ label: 'Family', keywords: [] }, { label: 'family ', keywords: [] }] });
    expect(dup.status).toBe(400);
    expect((await readJson(dup)).error.message).toMatch(/Two themes are both called/);
    expect((await staffRequests(app, lead).put(`/api/staff/councils/${councilId}/themes`, { themes: [] })).status).toBe(400);
    expect((await staffRequests(app, otherLead).put(`/api/staff/councils/${councilId}/themes`, { themes: [{ label: 'x', keywords: [] }] })).status).toBe(404);
  });
});

describe('the report', () => {
  it('answers panel members, leads and admins; not workers, other councils or unknown waves', async () => {
    const { id } = await aWave();
    for (const who of [member, lead, admin]) expect((await staffRequests(app, who).get(`/api/staff/waves/${id}/report`)).status).toBe(200);
    expect((await staffRequests(app, worker).get(`/api/staff/waves/${id}/report`)).status).toBe(403);
    expect((await staffRequests(app, otherLead).get(`/api/staff/waves/${id}/report`)).status).toBe(404);
    expect((await staffRequests(app, member).get(`/api/staff/waves/${randomUUID()}/report`)).status).toBe(404);
    expect((await staffRequests(app, member).get('/api/staff/waves/nonsense/report')).status).toBe(404);
  });

  it('shows a band with fewer than 5 responses as suppressed, and no share on a base below 10', async () => {
    const { id } = await aWave();
    await arrangeRandomResponses(t.db, id, { '4-7': 3, '11-17': 40 }, seededRandom(7));
    const report = await readJson(await staffRequests(app, member).get(`/api/staff/waves/${id}/report`));
    const rate = (band: string) => report.model.responseRates.bands.find((b: { band: string }) => b.band === band);
    expect(rate('4-7').responses).toEqual({ suppressed: true, reason: 'count_below_5' });
    expect(rate('11-17').responses).toEqual({ suppressed: false, value: 40 });
    const youngest = report.model.bands.find((b: { band: string }) => b.band === '4-7');
    for (const d of youngest.domains) for (const item of d.items) for (const ind of item.indicators) expect(ind.share.suppressed).toBe(true);
    expect(report.model.methods.length).toBeGreaterThan(0);
  });
});

describe('"you said, we will" and the child-friendly page', () => {
  it('records, changes and removes the council\'s answers, with clear errors and nothing stored on bad input', async () => {
    const { id } = await aWave();
    const lead$ = staffRequests(app, lead);
    const added = await lead$.post(`/api/staff/waves/${id}/you-said`, { band: '8-11', itemId: 'have_a_say', youSaid: 'You want more say.', weWill: 'We will ask you first.' });
    expect(added.status).toBe(201);
    const entry = await readJson(added);
    const changed = await lead$.put(`/api/staff/waves/${id}/you-said/${entry.id}`, { band: null, itemId: null, youSaid: 'You want more say.', weWill: 'We will set up a children\'s council.' });
    expect(await readJson(changed)).toMatchObject({ band: null, weWill: "We will set up a children's council." });

    const bad = [
      { band: '8-11', itemId: 'no_such_item', youSaid: 'a', weWill: 'b' },
      { band: '8-11', itemId: null, youSaid: '', weWill: 'b' },
      { band: '8-11', itemId: null, youSaid: 'a'.repeat(501), weWill: 'b' },
      { band: 'teens', itemId: null, youSaid: 'a', weWill: 'b' },
      { band: '8-11', itemId: null, youSaid: 'a', weWill: 'b', extra: true },
    ];
    for (const body of bad) expect((await lead$.post(`/api/staff/waves/${id}/you-said`, body)).status).toBe(400);
    expect((await staffRequests(app, member).post(`/api/staff/waves/${id}/you-said`, { band: null, itemId: null, youSaid: 'a', weWill: 'b' })).status).toBe(403);
    expect((await staffRequests(app, otherLead).post(`/api/staff/waves/${id}/you-said`, { band: null, itemId: null, youSaid: 'a', weWill: 'b' })).status).toBe(404);
    expect(await t.db.selectFrom('you_said').select('id').where('wave_id', '=', id).execute()).toHaveLength(1);

    expect((await lead$.delete(`/api/staff/waves/${id}/you-said/${entry.id}`)).status).toBe(204);
    expect((await lead$.delete(`/api/staff/waves/${id}/you-said/${entry.id}`)).status).toBe(404);
  });

  it('shows children their results only once the lead publishes the page for their band', async () => {
    const { id, slug } = await aWave('Our survey 2026');
    await arrangeRandomResponses(t.db, id, { '11-17': 30 }, seededRandom(3));
    await staffRequests(app, lead).post(`/api/staff/waves/${id}/you-said`, { band: '11-17', itemId: null, youSaid: 'You said pocket money is too low.', weWill: 'We will raise it in April.' });
    await staffRequests(app, lead).post(`/api/staff/waves/${id}/you-said`, { band: '4-7', itemId: null, youSaid: 'Not for teenagers.', weWill: 'Not shown to them.' });

    const before = await app.request(`/api/waves/${slug}/results/11-17`);
    expect(before.status).toBe(404);
    expect((await readJson(before)).error.code).toBe('not_published');

    const published = await staffRequests(app, lead).put(`/api/staff/waves/${id}/child-pages/11-17`, { published: true });
    expect(await readJson(published)).toEqual({ band: '11-17', published: true });
    const page = await readJson(await app.request(`/api/waves/${slug}/results/11-17`));
    expect(page).toMatchObject({ band: '11-17', wave: { label: 'Our survey 2026' }, children: { suppressed: false, value: 30 } });
    expect(page.weWill).toEqual([{ youSaid: 'You said pocket money is too low.', weWill: 'We will raise it in April.' }]);
    for (const line of [...page.goingWell, ...page.toImprove]) expect(line.text).toMatch(/^\d+ out of 10 children and young people /);

    expect((await app.request(`/api/waves/${slug}/results/8-11`)).status).toBe(404);
    expect((await app.request(`/api/waves/no-such-wave/results/8-11`)).status).toBe(404);
    expect((await app.request(`/api/waves/${slug}/results/teens`)).status).toBe(400);
    await staffRequests(app, lead).put(`/api/staff/waves/${id}/child-pages/11-17`, { published: false });
    expect((await app.request(`/api/waves/${slug}/results/11-17`)).status).toBe(404);
  });
});

describe('exports', () => {
  it('gives the analyst a tidy CSV with no words, no ids and no dates, withholding a band with too few responses', async () => {
    const { id, slug } = await aWave();
    await arrangeRandomResponses(t.db, id, { '4-7': 4, '11-17': 25 }, seededRandom(11));
    await submitWords(slug, '11-17', 'my dog is called Biscuit');
    const res = await staffRequests(app, lead).get(`/api/staff/waves/${id}/exports/responses.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    const csv = await res.text();
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toMatch(/^response,band,instrument,version,mode,/);
    expect(lines).toHaveLength(1 + 26);
    expect(lines.slice(1).every((l) => l.split(',')[1] === '11-17')).toBe(true);
    expect(csv).not.toMatch(/Biscuit|dog|2026-|[0-9a-f]{8}-[0-9a-f]{4}-/);

    const codebook = await (await staffRequests(app, lead).get(`/api/staff/waves/${id}/exports/codebook.csv`)).text();
    expect(codebook).toMatch(/band,,Age band of the survey answered,,4-7,"withheld: fewer than 10 responses/);
    expect(codebook).toMatch(/band,,Age band of the survey answered,,11-17,ages 11-17/);
    expect(codebook).toMatch(/feel_safe,feel_safe,/);
  });

  it('gives every figure of the report with the same suppression, and audits each download', async () => {
    const { id } = await aWave('Figures wave');
    await arrangeRandomResponses(t.db, id, { '4-7': 3, '11-17': 25 }, seededRandom(12));
    const csv = await (await staffRequests(app, lead).get(`/api/staff/waves/${id}/exports/figures.csv`)).text();
    const rows = csv.trim().split('\r\n').map((l) => l.split(','));
    const header = rows[0]!;
    const col = (name: string) => header.indexOf(name);
    const responses47 = rows.find((r) => r[col('band')] === '4-7' && r[col('figure')] === 'responses')!;
    expect(responses47[col('value')]).toBe('');
    expect(responses47[col('suppressed')]).toBe('fewer than 5');
    const responses1117 = rows.find((r) => r[col('band')] === '11-17' && r[col('figure')] === 'responses')!;
    expect(responses1117[col('value')]).toBe('25');

    const audit = await t.db.selectFrom('audit_log').select(['action', 'details']).where('subject', '=', 'Figures wave').where('action', 'like', 'export.%').execute();
    expect(audit).toEqual([{ action: 'export.figures', details: { file: 'figures.csv' } }]);
    expect((await staffRequests(app, member).get(`/api/staff/waves/${id}/exports/figures.csv`)).status).toBe(403);
    expect((await staffRequests(app, otherLead).get(`/api/staff/waves/${id}/exports/figures.csv`)).status).toBe(404);
    expect((await staffRequests(app, lead).get(`/api/staff/waves/${id}/exports/everything.zip`)).status).toBe(400);
  });
});
