import type { AgeBand } from '@you-said/surveys';

/** Ids are the server's; kept as they come (string or number) and only compared as text. */
export type Id = string | number;

export type Role = 'platform_admin' | 'survey_lead' | 'participation_worker' | 'panel_member';

export interface Account {
  id: Id;
  email: string;
  displayName: string;
  role: Role;
  council: { id: Id; name: string } | null;
}

export interface StaffSession {
  account: Account;
  csrfToken: string;
}

export interface Council {
  id: Id;
  slug: string;
  name: string;
  advocacyService: string;
}

export type WaveState = 'not_yet_open' | 'open' | 'closed';
export type AccessMode = 'link' | 'code';

export interface StaffWave {
  id: Id;
  councilId: Id;
  councilName: string;
  slug: string;
  label: string;
  opensOn: string;
  closesOn: string;
  state: WaveState;
  targetRate: number;
  accessMode: AccessMode;
  instruments: { band: AgeBand; instrumentId: string; instrumentVersion: number; title: string }[];
  eligible: { band: AgeBand; eligible: number; countedOn: string }[];
}

/**
 * A count as the server lets it be shown: 1 to 4 come as `value: null, display: 'fewer than 5'`
 * and must never be worked out or drawn from anything else.
 */
export interface Count {
  value: number | null;
  display: string;
}

export type ResponseModeName = 'own_device' | 'with_adult' | 'group_session';

export interface DashboardBand {
  band: AgeBand;
  responses: Count;
  eligible: number | null;
  rate: number | null;
  rateShown: boolean;
  targetRate: number;
  onTarget: boolean;
}

export interface Dashboard {
  wave: StaffWave;
  today: string;
  daysLeft: number | null;
  bands: DashboardBand[];
  modes: { mode: string; responses: Count }[];
  total: Count;
}

export interface WaveLink {
  band: AgeBand;
  url: string;
}

export interface CodeBatch {
  id: Id;
  band: AgeBand;
  label: string | null;
  issuedOn: string;
  count: number;
  spent: number;
  revoked: number;
}

export interface IssuedCode {
  serial: string | number;
  code: string;
  url: string;
}

export interface IssuedBatch {
  batch: { id: Id; band: AgeBand; count: number; label: string | null; issuedOn: string };
  codes: IssuedCode[];
}
