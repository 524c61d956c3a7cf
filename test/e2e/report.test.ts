import { findItem } from '@you-said/surveys';
import { describe, expect, it } from 'vitest';
import { describeViolations, wcagViolations } from '../support/a11y.ts';
import { freshPage, LAPTOP, PHONE, signInThroughPage } from '../support/fieldwork.ts';
import { arrangeReport, COMMENTS_11_17, drawnPixels, FEW_ANSWERED, IMPROVED, parseCsv, pdfText } from '../support/report.ts';
import { browser, server, startAppAndBrowser } from '../support/app-in-browser.ts';

startAppAndBrowser();

const LONELINESS = findItem('loneliness')!.summary;

describe('the panel reads the report', () => {
  it('opens on the bright spots and areas for improvement, each linked to its figures, and draws every chart', async () => {
    const r = await arrangeReport(server.db);
    const { context, page } = await freshPage(browser, LAPTOP);
    await signInThroughPage(page, server.baseUrl, r.panel);
    await page.getByTestId(`wave-link-${r.wave.id}`).click();
    await page.getByTestId('open-report').click();
    await page.getByTestId('report').waitFor();

    // Findings are the first section, before how many took part and the results.
    const sections = await page.locator('section.report-section').evaluateAll((els) => els.map((e) => e.id));
    expect(sections).toEqual(['findings', 'taking-part', 'results', 'what-children-said', 'change', 'you-said', 'methods']);

    const bright = page.getByTestId('bright-spots').getByTestId('finding');
    const brightText = await bright.allInnerTexts();
    for (const itemId of IMPROVED) expect(brightText.some((t) => t.startsWith(findItem(itemId)!.summary))).toBe(true);
    const firstBright = await bright.first().innerText();
    expect(firstBright).toMatch(/against \d+% for last year \(\d+ points (higher|lower), p [<=] [\d.]+\)/);
    const areas = await page.getByTestId('areas-for-improvement').innerText();
    expect(areas).toContain(LONELINESS);
    expect(areas).toMatch(/33% gave a worrying answer/);

    // A finding's link leads to the indicator behind it, which states its comparisons in words.
    const link = bright.first().locator('a.finding-link');
    const href = (await link.getAttribute('href'))!;
    await link.click();
    expect(new URL(page.url()).hash).toBe(href);
    const target = page.locator(href);
    expect(await target.isVisible()).toBe(true);
    const indicator = await target.innerText();
    expect(indicator).toContain('better than last year');
    expect(indicator).toMatch(/95% interval: between \d+% and \d+%/);
    // ...in a row with its three comparisons, each in its own column.
    expect(await target.locator('td.comparison').count()).toBe(3);
    const headings = await target.locator('xpath=ancestor::table[1]/thead//th').allInnerTexts();
    expect(headings).toEqual(['Question and answers', 'This council', 'Other councils', `Last year (${r.previous.label})`, 'General population']);

    // Change since last year lists what changed clearly, and says how many did not.
    const change = await page.getByTestId('change-table').innerText();
    for (const itemId of IMPROVED) expect(change).toContain(findItem(itemId)!.summary);
    expect(change).toContain(LONELINESS);
    expect(await page.getByTestId('report-change').innerText()).toMatch(/\d+ other figures show no clear change since last year/);

    // Every chart drew something: the response rates and one interval chart per domain.
    const charts = page.locator('.report-chart canvas');
    expect(await page.getByTestId('rate-chart').count()).toBe(1);
    expect(await page.getByTestId('interval-chart').count()).toBeGreaterThan(1);
    const pixels = await drawnPixels(page, '.report-chart canvas');
    expect(pixels).toHaveLength(await charts.count());
    for (const drawn of pixels) expect(drawn).toBeGreaterThan(500);
    // ...and kept a picture of itself for paper.
    const pictures = await page.locator('img.chart-print').evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).src.slice(0, 22)));
    expect(pictures).toHaveLength(pixels.length);
    for (const src of pictures) expect(src).toBe('data:image/png;base64,');

    const violations = await wcagViolations(page);
    expect(violations, describeViolations('report', violations)).toEqual([]);

    // A panel member reads; exports and the comments review are the survey lead's.
    expect(await page.getByTestId('export-figures').count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Review comments' }).count()).toBe(0);
    expect(await page.getByTestId('print-report').isVisible()).toBe(true);
    await context.close();
  });
});

