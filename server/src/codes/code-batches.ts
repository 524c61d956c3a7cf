import type { AgeBand } from '@you-said/surveys';
import { sql } from 'kysely';
import type { StaffUser } from '../accounts/sessions.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Db } from '../db/create-db.ts';
import { AppError } from '../errors.ts';
import { canSeeCouncil } from '../http/staff-auth.ts';
import { isUuid, requireWaveForStaff } from '../staff-waves/staff-waves.ts';
import { formatCode, generateCode, hashCode } from './access-codes.ts';

export interface CodeBatch {
  id: string;
  band: AgeBand;
  count: number;
  label: string;
  issuedOn: string;
}

export interface IssuedBatch {
  batch: CodeBatch;
  /** the printable codes: returned this once and stored nowhere, only their hashes are */
  codes: { serial: number; code: string }[];
}

export interface BatchSummary extends CodeBatch {
  spent: number;
  revoked: number;
}

/**
 * Issues `count` single-use codes for one band of a wave. Only their hashes are stored; the
 * codes themselves exist in this function's answer alone, to be printed on cards.
 */
export async function issueCodeBatch(
  db: Db,
  staff: StaffUser,
  input: { waveId: string; band: AgeBand; count: number; label?: string | undefined },
  today: string,
): Promise<IssuedBatch> {
  const wave = await requireWaveForStaff(db, staff, input.waveId, today);
  if (!wave.instruments.some((i) => i.band === input.band)) {
    throw new AppError('invalid_request', 400, `This wave has no survey for ages ${input.band}.`, { problems: [{ field: 'band', message: 'is not a band of this wave' }] });
  }
  const label = input.label?.trim() ?? '';
  return db.transaction().execute(async (trx) => {
    const batch = await trx
      .insertInto('access_code_batches')
      .values({ wave_id: wave.id, band: input.band, label, size: input.count, issued_on: today })
      .returning('id')
      .executeTakeFirstOrThrow();
    const codes = await insertFreshCodes(trx, batch.id, input.count);
    await recordAudit(trx, {
      councilId: wave.councilId,
      accountId: staff.accountId,
      action: 'codes.issued',
      subject: wave.label,
      details: { waveId: wave.id, batchId: batch.id, band: input.band, count: input.count },
    });
    return { batch: { id: batch.id, band: input.band, count: input.count, label, issuedOn: today }, codes };
  });
}

/**
 * Stores serials 1..count with fresh codes. A clash with any code ever issued is vanishingly
 * unlikely (48 bits), but `on conflict do nothing` lets a clashing serial draw again instead of
 * failing the batch.
 */
async function insertFreshCodes(trx: Db, batchId: string, count: number): Promise<{ serial: number; code: string }[]> {
  const issued = new Map<number, string>();
  let wanted = Array.from({ length: count }, (_, i) => i + 1);
  for (let attempt = 0; wanted.length > 0; attempt++) {
    if (attempt === 5) throw new Error('could not draw unique access codes');
    const drawn = new Map<number, string>();
    const hashes = new Set<string>();
    for (const serial of wanted) {
      let code = generateCode();
      while (hashes.has(hashCode(code))) code = generateCode();
      hashes.add(hashCode(code));
      drawn.set(serial, code);
    }
    const stored = await trx
      .insertInto('access_codes')
      .values([...drawn].map(([serial, code]) => ({ code_hash: hashCode(code), batch_id: batchId, serial })))
      .onConflict((oc) => oc.column('code_hash').doNothing())
      .returning('serial')
      .execute();
    for (const { serial } of stored) issued.set(serial, drawn.get(serial)!);
    wanted = wanted.filter((serial) => !issued.has(serial));
  }
  return [...issued].sort(([a], [b]) => a - b).map(([serial, code]) => ({ serial, code: formatCode(code) }));
}

/** A wave's batches with how many codes were spent or revoked; never the codes. */
export async function listCodeBatches(db: Db, staff: StaffUser, waveId: string, today: string): Promise<BatchSummary[]> {
  const wave = await requireWaveForStaff(db, staff, waveId, today);
  const rows = await db
    .selectFrom('access_code_batches as b')
    .leftJoin('access_codes as c', 'c.batch_id', 'b.id')
    .select([
      'b.id',
      'b.band',
      'b.label',
      'b.size',
      sql<string>`b.issued_on::text`.as('issued_on'),
      sql<number>`count(*) filter (where c.status = 'spent')::int`.as('spent'),
      sql<number>`count(*) filter (where c.status = 'revoked')::int`.as('revoked'),
    ])
    .where('b.wave_id', '=', wave.id)
    .groupBy(['b.id', 'b.band', 'b.label', 'b.size', 'b.issued_on'])
    .orderBy('b.issued_on', 'desc')
    .orderBy('b.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    band: r.band,
    label: r.label,
    issuedOn: r.issued_on,
    count: r.size,
    spent: Number(r.spent),
    revoked: Number(r.revoked),
  }));
}

/** Switches off one card of a batch (it was lost). Revoking twice is harmless; a used card cannot be. */
export async function revokeCode(db: Db, staff: StaffUser, batchId: string, serial: number): Promise<{ serial: number; status: 'revoked' }> {
  const batch = isUuid(batchId)
    ? await db
        .selectFrom('access_code_batches as b')
        .innerJoin('waves as w', 'w.id', 'b.wave_id')
        .select(['b.id', 'b.band', 'w.id as wave_id', 'w.label', 'w.council_id'])
        .where('b.id', '=', batchId)
        .executeTakeFirst()
    : undefined;
  // another council's batch is answered exactly as a missing one
  if (!batch || !canSeeCouncil(staff, batch.council_id)) throw new AppError('not_found', 404, 'There is no such batch of codes.');
  return db.transaction().execute(async (trx) => {
    const card = await trx
      .selectFrom('access_codes')
      .select('status')
      .where('batch_id', '=', batch.id)
      .where('serial', '=', serial)
      .forUpdate()
      .executeTakeFirst();
    if (!card) throw new AppError('not_found', 404, `This batch has no card number ${serial}.`);
    if (card.status === 'spent') {
      throw new AppError('code_spent', 409, `Card number ${serial} has already been used, so there is nothing to switch off.`);
    }
    if (card.status === 'unspent') {
      await trx.updateTable('access_codes').set({ status: 'revoked' }).where('batch_id', '=', batch.id).where('serial', '=', serial).execute();
      await recordAudit(trx, {
        councilId: batch.council_id,
        accountId: staff.accountId,
        action: 'code.revoked',
        subject: batch.label,
        details: { waveId: batch.wave_id, batchId: batch.id, band: batch.band, serial },
      });
    }
    return { serial, status: 'revoked' as const };
  });
}
