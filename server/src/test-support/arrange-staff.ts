import { AGE_BANDS, latestInstrumentForBand, type AgeBand } from '@you-said/surveys';
import type { Hono } from 'hono';
import { randomBytes, randomUUID } from 'node:crypto';
import { createAccount } from '../accounts/accounts.ts';
import { startStaffSession } from '../accounts/sessions.ts';
import { formatCode, generateCode, hashCode } from '../codes/access-codes.ts';
import type { Db } from '../db/create-db.ts';
import type { ParticipationMode, Role } from '../db/schema.ts';

/** The password arranged staff accounts have unless a test gives another: long enough for the rules. */
export const STAFF_PASSWORD = 'a long test password';

/** A signed-in staff member as a browser holds them: the session cookie and the CSRF token. */
export interface StaffAgent {
  accountId: string;
  email: string;
  password: string;
  role: Role;
  councilId: string | null;
  /** `ys_session=<token>`, ready for a Cookie header */
  cookie: string;
  csrfToken: string;
}

/**
 * Request bindings that make a request come from `address`, as the Node server would give them.
 * Each test can then have its own client, so per-client rate limits never leak between tests.
 */
export function fromAddress(address: string) {
  return { incoming: { socket: { remoteAddress: address } } };
}

/** A fresh made-up client address. */
export function anAddress(): string {
  const b = randomBytes(3);
  return `10.${b[0]}.${b[1]}.${b[2]}`;
}

/** A council of its own. */
export async function arrangeCouncil(db: Db): Promise<{ councilId: string; slug: string; name: string }> {
  const tag = randomBytes(5).toString('hex');
  const row = await db
    .insertInto('councils')
    .values({ slug: `council-${tag}`, name: `Council ${tag}`, advocacy_service: `Advocacy ${tag}` })
    .returning(['id', 'slug', 'name'])
    .executeTakeFirstOrThrow();
  return { councilId: row.id, slug: row.slug, name: row.name };
}

/**
 * A staff account (password `STAFF_PASSWORD` unless given), signed in through POST /api/auth/login like a browser
 * (from an address of its own, so sign-in limits never get in the way). Hashing the password
 * costs ~0.1 s: arrange staff once per file where the tests allow.
 */
export async function arrangeStaff(app: Hono, db: Db, opts: { role: Role; councilId?: string | null; password?: string }): Promise<StaffAgent> {
  const email = `${opts.role.replace('_', '-')}-${randomBytes(5).toString('hex')}@example.org`;
  const councilId = opts.role === 'platform_admin' ? null : (opts.councilId ?? null);
  const password = opts.password ?? STAFF_PASSWORD;
  const { id } = await createAccount(db, { email, displayName: `Test ${opts.role}`, password, role: opts.role, councilId });
  return signIn(app, { accountId: id, email, password, role: opts.role, councilId });
}

/** Signs an arranged account in again: a new session, cookie and CSRF token. */
export async function signIn(app: Hono, who: Omit<StaffAgent, 'cookie' | 'csrfToken'>): Promise<StaffAgent> {
  const res = await app.request(
    '/api/auth/login',
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: who.email, password: who.password }) },
    fromAddress(anAddress()),
  );
  if (res.status !== 200) throw new Error(`could not sign in as ${who.email}: ${res.status} ${await res.text()}`);
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const cookie = cookieFrom(res, 'ys_session');
  if (!cookie) throw new Error('sign-in set no session cookie');
  return { ...who, cookie, csrfToken };
}

/**
 * Another session for an arranged account, as if signed in on another browser, made directly:
 * sign-in is rate-limited per account, and some tests need many sessions.
 */
export async function anotherSession(db: Db, who: StaffAgent, now = new Date('2026-11-23T10:00:00Z')): Promise<StaffAgent> {
  const session = await startStaffSession(db, who.accountId, now);
  return { ...who, cookie: `ys_session=${session.token}`, csrfToken: session.csrfToken };
}

/** `name=value` of a cookie a response sets, or undefined. */
export function cookieFrom(res: Response, name: string): string | undefined {
  for (const header of res.headers.getSetCookie()) {
    const [pair] = header.split(';');
    if (pair?.startsWith(`${name}=`)) return pair;
  }
  return undefined;
}