describe('the survey lead reviews comments', () => {
  it('approves a redacted comment as a quote that then appears in the report, refuses one from too small a band in plain words, and keeps flagged comments and the theme list apart', async () => {
    const r = await arrangeReport(server.db);
    const { context, page } = await freshPage(browser, LAPTOP);
    await signInThroughPage(page, server.baseUrl, r.lead);
    await page.getByTestId(`wave-link-${r.wave.id}`).click();
    await page.getByTestId('open-comments').click();
    await page.getByTestId('comment-list').waitFor();

    const violations = await wcagViolations(page);
    expect(violations, describeViolations('comments', violations)).toEqual([]);

    // The name a child wrote was masked before it was stored, and the page says what kind it was.
    const named = page.getByTestId('comment').filter({ hasText: 'More time to see my brother' });
    const namedText = await named.getByTestId('comment-text').innerText();
    expect(namedText).not.toContain('Tobias');
    expect(namedText).toContain('[name]');
    expect(await named.innerText()).toContain('a name');
    // The worrying comment is not in the review list.
    expect(await page.getByTestId('comment-list').innerText()).not.toContain('hits me');

    // One click confirms a theme the council's list suggests.
    const trips = page.getByTestId('comment').filter({ hasText: 'trips out' });
    expect(await trips.getByTestId('review-state').innerText()).toBe('not reviewed yet');
    const suggested = trips.getByTestId('theme-suggested').first();
    const theme = (await suggested.innerText()).replace(/^\+\s*/, '');
    await suggested.click();
    await trips.getByTestId('theme-confirmed').filter({ hasText: theme }).waitFor();
    expect(await trips.getByTestId('review-state').innerText()).toBe('reviewed');

    await trips.getByTestId('approve-quote').click();
    await trips.getByTestId('quote-approved').waitFor();

    // Two care leavers wrote comments: too few for any of their words to be quoted.
    await page.getByTestId('filter-band').selectOption('16-25');
    const small = page.getByTestId('comment').first();
    await small.getByTestId('approve-quote').click();
    await small.getByTestId('comment-error').waitFor();
    expect(await small.getByTestId('comment-error').innerText()).toMatch(/^Too few children in this age band/);
    expect(await small.getByTestId('quote-approved').count()).toBe(0);

    // The safeguarding tab has the flagged comment and the council's steps; it can be marked actioned.
    await page.getByTestId('tab-safeguarding').click();
    await page.getByTestId('safeguarding').waitFor();
    const steps = 'Tell the designated safeguarding lead the same day and record it on the safeguarding log.';
    await page.getByTestId('steps-input').fill(steps);
    await page.getByTestId('steps-save').click();
    await page.getByTestId('safeguarding-steps').getByText(steps).waitFor();
    const flagged = page.getByTestId('flagged-comment');
    expect(await flagged.count()).toBe(1);
    expect(await flagged.getByTestId('comment-text').innerText()).toContain('hits me');
    await flagged.getByTestId('mark-actioned').click();
    await flagged.getByTestId('reopen').waitFor();
    expect(await flagged.getByTestId('safeguarding-state').innerText()).toBe('Actioned');
    const stored = await server.db.selectFrom('comments').select('safeguarding').where('wave_id', '=', r.wave.id).where('safeguarding', '<>', 'none').execute();
    expect(stored).toEqual([{ safeguarding: 'actioned' }]);

    // A theme added to the council's list, with its keywords, is suggested for the comments that use them.
    await page.getByTestId('tab-themes').click();
    await page.getByTestId('theme-editor').waitFor();
    const before = await page.getByTestId('theme-row').count();
    await page.getByTestId('theme-add-row').click();
    await page.getByTestId('theme-label').last().fill('Homework');
    await page.getByTestId('theme-keywords').last().fill('homework, revision');
    await page.getByTestId('themes-save').click();
    await page.getByTestId('theme-editor').getByText('Theme list saved.').waitFor();
    expect(await page.getByTestId('theme-row').count()).toBe(before + 1);
    await page.getByTestId('tab-review').click();
    const homework = page.getByTestId('comment').filter({ hasText: 'Help with homework' });
    await homework.getByTestId('theme-suggested').filter({ hasText: 'Homework' }).waitFor();

    // The approved quote is in the report, under its band; the care leavers' comments are not.
    await page.goto(`${server.baseUrl}/staff/waves/${r.wave.id}/report`);
    await page.getByTestId('report').waitFor();
    const said = page.getByTestId('said-11-17');
    expect(await said.getByTestId('quote').allInnerTexts()).toEqual([expect.stringContaining(COMMENTS_11_17[0])]);
    // The theme confirmed on one comment is counted, and a count of one reads "fewer than 5".
    const themes = (await said.locator('.themes-table').innerText()).replace(/\s+/g, ' ');
    expect(themes).toContain(`${theme} fewer than 5`);
    expect(await page.getByTestId('said-16-25').innerText()).toContain('Too few children');
    expect(await page.getByTestId('report').innerText()).not.toContain('hits me');
    await context.close();
  });
});

