import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { arrangeAccount, arrangeFieldwork, freshPage, PHONE, startGroupSessionThroughPage, tag, TABLET } from '../support/fieldwork.ts';
import { browser, server, startAppAndBrowser } from '../support/app-in-browser.ts';
import { answerWholeSurvey, chooseLanguage } from '../support/survey-driver.ts';
import arabic from '../../web/src/language/messages-ar.ts';

startAppAndBrowser();

const DRAFT_PREFIX = 'you-said:draft:';

/** Every draft this page's origin keeps in localStorage, by key. */
function drafts(page: Page): Promise<Record<string, { data: Record<string, unknown>; page: number; mode: string }>> {
  return page.evaluate((prefix) => {
    const found: Record<string, { data: Record<string, unknown>; page: number; mode: string }> = {};
    for (let i = 0; i < localStorage.length; i++) {
      const key = localStorage.key(i)!;
      if (key.startsWith(prefix)) found[key] = JSON.parse(localStorage.getItem(key)!);
    }
    return found;
  }, DRAFT_PREFIX);
}

/** Everything this origin holds in the browser: both web storages, the IndexedDB outbox, and the Cache Storage. */
function storedInBrowser(page: Page): Promise<{ local: string; session: string; outbox: unknown[]; cached: string }> {
  return page.evaluate(async () => {
    const dump = (s: Storage) => JSON.stringify(Object.fromEntries(Array.from({ length: s.length }, (_, i) => [s.key(i), s.getItem(s.key(i)!)])));
    let outbox: unknown[] = [];
    if ((await indexedDB.databases()).some((d) => d.name === 'you-said')) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('you-said');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      if (db.objectStoreNames.contains('outbox')) {
        outbox = await new Promise<unknown[]>((resolve, reject) => {
          const all = db.transaction('outbox').objectStore('outbox').getAll();
          all.onsuccess = () => resolve(all.result);
          all.onerror = () => reject(all.error);
        });
      }
      db.close();
    }
    let cached = '';
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      for (const request of await cache.keys()) cached += `${request.url}\n${(await (await cache.match(request))?.text()) ?? ''}\n`;
    }
    return { local: dump(localStorage), session: dump(sessionStorage), outbox, cached };
  });
}

/** Ticks the first answer of every question on the page now showing; returns their names. */
async function answerThisPage(page: Page): Promise<string[]> {
  await page.locator('.sd-question:visible').first().waitFor();
  const questions = page.locator('.sd-question:visible');
  const names: string[] = [];
  for (let i = 0; i < (await questions.count()); i++) {
    const q = questions.nth(i);
    await q.locator('.sd-item label, label.sd-selectbase__label').first().click();
    names.push((await q.getAttribute('data-name')) ?? `#${i}`);
  }
  return names;
}

async function nextPage(page: Page): Promise<void> {
  await page.locator('.sd-navigation__next-btn:visible').first().click();
}

/** The names of the questions on the page now showing that have an answer ticked. */
function tickedOnScreen(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.sd-question')]
      .filter((q) => (q as HTMLElement).offsetParent !== null && q.querySelector('input:checked'))
      .map((q) => q.getAttribute('data-name') ?? '?'),
  );
}

/** A wave of its own (so its responses can be counted), open to a link. */
async function ownWave(): Promise<{ id: string; slug: string }> {
  const { wave } = await arrangeFieldwork(server.db);
  return { id: wave.id, slug: wave.slug };
}

function responsesOf(waveId: string) {
  return server.db.selectFrom('responses').select(['id', 'mode', 'answers']).where('wave_id', '=', waveId).execute();
}

async function startOwnSurvey(page: Page, slug: string, band: string): Promise<void> {
  await page.goto(`${server.baseUrl}/w/${slug}/${band}`);
  await page.getByTestId('mode-own_device').check();
  await page.getByTestId('start-survey').click();
  await page.getByTestId('survey').waitFor();
}

