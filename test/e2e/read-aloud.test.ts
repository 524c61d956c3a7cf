import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { latestInstrumentForBand, localiseInstrument, type AgeBand } from '@you-said/surveys';
import { localisedText, type LanguageCode } from '../../web/src/language/languages.ts';
import arabicWords from '../../web/src/language/messages-ar.ts';
import welshWords from '../../web/src/language/messages-cy.ts';
import { installSpeechRecorder, speechRecord, VOICES_FOR_ALL, VOICES_WITHOUT_WELSH, type StubVoice } from '../support/a11y.ts';
import { arrangeFieldwork } from '../support/fieldwork.ts';
import { browser, server, startAppAndBrowser } from '../support/app-in-browser.ts';
import { chooseLanguage } from '../support/survey-driver.ts';

startAppAndBrowser();

const RECORDED = '/audio/children-4-7/en/feel_safe.wav';

/** A phone-sized page with the speech stand-in, recording every request that leaves our server. */
async function speakingPage(voices: StubVoice[]): Promise<{ page: Page; foreign: string[]; audio: { url: string; status: number }[] }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await installSpeechRecorder(page, voices);
  const foreign: string[] = [];
  const audio: { url: string; status: number }[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(server.baseUrl) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  page.on('response', (r) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith('/audio/')) audio.push({ url: url.pathname, status: r.status() });
  });
  return { page, foreign, audio };
}

async function startBand(page: Page, slug: string, band: AgeBand, opts: { autoRead?: boolean; language?: LanguageCode } = {}): Promise<void> {
  await page.goto(`${server.baseUrl}/w/${slug}`);
  await page.getByTestId(`band-${band}`).click();
  await page.locator('[data-testid="start-survey"]:not([disabled])').waitFor();
  if (opts.language) await chooseLanguage(page, opts.language);
  if (opts.autoRead !== undefined) await page.getByTestId('auto-read').setChecked(opts.autoRead);
  if (band !== '4-7') await page.getByTestId('mode-own_device').check();
  await page.getByTestId('start-survey').click();
  await page.getByTestId('survey').waitFor();
}

async function nextPage(page: Page): Promise<void> {
  const before = await page.evaluate(() => document.querySelector('.sd-body [data-name]')?.getAttribute('data-name'));
  await page.locator('.sd-navigation__next-btn').click();
  await page.waitForFunction((b) => document.querySelector('.sd-body [data-name]')?.getAttribute('data-name') !== b, before);
}

/** What auto-read should say for each question page of the 4-7 survey, skipped without answers. */
function expected47Readings(): { question: string; texts: string[] }[] {
  const instrument = latestInstrumentForBand('4-7');
  if (!instrument) throw new Error('no 4-7 instrument');
  const pages = instrument.definition.pages as { elements: { type: string; name: string; title?: string; description?: string; visibleIf?: string }[] }[];
  return pages
    .map((p) => p.elements.filter((e) => e.type !== 'html' && !e.visibleIf))
    .filter((questions) => questions.length > 0)
    .map((questions) => ({
      question: questions[0]!.name,
      texts: questions.flatMap((q) => [q.title ?? q.name, ...(q.description ? [q.description] : [])]),
    }));
}

