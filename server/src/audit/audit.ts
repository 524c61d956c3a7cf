import type { Db } from '../db/create-db.ts';

export interface AuditEntry {
  councilId: string | null;
  accountId: string | null;
  /** e.g. 'wave.created', 'codes.issued', 'export.responses' */
  action: string;
  /** what it was done to, e.g. the wave's label */
  subject: string;
  /** staff-only facts (how many codes, which band); never an answer, comment or code */
  details?: Record<string, unknown>;
}

/** Records who did what with staff-only data. Call inside the transaction that does the thing. */
export async function recordAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      council_id: entry.councilId,
      account_id: entry.accountId,
      action: entry.action,
      subject: entry.subject,
      details: entry.details ?? {},
    })
    .execute();
}