describe("save and come back on a child's own device", () => {
  it('carries on in the language the child chose, read aloud or not as they chose, from the welcome-back screen on', async () => {
    const wave = await ownWave();
    const { context, page } = await freshPage(browser, PHONE);
    await page.goto(`${server.baseUrl}/w/${wave.slug}/11-17`);
    await page.getByTestId('start-survey').waitFor();
    await chooseLanguage(page, 'ar');
    await page.getByTestId('auto-read').setChecked(true);
    await page.getByTestId('mode-own_device').check();
    await page.getByTestId('start-survey').click();
    await page.getByTestId('survey').waitFor();
    await nextPage(page);
    const answered = await answerThisPage(page);
    expect(answered.length).toBeGreaterThan(0);
    const [kept] = Object.values(await drafts(page));
    expect(kept).toMatchObject({ language: 'ar', autoRead: true });

    await page.reload();
    await page.getByTestId('resume-offer').waitFor();
    await page.waitForFunction(() => document.documentElement.lang === 'ar');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.locator('h1').innerText()).toBe(arabic.welcomeBack);
    await page.locator('[data-testid="resume-survey"]:not([disabled])').waitFor();
    expect(await page.getByTestId('resume-survey').innerText()).toBe(arabic.carryOn);
    await page.getByTestId('resume-survey').click();
    await page.getByTestId('survey').waitFor();
    expect(await page.getByTestId('survey').getAttribute('lang')).toBe('ar');
    expect((await tickedOnScreen(page)).sort()).toEqual([...answered].sort());
    // The survey carried on with the same choices: the next answer is kept with them again.
    const before = JSON.stringify(Object.values(await drafts(page))[0]!.data);
    await page.locator('.sd-question:visible').first().locator('.sd-item label').nth(1).click();
    const [again] = Object.values(await drafts(page));
    expect(JSON.stringify(again!.data)).not.toBe(before);
    expect(again).toMatchObject({ language: 'ar', autoRead: true });
    await context.close();
  });

  it('carries on after a reload at the same page with the same answers, and forgets them once they are stored', async () => {
    const wave = await ownWave();
    const { context, page } = await freshPage(browser, PHONE);
    await startOwnSurvey(page, wave.slug, '8-11');
    await nextPage(page); // past the introduction
    const first = await answerThisPage(page);
    await nextPage(page);
    const second = await answerThisPage(page);
    expect(first.length).toBeGreaterThan(0);
    expect(second.length).toBeGreaterThan(0);

    const kept = Object.entries(await drafts(page));
    expect(kept).toHaveLength(1);
    expect(kept[0]![0]).toBe(`${DRAFT_PREFIX}${wave.slug}/8-11/children-8-11@1`);
    expect(Object.keys(kept[0]![1].data).sort()).toEqual([...first, ...second].sort());
    expect(kept[0]![1].mode).toBe('own_device');

    // The child closes the page (here: reloads it) and comes back.
    await page.reload();
    await page.getByTestId('resume-offer').waitFor();
    await page.getByTestId('resume-survey').click();
    await page.getByTestId('survey').waitFor();
    await page.locator('.sd-question:visible').first().waitFor();
    expect((await tickedOnScreen(page)).sort()).toEqual([...second].sort());
    // ...and the page before still has its answers.
    await page.locator('.sd-navigation__prev-btn:visible').first().click();
    await page.locator('.sd-question:visible').first().waitFor();
    expect((await tickedOnScreen(page)).sort()).toEqual([...first].sort());

    await nextPage(page);
    await answerWholeSurvey(page);
    await page.getByTestId('thank-you').waitFor({ timeout: 30_000 });
    expect(await drafts(page)).toEqual({});
    const stored = await responsesOf(wave.id);
    expect(stored).toHaveLength(1);
    for (const q of [...first, ...second]) expect(stored[0]!.answers).toHaveProperty(q);
    expect((await storedInBrowser(page)).outbox).toEqual([]);
    await context.close();
  });

  it('clears the kept answers with "Start again" on the welcome-back screen', async () => {
    const wave = await ownWave();
    const { context, page } = await freshPage(browser, PHONE);
    await startOwnSurvey(page, wave.slug, '8-11');
    await nextPage(page);
    await answerThisPage(page);
    expect(Object.keys(await drafts(page))).toHaveLength(1);

    await page.reload();
    await page.getByTestId('resume-offer').waitFor();
    await page.getByTestId('start-again').click();
    await page.getByTestId('start-survey').waitFor();
    expect(await drafts(page)).toEqual({});

    // A fresh survey, with nothing ticked, and nothing offered back after another reload.
    await page.getByTestId('mode-own_device').check();
    await page.getByTestId('start-survey').click();
    await nextPage(page);
    await page.locator('.sd-question:visible').first().waitFor();
    expect(await tickedOnScreen(page)).toEqual([]);
    await page.reload();
    await page.getByTestId('start-survey').waitFor();
    expect(await page.getByTestId('resume-offer').count()).toBe(0);
    await context.close();
  });

  it('clears the kept answers with "Start again" under the questions, after asking once more', async () => {
    const wave = await ownWave();
    const { context, page } = await freshPage(browser, PHONE);
    await startOwnSurvey(page, wave.slug, '11-17');
    await nextPage(page);
    await answerThisPage(page);
    expect(Object.keys(await drafts(page))).toHaveLength(1);

    await page.getByTestId('start-again').click();
    await page.getByTestId('start-again-no').click();
    expect(Object.keys(await drafts(page))).toHaveLength(1);
    expect(await page.getByTestId('survey').count()).toBe(1);

    await page.getByTestId('start-again').click();
    await page.getByTestId('start-again-yes').click();
    await page.getByTestId('start-survey').waitFor();
    expect(await drafts(page)).toEqual({});
    expect(await page.getByTestId('survey').count()).toBe(0);
    await context.close();
  });

  it('keeps each survey apart: answers are never offered in another band or another wave', async () => {
    const wave = await ownWave();
    const other = await ownWave();
    const { context, page } = await freshPage(browser, PHONE);
    await startOwnSurvey(page, wave.slug, '8-11');
    await nextPage(page);
    await answerThisPage(page);
    for (const [slug, band] of [[wave.slug, '11-17'], [other.slug, '8-11']] as const) {
      await page.goto(`${server.baseUrl}/w/${slug}/${band}`);
      await page.getByTestId('start-survey').waitFor();
      expect(await page.getByTestId('resume-offer').count()).toBe(0);
    }
    await page.goto(`${server.baseUrl}/w/${wave.slug}/8-11`);
    await page.getByTestId('resume-offer').waitFor();
    await context.close();
  });
});

