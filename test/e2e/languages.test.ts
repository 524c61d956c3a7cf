import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { latestInstrumentForBand, localiseInstrument, SHIPPED_LANGUAGES, type AgeBand } from '@you-said/surveys';
import { localisedText, type LanguageCode } from '../../web/src/language/languages.ts';
import arabic from '../../web/src/language/messages-ar.ts';
import welsh from '../../web/src/language/messages-cy.ts';
import { messagesFor } from '../../web/src/language/messages.ts';
import { arrangeFieldwork } from '../support/fieldwork.ts';
import { browser, server, startAppAndBrowser } from '../support/app-in-browser.ts';
import { answerWholeSurvey, chooseLanguage } from '../support/survey-driver.ts';

const BANDS: AgeBand[] = ['4-7', '8-11', '11-17', '16-25'];

startAppAndBrowser();

async function openStartScreen(page: Page, slug: string, band: AgeBand): Promise<void> {
  await page.goto(`${server.baseUrl}/w/${slug}`);
  await page.getByTestId(`band-${band}`).click();
  await page.locator('[data-testid="start-survey"]:not([disabled])').waitFor();
}

async function nextPage(page: Page): Promise<void> {
  const before = await page.evaluate(() => document.querySelector('.sd-body [data-name]')?.getAttribute('data-name'));
  await page.locator('.sd-navigation__next-btn').click();
  await page.waitForFunction((b) => document.querySelector('.sd-body [data-name]')?.getAttribute('data-name') !== b, before);
}

/** The wording of a band's question in a language, as the server sends it. */
function wording(band: AgeBand, question: string, language: LanguageCode, field: 'title' | 'pageNextText' = 'title'): string {
  const instrument = latestInstrumentForBand(band);
  if (!instrument) throw new Error(`no instrument for ${band}`);
  const { definition } = localiseInstrument(instrument);
  if (field !== 'title') return localisedText(definition[field], language) ?? '';
  for (const p of definition.pages as { elements: { name: string; title?: unknown }[] }[]) {
    const found = p.elements.find((e) => e.name === question);
    if (found) return localisedText(found.title, language) ?? '';
  }
  throw new Error(`${band} has no question ${question}`);
}

async function documentLanguage(page: Page): Promise<{ lang: string; dir: string }> {
  return page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
}

