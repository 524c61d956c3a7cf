import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sql } from 'kysely';
import { hashCode } from '../../server/src/codes/access-codes.ts';
import {
  arrangeAccount,
  arrangeCodes,
  arrangeCouncil,
  answersOnScreen,
  arrangeFieldwork,
  everythingStored,
  freshPage,
  LAPTOP,
  PHONE,
  serverToday,
  shiftDays,
  signInThroughPage,
  skipWholeSurvey,
  startGroupSessionThroughPage,
  submissionFor,
  submitThroughApi,
  tag,
  TABLET,
  withoutDash,
} from '../support/fieldwork.ts';
import { browser, server, startAppAndBrowser } from '../support/app-in-browser.ts';
import { answerWholeSurvey } from '../support/survey-driver.ts';

startAppAndBrowser();

/** The printed form of a code: ten characters of the code alphabet, in two groups of five. */
const PRINTED_CODE = /^[2-9A-HJKMNP-TW-Z]{5}-[2-9A-HJKMNP-TW-Z]{5}$/;

async function responsesOf(waveId: string) {
  return server.db
    .selectFrom('responses')
    .select(['id', 'band', 'mode', 'answers', sql<string>`submitted_on::text`.as('submitted_on')])
    .where('wave_id', '=', waveId)
    .orderBy('id')
    .execute();
}

/** The wave's comments: free text, split from the answers and redacted when stored. */
async function commentsOf(waveId: string) {
  return server.db.selectFrom('comments').select(['item_id', 'text']).where('wave_id', '=', waveId).execute();
}

async function codeStatuses(waveId: string) {
  const rows = await server.db
    .selectFrom('access_codes as c')
    .innerJoin('access_code_batches as b', 'b.id', 'c.batch_id')
    .select(['c.code_hash', 'c.status'])
    .where('b.wave_id', '=', waveId)
    .execute();
  return new Map(rows.map((r) => [r.code_hash, r.status]));
}

async function storage(page: Page) {
  return page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }));
}

