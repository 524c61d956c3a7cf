import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sql } from 'kysely';
import { latestInstrumentForBand, type AgeBand } from '@you-said/surveys';
import { APP_LANGUAGES, type LanguageCode } from '../../web/src/language/languages.ts';
import { describeViolations, horizontalOverflow, smallTapTargets, wcagViolations } from '../support/a11y.ts';
import { arrangeFieldwork } from '../support/fieldwork.ts';
import { browser, server, startAppAndBrowser } from '../support/app-in-browser.ts';
import { answerWholeSurvey, chooseLanguage, completeSurveyByKeyboard, focusedControl, startSurveyByKeyboard } from '../support/survey-driver.ts';

const BANDS: AgeBand[] = ['4-7', '8-11', '11-17', '16-25'];

startAppAndBrowser();

async function openStartScreen(page: Page, slug: string, band: AgeBand, language: LanguageCode = 'en'): Promise<void> {
  await page.goto(`${server.baseUrl}/w/${slug}`);
  await page.getByTestId(`band-${band}`).click();
  await page.locator('[data-testid="start-survey"]:not([disabled])').waitFor();
  if (language !== 'en') await chooseLanguage(page, language);
}

async function startSurvey(page: Page, band: AgeBand): Promise<void> {
  if (band !== '4-7') await page.getByTestId('mode-own_device').check();
  await page.getByTestId('start-survey').click();
  await page.getByTestId('survey').waitFor();
}

/** Everything wrong with the page as it is: WCAG A/AA violations, small targets, sideways scrolling. */
async function problemsOn(page: Page, where: string): Promise<string[]> {
  const problems: string[] = [];
  const violations = await wcagViolations(page);
  if (violations.length) problems.push(describeViolations(where, violations));
  for (const small of await smallTapTargets(page)) problems.push(`${where}: target smaller than 44px: ${small}`);
  const overflow = await horizontalOverflow(page);
  if (overflow > 0) problems.push(`${where}: scrolls ${overflow}px sideways`);
  return problems;
}

async function responsesOf(waveId: string) {
  return server.db
    .selectFrom('responses')
    .select(['id', 'band', 'mode', 'answers', sql<string>`submitted_on::text`.as('submitted_on')])
    .where('wave_id', '=', waveId)
    .execute();
}

