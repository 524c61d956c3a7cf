import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sql } from 'kysely';
import { arrangeAccount, arrangeFieldwork, freshPage, PHONE, serverToday, shiftDays, startGroupSessionThroughPage, tag, TABLET } from '../support/fieldwork.ts';
import { browser, server, startAppAndBrowser } from '../support/app-in-browser.ts';
import { answerWholeSurvey, chooseLanguage } from '../support/survey-driver.ts';
import arabic from '../../web/src/language/messages-ar.ts';
import welsh from '../../web/src/language/messages-cy.ts';

startAppAndBrowser();

interface OutboxRow {
  id: string;
  state: string;
  /** the plain request body, when it is kept in the clear */
  json: string | null;
  /** the encrypted body's bytes as text (to look for words in), when it is encrypted */
  sealed: string | null;
}

/** What this origin's IndexedDB outbox holds right now. */
function outbox(page: Page): Promise<OutboxRow[]> {
  return page.evaluate(async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'you-said')) return [];
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('you-said');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    try {
      if (!db.objectStoreNames.contains('outbox')) return [];
      const records = await new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const all = db.transaction('outbox').objectStore('outbox').getAll();
        all.onsuccess = () => resolve(all.result);
        all.onerror = () => reject(all.error);
      });
      return records.map((r) => {
        const sealed = r.sealed as { data: ArrayBuffer } | undefined;
        return {
          id: String(r.id),
          state: String(r.state),
          json: typeof r.json === 'string' ? r.json : null,
          sealed: sealed ? new TextDecoder('latin1').decode(sealed.data) : null,
        };
      });
    } finally {
      db.close();
    }
  });
}

/** Waits until the service worker has installed and controls the page, as on a second visit. */
async function serviceWorkerInCharge(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Waits until the offline cache holds the wave's public page and `instruments` of its questions. */
async function offlineCopies(page: Page, slug: string, instruments: number): Promise<void> {
  await page.waitForFunction(
    async ([wave, count]) => {
      const cache = await caches.open('you-said-data-v1');
      const urls = (await cache.keys()).map((r) => new URL(r.url).pathname);
      return urls.includes(`/api/public/waves/${wave}`) && urls.filter((u) => u.startsWith('/api/instruments/')).length >= count;
    },
    [slug, instruments] as const,
  );
}

/** The responses the server stored for a wave. */
function responsesOf(waveId: string) {
  return server.db.selectFrom('responses').select(['id', 'mode', 'band']).where('wave_id', '=', waveId).execute();
}

/** How many times the server answered `POST /api/responses` with `status` (from its access log). */
function postsAnswered(status: number, since: number): number {
  return server
    .logText()
    .split('\n')
    .slice(since)
    .filter((line) => line.includes('"route":"/api/responses"') && line.includes('"method":"POST"') && line.includes(`"status":${status}`)).length;
}
const logLines = () => server.logText().split('\n').length - 1;

/** Opens a band's survey online, then takes the device offline and reloads: the app must still open. */
async function openThenGoOffline(page: Page, slug: string, band: string): Promise<void> {
  await page.goto(`${server.baseUrl}/w/${slug}/${band}`);
  await page.getByTestId('start-survey').waitFor();
  await expectEnabled(page, 'start-survey');
  await serviceWorkerInCharge(page);
  await offlineCopies(page, slug, 1);
  await page.context().setOffline(true);
  await page.reload();
  await page.getByTestId('mode-own_device').check();
  await expectEnabled(page, 'start-survey');
}

/** Every address in this origin's Cache Storage, whichever cache holds it. */
function cachedUrls(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const urls: string[] = [];
    for (const name of await caches.keys()) for (const r of await (await caches.open(name)).keys()) urls.push(new URL(r.url).pathname);
    return urls;
  });
}

async function expectEnabled(page: Page, testId: string): Promise<void> {
  await page.waitForFunction((id) => {
    const el = document.querySelector(`[data-testid="${id}"]`);
    return el instanceof HTMLButtonElement && !el.disabled;
  }, testId);
}