describe('a child chooses the language at the start of the survey', () => {
  it('offers every shipped language on every band\'s start screen, each named in itself and marked with its own language and direction', async () => {
    const { wave } = await arrangeFieldwork(server.db);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    for (const band of BANDS) {
      await openStartScreen(page, wave.slug, band);
      const offered = await page.locator('.language-picker label').evaluateAll((labels) =>
        labels.map((l) => ({ name: l.textContent?.trim(), lang: l.getAttribute('lang'), dir: l.getAttribute('dir'), checked: l.querySelector('input')!.checked })),
      );
      expect(offered).toEqual(SHIPPED_LANGUAGES.map((l) => ({ name: l.name, lang: l.code, dir: l.dir, checked: l.code === 'en' })));
    }
    await context.close();
  });

  it('shows a Welsh survey in Welsh throughout: our words, the questions, survey-core\'s buttons and progress, and the thank-you page', async () => {
    const { wave } = await arrangeFieldwork(server.db);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const cy = welsh;
    await openStartScreen(page, wave.slug, '8-11');
    await chooseLanguage(page, 'cy');
    expect(await page.getByTestId('start-survey').innerText()).toBe(cy.start);
    expect(await page.locator('.language-picker legend').innerText()).toBe(cy.languageLegend);
    expect(await documentLanguage(page)).toEqual({ lang: 'cy', dir: 'ltr' });
    // Choosing a language keeps the keyboard where it was.
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.getAttribute('data-testid'))).toBe('language-cy');

    await page.getByTestId('mode-own_device').check();
    await page.getByTestId('start-survey').click();
    await page.getByTestId('survey').waitFor();
    expect(await page.locator('.sd-root-modern').getAttribute('lang')).toBe('cy');
    await nextPage(page);
    const firstQuestion = await page.locator('.sd-body .sd-question:not(.sd-question--html)').first().getAttribute('data-name');
    expect(await page.locator('.sd-body .sd-question__title').first().innerText()).toBe(wording('8-11', firstQuestion!, 'cy'));
    expect(await page.locator('.sd-navigation__next-btn').first().innerText()).toBe(wording('8-11', '', 'cy', 'pageNextText'));
    expect(await page.locator('.sd-progress__text').first().innerText()).toMatch(/^Tudalen 2 o \d+$/);
    expect(await page.getByRole('button', { name: cy.listenToQuestion }).count()).toBeGreaterThan(0);
    expect(await documentLanguage(page)).toEqual({ lang: 'cy', dir: 'ltr' });

    await answerWholeSurvey(page);
    await page.getByTestId('thank-you').waitFor({ timeout: 30_000 });
    expect(await page.locator('h1').innerText()).toBe(cy.thankYouTitle);
    expect(await page.getByTestId('back-to-start').innerText()).toBe(cy.backToStart);
    expect(await documentLanguage(page)).toEqual({ lang: 'cy', dir: 'ltr' });
    await context.close();
  });

  it('lays an Arabic survey out right to left, with Next on the left and each answer\'s circle on the right, and phone numbers still left to right', async () => {
    const { wave } = await arrangeFieldwork(server.db);
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    const ar = arabic;
    await openStartScreen(page, wave.slug, '11-17');
    await chooseLanguage(page, 'ar');
    expect(await documentLanguage(page)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(await page.getByTestId('start-survey').innerText()).toBe(ar.start);
    expect(await page.locator('h1').innerText()).toBe(localisedText(localiseInstrument(latestInstrumentForBand('11-17')!).definition.title, 'ar'));

    await page.getByTestId('mode-own_device').check();
    await page.getByTestId('start-survey').click();
    await page.getByTestId('survey').waitFor();
    await nextPage(page);

    const root = page.locator('.sd-root-modern');
    expect(await root.getAttribute('dir')).toBe('rtl');
    expect(await root.getAttribute('lang')).toBe('ar');
    const question = page.locator('.sd-body .sd-question:not(.sd-question--html)').first();
    expect(await question.evaluate((q) => getComputedStyle(q).direction)).toBe('rtl');
    expect(await question.locator('.sd-question__title').innerText()).toBe(wording('11-17', (await question.getAttribute('data-name'))!, 'ar'));

    const next = (await page.locator('.sd-navigation__next-btn').first().boundingBox())!;
    const back = (await page.locator('.sd-navigation__prev-btn').first().boundingBox())!;
    expect(next.x + next.width).toBeLessThanOrEqual(back.x);
    const survey = (await root.boundingBox())!;
    expect(next.x + next.width / 2).toBeLessThan(survey.x + survey.width / 2);

    const firstAnswer = question.locator('.sd-item').first();
    const circle = (await firstAnswer.locator('.sd-item__decorator').boundingBox())!;
    const words = (await firstAnswer.locator('.sd-item__control-label').boundingBox())!;
    expect(circle.x).toBeGreaterThan(words.x);

    const phone = page.locator('.help-line a[href^="tel:"]');
    expect(await phone.evaluate((a) => getComputedStyle(a).direction)).toBe('ltr');
    expect(await phone.innerText()).toBe('0800 1111');
    expect(await documentLanguage(page)).toEqual({ lang: 'ar', dir: 'rtl' });

    await answerWholeSurvey(page);
    await page.getByTestId('thank-you').waitFor({ timeout: 30_000 });
    expect(await page.locator('h1').innerText()).toBe(ar.thankYouTitle);
    expect(await documentLanguage(page)).toEqual({ lang: 'ar', dir: 'rtl' });

    // The pages after are not translated, so the document goes back to English; the next start
    // screen starts afresh in English (on a shared tablet, the next child sees nothing of this one's).
    await page.getByTestId('back-to-start').click();
    await page.getByTestId('band-11-17').waitFor();
    expect(await documentLanguage(page)).toEqual({ lang: 'en', dir: 'ltr' });
    await page.getByTestId('band-11-17').click();
    await page.locator('[data-testid="start-survey"]:not([disabled])').waitFor();
    expect(await page.getByTestId('language-en').isChecked()).toBe(true);
    expect(await page.getByTestId('start-survey').innerText()).toBe(messagesFor('en').start);
    await context.close();
  });
});
