/** The four age bands the programme surveys. An 11-year-old may fit two: the trusted adult chooses. */
export const AGE_BANDS = ['4-7', '8-11', '11-17', '16-25'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

/** The "4 Rs" plus overall wellbeing; background and free text sit outside them. */
export const DOMAINS = [
  'relationships',
  'rights',
  'resilience',
  'recovery',
  'wellbeing',
  'background',
  'free_text',
] as const;
export type Domain = (typeof DOMAINS)[number];

/** Answer codes that are real answers but carry no view: stored as themselves, never as missing. */
export const DONT_KNOW = 'dont_know';
export const RATHER_NOT_SAY = 'rather_not_say';

/** A SurveyJS survey definition (JSON). */
export type SurveyDefinition = Record<string, unknown>;

/** One answer code of a scale, with a neutral label for staff reports. */
export interface ScaleCode {
  code: string;
  label: string;
}

/** An answer scale shared by many items (e.g. always / most of the time / sometimes / never). */
export interface AnswerScale {
  id: string;
  label: string;
  /** 'choice': one code; 'multi': several codes; 'number': an integer range; 'text': free text */
  kind: 'choice' | 'multi' | 'number' | 'text';
  codes: ScaleCode[];
}

/** One question in the item bank. Its id is the SurveyJS question `name` in every instrument that asks it. */
export interface ItemDefinition {
  id: string;
  domain: Domain;
  /** id of an AnswerScale */
  scale: string;
  /** neutral wording for staff and panel reports, e.g. "Feels safe where they live" */
  summary: string;
  /** answer codes counted as the positive end (empty when the item has no positive end) */
  positive: string[];
  /** answer codes counted as the worrying end */
  worrying: string[];
  /** counts towards an overall wellbeing score (family contact and bullying never do) */
  wellbeing: boolean;
}

/** One published, immutable version of an age-banded instrument. */
export interface InstrumentVersion {
  /** stable instrument id, e.g. "children-4-7" */
  id: string;
  band: AgeBand;
  version: number;
  title: string;
  definition: SurveyDefinition;
}