describe("a survey finished with no connection, on a child's own device", () => {
  it('opens offline, waits in the outbox with the count shown, and is stored exactly once when the connection returns', async () => {
    const { wave } = await arrangeFieldwork(server.db);
    const { context, page } = await freshPage(browser, PHONE);
    const sentIds: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/api/responses')) sentIds.push(JSON.parse(r.postData() ?? '{}').id);
    });

    await openThenGoOffline(page, wave.slug, '16-25');
    await page.getByTestId('start-survey').click();
    await answerWholeSurvey(page);
    await page.getByTestId('sending-offline').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('waiting-count').innerText()).toContain('1 finished survey');

    const waiting = await outbox(page);
    expect(waiting).toHaveLength(1);
    expect(waiting[0]!.state).toBe('waiting');
    expect(JSON.parse(waiting[0]!.json!).mode).toBe('own_device');
    expect(await responsesOf(wave.id)).toEqual([]);

    const since = logLines();
    await context.setOffline(false);
    await page.getByTestId('thank-you').waitFor({ timeout: 60_000 });
    const rows = await responsesOf(wave.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id).toBe(waiting[0]!.id);
    expect(new Set(sentIds)).toEqual(new Set([waiting[0]!.id]));
    expect(postsAnswered(201, since)).toBe(1);
    expect(await outbox(page)).toEqual([]);
    await context.close();
  });

  it('is sent when the app is next opened online, even though its page was closed', async () => {
    const { wave } = await arrangeFieldwork(server.db);
    const { context, page } = await freshPage(browser, PHONE);
    await openThenGoOffline(page, wave.slug, '11-17');
    await page.getByTestId('start-survey').click();
    await answerWholeSurvey(page);
    await page.getByTestId('sending-offline').waitFor({ timeout: 30_000 });
    const [waiting] = await outbox(page);
    expect(waiting?.state).toBe('waiting');
    await page.close();

    await context.setOffline(false);
    const later = await context.newPage();
    await later.goto(`${server.baseUrl}/`);
    await expect.poll(async () => (await responsesOf(wave.id)).map((r) => r.id), { timeout: 30_000 }).toEqual([waiting!.id]);
    await expect.poll(() => outbox(later), { timeout: 10_000 }).toEqual([]);
    await context.close();
  });

  it('shows a refusal from the server once it is back, and does not keep sending', async () => {
    const { wave } = await arrangeFieldwork(server.db);
    const { context, page } = await freshPage(browser, PHONE);
    await openThenGoOffline(page, wave.slug, '8-11');
    await page.getByTestId('start-survey').click();
    await answerWholeSurvey(page);
    await page.getByTestId('sending-offline').waitFor({ timeout: 30_000 });

    // While the device is offline, the survey closes.
    const yesterday = shiftDays(serverToday(), -1);
    await server.db
      .updateTable('waves')
      .set({ opens_on: sql`${shiftDays(yesterday, -30)}::date`, closes_on: sql`${yesterday}::date` })
      .where('id', '=', wave.id)
      .execute();

    const since = logLines();
    await context.setOffline(false);
    await page.getByTestId('submit-error').waitFor({ timeout: 60_000 });
    expect(await page.getByTestId('submit-error').innerText()).toMatch(/closed/i);
    expect(await responsesOf(wave.id)).toEqual([]);
    expect(postsAnswered(409, since)).toBe(1);
    // The refused answers leave the outbox (nothing would ever send them) and are kept as a draft with the reason.
    expect(await outbox(page)).toEqual([]);
    const draft = await page.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => k.startsWith('you-said:draft:'));
      return key ? JSON.parse(localStorage.getItem(key)!) : null;
    });
    expect(draft?.refusal).toMatch(/closed/i);

    // Later attempts do not happen by themselves: the same single refusal, however long we look.
    await page.evaluate(() => window.dispatchEvent(new Event('online')));
    await page.reload();
    await page.locator('main').waitFor();
    expect(postsAnswered(409, since)).toBe(1);
    await context.close();
  });
});

describe("what a child's own device downloads and keeps", () => {
  it('fetches only the language it chose (none of the kiosk, nor other languages), and keeps it for offline even when chosen before the service worker was in charge', async () => {
    const { wave } = await arrangeFieldwork(server.db);
    const { context, page } = await freshPage(browser, PHONE);
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    // As on a slow first visit: the child chooses Welsh before the service worker has installed
    // (its registration waits here until the test lets it go).
    await page.addInitScript(`
      const register = navigator.serviceWorker.register.bind(navigator.serviceWorker);
      const allowed = new Promise((resolve) => { window.__allowWorker = resolve; });
      navigator.serviceWorker.register = (...args) => allowed.then(() => register(...args));
    `);
    await page.goto(`${server.baseUrl}/w/${wave.slug}/8-11`);
    await expectEnabled(page, 'start-survey');
    await chooseLanguage(page, 'cy');
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    await page.evaluate(() => (window as unknown as { __allowWorker: () => void }).__allowWorker());
    await serviceWorkerInCharge(page);
    await offlineCopies(page, wave.slug, 1);

    // The Welsh pack (the app's words and survey-core's) is handed to the worker once it is in charge.
    await expect.poll(async () => (await cachedUrls(page)).filter((u) => /\/assets\/(messages-cy|welsh)-/.test(u)).length, { timeout: 10_000 }).toBe(2);
    const notNeeded = /\/assets\/(kiosk|idle|messages-ar|arabic|results-page|staff-app)-/;
    expect(fetched.filter((u) => notNeeded.test(u))).toEqual([]);
    expect((await cachedUrls(page)).filter((u) => notNeeded.test(u))).toEqual([]);

    await context.setOffline(true);
    await page.reload();
    await page.evaluate(() => (window as unknown as { __allowWorker: () => void }).__allowWorker());
    await expectEnabled(page, 'start-survey');
    await chooseLanguage(page, 'cy');
    expect(await page.getByTestId('start-survey').innerText()).toBe(welsh.start);
    await page.getByTestId('mode-own_device').check();
    await page.getByTestId('start-survey').click();
    await page.getByTestId('survey').waitFor();
    expect(await page.getByTestId('survey').getAttribute('lang')).toBe('cy');
    await context.close();
  });
});