describe('Listen buttons read questions and answers aloud on the device', () => {
  it('speaks a question in English with an English voice when its Listen button is pressed, and an answer from its own button; nothing is read by itself in the 11-17 survey and nothing leaves our server', async () => {
    const { wave } = await arrangeFieldwork(server.db);
    const { page, foreign } = await speakingPage(VOICES_FOR_ALL);
    await startBand(page, wave.slug, '11-17');
    await nextPage(page);

    const questionButtons = page.getByRole('button', { name: 'Listen to the question' });
    expect(await questionButtons.count()).toBe(await page.locator('.sd-question:not(.sd-question--html)').count());
    for (const box of await Promise.all((await questionButtons.all()).map((b) => b.boundingBox()))) {
      expect(box!.width).toBeGreaterThanOrEqual(44);
      expect(box!.height).toBeGreaterThanOrEqual(44);
    }
    expect(await questionButtons.first().innerText()).toBe('Listen');

    await page.getByTestId('listen-feel_safe').click();
    await expect.poll(async () => (await speechRecord(page)).spoken).toEqual([
      { text: 'Do you feel safe where you live?', lang: 'en-GB', voice: 'Test English (UK)' },
    ]);
    await page.getByRole('button', { name: 'Listen to the answer: Most of the time' }).first().click();
    await expect.poll(async () => (await speechRecord(page)).spoken.map((s) => s.text)).toEqual([
      'Do you feel safe where you live?',
      'Most of the time',
    ]);
    expect((await speechRecord(page)).played).toEqual([]);
    expect(foreign).toEqual([]);
    await page.context().close();
  });

  it('says politely that the device cannot read English aloud when it has no voice for it, instead of reading in another voice', async () => {
    const { wave } = await arrangeFieldwork(server.db);
    // Only a French voice, and an English one that would send the words to an online service.
    const { page } = await speakingPage([
      { name: 'Test French', lang: 'fr-FR', localService: true, default: true },
      { name: 'Online English', lang: 'en-GB', localService: false, default: false },
    ]);
    await startBand(page, wave.slug, '8-11');
    await nextPage(page);
    const first = await page.evaluate(() => document.querySelector('.sd-body .sd-question:not(.sd-question--html)')?.getAttribute('data-name'));
    await page.getByTestId(`listen-${first}`).click();
    await expect
      .poll(() => page.getByTestId(`listen-${first}-notice`).innerText())
      .toBe("This device can't read English aloud. Ask the adult helping you to read it.");
    expect(await page.getByTestId(`listen-${first}-notice`).getAttribute('role')).toBe('status');
    expect((await speechRecord(page)).spoken).toEqual([]);
    await page.context().close();
  });

  it("reads a page of text from its own Listen button, without its markup and with the council's advocacy service filled in", async () => {
    const { wave } = await arrangeFieldwork(server.db);
    const { page } = await speakingPage(VOICES_FOR_ALL);
    await startBand(page, wave.slug, '4-7', { autoRead: false });
    await page.getByRole('button', { name: 'Listen to this part' }).first().click();
    // the text is spoken sentence by sentence: wait for the last part, not just the first
    const spokenText = async () => (await speechRecord(page)).spoken.map((s) => s.text).join(' ');
    await expect.poll(spokenText, { timeout: 15_000 }).toMatch(/free on 0800 000 0000/);
    const text = await spokenText();
    expect(text).toContain('These questions are about you and your life.');
    expect(text).toContain('0800 1111');
    expect(text).toMatch(/Advocacy [0-9a-f]+, free on 0800 000 0000/);
    expect(text).not.toMatch(/[<>{}]/);
    await page.context().close();
  });

  it('reads an Arabic question in Arabic, with an Arabic voice', async () => {
    const { wave } = await arrangeFieldwork(server.db);
    const { page } = await speakingPage(VOICES_FOR_ALL);
    await startBand(page, wave.slug, '11-17', { language: 'ar' });
    await nextPage(page);
    const { definition } = localiseInstrument(latestInstrumentForBand('11-17')!);
    const feelSafe = (definition.pages as { elements: { name: string; title?: unknown }[] }[]).flatMap((p) => p.elements).find((e) => e.name === 'feel_safe')!;
    const arabic = localisedText(feelSafe.title, 'ar')!;
    expect(arabic).not.toBe('Do you feel safe where you live?');

    await page.getByRole('button', { name: arabicWords.listenToQuestion }).first().click();
    await expect.poll(async () => (await speechRecord(page)).spoken).toEqual([{ text: arabic, lang: 'ar-SA', voice: 'Test Arabic' }]);
    await page.context().close();
  });

  it("says in Welsh that the device can't read Welsh aloud when it has no Welsh voice of its own, and reads nothing", async () => {
    const { wave } = await arrangeFieldwork(server.db);
    // English and Arabic voices, and a Welsh one that would send the words to an online service.
    const { page } = await speakingPage(VOICES_WITHOUT_WELSH);
    await startBand(page, wave.slug, '8-11', { language: 'cy' });
    await nextPage(page);
    const first = await page.evaluate(() => document.querySelector('.sd-body .sd-question:not(.sd-question--html)')?.getAttribute('data-name'));
    await page.getByTestId(`listen-${first}`).click();
    await expect.poll(() => page.getByTestId(`listen-${first}-notice`).innerText()).toBe(welshWords.noVoice('cy'));
    expect(await page.getByTestId(`listen-${first}-notice`).innerText()).toBe("Dydy'r ddyfais hon ddim yn gallu darllen Cymraeg yn uchel. Gofynna i'r oedolyn sy'n dy helpu i'w ddarllen.");
    expect((await speechRecord(page)).spoken).toEqual([]);
    await page.context().close();
  });

  it('plays the recorded file for a question that has a recording, fetched from our server, instead of speaking it', async () => {
    const { wave } = await arrangeFieldwork(server.db);
    const { page, audio, foreign } = await speakingPage(VOICES_FOR_ALL);
    await startBand(page, wave.slug, '4-7', { autoRead: false });
    await nextPage(page);
    expect(await page.locator('.sd-question').first().getAttribute('data-name')).toBe('feel_safe');

    await page.getByTestId('listen-feel_safe').click();
    await expect.poll(async () => (await speechRecord(page)).ended, { timeout: 15_000 }).toEqual([RECORDED]);
    const record = await speechRecord(page);
    expect(record.played).toEqual([RECORDED]);
    expect(record.spoken).toEqual([]);
    expect(audio.length).toBeGreaterThan(0);
    expect(audio.every((a) => a.url === RECORDED && (a.status === 200 || a.status === 206))).toBe(true);

    // The answers have no recordings: they are spoken.
    await page.getByTestId('listen-feel_safe-always').click();
    await expect.poll(async () => (await speechRecord(page)).spoken.map((s) => s.text)).toEqual(['Always']);
    expect(foreign).toEqual([]);
    await page.context().close();
  });
});

