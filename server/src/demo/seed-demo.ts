import { latestInstrumentForBand, AGE_BANDS, type AgeBand } from '@you-said/surveys';
import { randomBytes } from 'node:crypto';
import { createAccount } from '../accounts/accounts.ts';
import { formatCode, generateCode, hashCode } from '../codes/access-codes.ts';
import type { Db } from '../db/create-db.ts';
import type { Role } from '../db/schema.ts';

export const DEMO_WAVE_SLUG = 'demo';

/** What a newcomer needs to try every part of the demo, printed at start. */
export interface DemoSignIn {
  accounts: { role: Role; email: string; password: string }[];
  codes: { band: AgeBand; code: string }[];
}

const ELIGIBLE: Record<AgeBand, number> = { '4-7': 38, '8-11': 52, '11-17': 96, '16-25': 124 };
const DEMO_ACCOUNTS: { role: Role; email: string; name: string }[] = [
  { role: 'platform_admin', email: 'admin@demo.you-said.test', name: 'Pat Admin' },
  { role: 'survey_lead', email: 'lead@demo.you-said.test', name: 'Sam Lead' },
  { role: 'participation_worker', email: 'worker@demo.you-said.test', name: 'Jo Worker' },
  { role: 'panel_member', email: 'panel@demo.you-said.test', name: 'Councillor Kim Panel' },
];

/**
 * A demo council with a wave open for eight weeks around `today`, pinned to the newest
 * instrument of every age band, eligible counts, a few one-time codes per band and an account
 * for each role with a random password. Does nothing (returns null) when a council already
 * exists, so a restart never duplicates it and real data is never mixed with demo data.
 * Passwords and codes exist in plain text only in the returned value, for printing once.
 */
export async function seedDemo(db: Db, today: string, opts: { codesPerBand?: number } = {}): Promise<DemoSignIn | null> {
  const any = await db.selectFrom('councils').select('id').limit(1).executeTakeFirst();
  if (any) return null;
  const signIn: DemoSignIn = { accounts: [], codes: [] };
  await db.transaction().execute(async (trx) => {
    const council = await trx
      .insertInto('councils')
      .values({
        slug: 'demo-council',
        name: 'Demo Council',
        advocacy_service: 'Demo Council Advocacy Service, free on 0800 000 0000 (text or call), Monday to Friday 9am to 5pm',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const wave = await trx
      .insertInto('waves')
      .values({
        council_id: council.id,
        slug: DEMO_WAVE_SLUG,
        label: `Your life, your say ${today.slice(0, 4)}`,
        opens_on: shiftDays(today, -14),
        closes_on: shiftDays(today, 42),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('wave_instruments')
      .values(
        AGE_BANDS.map((band) => {
          const instrument = latestInstrumentForBand(band);
          if (!instrument) throw new Error(`no instrument for band ${band}`);
          return { wave_id: wave.id, band, instrument_id: instrument.id, instrument_version: instrument.version };
        }),
      )
      .execute();
    await trx
      .insertInto('wave_eligible_counts')
      .values(AGE_BANDS.map((band) => ({ wave_id: wave.id, band, eligible: ELIGIBLE[band], counted_on: shiftDays(today, -21) })))
      .execute();
    for (const band of AGE_BANDS) {
      const count = opts.codesPerBand ?? 5;
      const batch = await trx
        .insertInto('access_code_batches')
        .values({ wave_id: wave.id, band, label: 'Demo cards', size: count, issued_on: shiftDays(today, -14) })
        .returning('id')
        .executeTakeFirstOrThrow();
      for (let serial = 1; serial <= count; serial++) {
        const code = generateCode();
        await trx.insertInto('access_codes').values({ code_hash: hashCode(code), batch_id: batch.id, serial }).execute();
        signIn.codes.push({ band, code: formatCode(code) });
      }
    }
    for (const a of DEMO_ACCOUNTS) {
      const password = randomBytes(12).toString('base64url');
      await createAccount(trx, { email: a.email, displayName: a.name, password, role: a.role, councilId: a.role === 'platform_admin' ? null : council.id });
      signIn.accounts.push({ role: a.role, email: a.email, password });
    }
  });
  return signIn;
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

function shiftDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
