import type { StaffUser } from '../accounts/sessions.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Db } from '../db/create-db.ts';
import { AppError } from '../errors.ts';

export interface Council {
  id: string;
  slug: string;
  name: string;
  advocacyService: string;
}

/** Every council, by name. */
export async function listCouncils(db: Db): Promise<Council[]> {
  const rows = await db.selectFrom('councils').select(['id', 'slug', 'name', 'advocacy_service']).orderBy('name').orderBy('id').execute();
  return rows.map(toCouncil);
}

/** Adds a council; its slug starts every one of its survey links, so it must be new. */
export async function createCouncil(db: Db, staff: StaffUser, input: Omit<Council, 'id'>): Promise<Council> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('councils')
      .values({ slug: input.slug, name: input.name.trim(), advocacy_service: input.advocacyService.trim() })
      .onConflict((oc) => oc.column('slug').doNothing())
      .returning(['id', 'slug', 'name', 'advocacy_service'])
      .executeTakeFirst();
    if (!row) {
      throw new AppError('invalid_request', 400, `There is already a council with the short name "${input.slug}".`, {
        problems: [{ field: 'slug', message: 'is taken' }],
      });
    }
    await recordAudit(trx, { councilId: row.id, accountId: staff.accountId, action: 'council.created', subject: row.name, details: { slug: row.slug } });
    return toCouncil(row);
  });
}

function toCouncil(row: { id: string; slug: string; name: string; advocacy_service: string }): Council {
  return { id: row.id, slug: row.slug, name: row.name, advocacyService: row.advocacy_service };
}