describe('a figure too small to show', () => {
  it('reads "fewer than 5" or "not shown" on the page, in the PDF and in the figures export, and is never drawn', async () => {
    const r = await arrangeReport(server.db);
    const { context, page } = await freshPage(browser, LAPTOP);
    await signInThroughPage(page, server.baseUrl, r.lead);
    await page.goto(`${server.baseUrl}/staff/waves/${r.wave.id}/report`);
    await page.getByTestId('report').waitFor();

    // Three care leavers answered: the page says "fewer than 5", never the number.
    const row = await page.getByTestId('rate-16-25').innerText();
    expect(row).toContain('Care leavers (16 to 25)');
    expect(row).toContain('fewer than 5');
    expect(row).not.toMatch(/\b3\b/);
    expect(await page.getByTestId('rate-11-17').innerText()).toContain('30 of 80 eligible (38%): meets the 30% target');
    const band = page.getByTestId('band-16-25');
    expect(await band.locator('h3').innerText()).toContain('fewer than 5 responses');
    expect(await band.getByTestId('band-nothing-shown').isVisible()).toBe(true);
    expect(await band.locator('canvas').count()).toBe(0);
    expect(await band.locator('table').count()).toBe(0);

    // Eight young people answered one question: its share is "not shown", and its chart leaves
    // it out, saying so, while drawing the rest.
    const few = page.getByTestId('band-11-17').getByTestId(`item-${FEW_ANSWERED}`);
    const fewText = await few.innerText();
    expect(fewText).toContain('said Yes: not shown');
    expect(fewText).toContain('fewer than 10 children answered');
    expect(fewText).toContain('Not compared: the figure itself is not shown.');
    expect(fewText).not.toMatch(/\d+%/);
    const chart = page.getByTestId('band-11-17').locator('.report-domain').filter({ has: page.getByTestId(`item-${FEW_ANSWERED}`) }).getByTestId('interval-chart');
    const label = (await chart.locator('canvas').getAttribute('aria-label'))!;
    const fewSummary = findItem(FEW_ANSWERED)!.summary;
    expect(label).toContain(`${fewSummary}: not shown, not drawn`);
    expect(label).toMatch(/: \d+%/);

    // On paper: no navigation or buttons, each section on its own page, the same words.
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('print-report').isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: 'Staff pages' }).isVisible()).toBe(false);
    expect(await page.locator('img.chart-print').first().isVisible()).toBe(true);
    expect(await page.locator('.report-chart canvas').first().isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    await page.emulateMedia({ media: 'screen' });
    const pages = await pdfText(pdf);
    const all = pages.join('\n');
    expect(pages.length).toBeGreaterThanOrEqual(7);
    // (pdf.js breaks lines where the page did: compare the words, not the line breaks)
    const words = all.replace(/\s+/g, ' ');
    expect(words).toContain('Care leavers (16 to 25) fewer than 5');
    expect(words).toContain('said Yes: not shown fewer than 10 children answered');
    expect(all).toContain('Bright spots');
    expect(all).not.toContain('Sign out');
    expect(all).not.toContain('Print or save as PDF');
    // The sections start on new pages: "Who took part" heads a page of its own.
    expect(pages.some((p) => p.trimStart().startsWith('Who took part'))).toBe(true);

    // The figures export marks the same cell with the same words and leaves its value empty.
    const res = await context.request.get(`${server.baseUrl}/api/staff/waves/${r.wave.id}/exports/figures.csv`);
    expect(res.status()).toBe(200);
    const rows = parseCsv(await res.text());
    const responses = rows.find((x) => x.band === '16-25' && x.figure === 'responses');
    expect(responses).toMatchObject({ value: '', suppressed: 'fewer than 5' });
    const shown = rows.find((x) => x.band === '11-17' && x.figure === 'responses');
    expect(shown).toMatchObject({ value: '30', suppressed: '' });
    const fewShare = rows.find((x) => x.band === '11-17' && x.item === FEW_ANSWERED && x.figure === 'share' && x.measure === 'positive');
    expect(fewShare).toMatchObject({ value: '', lower: '', upper: '', suppressed: 'fewer than 10 answers' });
    await context.close();
  });
});

