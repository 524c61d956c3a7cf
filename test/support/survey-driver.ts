import type { Page } from 'playwright-core';

/**
 * Answers every visible question of a survey-react-ui survey the way a child would (clicking
 * choices, typing in boxes), page by page, until it is sent. Returns how many questions it
 * answered. Works from the rendered page only, so it proves the survey can really be completed.
 */
export async function answerWholeSurvey(page: Page, opts: { comment?: string } = {}): Promise<number> {
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