describe('a survey lead sets up fieldwork', () => {
  it('creates a codes-only wave, enters eligible numbers and prints a batch of cards whose codes are stored only as hashes', async () => {
    const council = await arrangeCouncil(server.db);
    const lead = await arrangeAccount(server.db, { role: 'survey_lead', councilId: council.councilId });
    const today = serverToday();
    const opensOn = shiftDays(today, -3);
    const closesOn = shiftDays(today, 30);
    const label = `Your life, your care ${tag()}`;
    const { context, page } = await freshPage(browser, LAPTOP);

    await signInThroughPage(page, server.baseUrl, lead);
    await page.getByTestId('new-wave').click();
    await page.getByTestId('new-wave-label').fill(label);
    await page.getByTestId('new-wave-opens').fill(opensOn);
    await page.getByTestId('new-wave-closes').fill(closesOn);
    await page.getByTestId('new-wave-access-code').check();
    await page.getByTestId('new-wave-submit').click();
    await page.getByTestId('wave-summary').waitFor();
    const waveId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop()!);
    expect(await page.getByTestId('wave-summary').innerText()).toContain('Codes only');

    await page.getByTestId('eligible-8-11').fill('25');
    await page.getByTestId('eligible-11-17').fill('40');
    await page.getByTestId('eligible-submit').click();
    await page.getByTestId('eligible-form').getByRole('status').waitFor();

    await page.getByTestId('issue-band').selectOption('11-17');
    await page.getByTestId('issue-count').fill('6');
    await page.getByTestId('issue-label').fill('Leaving care forum');
    await page.getByTestId('issue-submit').click();
    await page.getByTestId('code-card').first().waitFor();

    expect(await page.getByTestId('code-card').count()).toBe(6);
    const codes = (await page.getByTestId('code-text').allInnerTexts()).map((c) => c.trim());
    expect(codes).toHaveLength(6);
    for (const code of codes) expect(code).toMatch(PRINTED_CODE);
    expect(new Set(codes).size).toBe(6);
    expect((await page.getByTestId('code-serial').allInnerTexts()).map((s) => s.trim())).toEqual(['No. 1', 'No. 2', 'No. 3', 'No. 4', 'No. 5', 'No. 6']);

    // Printed, the cards are all there and the staff navigation is not.
    await page.emulateMedia({ media: 'print' });
    for (let i = 0; i < 6; i++) expect(await page.getByTestId('code-card').nth(i).isVisible()).toBe(true);
    expect(await page.getByTestId('sign-out').isVisible()).toBe(false);
    expect(await page.getByTestId('print-now').isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: 'Staff pages' }).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expect(await page.getByTestId('sign-out').isVisible()).toBe(true);
    expect(await page.getByTestId('print-now').isVisible()).toBe(true);

    // The wave and its counts, as entered.
    const wave = await server.db
      .selectFrom('waves')
      .select(['council_id', 'label', 'access_mode', sql<string>`opens_on::text`.as('opens_on'), sql<string>`closes_on::text`.as('closes_on')])
      .where('id', '=', waveId)
      .executeTakeFirstOrThrow();
    expect(wave).toEqual({ council_id: council.councilId, label, access_mode: 'code', opens_on: opensOn, closes_on: closesOn });
    const eligible = await server.db
      .selectFrom('wave_eligible_counts')
      .select(['band', 'eligible'])
      .where('wave_id', '=', waveId)
      .orderBy('band')
      .execute();
    expect(eligible).toEqual([
      { band: '11-17', eligible: 40 },
      { band: '8-11', eligible: 25 },
    ]);

    // Exactly one hash per printed code, and never the code itself.
    const batches = await server.db.selectFrom('access_code_batches').selectAll().where('wave_id', '=', waveId).execute();
    expect(batches).toHaveLength(1);
    expect(batches[0]).toMatchObject({ band: '11-17', size: 6, label: 'Leaving care forum' });
    const stored = await server.db.selectFrom('access_codes').selectAll().where('batch_id', '=', batches[0]!.id).execute();
    expect(stored).toHaveLength(6);
    expect(new Set(stored.map((r) => r.code_hash))).toEqual(new Set(codes.map((c) => hashCode(withoutDash(c)))));
    expect(stored.every((r) => r.status === 'unspent')).toBe(true);
    const codesTable = JSON.stringify(await server.db.selectFrom('access_codes').selectAll().execute());
    const everything = await everythingStored(server.db);
    for (const code of codes) {
      for (const form of [code, withoutDash(code), code.toLowerCase(), withoutDash(code).toLowerCase()]) {
        expect(codesTable).not.toContain(form);
        expect(everything).not.toContain(form);
        expect(server.logText()).not.toContain(form);
      }
    }

    // Audited, without any code.
    const audit = await server.db.selectFrom('audit_log').selectAll().where('council_id', '=', council.councilId).execute();
    const created = audit.filter((e) => e.action === 'wave.created');
    const issued = audit.filter((e) => e.action === 'codes.issued');
    expect(created).toHaveLength(1);
    expect(created[0]).toMatchObject({ account_id: lead.accountId, subject: label, details: { waveId, accessMode: 'code' } });
    expect(issued).toHaveLength(1);
    expect(issued[0]).toMatchObject({ account_id: lead.accountId, details: { waveId, band: '11-17', count: 6 } });
    const auditText = JSON.stringify(audit);
    for (const code of codes) {
      expect(auditText).not.toContain(code);
      expect(auditText).not.toContain(withoutDash(code));
    }
    await context.close();
  });
});

