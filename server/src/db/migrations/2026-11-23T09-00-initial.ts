import { sql, type Kysely } from 'kysely';

// Migrations import nothing from the app and are never edited once landed: a fix is a new file.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('councils')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('advocacy_service', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('waves')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('council_id', 'uuid', (c) => c.notNull().references('councils.id'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('opens_on', 'date', (c) => c.notNull())
    .addColumn('closes_on', 'date', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('waves_dates_in_order', sql`opens_on <= closes_on`)
    .execute();

  await db.schema
    .createTable('wave_instruments')
    .addColumn('wave_id', 'uuid', (c) => c.notNull().references('waves.id').onDelete('cascade'))
    .addColumn('band', 'text', (c) => c.notNull())
    .addColumn('instrument_id', 'text', (c) => c.notNull())
    .addColumn('instrument_version', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('wave_instruments_pk', ['wave_id', 'band'])
    .addCheckConstraint('wave_instruments_band', sql`band in ('4-7', '8-11', '11-17', '16-25')`)
    .execute();

  // No timestamp, IP, user agent or access-grant column, by design: the date is the finest time kept.
  await db.schema
    .createTable('responses')
    .addColumn('id', 'uuid', (c) => c.primaryKey())
    .addColumn('wave_id', 'uuid', (c) => c.notNull().references('waves.id'))
    .addColumn('band', 'text', (c) => c.notNull())
    .addColumn('instrument_id', 'text', (c) => c.notNull())
    .addColumn('instrument_version', 'integer', (c) => c.notNull())
    .addColumn('mode', 'text', (c) => c.notNull())
    .addColumn('submitted_on', 'date', (c) => c.notNull())
    .addColumn('answers', 'jsonb', (c) => c.notNull())
    .addCheckConstraint('responses_band', sql`band in ('4-7', '8-11', '11-17', '16-25')`)
    .addCheckConstraint('responses_mode', sql`mode in ('own_device', 'with_adult', 'group_session')`)
    .addCheckConstraint('responses_answers_object', sql`jsonb_typeof(answers) = 'object'`)
    .execute();

  await db.schema.createIndex('responses_wave_band').on('responses').columns(['wave_id', 'band']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('responses').execute();
  await db.schema.dropTable('wave_instruments').execute();
  await db.schema.dropTable('waves').execute();
  await db.schema.dropTable('councils').execute();
}
