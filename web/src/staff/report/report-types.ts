import type { AgeBand } from '@you-said/surveys';

/*
 * The shapes of docs/api-report.md, as the staff pages read them. The report model itself is
 * analysis's (types only: nothing of the analysis package reaches the bundle).
 */
export type {
  BandResults,
  Comparison,
  DomainResults,
  Evidence,
  Finding,
  Indicator,
  ItemResult,
  MethodsSection,
  NotComparableReason,
  ReferenceCitation,
  ReportModel,
  ResponseRate,
  ResponseRates,
} from '../../../../analysis/src/report-model.ts';
export type { Figure, SuppressionReason } from '../../../../analysis/src/suppression.ts';
export type { Measure } from '../../../../analysis/src/verdict.ts';
import type { ReportModel } from '../../../../analysis/src/report-model.ts';
import type { Figure } from '../../../../analysis/src/suppression.ts';

export interface StaffReport {
  model: ReportModel;
  whatChildrenSaid: BandComments[];
  youSaid: YouSaidEntry[];
  childPages: { band: AgeBand; published: boolean }[];
}

export interface BandComments {
  band: AgeBand;
  /** false when too few children in the band answered a free-text question to show anything */
  mayBeShown: boolean;
  /** confirmed themes only, counts suppressed like every other count */
  themes: { themeId: string; label: string; comments: Figure }[];
  /** approved, redacted quotes (only when mayBeShown) */
  quotes: { id: string; itemId: string; question: string; text: string }[];
}

export interface YouSaidEntry {
  id: string;
  /** null: about every band */
  band: AgeBand | null;
  /** the finding it answers, or null for a general point */
  itemId: string | null;
  youSaid: string;
  weWill: string;
}

export type YouSaidBody = Omit<YouSaidEntry, 'id'>;

export type SafeguardingState = 'none' | 'open' | 'actioned';

export interface StaffComment {
  id: string;
  band: AgeBand;
  itemId: string;
  question: string;
  text: string;
  masked: string[];
  suggestedThemes: string[];
  themes: string[] | null;
  quote: 'none' | 'approved';
  flagged: boolean;
  flagReasons: string[];
  safeguarding: SafeguardingState;
}

export interface Theme {
  id: string;
  label: string;
  keywords: string[];
}

export interface CommentQueue {
  comments: StaffComment[];
  themes: Theme[];
  /** only with the safeguarding queue */
  safeguardingSteps: string | null;
}

export interface CommentChange {
  themes?: string[];
  quote?: 'approved' | 'none';
  safeguarding?: 'open' | 'actioned';
}

export const YOU_SAID_MAX = 500;
export const WE_WILL_MAX = 1000;
