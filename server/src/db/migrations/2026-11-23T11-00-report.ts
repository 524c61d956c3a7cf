import { sql, type Kysely } from 'kysely';

// The report: children's comments (redacted before they are stored), the council's theme list,
// its safeguarding steps, "you said, we will" and the child-friendly pages.
//
// A comment row holds the wave, the band and the question it answered, and nothing else: no
// response id, no date, no order. So an approved quote cannot be joined back to the rest of the
// child's answers (their background answers could identify them), and nothing ties it to the
// code or session that let them in.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('councils')
    .addColumn('safeguarding_steps', 'text', (c) => c.notNull().defaultTo(''))
    .execute();

  await db.schema
    .createTable('comments')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('wave_id', 'uuid', (c) => c.notNull().references('waves.id').onDelete('cascade'))
    .addColumn('band', 'text', (c) => c.notNull())
    .addColumn('item_id', 'text', (c) => c.notNull())
    // already redacted: the child's raw words are never stored
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('masked', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('flag_reasons', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('safeguarding', 'text', (c) => c.notNull().defaultTo('none'))
    // confirmed theme ids; null until the lead has reviewed the comment
    .addColumn('themes', 'jsonb')
    .addColumn('quote', 'text', (c) => c.notNull().defaultTo('none'))
    .addCheckConstraint('comments_band', sql`band in ('4-7', '8-11', '11-17', '16-25')`)
    .addCheckConstraint('comments_safeguarding', sql`safeguarding in ('none', 'open', 'actioned')`)
    .addCheckConstraint('comments_quote', sql`quote in ('none', 'approved')`)
    // a flagged comment is for the safeguarding queue, never a quote
    .addCheckConstraint('comments_flagged_not_quoted', sql`safeguarding = 'none' or quote = 'none'`)
    .execute();
  await db.schema.createIndex('comments_wave_band').on('comments').columns(['wave_id', 'band']).execute();

  await db.schema
    .createTable('council_themes')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('council_id', 'uuid', (c) => c.notNull().references('councils.id').onDelete('cascade'))
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('keywords', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('position', 'integer', (c) => c.notNull())
    // retired themes stay so that comments confirmed with them keep their label
    .addColumn('retired', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
  await db.schema.createIndex('council_themes_council').on('council_themes').column('council_id').execute();

  await db.schema
    .createTable('you_said')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('wave_id', 'uuid', (c) => c.notNull().references('waves.id').onDelete('cascade'))
    .addColumn('band', 'text')
    .addColumn('item_id', 'text')
    .addColumn('you_said', 'text', (c) => c.notNull())
    .addColumn('we_will', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('you_said_band', sql`band is null or band in ('4-7', '8-11', '11-17', '16-25')`)
    .execute();
  await db.schema.createIndex('you_said_wave').on('you_said').column('wave_id').execute();

  await db.schema
    .createTable('child_pages')
    .addColumn('wave_id', 'uuid', (c) => c.notNull().references('waves.id').onDelete('cascade'))
    .addColumn('band', 'text', (c) => c.notNull())
    .addColumn('published', 'boolean', (c) => c.notNull())
    .addPrimaryKeyConstraint('child_pages_pk', ['wave_id', 'band'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('child_pages').execute();
  await db.schema.dropTable('you_said').execute();
  await db.schema.dropTable('council_themes').execute();
  await db.schema.dropTable('comments').execute();
  await db.schema.alterTable('councils').dropColumn('safeguarding_steps').execute();
}