describe('"you said, we will" and the page for children', () => {
  it('records what the council will do about a finding and publishes a page the children can open from their old link, without the staff code', async () => {
    const r = await arrangeReport(server.db);
    const { context, page } = await freshPage(browser, LAPTOP);
    page.on('dialog', (d) => void d.accept());
    await signInThroughPage(page, server.baseUrl, r.lead);
    await page.getByTestId(`wave-link-${r.wave.id}`).click();
    await page.getByTestId('open-you-said').click();
    await page.getByTestId('child-pages').waitFor();

    const lonely = page.getByTestId('you-said-finding').filter({ hasText: LONELINESS });
    await lonely.getByTestId('you-said-add').click();
    // Both halves are needed.
    await lonely.getByTestId('you-said-save').click();
    await lonely.getByText('Write what children and young people said.').waitFor();
    await lonely.getByTestId('you-said-text').fill('Some of you feel lonely a lot of the time.');
    await lonely.getByTestId('we-will-text').fill('Start a weekly youth club in every area by the summer.');
    await lonely.getByTestId('you-said-save').click();
    await lonely.getByTestId('you-said-entry').waitFor();

    const general = page.getByTestId('you-said-general');
    await general.getByTestId('you-said-add').click();
    await general.getByTestId('you-said-text').fill('Draft point');
    await general.getByTestId('we-will-text').fill('Draft action');
    await general.getByTestId('you-said-save').click();
    await general.getByTestId('you-said-entry').waitFor();
    await general.getByTestId('you-said-delete').click();
    await general.getByTestId('you-said-entry').waitFor({ state: 'detached' });

    await page.getByTestId('publish-11-17').click();
    await page.getByTestId('child-page-11-17').getByText('Published').waitFor();
    expect(await server.db.selectFrom('you_said').select(['band', 'item_id', 'we_will']).where('wave_id', '=', r.wave.id).execute()).toEqual([
      { band: '11-17', item_id: 'loneliness', we_will: 'Start a weekly youth club in every area by the summer.' },
    ]);

    // The report carries it.
    await page.goto(`${server.baseUrl}/staff/waves/${r.wave.id}/report`);
    expect(await page.getByTestId('report-you-said').innerText()).toContain('Start a weekly youth club');

    // A child opens their old survey link, on a phone, signed in to nothing.
    const child = await freshPage(browser, PHONE);
    const requested: string[] = [];
    child.page.on('request', (req) => requested.push(new URL(req.url()).pathname));
    await child.page.goto(`${server.baseUrl}/w/${r.wave.slug}`);
    await child.page.getByTestId('wave-closed').waitFor();
    await child.page.getByTestId('results-link-11-17').click();
    await child.page.getByTestId('child-results').waitFor();
    expect(new URL(child.page.url()).pathname).toBe(`/w/${r.wave.slug}/results/11-17`);
    const text = await child.page.getByTestId('child-results').innerText();
    expect(text).toMatch(/\d+ out of 10 children and young people/);
    expect(text).toContain('Start a weekly youth club in every area by the summer.');
    expect(text).toContain('0800 1111');
    expect(await child.page.locator('svg.face').count()).toBeGreaterThan(0);
    expect(await child.page.locator('canvas').count()).toBe(0);
    const violations = await wcagViolations(child.page);
    expect(violations, describeViolations('child results', violations)).toEqual([]);
    // Only the care leavers' page is unpublished: no link to it.
    expect(await child.page.getByTestId('results-link-16-25').count()).toBe(0);
    expect(requested.some((p) => p.includes('staff-app'))).toBe(false);
    // the link to their own age group's survey leads there too, once it has closed
    await child.page.goto(`${server.baseUrl}/w/${r.wave.slug}/11-17`);
    await child.page.getByTestId('results-link-11-17').waitFor();

    await child.page.goto(`${server.baseUrl}/w/${r.wave.slug}/results/16-25`);
    await child.page.getByTestId('results-not-ready').waitFor();
    await child.context.close();
    await context.close();
  });
});
