import { latestInstrumentForBand, type AgeBand } from '@you-said/surveys';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { sql } from 'kysely';
import { randomBytes, randomUUID } from 'node:crypto';
import type { Db } from '@you-said/server';
import { createAccount } from '../../server/src/accounts/accounts.ts';
import { findStaffSession, startStaffSession, type StaffUser } from '../../server/src/accounts/sessions.ts';
import { issueCodeBatch } from '../../server/src/codes/code-batches.ts';
import { createCouncil } from '../../server/src/councils/councils.ts';
import { calendarDate } from '../../server/src/dates.ts';
import type { ParticipationMode, Role, WaveAccessMode } from '../../server/src/db/schema.ts';
import { createWave, setEligibleCounts, type StaffWave } from '../../server/src/staff-waves/staff-waves.ts';

/**
 * Arranging fieldwork data for the browser tests through the server's own domain code (the same
 * functions the staff API calls), with passwords the tests know.
 */

/** The server's time zone in `startApp()`: "today" for a wave is today there. */
export const SERVER_TIME_ZONE = 'Europe/London';

/** A password long enough for the server's rules. */
export const KNOWN_PASSWORD = 'correct horse battery staple';

/** Today's date ('YYYY-MM-DD') as the server sees it. */
export function serverToday(): string {
  return calendarDate(new Date(), SERVER_TIME_ZONE);
}

export function shiftDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function tag(): string {
  return randomBytes(4).toString('hex');
}

export interface ArrangedAccount {
  accountId: string;
  email: string;
  password: string;
  role: Role;
  councilId: string | null;
  displayName: string;
}

/** A staff account with a known password. */
export async function arrangeAccount(db: Db, opts: { role: Role; councilId: string | null; password?: string }): Promise<ArrangedAccount> {
  const t = tag();
  const email = `${opts.role.replace(/_/g, '-')}-${t}@council.example.org`;
  const password = opts.password ?? KNOWN_PASSWORD;
  const displayName = `Test ${opts.role.replace(/_/g, ' ')} ${t}`;
  const { id } = await createAccount(db, { email, displayName, password, role: opts.role, councilId: opts.councilId });
  return { accountId: id, email, password, role: opts.role, councilId: opts.councilId, displayName };
}

/** The account as the domain code sees a signed-in staff member (a session of its own). */
export async function actingAs(db: Db, account: ArrangedAccount): Promise<StaffUser> {
  const { token } = await startStaffSession(db, account.accountId, new Date());
  const staff = await findStaffSession(db, token, new Date());
  if (!staff) throw new Error(`no session for ${account.email}`);
  return staff;
}

/** A council of its own, created by a platform admin of its own. */
export async function arrangeCouncil(db: Db): Promise<{ councilId: string; name: string; slug: string }> {
  const admin = await arrangeAccount(db, { role: 'platform_admin', councilId: null });
  const t = tag();
  const council = await createCouncil(db, await actingAs(db, admin), {
    slug: `council-${t}`,
    name: `Council ${t}`,
    advocacyService: `Advocacy ${t}, free on 0800 000 0000`,
  });
  return { councilId: council.id, name: council.name, slug: council.slug };
}

export interface ArrangedFieldwork {
  councilId: string;
  councilName: string;
  lead: ArrangedAccount;
  wave: StaffWave;
}

/**
 * A council, its survey lead, and an open wave (a week ago to four weeks ahead) pinned to every
 * band, created by that lead; eligible counts when given.
 */
export async function arrangeFieldwork(
  db: Db,
  opts: { accessMode?: WaveAccessMode; eligible?: Partial<Record<AgeBand, number>>; label?: string } = {},
): Promise<ArrangedFieldwork> {
  const council = await arrangeCouncil(db);
  const lead = await arrangeAccount(db, { role: 'survey_lead', councilId: council.councilId });
  const staff = await actingAs(db, lead);
  const today = serverToday();
  let wave = await createWave(
    db,
    staff,
    {
      label: opts.label ?? `Your life, your care ${tag()}`,
      opensOn: shiftDays(today, -7),
      closesOn: shiftDays(today, 28),
      accessMode: opts.accessMode ?? 'link',
    },
    today,
  );
  const counts = Object.entries(opts.eligible ?? {}).map(([band, eligible]) => ({ band: band as AgeBand, eligible: eligible!, countedOn: today }));
  if (counts.length) wave = await setEligibleCounts(db, staff, wave.id, counts, today);
  return { councilId: council.councilId, councilName: council.name, lead, wave };
}

/** A batch of one-time codes for one band, issued by `account`; the printed codes, as on the cards. */
export async function arrangeCodes(db: Db, account: ArrangedAccount, waveId: string, band: AgeBand, count: number): Promise<string[]> {
  const issued = await issueCodeBatch(db, await actingAs(db, account), { waveId, band, count }, serverToday());
  return issued.codes.map((c) => c.code);
}

/** A code as stored before hashing: no dash. */
export function withoutDash(code: string): string {
  return code.replace(/-/g, '');
}

