import { AGE_BANDS, findInstrumentVersion, latestInstrumentForBand, type AgeBand } from '@you-said/surveys';
import { sql } from 'kysely';
import { randomInt } from 'node:crypto';
import type { StaffUser } from '../accounts/sessions.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Db } from '../db/create-db.ts';
import type { WaveAccessMode } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { canSeeCouncil, councilFor } from '../http/staff-auth.ts';
import { waveState, type WaveState } from '../waves/waves.ts';
import { forgetTallies } from '../reports/tallies-sql.ts';

/** A wave as staff see it: its window, target, access mode, pinned instruments and eligible counts. */
export interface StaffWave {
  id: string;
  councilId: string;
  councilName: string;
  slug: string;
  label: string;
  opensOn: string;
  closesOn: string;
  state: WaveState;
  targetRate: number;
  accessMode: WaveAccessMode;
  instruments: { band: AgeBand; instrumentId: string; instrumentVersion: number; title: string }[];
  eligible: { band: AgeBand; eligible: number; countedOn: string }[];
}

export interface NewWave {
  /** a platform admin names the council; everyone else creates for their own */
  councilId?: string | null;
  label: string;
  opensOn: string;
  closesOn: string;
  targetRate?: number;
  accessMode?: WaveAccessMode;
  bands?: AgeBand[];
}

export interface WavePatch {
  label?: string;
  opensOn?: string;
  closesOn?: string;
  targetRate?: number;
  accessMode?: WaveAccessMode;
}

export interface EligibleCount {
  band: AgeBand;
  eligible: number;
  countedOn: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether `id` can be a row id: anything else is simply not found, never a database error. */
export function isUuid(id: string): boolean {
  return UUID.test(id);
}

/** The one answer for a wave that does not exist and for another council's wave alike. */
export function noSuchWave(): AppError {
  return new AppError('not_found', 404, 'There is no such wave.');
}

/** The waves a staff member may see, newest first: their council's, or for an admin any council's. */
export async function listWaves(db: Db, staff: StaffUser, opts: { councilId?: string | undefined; today: string }): Promise<StaffWave[]> {
  // An admin with no council named sees every council's waves (hence `councilName` on each).
  const councilId = staff.role === 'platform_admin' && !opts.councilId ? null : councilFor(staff, opts.councilId);
  if (councilId !== null && !isUuid(councilId)) return [];
  return loadWaves(db, { councilId }, opts.today);
}

/** A wave the staff member may see, or undefined (also for another council's wave). */
export async function findWaveForStaff(db: Db, staff: StaffUser, waveId: string, today: string): Promise<StaffWave | undefined> {
  if (!isUuid(waveId)) return undefined;
  const [wave] = await loadWaves(db, { waveId }, today);
  return wave && canSeeCouncil(staff, wave.councilId) ? wave : undefined;
}

/** A wave by id whoever asks (for public pages that decide for themselves what to show). */
export async function findWaveById(db: Db, waveId: string, today: string): Promise<StaffWave | undefined> {
  if (!isUuid(waveId)) return undefined;
  const [wave] = await loadWaves(db, { waveId }, today);
  return wave;
}

/** As `findWaveForStaff`, but a 404 when there is nothing to see. */
export async function requireWaveForStaff(db: Db, staff: StaffUser, waveId: string, today: string): Promise<StaffWave> {
  const wave = await findWaveForStaff(db, staff, waveId, today);
  if (!wave) throw noSuchWave();
  return wave;
}

/**
 * Creates a wave with a fresh link slug, every chosen band pinned to its newest published
 * instrument (so later versions never change what this year's children answer).
 */
export async function createWave(db: Db, staff: StaffUser, input: NewWave, today: string): Promise<StaffWave> {
  const councilId = councilFor(staff, input.councilId);
  const council = isUuid(councilId)
    ? await db.selectFrom('councils').select(['id', 'slug']).where('id', '=', councilId).executeTakeFirst()
    : undefined;
  if (!council) throw new AppError('not_found', 404, 'There is no such council.');
  assertDatesInOrder(input.opensOn, input.closesOn);
  const bands = input.bands ?? [...AGE_BANDS];
  assertUniqueBands(bands, 'bands');
  const pins = bands.map((band) => {
    const latest = latestInstrumentForBand(band);
    if (!latest) throw new AppError('invalid_request', 400, `There is no questionnaire for ages ${band} yet.`, { problems: [{ field: 'bands', message: `no instrument for ${band}` }] });
    return { band, instrumentId: latest.id, instrumentVersion: latest.version };
  });

  const waveId = await db.transaction().execute(async (trx) => {
    const id = await insertWithFreshSlug(trx, {
      council_id: council.id,
      label: input.label.trim(),
      opens_on: input.opensOn,
      closes_on: input.closesOn,
      target_rate: input.targetRate ?? 0.3,
      access_mode: input.accessMode ?? 'link',
    }, `${council.slug}-${input.opensOn.slice(0, 4)}`);
    await trx
      .insertInto('wave_instruments')
      .values(pins.map((p) => ({ wave_id: id, band: p.band, instrument_id: p.instrumentId, instrument_version: p.instrumentVersion })))
      .execute();
    await recordAudit(trx, {
      councilId: council.id,
      accountId: staff.accountId,
      action: 'wave.created',
      subject: input.label.trim(),
      details: { waveId: id, opensOn: input.opensOn, closesOn: input.closesOn, bands, accessMode: input.accessMode ?? 'link', targetRate: input.targetRate ?? 0.3 },
    });
    return id;
  });
  return (await findWaveForStaff(db, staff, waveId, today))!;
}

/** Changes a wave's label, window, target or access mode; the pinned instruments never change. */
export async function updateWave(db: Db, staff: StaffUser, waveId: string, patch: WavePatch, today: string): Promise<StaffWave> {
  const wave = await requireWaveForStaff(db, staff, waveId, today);
  assertDatesInOrder(patch.opensOn ?? wave.opensOn, patch.closesOn ?? wave.closesOn);
  const changes = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as WavePatch;
  if (Object.keys(changes).length === 0) return wave;
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('waves')
      .set({
        ...(changes.label !== undefined ? { label: changes.label.trim() } : {}),
        ...(changes.opensOn !== undefined ? { opens_on: changes.opensOn } : {}),
        ...(changes.closesOn !== undefined ? { closes_on: changes.closesOn } : {}),
        ...(changes.targetRate !== undefined ? { target_rate: changes.targetRate } : {}),
        ...(changes.accessMode !== undefined ? { access_mode: changes.accessMode } : {}),
      })
      .where('id', '=', wave.id)
      .execute();
    // counts kept while it was closed no longer hold once its window moves
    if (changes.opensOn !== undefined || changes.closesOn !== undefined) await forgetTallies(trx, wave.id);
    await recordAudit(trx, {
      councilId: wave.councilId,
      accountId: staff.accountId,
      action: 'wave.updated',
      subject: changes.label?.trim() ?? wave.label,
      details: { waveId: wave.id, changes },
    });
  });
  return (await findWaveForStaff(db, staff, wave.id, today))!;
}