describe('a group session on a shared tablet', () => {
  it('keeps nothing of a child on the tablet: not while they answer, and not after they finish', async () => {
    const { wave, councilId } = await arrangeFieldwork(server.db);
    const worker = await arrangeAccount(server.db, { role: 'participation_worker', councilId });
    const comment = `Please let me see my sister at Hazel Grove ${tag()}`;
    const { context, page } = await freshPage(browser, TABLET);
    page.on('dialog', (d) => void d.accept());

    await startGroupSessionThroughPage(page, server.baseUrl, worker, wave.id, { idleMinutes: 30 });
    const before = await storedInBrowser(page);

    await page.getByTestId('kiosk-start').click();
    await page.getByTestId('kiosk-band-8-11').click();
    await page.getByTestId('start-survey').click();
    await page.getByTestId('survey').waitFor();
    await nextPage(page);
    const ticked = await answerThisPage(page);
    await nextPage(page);
    await answerThisPage(page);

    // Mid-survey: no draft, nothing in the outbox, no answer in any cache.
    const during = await storedInBrowser(page);
    expect(during.local).toBe(before.local);
    expect(during.session).toBe(before.session);
    expect(during.local).not.toContain(DRAFT_PREFIX);
    expect(during.outbox).toEqual([]);
    for (const q of ticked) expect(during.cached).not.toContain(`"${q}":`);
    expect(await page.getByTestId('start-again').count()).toBe(0);

    // A reload mid-survey (a child fiddling) offers nothing back.
    await page.reload();
    await page.getByTestId('kiosk-ready').waitFor();
    expect(await page.getByTestId('resume-offer').count()).toBe(0);

    // The next child finishes, with a comment.
    await page.getByTestId('kiosk-start').click();
    await page.getByTestId('kiosk-band-8-11').click();
    await page.getByTestId('start-survey').click();
    await answerWholeSurvey(page, { comment });
    await page.getByTestId('kiosk-handback').waitFor({ timeout: 30_000 });

    const rows = await responsesOf(wave.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.mode).toBe('group_session');

    const after = await storedInBrowser(page);
    expect(after.local).toBe(before.local);
    expect(after.session).toBe(before.session);
    expect(after.outbox).toEqual([]);
    expect(after.cached).not.toContain(comment);
    expect(after.cached).not.toContain('Hazel Grove');
    await context.close();
  });
});