describe('every respondent page meets WCAG 2.2 AA, at 320px wide, in every language', () => {
  for (const band of BANDS) {
    for (const language of APP_LANGUAGES) {
      it(`the ${band} survey in ${language.name}: no axe violations, no target under 44px and no sideways scrolling on the start screen, every page and the thank-you page`, async () => {
        const { wave } = await arrangeFieldwork(server.db);
        const context = await browser.newContext({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
        const page = await context.newPage();
        await openStartScreen(page, wave.slug, band, language.code);
        const problems = await problemsOn(page, `${band} ${language.code} start screen`);
        await startSurvey(page, band);
        let pageNo = 0;
        await answerWholeSurvey(page, {
          onEachPage: async (p) => {
            pageNo += 1;
            problems.push(...(await problemsOn(p, `${band} ${language.code} page ${pageNo}`)));
          },
        });
        await page.getByTestId('thank-you').waitFor({ timeout: 30_000 });
        problems.push(...(await problemsOn(page, `${band} ${language.code} thank-you`)));
        expect(pageNo).toBeGreaterThan(5);
        expect(problems.join('\n')).toBe('');
        await context.close();
      });
    }
  }

  it('the home page, a wave\'s list of surveys and the code page: no axe violations, no target under 44px and no sideways scrolling', async () => {
    const { wave } = await arrangeFieldwork(server.db);
    const context = await browser.newContext({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    const problems: string[] = [];
    for (const [where, path, ready] of [
      ['home page', '/', 'code-input'],
      ['list of surveys', `/w/${wave.slug}`, 'band-4-7'],
      ['code page', '/c', 'code-input'],
    ] as const) {
      await page.goto(`${server.baseUrl}${path}`);
      await page.getByTestId(ready).waitFor();
      problems.push(...(await problemsOn(page, where)));
    }
    expect(problems.join('\n')).toBe('');
    await context.close();
  });

  it('at 200% zoom (640 CSS pixels of a 1280px screen) every page of every survey reflows with 44px targets', async () => {
    const { wave } = await arrangeFieldwork(server.db);
    const problems: string[] = [];
    for (const band of BANDS) {
      const context = await browser.newContext({ viewport: { width: 640, height: 400 } });
      const page = await context.newPage();
      await openStartScreen(page, wave.slug, band);
      problems.push(...(await problemsOn(page, `${band} start at 200%`)));
      await startSurvey(page, band);
      let pageNo = 0;
      await answerWholeSurvey(page, {
        onEachPage: async (p) => {
          pageNo += 1;
          for (const small of await smallTapTargets(p)) problems.push(`${band} page ${pageNo}: target smaller than 44px: ${small}`);
          const overflow = await horizontalOverflow(p);
          if (overflow > 0) problems.push(`${band} page ${pageNo}: scrolls ${overflow}px sideways`);
        },
      });
      await page.getByTestId('thank-you').waitFor({ timeout: 30_000 });
      await context.close();
    }
    expect(problems.join('\n')).toBe('');
  });
});

describe('a child can do the whole survey with a keyboard alone', () => {
  for (const band of BANDS) {
    it(`completes the ${band} survey with Tab, Space and Enter only, focus landing on each new page's first heading, and the server stores every answer`, async () => {
      const { wave } = await arrangeFieldwork(server.db);
      const context = await browser.newContext({ viewport: { width: 1024, height: 768 } });
      const page = await context.newPage();
      await page.goto(`${server.baseUrl}/w/${wave.slug}`);
      await startSurveyByKeyboard(page, band);
      const focusProblems: string[] = [];
      let pageNo = 0;
      const answered = await completeSurveyByKeyboard(page, {
        comment: 'I would like more time with my brother',
        onEachPage: async (p) => {
          pageNo += 1;
          if (pageNo === 1) return;
          const focus = await p.evaluate(() => {
            const el = document.activeElement;
            return { heading: !!el?.matches('.sd-body h2, .sd-body h3'), text: el?.textContent?.trim() ?? '' };
          });
          if (!focus.heading) focusProblems.push(`page ${pageNo}: focus is not on a heading of the new page (${(await focusedControl(p)).description})`);
        },
      });
      await page.getByTestId('thank-you').waitFor({ timeout: 30_000 });
      expect(focusProblems).toEqual([]);
      const rows = await responsesOf(wave.id);
      expect(rows).toHaveLength(1);
      expect(rows[0]!.band).toBe(band);
      expect(rows[0]!.mode).toBe(band === '4-7' ? 'with_adult' : 'own_device');
      // Free text goes to the comments store (redacted, apart from the answers); the rest is the row.
      const { freeText, always } = questionsOf(band);
      expect(Object.keys(rows[0]!.answers as Record<string, unknown>).sort()).toEqual(answered.filter((q) => !freeText.includes(q)));
      const comments = await server.db.selectFrom('comments').select(['item_id', 'text']).where('wave_id', '=', wave.id).execute();
      expect(comments.map((c) => c.item_id).sort()).toEqual(answered.filter((q) => freeText.includes(q)));
      for (const c of comments) expect(c.text).toBe('I would like more time with my brother');
      // Every question the child could reach was answered (a follow-up shows only after a "yes").
      expect(answered.length).toBeGreaterThanOrEqual(always);
      await context.close();
    });
  }
});

describe('pictures, faces, focus and motion', () => {
  it('names every face answer for a screen reader by its words, and marks a chosen face with a tick as well as colour', async () => {
    const { wave } = await arrangeFieldwork(server.db);
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await openStartScreen(page, wave.slug, '4-7');
    await startSurvey(page, '4-7');
    await page.locator('.sd-navigation__next-btn').click();
    const faces = await page.evaluate(() =>
      [...document.querySelectorAll('.sd-imagepicker__item')].map((item) => ({
        input: item.querySelector('input')?.getAttribute('aria-label') ?? '',
        img: item.querySelector('img')?.getAttribute('alt') ?? '',
        words: item.querySelector('.sd-imagepicker__text')?.textContent?.trim() ?? '',
      })),
    );
    expect(faces.map((f) => f.words)).toEqual(['Always', 'Most of the time', 'Sometimes', 'Never', "I don't know", "I'd rather not say"]);
    for (const face of faces) {
      expect(face.input).toBe(face.words);
      expect(face.img).toBe(face.words);
    }
    await page.getByRole('radio', { name: 'Sometimes' }).focus();
    await page.keyboard.press('Space');
    const checked = page.locator('.sd-imagepicker__item--checked');
    await expect.poll(() => checked.innerText()).toBe('Sometimes');
    // The tick fades in (unless motion is reduced): wait until it has.
    await expect.poll(() => checked.locator('.sd-imagepicker__check-decorator').evaluate((d) => getComputedStyle(d).opacity)).toBe('1');
    await context.close();
  });

  it("turns the survey's movement off when the device asks for reduced motion, and only then", async () => {
    const { wave } = await arrangeFieldwork(server.db);
    const classes: Record<string, boolean> = {};
    for (const reducedMotion of ['reduce', 'no-preference'] as const) {
      const context = await browser.newContext({ viewport: { width: 800, height: 800 }, reducedMotion });
      const page = await context.newPage();
      await openStartScreen(page, wave.slug, '11-17');
      await startSurvey(page, '11-17');
      classes[reducedMotion] = await page.evaluate(() => document.querySelector('.sd-root-modern')!.classList.contains('sd-root-modern--animation-disabled'));
      const transition = await page.evaluate(() => getComputedStyle(document.querySelector('.listen-button')!).transitionDuration);
      if (reducedMotion === 'reduce') expect(parseFloat(transition)).toBeLessThan(0.001);
      await context.close();
    }
    expect(classes).toEqual({ reduce: true, 'no-preference': false });
  });
});

/** A band's questions: how many always show (not only after another answer), and which are free text. */
function questionsOf(band: AgeBand): { always: number; freeText: string[] } {
  const instrument = latestInstrumentForBand(band);
  if (!instrument) throw new Error(`no instrument for ${band}`);
  let always = 0;
  const freeText: string[] = [];
  for (const p of (instrument.definition.pages ?? []) as { elements?: { type: string; name: string; visibleIf?: string }[] }[]) {
    for (const e of p.elements ?? []) {
      if (e.type !== 'html' && !e.visibleIf) always += 1;
      if (e.type === 'comment') freeText.push(e.name);
    }
  }
  return { always, freeText };
}