/**
 * Records how many children are eligible per band (the denominator of the response rate).
 * Bands not named keep the count they had, so one band can be corrected on its own.
 */
export async function setEligibleCounts(db: Db, staff: StaffUser, waveId: string, counts: EligibleCount[], today: string): Promise<StaffWave> {
  const wave = await requireWaveForStaff(db, staff, waveId, today);
  assertUniqueBands(counts.map((c) => c.band), 'counts');
  const pinned = new Set(wave.instruments.map((i) => i.band));
  const stray = counts.filter((c) => !pinned.has(c.band));
  if (stray.length) {
    throw new AppError('invalid_request', 400, `This wave has no survey for ages ${stray.map((c) => c.band).join(', ')}.`, {
      problems: stray.map((c) => ({ field: 'counts', message: `${c.band} is not a band of this wave` })),
    });
  }
  if (counts.length === 0) return wave;
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('wave_eligible_counts')
      .values(counts.map((c) => ({ wave_id: wave.id, band: c.band, eligible: c.eligible, counted_on: c.countedOn })))
      .onConflict((oc) =>
        oc.columns(['wave_id', 'band']).doUpdateSet((eb) => ({ eligible: eb.ref('excluded.eligible'), counted_on: eb.ref('excluded.counted_on') })),
      )
      .execute();
    await recordAudit(trx, {
      councilId: wave.councilId,
      accountId: staff.accountId,
      action: 'wave.eligible_counts',
      subject: wave.label,
      details: { waveId: wave.id, counts },
    });
  });
  return (await findWaveForStaff(db, staff, wave.id, today))!;
}

/** The public survey link of each band, for posters and QR codes. */
export function waveLinks(wave: Pick<StaffWave, 'slug' | 'instruments'>, origin: string): { band: AgeBand; url: string }[] {
  return wave.instruments.map((i) => ({ band: i.band, url: `${origin}/w/${encodeURIComponent(wave.slug)}/${i.band}` }));
}