/** The body of `POST /api/responses` for a band's newest instrument (every question is optional). */
export function submissionFor(
  slug: string,
  band: AgeBand,
  opts: { mode?: ParticipationMode; answers?: Record<string, unknown>; code?: string } = {},
) {
  const instrument = latestInstrumentForBand(band);
  if (!instrument) throw new Error(`no instrument for ${band}`);
  return {
    id: randomUUID(),
    wave: slug,
    instrument: instrument.id,
    version: instrument.version,
    mode: opts.mode ?? 'own_device',
    answers: opts.answers ?? {},
    ...(opts.code ? { access: { code: opts.code } } : {}),
  };
}

/** Sends `n` completed (empty) surveys for a band through the public API, as devices would. */
export async function submitThroughApi(baseUrl: string, slug: string, band: AgeBand, n: number, opts: { code?: string } = {}): Promise<void> {
  for (let i = 0; i < n; i++) {
    const res = await fetch(`${baseUrl}/api/responses`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(submissionFor(slug, band, opts.code ? { code: opts.code } : {})),
    });
    if (res.status !== 201) throw new Error(`submission refused: ${res.status} ${await res.text()}`);
  }
}

export const LAPTOP = { viewport: { width: 1280, height: 900 } } as const;
export const TABLET = { viewport: { width: 820, height: 1180 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true } as const;
export const PHONE = { viewport: { width: 360, height: 740 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true } as const;

/** A fresh browser context (its own cookies and storage) with one page. */
export async function freshPage(browser: Browser, device: typeof LAPTOP | typeof TABLET | typeof PHONE): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(device);
  const page = await context.newPage();
  return { context, page };
}

/** Signs in through the staff sign-in page and waits until the staff home has loaded. */
export async function signInThroughPage(page: Page, baseUrl: string, account: Pick<ArrangedAccount, 'email' | 'password'>): Promise<void> {
  await page.goto(`${baseUrl}/staff/sign-in`);
  await page.getByTestId('sign-in-email').fill(account.email);
  await page.getByTestId('sign-in-password').fill(account.password);
  await page.getByTestId('sign-in-submit').click();
  await page.getByTestId('sign-out').waitFor();
}

/**
 * A worker signs in on a tablet and starts a group session for the wave from its page, waiting
 * for the kiosk. `idleMinutes` sets how long a child may leave it before it clears (else the default).
 */
export async function startGroupSessionThroughPage(
  page: Page,
  baseUrl: string,
  worker: Pick<ArrangedAccount, 'email' | 'password'>,
  waveId: string,
  opts: { idleMinutes?: number } = {},
): Promise<void> {
  await signInThroughPage(page, baseUrl, worker);
  await page.getByTestId(`wave-link-${waveId}`).click();
  await page.getByTestId('start-group-session').click();
  if (opts.idleMinutes !== undefined) await page.getByTestId('group-idle-minutes').fill(String(opts.idleMinutes));
  await page.getByTestId('start-group-session-confirm').click();
  await page.getByTestId('kiosk-ready').waitFor();
}

/**
 * Goes through a survey page by page without answering anything (every question may be skipped)
 * and sends it; returns how many pages it passed. `onEachPage` looks at each page first, as it
 * was when it appeared. What is stored then is only what the survey held before the child
 * touched it.
 */
export async function skipWholeSurvey(page: Page, onEachPage?: (page: Page) => Promise<void>): Promise<number> {
  for (let step = 1; step <= 300; step++) {
    await onEachPage?.(page);
    const complete = page.locator('.sd-navigation__complete-btn:visible');
    if (await complete.count()) {
      await complete.first().click();
      return step;
    }
    const next = page.locator('.sd-navigation__next-btn:visible');
    if (!(await next.count())) throw new Error('the survey shows neither a next nor a complete button');
    await next.first().click();
  }
  throw new Error('the survey did not end within 300 pages');
}

/** What a survey page shows as already answered: ticked choices, selected items, typed text. */
export async function answersOnScreen(page: Page): Promise<{ questions: number; inputs: number; answered: string[] }> {
  return page.evaluate(() => {
    const questions = [...document.querySelectorAll('.sd-question')].filter((q) => (q as HTMLElement).offsetParent !== null);
    const answered: string[] = [];
    let inputs = 0;
    for (const q of questions) {
      const name = q.getAttribute('data-name') ?? '?';
      for (const el of q.querySelectorAll('input, textarea')) {
        inputs += 1;
        const input = el as HTMLInputElement;
        if ((input.type === 'radio' || input.type === 'checkbox') && input.checked) answered.push(`${name}: ticked ${input.value}`);
        else if (input.type !== 'radio' && input.type !== 'checkbox' && input.value !== '') answered.push(`${name}: typed ${input.value}`);
      }
      for (const el of q.querySelectorAll('[class*="--checked"], [class*="--selected"]')) answered.push(`${name}: ${el.className}`);
    }
    return { questions: questions.length, inputs, answered };
  });
}
/** Every row of every table of the app's schema, as one text: to look for something stored anywhere. */
export async function everythingStored(db: Db): Promise<string> {
  const tables = await sql<{ table_name: string }>`
    select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`.execute(db);
  const dump: Record<string, unknown[]> = {};
  for (const { table_name } of tables.rows) {
    dump[table_name] = (await sql`select * from ${sql.table(table_name)}`.execute(db)).rows;
  }
  if (!dump.access_codes) throw new Error('the dump found no access_codes table: wrong schema?');
  return JSON.stringify(dump);
}
