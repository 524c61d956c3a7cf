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
}

export interface CouncilsTable {
  id: Generated<string>;
  slug: string;
  name: string;
  /** who children can contact for advocacy, shown in every survey's help text */
  advocacy_service: string;
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
  created_at: Generated<Date>;
}

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