// No i, l or o: a slug is read off a poster and typed on a phone, where those are easily confused.
const SLUG_LETTERS = 'abcdefghjkmnpqrstuvwxyz';
const SLUG_RANDOM_LENGTH = 8;

/**
 * A wave's link slug: readable start (council and year) and a random tail. In 'link' mode the
 * link alone lets anyone answer, so the tail must not be guessable: 23^8 ≈ 7.8e10 possibilities
 * per council and year, while staying short enough to type from a poster.
 */
export function newWaveSlug(prefix: string): string {
  let tail = '';
  for (let i = 0; i < SLUG_RANDOM_LENGTH; i++) tail += SLUG_LETTERS[randomInt(SLUG_LETTERS.length)];
  return `${prefix}-${tail}`;
}

async function insertWithFreshSlug(
  trx: Db,
  values: { council_id: string; label: string; opens_on: string; closes_on: string; target_rate: number; access_mode: WaveAccessMode },
  prefix: string,
): Promise<string> {
  // A clash is astronomically unlikely, but `on conflict do nothing` lets us draw again without
  // aborting the transaction.
  for (let attempt = 0; attempt < 5; attempt++) {
    const row = await trx
      .insertInto('waves')
      .values({ ...values, slug: newWaveSlug(prefix) })
      .onConflict((oc) => oc.column('slug').doNothing())
      .returning('id')
      .executeTakeFirst();
    if (row) return row.id;
  }
  throw new Error('could not find a free wave slug');
}

function assertDatesInOrder(opensOn: string, closesOn: string) {
  if (closesOn < opensOn) {
    throw new AppError('invalid_request', 400, 'The survey must close on or after the day it opens.', {
      problems: [{ field: 'closesOn', message: 'is before opensOn' }],
    });
  }
}

function assertUniqueBands(bands: AgeBand[], field: string) {
  const seen = new Set<AgeBand>();
  for (const band of bands) {
    if (seen.has(band)) {
      throw new AppError('invalid_request', 400, `Ages ${band} is named twice.`, { problems: [{ field, message: `${band} is named twice` }] });
    }
    seen.add(band);
  }
}

async function loadWaves(db: Db, where: { waveId?: string; councilId?: string | null }, today: string): Promise<StaffWave[]> {
  let query = db
    .selectFrom('waves')
    .innerJoin('councils', 'councils.id', 'waves.council_id')
    .select([
      'waves.id',
      'waves.council_id',
      'councils.name as council_name',
      'waves.slug',
      'waves.label',
      sql<string>`waves.opens_on::text`.as('opens_on'),
      sql<string>`waves.closes_on::text`.as('closes_on'),
      'waves.target_rate',
      'waves.access_mode',
    ])
    .orderBy('waves.opens_on', 'desc')
    .orderBy('waves.created_at', 'desc')
    .orderBy('waves.id');
  if (where.waveId) query = query.where('waves.id', '=', where.waveId);
  if (where.councilId) query = query.where('waves.council_id', '=', where.councilId);
  const rows = await query.execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const [instruments, eligible] = await Promise.all([
    db.selectFrom('wave_instruments').select(['wave_id', 'band', 'instrument_id', 'instrument_version']).where('wave_id', 'in', ids).execute(),
    db
      .selectFrom('wave_eligible_counts')
      .select(['wave_id', 'band', 'eligible', sql<string>`counted_on::text`.as('counted_on')])
      .where('wave_id', 'in', ids)
      .execute(),
  ]);
  const bandOrder = (band: AgeBand) => AGE_BANDS.indexOf(band);
  return rows.map((r) => ({
    id: r.id,
    councilId: r.council_id,
    councilName: r.council_name,
    slug: r.slug,
    label: r.label,
    opensOn: r.opens_on,
    closesOn: r.closes_on,
    state: waveState({ opensOn: r.opens_on, closesOn: r.closes_on }, today),
    targetRate: Number(r.target_rate),
    accessMode: r.access_mode,
    instruments: instruments
      .filter((i) => i.wave_id === r.id)
      .sort((a, b) => bandOrder(a.band) - bandOrder(b.band))
      .map((i) => ({
        band: i.band,
        instrumentId: i.instrument_id,
        instrumentVersion: i.instrument_version,
        title: findInstrumentVersion(i.instrument_id, i.instrument_version)?.title ?? i.instrument_id,
      })),
    eligible: eligible
      .filter((e) => e.wave_id === r.id)
      .sort((a, b) => bandOrder(a.band) - bandOrder(b.band))
      .map((e) => ({ band: e.band, eligible: e.eligible, countedOn: e.counted_on })),
  }));
}
