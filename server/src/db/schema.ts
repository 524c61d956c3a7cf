import type { ColumnType, Generated } from 'kysely';
import type { AgeBand } from '@you-said/surveys';

/**
 * Every table, typed in one place. Columns are snake_case as in SQL; rows are mapped to
 * camelCase at the edge of the module that reads them.
 */
export interface Database {
  councils: CouncilsTable;
  waves: WavesTable;
  wave_instruments: WaveInstrumentsTable;
  responses: ResponsesTable;
  accounts: AccountsTable;
  staff_sessions: StaffSessionsTable;
  audit_log: AuditLogTable;
  rate_limits: RateLimitsTable;
  app_secrets: AppSecretsTable;
  wave_eligible_counts: WaveEligibleCountsTable;
  access_code_batches: AccessCodeBatchesTable;
  access_codes: AccessCodesTable;
  group_sessions: GroupSessionsTable;
  comments: CommentsTable;
  council_themes: CouncilThemesTable;
  you_said: YouSaidTable;
  child_pages: ChildPagesTable;
  wave_tally_cache: WaveTallyCacheTable;
  wave_response_tallies: WaveResponseTalliesTable;
  wave_answer_tallies: WaveAnswerTalliesTable;
}

export interface CouncilsTable {
  id: Generated<string>;
  slug: string;
  name: string;
  /** who children can contact for advocacy, shown in every survey's help text */
  advocacy_service: string;
  /** what the survey lead must do with a comment that suggests a child may be at risk */
  safeguarding_steps: Generated<string>;
  created_at: Generated<Date>;
}

/** A DATE column: written as 'YYYY-MM-DD', read back through `::text` so both drivers agree. */
type DateColumn = ColumnType<string, string, string>;

export interface WavesTable {
  id: Generated<string>;
  council_id: string;
  /** the public part of the wave's survey link */
  slug: string;
  label: string;
  opens_on: DateColumn;
  closes_on: DateColumn;
  /** the response rate the council aims for, 0.3 unless it chose another */
  target_rate: ColumnType<string, number | undefined, number>;
  /** 'link': the public link works alone; 'code': a one-time code is needed */
  access_mode: Generated<WaveAccessMode>;
  created_at: Generated<Date>;
}

export type WaveAccessMode = 'link' | 'code';

/** Which published instrument version a wave uses for each age band. */
export interface WaveInstrumentsTable {
  wave_id: string;
  band: AgeBand;
  instrument_id: string;
  instrument_version: number;
}

export type ParticipationMode = 'own_device' | 'with_adult' | 'group_session';

/**
 * One child's completed survey. Deliberately holds no time finer than the date, no IP, no
 * user agent and nothing about how access was granted: see DOMAIN.md "Anonymity".
 */
export interface ResponsesTable {
  /** made on the device, so a retried submission is recognised and stored once */
  id: string;
  wave_id: string;
  band: AgeBand;
  instrument_id: string;
  instrument_version: number;
  mode: ParticipationMode;
  submitted_on: DateColumn;
  answers: ColumnType<Record<string, unknown>, Record<string, unknown>, never>;
}

export type Role = 'platform_admin' | 'survey_lead' | 'participation_worker' | 'panel_member';

export interface AccountsTable {
  id: Generated<string>;
  /** always lower case */
  email: string;
  display_name: string;
  /** scrypt, with its parameters and salt: see accounts/passwords.ts */
  password_hash: string;
  role: Role;
  /** null only for a platform admin */
  council_id: string | null;
  disabled: Generated<boolean>;
  created_at: Generated<Date>;
}

/** A signed-in staff browser. The cookie holds the token; only its hash is kept here. */
export interface StaffSessionsTable {
  token_hash: string;
  account_id: string;
  csrf_token: string;
  expires_at: Date;
  created_at: Generated<Date>;
}

/** Who did what with staff-only data. Never holds a child's answer, comment or code. */
export interface AuditLogTable {
  id: Generated<string>;
  council_id: string | null;
  account_id: string | null;
  action: string;
  subject: string;
  details: ColumnType<Record<string, unknown>, Record<string, unknown> | undefined, never>;
  at: Generated<Date>;
}

export interface RateLimitsTable {
  key: string;
  window_start: Date;
  hits: number;
}

export interface AppSecretsTable {
  name: string;
  value: string;
}

export interface WaveEligibleCountsTable {
  wave_id: string;
  band: AgeBand;
  /** an aggregate count the council enters, never a list of children */
  eligible: number;
  counted_on: DateColumn;
}

export interface AccessCodeBatchesTable {
  id: Generated<string>;
  wave_id: string;
  band: AgeBand;
  label: Generated<string>;
  size: number;
  issued_on: DateColumn;
}

export type AccessCodeStatus = 'unspent' | 'spent' | 'revoked';

/** One printed card. Deliberately no time of spending: nothing to line up against answers. */
export interface AccessCodesTable {
  code_hash: string;
  batch_id: string;
  serial: number;
  status: Generated<AccessCodeStatus>;
}

export interface GroupSessionsTable {
  id: Generated<string>;
  token_hash: string;
  wave_id: string;
  account_id: string;
  started_at: Generated<Date>;
  ended_at: Date | null;
}

type JsonColumn<T> = ColumnType<T, T | undefined, T>;

export type SafeguardingState = 'none' | 'open' | 'actioned';
export type QuoteState = 'none' | 'approved';

/**
 * A child's free-text answer, redacted before it was stored. Deliberately holds no response id,
 * no date and no time: an approved quote cannot be joined back to the child's other answers.
 */
export interface CommentsTable {
  id: Generated<string>;
  wave_id: string;
  band: AgeBand;
  item_id: string;
  text: string;
  /** the kinds of thing masked, e.g. ["name", "school"] */
  masked: JsonColumn<string[]>;
  flag_reasons: JsonColumn<string[]>;
  safeguarding: Generated<SafeguardingState>;
  /** confirmed theme ids; null until reviewed */
  themes: ColumnType<string[] | null, string[] | null | undefined, string[] | null>;
  quote: Generated<QuoteState>;
}

export interface CouncilThemesTable {
  id: Generated<string>;
  council_id: string;
  label: string;
  keywords: JsonColumn<string[]>;
  position: number;
  retired: Generated<boolean>;
}

export interface YouSaidTable {
  id: Generated<string>;
  wave_id: string;
  band: AgeBand | null;
  item_id: string | null;
  you_said: string;
  we_will: string;
  created_at: Generated<Date>;
}

export interface ChildPagesTable {
  wave_id: string;
  band: AgeBand;
  published: boolean;
}

/** A closed wave whose counts are kept (see reports/tallies-sql.ts). */
export interface WaveTallyCacheTable {
  wave_id: string;
  /** which items were counted */
  items_key: string;
}

export interface WaveResponseTalliesTable {
  wave_id: string;
  band: AgeBand;
  n: number;
}

export interface WaveAnswerTalliesTable {
  wave_id: string;
  band: AgeBand;
  item_id: string;
  code: string;
  n: number;
}
