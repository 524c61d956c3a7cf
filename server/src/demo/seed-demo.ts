import { AGE_BANDS, type AgeBand } from '@you-said/surveys';
import { randomBytes } from 'node:crypto';
import { createAccount } from '../accounts/accounts.ts';
import { formatCode, generateCode, hashCode } from '../codes/access-codes.ts';
import type { Db } from '../db/create-db.ts';
import type { Role } from '../db/schema.ts';
import { storeResponsesInBulk, type BulkResponse } from '../responses/store-bulk.ts';
import { DEMO_SEED, DEMO_WAVE_SLUG, generateDemoPlatform, type DemoCouncil } from './synthetic.ts';

export { DEMO_WAVE_SLUG } from './synthetic.ts';

/** What a newcomer needs to try every part of the demo, printed at start. */
export interface DemoSignIn {
  accounts: { role: Role; email: string; password: string }[];
  codes: { band: AgeBand; code: string }[];
}

const DEMO_ACCOUNTS: { role: Role; email: string; name: string }[] = [
  { role: 'platform_admin', email: 'admin@demo.you-said.test', name: 'Pat Admin' },
  { role: 'survey_lead', email: 'lead@demo.you-said.test', name: 'Sam Lead' },
  { role: 'participation_worker', email: 'worker@demo.you-said.test', name: 'Jo Worker' },
  { role: 'panel_member', email: 'panel@demo.you-said.test', name: 'Councillor Kim Panel' },
];

export interface SeedDemoOptions {
  /** one-time codes printed per band (default 5) */
  codesPerBand?: number;
  /** the synthetic platform's seed (default DEMO_SEED): the same seed gives the same data */
  seed?: number;
  /**
   * false: only the demo council and its open wave, with no responses (for tests that count
   * what they submit). Default true: the whole synthetic platform of `generateDemoPlatform`.
   */
  synthetic?: boolean;
}

/**
 * The demo: the synthetic platform of `generateDemoPlatform` (several councils, each with last
 * year's and this year's wave, eligible counts, anonymous responses and comments), plus, for the
 * main demo council, a few one-time codes per band on its open wave and an account for each role
 * with a random password. Does nothing (returns null) when a council already exists, so a restart
 * never duplicates it and real data is never mixed with demo data. Passwords and codes exist in
 * plain text only in the returned value, for printing once.
 */
export async function seedDemo(db: Db, today: string, opts: SeedDemoOptions = {}): Promise<DemoSignIn | null> {
  const any = await db.selectFrom('councils').select('id').limit(1).executeTakeFirst();
  if (any) return null;
  const platform = generateDemoPlatform(opts.seed ?? DEMO_SEED, today);
  const synthetic = opts.synthetic ?? true;
  const councils: DemoCouncil[] = synthetic
    ? platform.councils
    : platform.councils.filter((c) => c.main).map((c) => ({ ...c, waves: c.waves.filter((w) => w.which === 'current').map((w) => ({ ...w, bands: w.bands.map((b) => ({ ...b, responses: [] })) })) }));
  const signIn: DemoSignIn = { accounts: [], codes: [] };
  const responses: BulkResponse[] = [];

  await db.transaction().execute(async (trx) => {
    for (const c of councils) {
      const council = await trx
        .insertInto('councils')
        .values({ slug: c.slug, name: c.name, advocacy_service: c.advocacyService, safeguarding_steps: c.safeguardingSteps })
        .returning('id')
        .executeTakeFirstOrThrow();
      for (const w of c.waves) {
        const wave = await trx
          .insertInto('waves')
          .values({ council_id: council.id, slug: w.slug, label: w.label, opens_on: w.opensOn, closes_on: w.closesOn, target_rate: w.targetRate })
          .returning('id')
          .executeTakeFirstOrThrow();
        await trx
          .insertInto('wave_instruments')
          .values(w.bands.map((b) => ({ wave_id: wave.id, band: b.band, instrument_id: b.instrumentId, instrument_version: b.instrumentVersion })))
          .execute();
        await trx
          .insertInto('wave_eligible_counts')
          .values(w.bands.map((b) => ({ wave_id: wave.id, band: b.band, eligible: b.eligible, counted_on: b.countedOn })))
          .execute();
        for (const b of w.bands) for (const r of b.responses) responses.push({ ...r, waveId: wave.id });
        if (c.main && w.slug === DEMO_WAVE_SLUG) signIn.codes.push(...(await issueCodes(trx, wave.id, w.bands.map((b) => b.band), opts.codesPerBand ?? 5, w.opensOn)));
      }
      if (!c.main) continue;
      for (const a of DEMO_ACCOUNTS) {
        const password = randomBytes(12).toString('base64url');
        await createAccount(trx, { email: a.email, displayName: a.name, password, role: a.role, councilId: a.role === 'platform_admin' ? null : council.id });
        signIn.accounts.push({ role: a.role, email: a.email, password });
      }
    }
  });
  // Stored after the councils and waves exist (it opens transactions of its own), through the
  // same splitting and redaction of free text as a real submission.
  await storeResponsesInBulk(db, responses);
  return signIn;
}

/** A batch of printed cards per band, returned in plain text for printing once. */
async function issueCodes(db: Db, waveId: string, bands: readonly AgeBand[], count: number, issuedOn: string): Promise<DemoSignIn['codes']> {
  const codes: DemoSignIn['codes'] = [];
  for (const band of bands) {
    const batch = await db
      .insertInto('access_code_batches')
      .values({ wave_id: waveId, band, label: 'Demo cards', size: count, issued_on: issuedOn })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (let serial = 1; serial <= count; serial++) {
      const code = generateCode();
      await db.insertInto('access_codes').values({ code_hash: hashCode(code), batch_id: batch.id, serial }).execute();
      codes.push({ band, code: formatCode(code) });
    }
  }
  return codes;
}

/** The sign-in details as a newcomer reads them. */
export function describeDemoSignIn(signIn: DemoSignIn, baseUrl: string): string {
  const lines = [
    'Demo sign-in details (made once, when the demo data was created):',
    `  Staff pages: ${baseUrl}/staff/sign-in`,
    ...signIn.accounts.map((a) => `  ${a.role.padEnd(21)} ${a.email.padEnd(30)} ${a.password}`),
    `  Survey link: ${baseUrl}/w/${DEMO_WAVE_SLUG}`,
    '  One-time codes (each works once):',
    ...AGE_BANDS.map((band) => `    ages ${band.padEnd(6)} ${signIn.codes.filter((c) => c.band === band).map((c) => c.code).join('  ')}`),
  ];
  return lines.join('\n');
}
