import type { Page } from 'playwright-core';

/**
 * Answers every visible question of a survey-react-ui survey the way a child would (clicking
 * choices, typing in boxes), page by page, until it is sent. Returns how many questions it
 * answered. Works from the rendered page only, so it proves the survey can really be completed.
 */
export async function answerWholeSurvey(
  page: Page,
  opts: { comment?: string; onEachPage?: (page: Page) => Promise<void> } = {},
): Promise<number> {
  const answered = new Set<string>();
  for (let step = 0; step < 300; step++) {
    for (let pass = 0; pass < 3; pass++) {
      let changed = false;
      const questions = page.locator('.sd-question:visible');
      const n = await questions.count();
      for (let i = 0; i < n; i++) {
        const q = questions.nth(i);
        const name = (await q.getAttribute('data-name')) ?? `#${step}-${i}`;
        if (answered.has(name)) continue;
        if (await answerQuestion(page, q, opts.comment ?? 'More days out with my carers')) {
          answered.add(name);
          changed = true;
        }
      }
      if (!changed) break;
    }
    // Looked at once its questions are answered, so follow-up questions that appear are seen too.
    await opts.onEachPage?.(page);
    const complete = page.locator('.sd-navigation__complete-btn:visible');
    if (await complete.count()) {
      await complete.first().click();
      return answered.size;
    }
    const next = page.locator('.sd-navigation__next-btn:visible');
    if (!(await next.count())) throw new Error('the survey shows neither a next nor a complete button');
    await next.first().click();
  }
  throw new Error('the survey did not end within 300 pages');
}

async function answerQuestion(page: Page, q: ReturnType<Page['locator']>, comment: string): Promise<boolean> {
  const textarea = q.locator('textarea');
  if (await textarea.count()) {
    await textarea.first().fill(comment);
    return true;
  }
  const text = q.locator('input.sd-text, input[type=text], input[type=number]');
  if (await text.count()) {
    await text.first().fill('1');
    return true;
  }
  const choice = q.locator('.sd-imagepicker__item label, label.sd-rating__item, .sd-rating__item-smiley, .sd-item label, label.sd-selectbase__label');
  if (await choice.count()) {
    await choice.first().click();
    return true;
  }
  const dropdown = q.locator('.sd-dropdown');
  if (await dropdown.count()) {
    await dropdown.first().click();
    await page.locator('.sv-list__item:visible').first().click();
    return true;
  }
  return false;
}

/** What has keyboard focus, as a keyboard-only driver needs to know it. */
export interface FocusedControl {
  kind: 'radio' | 'checkbox' | 'textarea' | 'text' | 'next' | 'complete' | 'back' | 'other';
  /** the survey question it belongs to (its `name`), if any */
  question: string | null;
  testId: string | null;
  description: string;
}

export async function focusedControl(page: Page): Promise<FocusedControl> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const question = el?.closest('.sd-question')?.getAttribute('data-name') ?? null;
    const testId = el?.getAttribute('data-testid') ?? null;
    const description = el ? `${el.tagName.toLowerCase()}${el.className ? '.' + String(el.className).split(' ')[0] : ''} ${el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 30) ?? ''}` : 'nothing';
    let kind: FocusedControl['kind'] = 'other';
    if (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox')) kind = el.type;
    else if (el instanceof HTMLTextAreaElement) kind = 'textarea';
    else if (el instanceof HTMLInputElement && ['text', 'number', 'email', 'tel'].includes(el.type)) kind = 'text';
    else if (el?.matches('.sd-navigation__complete-btn, .sd-navigation__complete-btn *')) kind = 'complete';
    else if (el?.matches('.sd-navigation__next-btn, .sd-navigation__next-btn *')) kind = 'next';
    else if (el?.matches('.sd-navigation__prev-btn, .sd-navigation__prev-btn *')) kind = 'back';
    return { kind, question, testId, description };
  });
}