describe('a group session tablet whose Wi-Fi drops', () => {
  it('keeps a finished survey encrypted, shows the worker how many wait, warns before ending, and sends it once when the Wi-Fi is back', async () => {
    const { wave, councilId } = await arrangeFieldwork(server.db);
    const worker = await arrangeAccount(server.db, { role: 'participation_worker', councilId });
    const comment = `I miss my brother Alfie at Birchwood ${tag()}`;
    const { context, page } = await freshPage(browser, TABLET);
    page.on('dialog', (d) => void d.accept());

    await startGroupSessionThroughPage(page, server.baseUrl, worker, wave.id, { idleMinutes: 30 });
    await serviceWorkerInCharge(page);
    // Every band's questions were fetched while the Wi-Fi was up.
    await offlineCopies(page, wave.slug, 4);

    await context.setOffline(true);
    await page.getByTestId('kiosk-start').click();
    await page.getByTestId('kiosk-band-11-17').click();
    await expectEnabled(page, 'start-survey');
    // Every language was fetched as the session started: a child can still choose Arabic offline.
    await chooseLanguage(page, 'ar');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await page.getByTestId('start-survey').click();
    await answerWholeSurvey(page, { comment });

    // The child is thanked, in their language, and told the answers are safe on the tablet; the next child can start.
    await page.getByTestId('kiosk-handback-queued').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('kiosk-handback-queued').innerText()).toBe(arabic.handBackQueued);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await page.getByTestId('kiosk-next').click();
    await page.getByTestId('kiosk-ready').waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual(['en', 'ltr']);
    expect(await page.getByTestId('kiosk-waiting').getAttribute('data-count')).toBe('1');
    expect(await page.getByTestId('kiosk-waiting').innerText()).toContain('1 finished survey');

    // On the tablet: encrypted, never in the clear.
    const waiting = await outbox(page);
    expect(waiting).toHaveLength(1);
    expect(waiting[0]!.json).toBeNull();
    expect(waiting[0]!.sealed).not.toBeNull();
    expect(waiting[0]!.sealed).not.toContain('Alfie');
    expect(waiting[0]!.sealed).not.toContain('group_session');
    expect(await responsesOf(wave.id)).toEqual([]);

    // Ending the session now would lose it: the worker is told, and must say so on purpose.
    await page.getByTestId('end-session').click();
    expect(await page.getByTestId('end-session-waiting').innerText()).toContain('1 finished survey has not been sent');
    expect(await page.getByTestId('end-session-submit').isDisabled()).toBe(true);
    await page.getByTestId('end-session-cancel').click();

    const since = logLines();
    await context.setOffline(false);
    await page.getByTestId('kiosk-waiting').waitFor({ state: 'detached', timeout: 60_000 });
    const rows = await responsesOf(wave.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id).toBe(waiting[0]!.id);
    expect(rows[0]!.mode).toBe('group_session');
    expect(postsAnswered(201, since)).toBe(1);
    expect(await outbox(page)).toEqual([]);

    // The worker's staff pages came before the kiosk on this tablet: nothing of them was kept.
    const cached = await cachedUrls(page);
    expect(cached).toContain('/');
    expect(cached.filter((u) => u.startsWith('/staff') || u.includes('staff-app') || (u.startsWith('/api/') && !/^\/api\/(instruments|public\/waves)\//.test(u)))).toEqual([]);
    await context.close();
  });

  it('deletes what still waits when the worker ends the session anyway', async () => {
    const { wave, councilId } = await arrangeFieldwork(server.db);
    const worker = await arrangeAccount(server.db, { role: 'participation_worker', councilId });
    const { context, page } = await freshPage(browser, TABLET);
    page.on('dialog', (d) => void d.accept());
    await startGroupSessionThroughPage(page, server.baseUrl, worker, wave.id);

    // The Wi-Fi lets nothing through to the survey's address, though the rest of the site works.
    await page.route('**/api/responses', (route) => route.abort('connectionrefused'));
    await page.getByTestId('kiosk-start').click();
    await page.getByTestId('kiosk-band-8-11').click();
    await expectEnabled(page, 'start-survey');
    await page.getByTestId('start-survey').click();
    await answerWholeSurvey(page);
    await page.getByTestId('kiosk-handback-queued').waitFor({ timeout: 30_000 });
    await page.getByTestId('kiosk-next').click();
    expect(await outbox(page)).toHaveLength(1);

    await page.getByTestId('end-session').click();
    await page.getByTestId('end-session-password').fill(worker.password);
    expect(await page.getByTestId('end-session-submit').isDisabled()).toBe(true);
    await page.getByTestId('end-session-delete-waiting').check();
    await page.getByTestId('end-session-submit').click();
    await page.getByTestId('sign-in-email').waitFor();
    expect(await outbox(page)).toEqual([]);
    expect(await responsesOf(wave.id)).toEqual([]);
    await context.close();
  });
});