describe('the 4-7 survey reads each question out as it appears', () => {
  it('reads every question page of the 4-7 survey by itself, from the recording where there is one, and never the pages of text for the grown-up', async () => {
    const { wave } = await arrangeFieldwork(server.db);
    const { page } = await speakingPage(VOICES_FOR_ALL);
    await page.goto(`${server.baseUrl}/w/${wave.slug}`);
    await page.getByTestId('band-4-7').click();
    await page.locator('[data-testid="start-survey"]:not([disabled])').waitFor();
    // On by default for the youngest children.
    expect(await page.getByTestId('auto-read').isChecked()).toBe(true);
    await page.getByTestId('start-survey').click();
    await page.getByTestId('survey').waitFor();

    const expected = expected47Readings();
    const spokenSoFar: string[] = [];
    for (const { question, texts } of expected) {
      while ((await page.evaluate(() => document.querySelector('.sd-body .sd-question:not(.sd-question--html)')?.getAttribute('data-name'))) !== question) {
        await nextPage(page);
      }
      if (question === 'feel_safe') {
        await expect.poll(async () => (await speechRecord(page)).ended, { timeout: 15_000 }).toEqual([RECORDED]);
      } else {
        spokenSoFar.push(...texts);
        // Long text is spoken a few sentences at a time; together the pieces are the whole text.
        await expect.poll(async () => (await speechRecord(page)).spoken.map((s) => s.text).join(' ')).toBe(spokenSoFar.join(' '));
      }
    }
    const record = await speechRecord(page);
    expect(record.played).toEqual([RECORDED]);
    expect(record.spoken.every((s) => s.lang === 'en-GB')).toBe(true);
    expect(expected.length).toBeGreaterThanOrEqual(13);
    await page.context().close();
  });

  it('reads the 11-17 questions by themselves only when the toggle is turned on', async () => {
    const { wave } = await arrangeFieldwork(server.db);
    const { page } = await speakingPage(VOICES_FOR_ALL);
    await page.goto(`${server.baseUrl}/w/${wave.slug}`);
    await page.getByTestId('band-11-17').click();
    await page.locator('[data-testid="start-survey"]:not([disabled])').waitFor();
    expect(await page.getByTestId('auto-read').isChecked()).toBe(false);
    await page.getByTestId('auto-read').check();
    await page.getByTestId('mode-own_device').check();
    await page.getByTestId('start-survey').click();
    await page.getByTestId('survey').waitFor();
    await nextPage(page);
    const titles = await page.locator('.sd-body .sd-question:not(.sd-question--html) .sd-question__title').allInnerTexts();
    expect(titles.length).toBeGreaterThan(1);
    await expect.poll(async () => (await speechRecord(page)).spoken.map((s) => s.text)).toEqual(titles.map((t) => t.trim()));
    await page.context().close();
  });
});
