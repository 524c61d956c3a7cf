import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sql } from 'kysely';
import { seedDemo, DEMO_WAVE_SLUG } from '@you-said/server';
import { browser, server, startAppAndBrowser } from '../support/app-in-browser.ts';
import { answerWholeSurvey } from '../support/survey-driver.ts';

startAppAndBrowser();
beforeAll(async () => {
  await seedDemo(server.db, new Date().toISOString().slice(0, 10), { synthetic: false });
});

/** A phone-sized page that records every host it asks for anything. */
async function phonePage(): Promise<{ page: Page; foreignRequests: string[] }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  const page = await context.newPage();
  const foreignRequests: string[] = [];
  page.on('request', (r) => {
    const url = r.url();
    if (!url.startsWith(server.baseUrl) && !url.startsWith('data:') && !url.startsWith('blob:')) foreignRequests.push(url);
  });
  return { page, foreignRequests };
}

async function responsesFor(band: string) {
  const rows = await server.db
    .selectFrom('responses')
    .select(['id', 'band', 'mode', 'answers', sql<string>`submitted_on::text`.as('submitted_on')])
    .where('band', '=', band as never)
    .execute();
  return rows;
}

async function openBand(page: Page, band: string) {
  await page.goto(`${server.baseUrl}/w/${DEMO_WAVE_SLUG}`);
  await page.getByTestId(`band-${band}`).click();
  if (band !== '4-7') await page.getByTestId('mode-own_device').check();
  await page.getByTestId('start-survey').click();
}

/** The band's comments: the free-text answers, split from the others and redacted when stored. */
async function commentsFor(band: string) {
  return server.db.selectFrom('comments').select(['item_id', 'text']).where('band', '=', band as never).execute();
}

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

describe('a child completes their survey in a real browser', () => {
  it('completes the whole 4-7 survey on a phone, sees help on the thank-you page, and it is stored once', async () => {
    const { page, foreignRequests } = await phonePage();
    await openBand(page, '4-7');
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    const answered = await answerWholeSurvey(page);
    await page.getByTestId('thank-you').waitFor({ timeout: 30_000 });
    await expect.poll(async () => (await page.getByTestId('thank-you').innerText())).toContain('0800 1111');
    const rows = await responsesFor('4-7');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.mode).toBe('with_adult');
    // every answer given is stored: coded ones with the response, the words as a comment
    expect(Object.keys(rows[0]!.answers).length + (await commentsFor('4-7')).length).toBe(answered);
    expect(answered).toBeGreaterThanOrEqual(13);
    expect(rows[0]!.submitted_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(foreignRequests).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.context().close();
  });

  it('completes the whole 11-17 survey, with a comment, and the comment never reaches the log', async () => {
    const { page, foreignRequests } = await phonePage();
    await openBand(page, '11-17');
    const comment = 'Please let me see my nan at Rosewood Close more often';
    const answered = await answerWholeSurvey(page, { comment });
    await page.getByTestId('thank-you').waitFor({ timeout: 30_000 });
    const rows = await responsesFor('11-17');
    expect(rows).toHaveLength(1);
    expect(answered).toBeGreaterThanOrEqual(40);
    const comments = await commentsFor('11-17');
    expect(Object.keys(rows[0]!.answers).length + comments.length).toBe(answered);
    // the words are kept apart from the answers, with the place name masked
    expect(JSON.stringify(rows[0]!.answers)).not.toContain('nan');
    expect(comments.map((c) => c.text)).toContain('Please let me see my nan at [address] more often');
    expect(server.logText()).toContain('/api/responses');
    expect(server.logText()).not.toContain('Rosewood');
    expect(foreignRequests).toEqual([]);
    await page.context().close();
  });

  it('recovers from a network failure on submit by retrying, without storing the survey twice', async () => {
    const { page } = await phonePage();
    const sentIds: string[] = [];
    let failures = 0;
    await page.route('**/api/responses', async (route) => {
      sentIds.push(JSON.parse(route.request().postData() ?? '{}').id);
      if (failures < 2) {
        failures += 1;
        // The first attempt reaches the server and is stored, but its answer is lost on the way
        // back; the second never arrives at all. Both look like a dropped connection to the page.
        if (failures === 1) await route.fetch();
        await route.abort('connectionreset');
        return;
      }
      await route.continue();
    });
    await openBand(page, '16-25');
    await answerWholeSurvey(page);
    await page.getByTestId('sending').waitFor();
    await page.getByTestId('thank-you').waitFor({ timeout: 60_000 });
    expect(sentIds.length).toBeGreaterThanOrEqual(3);
    expect(new Set(sentIds).size).toBe(1);
    const rows = await responsesFor('16-25');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.id).toBe(sentIds[0]);
    await page.context().close();
  });
});