describe('a child with a card', () => {
  it('opens the card\'s link on a phone: the code leaves the address and the history, the survey is stored once and the code is spent', async () => {
    const { wave, lead } = await arrangeFieldwork(server.db, { accessMode: 'code' });
    const codes = await arrangeCodes(server.db, lead, wave.id, '8-11', 3);
    const code = codes[1]!;
    const { context, page } = await freshPage(browser, PHONE);
    page.on('dialog', (d) => void d.accept());

    await page.goto(`${server.baseUrl}/`);
    await page.goto(`${server.baseUrl}/c/${code}`);
    await page.getByTestId('start-survey').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/w/${wave.slug}/8-11`);
    expect(page.url()).not.toContain(code);
    expect(page.url()).not.toContain(withoutDash(code));

    await page.getByTestId('mode-own_device').check();
    await page.getByTestId('start-survey').click();
    const answered = await answerWholeSurvey(page);
    await page.getByTestId('thank-you').waitFor({ timeout: 30_000 });

    const rows = await responsesOf(wave.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ band: '8-11', mode: 'own_device', submitted_on: serverToday() });
    // every answer is stored: coded ones with the response, free text as redacted comments
    expect(Object.keys(rows[0]!.answers).length + (await commentsOf(wave.id)).length).toBe(answered);
    const statuses = await codeStatuses(wave.id);
    expect(statuses.get(hashCode(withoutDash(code)))).toBe('spent');
    expect(statuses.get(hashCode(withoutDash(codes[0]!)))).toBe('unspent');
    expect(statuses.get(hashCode(withoutDash(codes[2]!)))).toBe('unspent');

    // Back leads to the page before the card's link, never to the link itself.
    await page.goBack();
    expect(page.url()).not.toContain('/c/');
    expect(new URL(page.url()).pathname).toBe('/');
    expect(page.url()).not.toContain(withoutDash(code));
    await context.close();
  });

  it('is refused with "already used" for a card used before, in a new browser, and nothing more is stored', async () => {
    const { wave, lead } = await arrangeFieldwork(server.db, { accessMode: 'code' });
    const [code] = await arrangeCodes(server.db, lead, wave.id, '11-17', 1);
    // Someone answered with this card already (through the same API a phone uses).
    await submitThroughApi(server.baseUrl, wave.slug, '11-17', 1, { code: code! });
    expect(await responsesOf(wave.id)).toHaveLength(1);
    expect([...(await codeStatuses(wave.id)).values()]).toEqual(['spent']);

    const { context, page } = await freshPage(browser, PHONE);
    await page.goto(`${server.baseUrl}/c/${code}`);
    await page.getByTestId('code-error').waitFor();
    expect(await page.getByTestId('code-error').innerText()).toContain('already been used');
    expect(await page.getByTestId('start-survey').count()).toBe(0);

    // Typed on the home page's form, in small letters and with spaces, it is refused the same way.
    await page.goto(`${server.baseUrl}/`);
    await page.getByTestId('code-input').fill(withoutDash(code!).toLowerCase().replace(/(.{5})/, '$1 '));
    await page.getByTestId('code-submit').click();
    await page.getByTestId('code-error').waitFor();
    expect(await page.getByTestId('code-error').innerText()).toContain('already been used');
    expect(new URL(page.url()).pathname).toBe('/');

    expect(await responsesOf(wave.id)).toHaveLength(1);
    expect([...(await codeStatuses(wave.id)).values()]).toEqual(['spent']);
    await context.close();
  });
});

describe('a group session on a shared tablet', () => {
  it('gives each child a clean survey, keeps the tablet out of the staff pages, and sends nothing once the worker ends it', async () => {
    const { wave, councilId } = await arrangeFieldwork(server.db, { accessMode: 'code' });
    const worker = await arrangeAccount(server.db, { role: 'participation_worker', councilId });
    const comment = `I want to see my brother Tobias at Larkspur House ${tag()}`;
    const { context, page } = await freshPage(browser, TABLET);
    page.on('dialog', (d) => void d.accept());

    await startGroupSessionThroughPage(page, server.baseUrl, worker, wave.id, { idleMinutes: 30 });
    expect(new URL(page.url()).pathname).toBe('/group');
    const historyAtStart = await page.evaluate(() => history.length);

    // Child 1 answers everything, with a comment.
    await page.getByTestId('kiosk-start').click();
    await page.getByTestId('kiosk-band-11-17').click();
    await page.getByTestId('start-survey').click();
    const answered = await answerWholeSurvey(page, { comment });
    await page.getByTestId('kiosk-handback').waitFor({ timeout: 30_000 });
    expect(await page.content()).not.toContain(comment);
    await page.getByTestId('kiosk-next').click();
    await page.getByTestId('kiosk-ready').waitFor();
    expect(await page.evaluate(() => history.length)).toBe(historyAtStart);

    // Child 2 presses Back, three times: no survey, no answers, and the tablet never even
    // passes through a staff page on the way.
    const visited: string[] = [];
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) visited.push(new URL(frame.url()).pathname);
    });
    for (let i = 0; i < 3; i++) {
      await page.goBack();
      await page.getByTestId('kiosk-ready').waitFor();
      expect(new URL(page.url()).pathname).toBe('/group');
      expect(await page.getByTestId('survey').count()).toBe(0);
      expect(await page.getByTestId('kiosk-handback').count()).toBe(0);
      expect(await page.content()).not.toContain(comment);
    }
    expect(visited.filter((p) => p !== '/group')).toEqual([]);

    // Child 2's survey is empty on every page, and nothing is kept in the browser's storage or history.
    const historyBeforeChild2 = await page.evaluate(() => history.length);
    await page.getByTestId('kiosk-start').click();
    await page.getByTestId('kiosk-band-11-17').click();
    await page.getByTestId('start-survey').click();
    await page.getByTestId('survey').waitFor();
    let questionsSeen = 0;
    let inputsSeen = 0;
    const pages = await skipWholeSurvey(page, async () => {
      await page.locator('.sd-question:visible').first().waitFor();
      const onScreen = await answersOnScreen(page);
      expect(onScreen.answered).toEqual([]);
      expect(await page.content()).not.toContain(comment);
      questionsSeen += onScreen.questions;
      inputsSeen += onScreen.inputs;
      expect(await storage(page)).toEqual({ local: 0, session: 0 });
      expect(await page.evaluate(() => history.length)).toBe(historyBeforeChild2);
    });
    // the walk looked at every question child 1 answered (and they had inputs to show answers in)
    expect(pages).toBeGreaterThan(5);
    expect(questionsSeen).toBeGreaterThanOrEqual(answered);
    expect(inputsSeen).toBeGreaterThan(answered);
    await page.getByTestId('kiosk-handback').waitFor({ timeout: 30_000 });
    expect(await storage(page)).toEqual({ local: 0, session: 0 });

    const rows = await responsesOf(wave.id);
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => r.mode)).toEqual(['group_session', 'group_session']);
    expect(rows.map((r) => r.band)).toEqual(['11-17', '11-17']);
    // child 1's words are kept apart from the answers, as comments; child 2 gave nothing at all
    const comments = await commentsOf(wave.id);
    expect(comments.length).toBeGreaterThan(0);
    // stored redacted: the brother's name and the home's name are masked
    expect(comments.every((c) => c.text.includes('[name]') && !c.text.includes('Tobias') && !c.text.includes('Larkspur'))).toBe(true);
    expect(rows.some((r) => JSON.stringify(r.answers).includes(comment))).toBe(false);
    const child1 = rows.filter((r) => Object.keys(r.answers).length > 0);
    const child2 = rows.filter((r) => Object.keys(r.answers).length === 0);
    expect(child1).toHaveLength(1);
    expect(Object.keys(child1[0]!.answers).length + comments.length).toBe(answered);
    expect(child2).toHaveLength(1);

    // The tablet cannot reach the staff pages, nor staff data.
    await page.goto(`${server.baseUrl}/staff`);
    await page.getByTestId('kiosk-ready').waitFor();
    expect(new URL(page.url()).pathname).toBe('/group');
    expect(await page.getByTestId('sign-in-email').count()).toBe(0);
    expect(await page.getByTestId('dashboard').count()).toBe(0);
    expect((await page.request.get(`${server.baseUrl}/api/staff/waves`)).status()).toBe(401);
    expect((await page.request.get(`${server.baseUrl}/api/staff/waves/${wave.id}/dashboard`)).status()).toBe(401);

    // The worker ends the session: a wrong password first.
    const groupCookie = (await context.cookies()).find((c) => c.name === 'ys_group');
    expect(groupCookie?.httpOnly).toBe(true);
    const sessionRow = () => server.db.selectFrom('group_sessions').select(['ended_at']).where('wave_id', '=', wave.id).executeTakeFirstOrThrow();
    await page.getByTestId('end-session').click();
    await page.getByTestId('end-session-password').fill('not my password at all');
    await page.getByTestId('end-session-submit').click();
    await page.getByTestId('end-session-error').waitFor();
    expect((await sessionRow()).ended_at).toBeNull();
    await page.getByTestId('end-session-password').fill(worker.password);
    await page.getByTestId('end-session-submit').click();
    await page.getByTestId('sign-in-email').waitFor();
    expect((await sessionRow()).ended_at).not.toBeNull();
    expect((await context.cookies()).some((c) => c.name === 'ys_group')).toBe(false);

    // Afterwards nothing can be sent from the tablet: not with the old session's cookie, nor without it.
    const withOldCookie = await page.request.post(`${server.baseUrl}/api/responses`, {
      data: submissionFor(wave.slug, '11-17'),
      headers: { cookie: `ys_group=${groupCookie!.value}` },
    });
    expect(withOldCookie.status()).toBe(403);
    expect((await withOldCookie.json()).error.code).toBe('forbidden');
    const asItIs = await page.request.post(`${server.baseUrl}/api/responses`, { data: submissionFor(wave.slug, '11-17', { mode: 'group_session' }) });
    expect(asItIs.status()).toBe(400);
    const plain = await page.request.post(`${server.baseUrl}/api/responses`, { data: submissionFor(wave.slug, '11-17') });
    expect(plain.status()).toBe(403);
    expect((await plain.json()).error.code).toBe('code_needed');
    expect(await responsesOf(wave.id)).toHaveLength(2);
    await context.close();
  });
});

describe('the fieldwork dashboard', () => {
  it('moves as responses arrive: 0, then "fewer than 5" (never the number), then the number from 5', async () => {
    const { wave, lead } = await arrangeFieldwork(server.db, { eligible: { '11-17': 40 } });
    const { context, page } = await freshPage(browser, LAPTOP);
    await signInThroughPage(page, server.baseUrl, lead);
    await page.goto(`${server.baseUrl}/staff/waves/${wave.id}`);
    await page.getByTestId('dash-count-11-17').waitFor();
    expect(await page.getByTestId('dash-count-11-17').innerText()).toBe('0');

    /** Refreshes the dashboard and answers what the page then shows. */
    const refresh = async () => {
      const answer = page.waitForResponse((r) => r.url().endsWith(`/api/staff/waves/${wave.id}/dashboard`) && r.status() === 200);
      await page.getByTestId('dash-refresh').click();
      const body = await (await answer).json();
      return body as { bands: { band: string; responses: { value: number | null; display: string }; rate: number | null }[] };
    };
    const shown = async (testId: string, expected: string) => {
      await expect.poll(() => page.getByTestId(testId).innerText(), { timeout: 10_000 }).toBe(expected);
    };
    /** Every figure the dashboard shows, with the words for suppressed counts taken out. */
    const figures = async () => {
      const texts = await page
        .locator('[data-testid^="dash-count-"], [data-testid^="dash-progress-"], [data-testid="dash-total"], [data-testid^="dash-mode-"]')
        .allInnerTexts();
      return texts.join(' | ').replaceAll('fewer than 5', '…');
    };

    await submitThroughApi(server.baseUrl, wave.slug, '11-17', 3);
    let sent = await refresh();
    await shown('dash-count-11-17', 'fewer than 5');
    await shown('dash-total', 'fewer than 5');
    expect(await page.getByTestId('dash-mode-own_device').innerText()).toContain('fewer than 5');
    expect(await page.getByTestId('dash-progress-11-17').innerText()).toBe('fewer than 5 of 40 — target 30%');
    expect(await figures()).toContain('… of 40 — target 30%');
    expect(await figures()).not.toMatch(/\b[1-4]\b/);
    expect(await figures()).not.toMatch(/\d+%\)/);
    expect(sent.bands.find((b) => b.band === '11-17')).toMatchObject({ responses: { value: null }, rate: null });

    await submitThroughApi(server.baseUrl, wave.slug, '11-17', 2);
    sent = await refresh();
    await shown('dash-count-11-17', '5');
    await shown('dash-total', '5');
    expect(await page.getByTestId('dash-progress-11-17').innerText()).toBe('5 of 40 (13%) — target 30%');
    expect(await page.getByTestId('dash-mode-own_device').innerText()).toContain('5');

    // A second band with 2: the 5 would give it away (total 7 - 5), so the 5 is hidden too.
    await submitThroughApi(server.baseUrl, wave.slug, '4-7', 2);
    sent = await refresh();
    await shown('dash-count-4-7', 'fewer than 5');
    await shown('dash-count-11-17', 'not shown');
    await shown('dash-total', '7');
    expect(await figures()).toContain('not shown');
    expect(await figures()).not.toMatch(/\b[1-5]\b/);

    const stored = await responsesOf(wave.id);
    expect(stored.filter((r) => r.band === '11-17')).toHaveLength(5);
    expect(stored.filter((r) => r.band === '4-7')).toHaveLength(2);
    await context.close();
  });
});

describe('a panel member', () => {
  it('sees the dashboard but no way to change anything, and the server refuses them too', async () => {
    const { wave, councilId } = await arrangeFieldwork(server.db, { eligible: { '8-11': 20 } });
    const member = await arrangeAccount(server.db, { role: 'panel_member', councilId });
    await submitThroughApi(server.baseUrl, wave.slug, '8-11', 6);
    const { context, page } = await freshPage(browser, LAPTOP);

    await signInThroughPage(page, server.baseUrl, member);
    await page.getByTestId(`wave-link-${wave.id}`).waitFor();
    expect(await page.getByTestId('new-wave').count()).toBe(0);
    await page.getByTestId(`wave-link-${wave.id}`).click();
    await page.getByTestId('dashboard').waitFor();
    await expect.poll(() => page.getByTestId('dash-count-8-11').innerText(), { timeout: 10_000 }).toBe('6');
    for (const testId of ['new-wave', 'eligible-form', 'issue-form', 'codes', 'links', 'start-group-session', 'revoke-form']) {
      expect(await page.getByTestId(testId).count(), testId).toBe(0);
    }

    // Signed in for real (the dashboard answers), with the CSRF token, and still refused.
    const me = await page.request.get(`${server.baseUrl}/api/auth/me`);
    expect(me.status()).toBe(200);
    const { csrfToken } = (await me.json()) as { csrfToken: string };
    const headers = { 'x-csrf-token': csrfToken };
    expect((await page.request.get(`${server.baseUrl}/api/staff/waves/${wave.id}/dashboard`)).status()).toBe(200);
    const attempts = [
      page.request.post(`${server.baseUrl}/api/staff/waves`, { headers, data: { label: 'A wave of my own', opensOn: serverToday(), closesOn: shiftDays(serverToday(), 10) } }),
      page.request.post(`${server.baseUrl}/api/staff/waves/${wave.id}/code-batches`, { headers, data: { band: '8-11', count: 5 } }),
      page.request.post(`${server.baseUrl}/api/staff/group-sessions`, { headers, data: { waveId: wave.id } }),
      page.request.put(`${server.baseUrl}/api/staff/waves/${wave.id}/eligible`, { headers, data: { counts: [{ band: '8-11', eligible: 1, countedOn: serverToday() }] } }),
    ];
    for (const res of await Promise.all(attempts)) {
      expect(res.status()).toBe(403);
      expect((await res.json()).error.code).toBe('forbidden');
    }

    expect(await server.db.selectFrom('waves').select('id').where('council_id', '=', councilId).execute()).toHaveLength(1);
    expect(await server.db.selectFrom('access_code_batches').select('id').where('wave_id', '=', wave.id).execute()).toHaveLength(0);
    expect(await server.db.selectFrom('group_sessions').select('id').where('wave_id', '=', wave.id).execute()).toHaveLength(0);
    expect(await server.db.selectFrom('wave_eligible_counts').select(['band', 'eligible']).where('wave_id', '=', wave.id).execute()).toEqual([
      { band: '8-11', eligible: 20 },
    ]);
    await context.close();
  });
});
