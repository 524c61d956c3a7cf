import type { Kysely } from 'kysely';

// Counts kept for closed waves. A closed wave takes no more answers, so its grouped counts never
// change: the report reads them from here instead of unpacking every answer of every other
// council's wave on each request. Counts only, never an answer. `items_key` names the set of
// items counted, so a deployment that counts other items recounts.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('wave_tally_cache')
    .addColumn('wave_id', 'uuid', (c) => c.primaryKey().references('waves.id').onDelete('cascade'))
    .addColumn('items_key', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('wave_response_tallies')
    .addColumn('wave_id', 'uuid', (c) => c.notNull().references('waves.id').onDelete('cascade'))
    .addColumn('band', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('wave_response_tallies_pk', ['wave_id', 'band'])
    .execute();
  await db.schema
    .createTable('wave_answer_tallies')
    .addColumn('wave_id', 'uuid', (c) => c.notNull().references('waves.id').onDelete('cascade'))
    .addColumn('band', 'text', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('n', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('wave_answer_tallies_pk', ['wave_id', 'band', 'item_id', 'code'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('wave_answer_tallies').execute();
  await db.schema.dropTable('wave_response_tallies').execute();
  await db.schema.dropTable('wave_tally_cache').execute();
}