/** Which survey page is showing: the name of its first element. */
async function surveyPageKey(page: Page): Promise<string> {
  return page.evaluate(() => document.querySelector('.sd-body [data-name]')?.getAttribute('data-name') ?? '');
}

/** Presses Tab until `matches` says the focused control is the one wanted; throws after `limit` presses. */
export async function tabTo(page: Page, matches: (f: FocusedControl) => boolean, limit = 200): Promise<FocusedControl> {
  const passed: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focused = await focusedControl(page);
    if (matches(focused)) return focused;
    passed.push(focused.description);
  }
  throw new Error(`Tab did not reach the control wanted; passed: ${passed.slice(-20).join(' | ')}`);
}

/**
 * From a wave's band list to the first question with the keyboard alone: Tab to the band, Enter;
 * on the start screen Tab to "Just me" (for bands that ask) and press Space, Tab to Start, Enter.
 */
export async function startSurveyByKeyboard(page: Page, band: string): Promise<void> {
  await page.getByTestId(`band-${band}`).waitFor();
  await tabTo(page, (f) => f.testId === `band-${band}`);
  await page.keyboard.press('Enter');
  await page.locator('[data-testid="start-survey"]:not([disabled])').waitFor();
  if (band !== '4-7') {
    await tabTo(page, (f) => f.testId === 'mode-own_device');
    await page.keyboard.press('Space');
  }
  await tabTo(page, (f) => f.testId === 'start-survey');
  await page.keyboard.press('Enter');
  await page.getByTestId('survey').waitFor();
}

/**
 * Completes a survey with the keyboard alone, the way a keyboard or switch user would: Tab from
 * control to control; Space chooses the first answer of each question reached (arrow keys would
 * move within the answers); text is typed; Enter presses Next and, on the last page, Send.
 * Returns the names of the questions it answered. `onEachPage` looks at each page as it appears.
 */
export async function completeSurveyByKeyboard(
  page: Page,
  opts: { comment?: string; onEachPage?: (page: Page) => Promise<void> } = {},
): Promise<string[]> {
  const answered = new Set<string>();
  const comment = opts.comment ?? 'More days out with my carers';
  for (let step = 0; step < 300; step++) {
    await opts.onEachPage?.(page);
    const pageKey = await surveyPageKey(page);
    const passed: string[] = [];
    let moved = false;
    for (let press = 0; press < 800 && !moved; press++) {
      await page.keyboard.press('Tab');
      const focused = await focusedControl(page);
      passed.push(focused.description);
      const fresh = focused.question !== null && !answered.has(focused.question);
      if ((focused.kind === 'radio' || focused.kind === 'checkbox') && fresh) {
        await page.keyboard.press('Space');
        answered.add(focused.question!);
      } else if (focused.kind === 'textarea' && fresh) {
        await page.keyboard.type(comment);
        answered.add(focused.question!);
      } else if (focused.kind === 'text' && fresh) {
        await page.keyboard.type('1');
        answered.add(focused.question!);
      } else if (focused.kind === 'complete') {
        await page.keyboard.press('Enter');
        return [...answered].sort();
      } else if (focused.kind === 'next') {
        await page.keyboard.press('Enter');
        await page.waitForFunction((before) => document.querySelector('.sd-body [data-name]')?.getAttribute('data-name') !== before, pageKey);
        moved = true;
      }
    }
    if (!moved) throw new Error(`Tab never reached Next on page ${pageKey}; passed: ${passed.slice(-20).join(' | ')}`);
  }
  throw new Error('the survey did not end within 300 pages');
}

/**
 * Chooses a language on the start screen and waits for its words: the screen changes language
 * (and the page's `lang` with it) once that language's pack has arrived, and Start works again.
 */
export async function chooseLanguage(page: Page, language: string): Promise<void> {
  await page.getByTestId(`language-${language}`).check();
  await page.waitForFunction((code) => document.documentElement.lang === code, language);
  await page.locator('[data-testid="start-survey"]:not([disabled])').waitFor();
}