/** The Set-Cookie header a response sends for `name`, attributes and all. */
export function setCookieHeader(res: Response, name: string): string | undefined {
  return res.headers.getSetCookie().find((h) => h.startsWith(`${name}=`));
}

export interface StaffRequestOptions {
  /** leave out the X-CSRF-Token header, as a forged request would */
  withoutCsrf?: boolean;
  /** the client address the request comes from */
  address?: string;
}

/**
 * Requests as a signed-in staff member: the session cookie on every request and the CSRF token
 * on every change. `agent` may be undefined for a signed-out request.
 */
export function staffRequests(app: Hono, agent: Pick<StaffAgent, 'cookie' | 'csrfToken'> | undefined) {
  const send = (method: string, path: string, body?: unknown, opts: StaffRequestOptions = {}) => {
    const headers: Record<string, string> = {};
    if (agent) headers.cookie = agent.cookie;
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (agent && method !== 'GET' && !opts.withoutCsrf) headers['x-csrf-token'] = agent.csrfToken;
    return app.request(
      path,
      { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) },
      fromAddress(opts.address ?? '10.0.0.1'),
    );
  };
  return {
    send,
    get: (path: string, opts?: StaffRequestOptions) => send('GET', path, undefined, opts),
    post: (path: string, body: unknown = {}, opts?: StaffRequestOptions) => send('POST', path, body, opts),
    put: (path: string, body: unknown, opts?: StaffRequestOptions) => send('PUT', path, body, opts),
    patch: (path: string, body: unknown, opts?: StaffRequestOptions) => send('PATCH', path, body, opts),
    delete: (path: string, opts?: StaffRequestOptions) => send('DELETE', path, undefined, opts),
  };
}

/** `n` stored responses for one band of a wave, with no answers (every question is optional). */
export async function arrangeResponses(db: Db, waveId: string, band: AgeBand, n: number, mode: ParticipationMode = 'own_device'): Promise<void> {
  if (n === 0) return;
  const v = latestInstrumentForBand(band)!;
  await db
    .insertInto('responses')
    .values(
      Array.from({ length: n }, () => ({
        id: randomUUID(),
        wave_id: waveId,
        band,
        instrument_id: v.id,
        instrument_version: v.version,
        mode,
        submitted_on: '2026-11-20',
        answers: {},
      })),
    )
    .execute();
}

/** A wave of an existing council, every band pinned to its newest instrument; open on 2026-11-23 by default. */
export async function arrangeWaveOf(
  db: Db,
  councilId: string,
  opts: { opensOn?: string; closesOn?: string; label?: string } = {},
): Promise<{ waveId: string; slug: string; label: string }> {
  const tag = randomBytes(5).toString('hex');
  const label = opts.label ?? `Wave ${tag}`;
  const wave = await db
    .insertInto('waves')
    .values({ council_id: councilId, slug: `wave-${tag}`, label, opens_on: opts.opensOn ?? '2026-11-01', closes_on: opts.closesOn ?? '2026-12-31' })
    .returning(['id', 'slug'])
    .executeTakeFirstOrThrow();
  await db
    .insertInto('wave_instruments')
    .values(
      AGE_BANDS.map((band) => {
        const v = latestInstrumentForBand(band)!;
        return { wave_id: wave.id, band, instrument_id: v.id, instrument_version: v.version };
      }),
    )
    .execute();
  return { waveId: wave.id, slug: wave.slug, label };
}

/** A batch of `count` unspent codes for one band of a wave, with the codes as printed. */
export async function arrangeCodeBatch(db: Db, waveId: string, band: AgeBand, count = 2): Promise<{ batchId: string; codes: string[] }> {
  const batch = await db
    .insertInto('access_code_batches')
    .values({ wave_id: waveId, band, size: count, issued_on: '2026-11-20' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const codes = Array.from({ length: count }, generateCode);
  await db
    .insertInto('access_codes')
    .values(codes.map((code, i) => ({ code_hash: hashCode(code), batch_id: batch.id, serial: i + 1 })))
    .execute();
  return { batchId: batch.id, codes: codes.map(formatCode) };
}
