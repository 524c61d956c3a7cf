import { sql, type Kysely } from 'kysely';

// Fieldwork: staff accounts and sessions, audit, rate limits, eligible counts, access codes and
// group sessions. Nothing here references the responses table, and responses reference none of
// these: access is checked at the door and leaves no trace on the answers.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('accounts')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('email', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('council_id', 'uuid', (c) => c.references('councils.id'))
    .addColumn('disabled', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addCheckConstraint('accounts_role', sql`role in ('platform_admin', 'survey_lead', 'participation_worker', 'panel_member')`)
    // only a platform admin stands outside every council
    .addCheckConstraint('accounts_council', sql`(role = 'platform_admin') = (council_id is null)`)
    .addCheckConstraint('accounts_email_lower', sql`email = lower(email)`)
    .execute();

  await db.schema
    .createTable('staff_sessions')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('account_id', 'uuid', (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('csrf_token', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'timestamptz', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('staff_sessions_account').on('staff_sessions').column('account_id').execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('council_id', 'uuid', (c) => c.references('councils.id'))
    .addColumn('account_id', 'uuid', (c) => c.references('accounts.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('details', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('audit_log_council_at').on('audit_log').columns(['council_id', 'at']).execute();

  // Fixed-window counters shared by every server process. Keys hold hashes, never an address.
  await db.schema
    .createTable('rate_limits')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('window_start', 'timestamptz', (c) => c.notNull())
    .addColumn('hits', 'integer', (c) => c.notNull())
    .execute();

  // Secrets generated on first start and shared by every process (e.g. the key that hashes
  // client addresses for rate limiting).
  await db.schema
    .createTable('app_secrets')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .alterTable('waves')
    .addColumn('target_rate', sql`numeric(4,3)`, (c) => c.notNull().defaultTo(0.3))
    .addColumn('access_mode', 'text', (c) => c.notNull().defaultTo('link'))
    .execute();
  await sql`alter table waves add constraint waves_access_mode check (access_mode in ('link', 'code'))`.execute(db);
  await sql`alter table waves add constraint waves_target_rate check (target_rate > 0 and target_rate <= 1)`.execute(db);

  await db.schema
    .createTable('wave_eligible_counts')
    .addColumn('wave_id', 'uuid', (c) => c.notNull().references('waves.id').onDelete('cascade'))
    .addColumn('band', 'text', (c) => c.notNull())
    .addColumn('eligible', 'integer', (c) => c.notNull())
    .addColumn('counted_on', 'date', (c) => c.notNull())
    .addPrimaryKeyConstraint('wave_eligible_counts_pk', ['wave_id', 'band'])
    .addCheckConstraint('wave_eligible_counts_band', sql`band in ('4-7', '8-11', '11-17', '16-25')`)
    .addCheckConstraint('wave_eligible_counts_eligible', sql`eligible >= 0`)
    .execute();

  await db.schema
    .createTable('access_code_batches')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('wave_id', 'uuid', (c) => c.notNull().references('waves.id').onDelete('cascade'))
    .addColumn('band', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('issued_on', 'date', (c) => c.notNull())
    .addCheckConstraint('access_code_batches_band', sql`band in ('4-7', '8-11', '11-17', '16-25')`)
    .execute();

  // One row per card: the code's hash, its serial on the card, and whether it still works. No
  // time at all is kept of when a code was spent.
  await db.schema
    .createTable('access_codes')
    .addColumn('code_hash', 'text', (c) => c.primaryKey())
    .addColumn('batch_id', 'uuid', (c) => c.notNull().references('access_code_batches.id').onDelete('cascade'))
    .addColumn('serial', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('unspent'))
    .addUniqueConstraint('access_codes_serial', ['batch_id', 'serial'])
    .addCheckConstraint('access_codes_status', sql`status in ('unspent', 'spent', 'revoked')`)
    .execute();

  await db.schema
    .createTable('group_sessions')
    .addColumn('id', 'uuid', (c) => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('wave_id', 'uuid', (c) => c.notNull().references('waves.id').onDelete('cascade'))
    .addColumn('account_id', 'uuid', (c) => c.notNull().references('accounts.id'))
    .addColumn('started_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('ended_at', 'timestamptz')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const t of ['group_sessions', 'access_codes', 'access_code_batches', 'wave_eligible_counts', 'app_secrets', 'rate_limits', 'audit_log', 'staff_sessions', 'accounts']) {
    await db.schema.dropTable(t).execute();
  }
  await db.schema.alterTable('waves').dropColumn('target_rate').dropColumn('access_mode').execute();
}
