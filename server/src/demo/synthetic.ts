import { NOT_APPLICABLE } from '@you-said/analysis';
import {
  AGE_BANDS,
  DONT_KNOW,
  RATHER_NOT_SAY,
  findItem,
  latestInstrumentForBand,
  type AgeBand,
  type InstrumentVersion,
  type SurveyDefinition,
} from '@you-said/surveys';
import type { ParticipationMode } from '../db/schema.ts';
import { COMMENTS_POOL, commentsFor, type CommentQuestion, type PoolComment } from './comments-pool.ts';
import { Random } from './random.ts';

/**
 * A whole synthetic platform for the demo: several councils, each with last year's wave and
 * this year's, eligible counts and anonymous responses shaped like the published figures in
 * DOMAIN.md, with children's comments to review. Pure: the same seed and date give the same
 * data, down to every id. `seed-demo.ts` stores it.
 */

/** The seed the demo uses unless told otherwise. */
export const DEMO_SEED = 20261123;
/** The council whose sign-in details the demo prints. */
export const DEMO_COUNCIL_SLUG = 'demo-council';
/** The public part of the main demo wave's survey link: /w/demo. */
export const DEMO_WAVE_SLUG = 'demo';

export interface DemoPlatform {
  seed: number;
  today: string;
  /** the main demo council first */
  councils: DemoCouncil[];
}

export interface DemoCouncil {
  slug: string;
  name: string;
  advocacyService: string;
  safeguardingSteps: string;
  /** the council whose accounts and codes the demo prints */
  main: boolean;
  /** last year's wave, then this year's */
  waves: DemoWave[];
}

export type WhichWave = 'previous' | 'current';

export interface DemoWave {
  which: WhichWave;
  slug: string;
  label: string;
  opensOn: string;
  closesOn: string;
  targetRate: number;
  bands: DemoBand[];
}

export interface DemoBand {
  band: AgeBand;
  instrumentId: string;
  instrumentVersion: number;
  eligible: number;
  countedOn: string;
  responses: DemoResponse[];
}

export interface DemoResponse {
  id: string;
  band: AgeBand;
  instrumentId: string;
  instrumentVersion: number;
  mode: ParticipationMode;
  submittedOn: string;
  answers: Record<string, unknown>;
}

// ---------------------------------------------------------------------------------------------
// What the answers look like

const ONS_LOW = ['0', '1', '2', '3', '4'];
const ONS_HIGH_ANXIETY = ['6', '7', '8', '9', '10'];

/** A share of respondents, per age band, giving any of `codes` to an item. */
export interface ShareTarget {
  itemId: string;
  codes: readonly string[];
  shares: Partial<Record<AgeBand, number>>;
  /** where the figure comes from: DOMAIN.md's table of published figures, or a judgement */
  source: string;
}

/**
 * The share of each band's answers the demo aims for, per item, among the answers that carry a
 * view (not "I don't know" or "I'd rather not say"). The rows citing DOMAIN.md come from its
 * table "Published figures useful for reference data and for checking that demo data looks
 * real"; the rest are plausible figures, chosen to sit near those and never taken from any real
 * council. A council's own figure varies around these (see `COUNCIL_EFFECT_SD` and the councils'
 * `differences`).
 */
export const ANSWER_TARGETS: readonly ShareTarget[] = [
  // item                     codes counted                          share per band                                            source
  { itemId: 'ons_life_satisfaction', codes: ONS_LOW, shares: { '11-17': 0.17, '16-25': 0.26 }, source: 'DOMAIN.md: care leavers with low life satisfaction (0-4) 26%; teenagers: about one in six with low wellbeing' },
  { itemId: 'ons_worthwhile', codes: ONS_LOW, shares: { '11-17': 0.15, '16-25': 0.23 }, source: 'DOMAIN.md: care leavers feeling things they do are not worthwhile 23%' },
  { itemId: 'loneliness', codes: ['often_or_always'], shares: { '11-17': 0.14, '16-25': 0.22 }, source: 'DOMAIN.md: care leavers lonely always or most of the time 22%' },
  { itemId: 'money_coping', codes: ['finding_it_hard', 'finding_it_very_hard'], shares: { '16-25': 0.2 }, source: 'DOMAIN.md: care leavers finding it hard to cope financially 20%' },
  { itemId: 'internet_at_home', codes: ['yes'], shares: { '11-17': 0.93, '16-25': 0.8 }, source: 'DOMAIN.md: care leavers with internet at home 80%' },
  { itemId: 'bullied_afraid_school', codes: ['all_or_most', 'sometimes'], shares: { '8-11': 0.29, '11-17': 0.22 }, source: 'DOMAIN.md: 8-10s afraid to go to school because of bullying 29%' },
  { itemId: 'good_friend', codes: ['no'], shares: { '4-7': 0.07, '8-11': 0.07, '11-17': 0.07, '16-25': 0.1 }, source: 'DOMAIN.md: 8-18s with no good friend 7%' },
  { itemId: 'life_getting_better', codes: ['better'], shares: { '4-7': 0.83, '8-11': 0.83, '11-17': 0.83, '16-25': 0.72 }, source: 'DOMAIN.md: children in care saying life is getting better 83-84%' },
  { itemId: 'know_why_in_care', codes: ['a_bit', 'no'], shares: { '4-7': 0.53, '8-11': 0.4, '11-17': 0.32, '16-25': 0.35 }, source: 'DOMAIN.md: 4-7s saying it was not fully explained why they are in care 53%' },
  { itemId: 'sw_changes_12m', codes: ['two', 'three_or_more'], shares: { '11-17': 0.33 }, source: 'DOMAIN.md: 11-18s with three or more social workers in a year, about one in three' },
  { itemId: 'ons_happy_yesterday', codes: ONS_LOW, shares: { '11-17': 0.17, '16-25': 0.24 }, source: 'plausible, near the other ONS figures' },
  { itemId: 'ons_anxious_yesterday', codes: ONS_HIGH_ANXIETY, shares: { '11-17': 0.3, '16-25': 0.38 }, source: 'plausible' },
  { itemId: 'feel_safe', codes: ['always'], shares: { '4-7': 0.86, '8-11': 0.84, '11-17': 0.8, '16-25': 0.7 }, source: 'plausible' },
  { itemId: 'like_bedroom', codes: ['yes'], shares: { '4-7': 0.86, '8-11': 0.84, '11-17': 0.78, '16-25': 0.7 }, source: 'plausible' },
  { itemId: 'settled_home', codes: ['yes'], shares: { '8-11': 0.8, '11-17': 0.74, '16-25': 0.62 }, source: 'plausible' },
  { itemId: 'trust_carers', codes: ['always'], shares: { '4-7': 0.82, '8-11': 0.76, '11-17': 0.66, '16-25': 0.62 }, source: 'plausible' },
  { itemId: 'talk_to_carers', codes: ['always', 'most_of_the_time'], shares: { '8-11': 0.76, '11-17': 0.64 }, source: 'plausible' },
  { itemId: 'carers_notice_feelings', codes: ['always', 'most_of_the_time'], shares: { '8-11': 0.8, '11-17': 0.7, '16-25': 0.66 }, source: 'plausible' },
  { itemId: 'know_social_worker', codes: ['yes'], shares: { '4-7': 0.82, '8-11': 0.9, '11-17': 0.9 }, source: 'plausible' },
  { itemId: 'trust_social_worker', codes: ['always'], shares: { '4-7': 0.66, '8-11': 0.62, '11-17': 0.55, '16-25': 0.5 }, source: 'plausible' },
  { itemId: 'sw_contact_easy', codes: ['always', 'most_of_the_time'], shares: { '8-11': 0.72, '11-17': 0.64 }, source: 'plausible' },
  { itemId: 'know_personal_adviser', codes: ['yes'], shares: { '16-25': 0.86 }, source: 'plausible' },
  { itemId: 'trust_personal_adviser', codes: ['always'], shares: { '16-25': 0.56 }, source: 'plausible' },
  { itemId: 'pa_contact_easy', codes: ['always', 'most_of_the_time'], shares: { '16-25': 0.72 }, source: 'plausible' },
  { itemId: 'trusted_adult', codes: ['yes'], shares: { '4-7': 0.93, '8-11': 0.91, '11-17': 0.88, '16-25': 0.84 }, source: 'plausible' },
  { itemId: 'have_a_say', codes: ['always', 'most_of_the_time'], shares: { '8-11': 0.7, '11-17': 0.62, '16-25': 0.6 }, source: 'plausible' },
  { itemId: 'know_advocate', codes: ['yes'], shares: { '11-17': 0.56, '16-25': 0.5 }, source: 'plausible' },
  { itemId: 'know_entitlements', codes: ['yes'], shares: { '16-25': 0.45 }, source: 'plausible' },
  { itemId: 'embarrassed_by_adults', codes: ['never'], shares: { '8-11': 0.7, '11-17': 0.62 }, source: 'plausible' },
  { itemId: 'do_same_as_friends', codes: ['always', 'most_of_the_time'], shares: { '8-11': 0.8, '11-17': 0.74 }, source: 'plausible' },
  { itemId: 'bullied_online', codes: ['all_or_most', 'sometimes'], shares: { '11-17': 0.15 }, source: 'plausible' },
  { itemId: 'have_fun', codes: ['all_or_most'], shares: { '4-7': 0.86, '8-11': 0.8, '11-17': 0.7, '16-25': 0.6 }, source: 'plausible' },
  { itemId: 'go_outdoors', codes: ['yes'], shares: { '4-7': 0.93, '8-11': 0.9, '11-17': 0.85, '16-25': 0.8 }, source: 'plausible' },
  { itemId: 'hobbies', codes: ['yes'], shares: { '8-11': 0.86, '11-17': 0.8, '16-25': 0.7 }, source: 'plausible' },
  { itemId: 'like_school', codes: ['yes'], shares: { '4-7': 0.8, '8-11': 0.7, '11-17': 0.55, '16-25': 0.62 }, source: 'plausible' },
  { itemId: 'help_with_learning', codes: ['always', 'most_of_the_time'], shares: { '8-11': 0.8, '11-17': 0.7 }, source: 'plausible' },
  { itemId: 'life_skills', codes: ['yes'], shares: { '11-17': 0.55, '16-25': 0.7 }, source: 'plausible' },
  { itemId: 'phone_access', codes: ['yes'], shares: { '11-17': 0.86, '16-25': 0.94 }, source: 'plausible' },
  { itemId: 'online_safe', codes: ['always', 'most_of_the_time'], shares: { '11-17': 0.8 }, source: 'plausible' },
  { itemId: 'happy_yesterday', codes: ['very_happy', 'quite_happy'], shares: { '8-11': 0.78 }, source: 'plausible' },
  { itemId: 'positive_future', codes: ['yes'], shares: { '11-17': 0.64, '16-25': 0.58 }, source: 'plausible' },
  { itemId: 'like_how_look', codes: ['always', 'most_of_the_time'], shares: { '8-11': 0.76, '11-17': 0.62, '16-25': 0.56 }, source: 'plausible' },
  { itemId: 'worries', codes: ['always', 'most_of_the_time'], shares: { '8-11': 0.16, '11-17': 0.22, '16-25': 0.27 }, source: 'plausible' },
];

/**
 * How answers spread within the counted and the uncounted codes of a target, and the whole
 * spread for items without a target (background questions, contact with family, pets).
 * Relative weights; every code a question offers, apart from "I don't know" and "I'd rather
 * not say", needs one.
 */
export const ANSWER_SHAPES: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  // scales with a view, by item
  feel_safe: { always: 60, most_of_the_time: 26, sometimes: 10, never: 4 },
  trust_carers: { always: 60, most_of_the_time: 26, sometimes: 10, never: 4 },
  trust_social_worker: { always: 50, most_of_the_time: 28, sometimes: 14, never: 8 },
  trust_personal_adviser: { always: 50, most_of_the_time: 28, sometimes: 14, never: 8 },
  talk_to_carers: { always: 40, most_of_the_time: 30, sometimes: 20, never: 10 },
  carers_notice_feelings: { always: 45, most_of_the_time: 30, sometimes: 18, never: 7 },
  sw_contact_easy: { always: 38, most_of_the_time: 32, sometimes: 22, never: 8 },
  pa_contact_easy: { always: 40, most_of_the_time: 32, sometimes: 20, never: 8 },
  have_a_say: { always: 35, most_of_the_time: 30, sometimes: 25, never: 10 },
  do_same_as_friends: { always: 45, most_of_the_time: 30, sometimes: 20, never: 5 },
  help_with_learning: { always: 45, most_of_the_time: 30, sometimes: 18, never: 7 },
  online_safe: { always: 45, most_of_the_time: 35, sometimes: 15, never: 5 },
  like_how_look: { always: 30, most_of_the_time: 38, sometimes: 24, never: 8 },
  embarrassed_by_adults: { always: 3, most_of_the_time: 5, sometimes: 24, never: 68 },
  worries: { always: 8, most_of_the_time: 14, sometimes: 45, never: 33 },
  bullied_afraid_school: { all_or_most: 8, sometimes: 21, hardly_ever: 20, never: 51 },
  bullied_online: { all_or_most: 4, sometimes: 11, hardly_ever: 20, never: 65 },
  have_fun: { all_or_most: 70, sometimes: 22, hardly_ever: 6, never: 2 },
  like_bedroom: { yes: 75, a_bit: 17, no: 8 },
  settled_home: { yes: 70, a_bit: 22, no: 8 },
  know_why_in_care: { yes: 55, a_bit: 30, no: 15 },
  know_entitlements: { yes: 45, a_bit: 35, no: 20 },
  like_school: { yes: 60, a_bit: 28, no: 12 },
  life_skills: { yes: 60, a_bit: 30, no: 10 },
  positive_future: { yes: 60, a_bit: 30, no: 10 },
  good_friend: { yes: 93, no: 7 },
  trusted_adult: { yes: 90, no: 10 },
  know_advocate: { yes: 55, no: 45 },
  go_outdoors: { yes: 88, no: 12 },
  hobbies: { yes: 80, no: 20 },
  internet_at_home: { yes: 85, no: 15 },
  phone_access: { yes: 90, no: 10 },
  have_pet: { yes: 45, no: 55 },
  know_social_worker: { yes: 88, no: 9, not_applicable: 3 },
  know_personal_adviser: { yes: 84, no: 12, not_applicable: 4 },
  sw_changes_12m: { none: 40, one: 27, two: 18, three_or_more: 15 },
  contact_mum: { too_much: 5, just_right: 48, too_little: 27, not_applicable: 20 },
  contact_dad: { too_much: 3, just_right: 36, too_little: 29, not_applicable: 32 },
  contact_siblings: { too_much: 4, just_right: 50, too_little: 32, not_applicable: 14 },
  life_getting_better: { better: 80, about_the_same: 15, worse: 5 },
  happy_yesterday: { very_happy: 40, quite_happy: 35, okay: 15, quite_sad: 7, very_sad: 3 },
  loneliness: { often_or_always: 15, some_of_the_time: 25, occasionally: 25, hardly_ever: 20, never: 15 },
  money_coping: { managing_well: 30, getting_by: 50, finding_it_hard: 14, finding_it_very_hard: 6 },
  // ONS 0-10: a hump at 7-8, a tail of low scores
  ons_life_satisfaction: { '0': 2, '1': 2, '2': 3, '3': 5, '4': 7, '5': 10, '6': 11, '7': 16, '8': 18, '9': 10, '10': 8 },
  ons_worthwhile: { '0': 2, '1': 2, '2': 3, '3': 5, '4': 7, '5': 11, '6': 12, '7': 16, '8': 17, '9': 9, '10': 8 },
  ons_happy_yesterday: { '0': 3, '1': 2, '2': 3, '3': 5, '4': 7, '5': 10, '6': 10, '7': 15, '8': 17, '9': 11, '10': 9 },
  ons_anxious_yesterday: { '0': 20, '1': 8, '2': 9, '3': 10, '4': 6, '5': 9, '6': 8, '7': 8, '8': 7, '9': 4, '10': 5 },
  // background: no view, so no target
  education_work: { school_or_college: 30, university: 8, apprenticeship_or_training: 10, working: 17, looking_for_work: 15, caring_or_health: 8, none_of_these: 12 },
  age_group: { '4_5': 40, '6_7': 60, '8_9': 45, '10_11': 55, '11_13': 30, '14_15': 38, '16_17': 32, '18_20': 55, '21_25': 25 },
  gender: { male: 52, female: 45, another_way: 3 },
  placement_type: { foster_care: 68, kinship_care: 12, childrens_home: 10, with_parents: 4, supported_accommodation: 3, other: 3 },
  time_in_care: { less_than_a_year: 15, one_to_two_years: 25, three_to_five_years: 30, more_than_five_years: 30 },
  living_situation: { still_in_care: 8, staying_put: 12, supported_lodgings: 8, supported_accommodation: 20, own_home: 30, with_family_or_friends: 10, student_accommodation: 5, no_settled_home: 4, other: 3 },
  helper_role: { school_staff: 35, participation_worker: 20, supervising_social_worker: 20, childs_social_worker: 5, carer: 15, other_adult: 5 },
};

/** How far (on the log-odds scale) a council's figures sit from the targets, item by item. */
const COUNCIL_EFFECT_SD = 0.15;
/** And how far one year's figures sit from the council's usual. */
const WAVE_EFFECT_SD = 0.08;

/** "I don't know", "I'd rather not say" and skipped questions: small, and a little higher for the youngest. */
const SET_ASIDE: Record<AgeBand, { dontKnow: number; ratherNotSay: number; skip: number }> = {
  '4-7': { dontKnow: 0.05, ratherNotSay: 0.01, skip: 0.02 },
  '8-11': { dontKnow: 0.04, ratherNotSay: 0.015, skip: 0.03 },
  '11-17': { dontKnow: 0.03, ratherNotSay: 0.02, skip: 0.03 },
  '16-25': { dontKnow: 0.02, ratherNotSay: 0.02, skip: 0.03 },
};
/** Personal questions are left unanswered or declined a little more often. */
const SENSITIVE_ITEMS = new Set(['ons_life_satisfaction', 'ons_worthwhile', 'ons_happy_yesterday', 'ons_anxious_yesterday', 'loneliness', 'contact_mum', 'contact_dad', 'contact_siblings', 'money_coping']);
/** The share of respondents who skip one whole page of the survey. */
const SKIP_A_PAGE = 0.04;
/** The share of responses with at least one comment, and how many comments those have. */
const WITH_COMMENTS = 0.4;
const COMMENT_COUNTS = new Map([['1', 65], ['2', 28], ['3', 7]]);

/** Completed responses per band, from a small council to a large one. */
const BAND_SIZES: Record<AgeBand, [number, number]> = { '4-7': [10, 30], '8-11': [20, 50], '11-17': [40, 90], '16-25': [30, 80] };
/** Response rates land between these (the programme asks for 30%; councils report up to 55%). */
const RESPONSE_RATES: [number, number] = [0.27, 0.53];

const MODES: Record<AgeBand, Map<ParticipationMode, number>> = {
  '4-7': new Map([['with_adult', 88], ['group_session', 12]]),
  '8-11': new Map([['with_adult', 45], ['own_device', 35], ['group_session', 20]]),
  '11-17': new Map([['own_device', 62], ['with_adult', 18], ['group_session', 20]]),
  '16-25': new Map([['own_device', 90], ['with_adult', 6], ['group_session', 4]]),
};

// ---------------------------------------------------------------------------------------------
// The councils

/** A council's figure for one item and band set on purpose, for one or both waves. */
interface Difference {
  itemId: string;
  band: AgeBand;
  /** share of the item's target codes (see ANSWER_TARGETS) */
  previous?: number;
  current?: number;
  why: string;
}

interface CouncilPlan {
  slug: string;
  name: string;
  /** 0 = a small council, 1 = a large one: where its band sizes fall in BAND_SIZES */
  size: number;
  /** how many days before the main demo wave this council's current wave opened */
  opensEarlierBy: number;
  waveLabel: string;
  advocacyPhone: string;
  dutyPhone: string;
  differences: Difference[];
}

/**
 * The demo councils: made-up names in the style of English councils (none is a real one). The
 * main demo council has a few figures set on purpose so its report has bright spots, areas for
 * improvement and changes since last year; one other council does worse than most and one
 * better, as real councils do.
 */
const COUNCILS: readonly CouncilPlan[] = [
  {
    slug: DEMO_COUNCIL_SLUG,
    name: 'Demo Council',
    size: 0.8,
    opensEarlierBy: 0,
    waveLabel: 'Your life, your say',
    advocacyPhone: '0808 157 0000',
    dutyPhone: '01632 960000',
    differences: [
      { itemId: 'sw_changes_12m', band: '11-17', previous: 0.31, current: 0.14, why: 'a settled social work team: a bright spot, better than last year' },
      { itemId: 'know_why_in_care', band: '8-11', previous: 0.38, current: 0.15, why: 'life story work for every child: a bright spot, better than last year' },
      { itemId: 'bullied_afraid_school', band: '8-11', previous: 0.3, current: 0.2, why: 'an anti-bullying push in schools, beginning to tell' },
      { itemId: 'know_entitlements', band: '16-25', previous: 0.5, current: 0.75, why: 'a new care leavers offer, well explained: a bright spot' },
      { itemId: 'loneliness', band: '16-25', previous: 0.2, current: 0.42, why: 'more care leavers living alone: an area for improvement, worse than last year' },
      { itemId: 'have_a_say', band: '11-17', previous: 0.6, current: 0.38, why: 'reviews that do not listen: an area for improvement, worse than last year' },
    ],
  },
  {
    slug: 'kestrelford',
    name: 'Kestrelford City Council',
    size: 0.55,
    opensEarlierBy: 7,
    waveLabel: 'Kestrelford Your Voice survey',
    advocacyPhone: '0808 157 0123',
    dutyPhone: '01632 960111',
    differences: [
      { itemId: 'loneliness', band: '16-25', previous: 0.14, current: 0.12, why: 'a strong care leavers hub' },
      { itemId: 'ons_life_satisfaction', band: '16-25', previous: 0.2, current: 0.16, why: 'a strong care leavers hub' },
    ],
  },
  {
    slug: 'northmarsh',
    name: 'Northmarsh County Council',
    size: 0.9,
    opensEarlierBy: 63,
    waveLabel: 'Northmarsh children in care survey',
    advocacyPhone: '0808 157 0456',
    dutyPhone: '01632 960222',
    differences: [
      { itemId: 'feel_safe', band: '16-25', previous: 0.55, current: 0.5, why: 'too few safe places for care leavers to live' },
      { itemId: 'trust_carers', band: '11-17', previous: 0.52, current: 0.5, why: 'many young people far from home in children\'s homes' },
      { itemId: 'life_getting_better', band: '11-17', previous: 0.7, current: 0.66, why: 'placements that keep breaking down' },
    ],
  },
  {
    slug: 'wyvernbury',
    name: 'Wyvernbury Borough Council',
    size: 0.3,
    opensEarlierBy: 21,
    waveLabel: 'Your life, your say',
    advocacyPhone: '0808 157 0789',
    dutyPhone: '01632 960333',
    differences: [],
  },
  {
    slug: 'eastholme',
    name: 'Eastholme Metropolitan Borough Council',
    size: 0.65,
    opensEarlierBy: 42,
    waveLabel: 'Eastholme Bright Futures survey',
    advocacyPhone: '0808 157 0321',
    dutyPhone: '01632 960444',
    differences: [],
  },
  {
    slug: 'greyhaven',
    name: 'Greyhaven Council',
    size: 0.1,
    opensEarlierBy: 90,
    waveLabel: 'Greyhaven wellbeing survey',
    advocacyPhone: '0808 157 0654',
    dutyPhone: '01632 960555',
    differences: [],
  },
];

/**
 * The comments that must reach a safeguarding queue, each put once into one council's wave and
 * band (never drawn at random, so the demo never buries the queue under copies of them).
 */
const SAFEGUARDING_PLACEMENTS: readonly { council: string; which: WhichWave; band: AgeBand; startsWith: string }[] = [
  { council: DEMO_COUNCIL_SLUG, which: 'current', band: '8-11', startsWith: 'my carers boyfriend' },
  { council: DEMO_COUNCIL_SLUG, which: 'current', band: '11-17', startsWith: 'i want to die' },
  { council: DEMO_COUNCIL_SLUG, which: 'current', band: '11-17', startsWith: 'a man online' },
  { council: DEMO_COUNCIL_SLUG, which: 'previous', band: '16-25', startsWith: 'sometimes i think everyone' },
  { council: 'kestrelford', which: 'current', band: '16-25', startsWith: 'sometimes i think everyone' },
];

// ---------------------------------------------------------------------------------------------
// The generator

/**
 * The demo platform for `today` ('YYYY-MM-DD'): the councils above, each with last year's
 * closed wave and this year's. The main council's current wave opened 14 days before today and
 * is open for 8 weeks, so fieldwork can still be tried; the others' opened earlier the same
 * calendar year, so the report pools them as "the same wave". Every band of every wave is
 * pinned to the newest published instrument and has responses from 25% to 55% of its eligible
 * children. Pure and deterministic.
 */
export function generateDemoPlatform(seed: number, today: string): DemoPlatform {
  const mainOpens = shiftDays(today, -14);
  const year = Number(mainOpens.slice(0, 4));
  const models = new Map(AGE_BANDS.map((band) => [band, respondentModel(band)]));
  const councils = COUNCILS.map((plan): DemoCouncil => {
    const currentOpens = plan.opensEarlierBy === 0 ? mainOpens : maxDate(shiftDays(mainOpens, -plan.opensEarlierBy), `${year}-01-01`);
    const previousOpens = sameDayYearBefore(currentOpens);
    const main = plan.slug === DEMO_COUNCIL_SLUG;
    const waves = (['previous', 'current'] as const).map((which) => {
      const opensOn = which === 'current' ? currentOpens : previousOpens;
      const waveYear = Number(opensOn.slice(0, 4));
      const slug = main && which === 'current' ? DEMO_WAVE_SLUG : `${plan.slug}-${waveYear}`;
      return generateWave(seed, today, plan, which, { slug, label: `${plan.waveLabel} ${waveYear}`, opensOn, closesOn: shiftDays(opensOn, 56) }, models);
    });
    return {
      slug: plan.slug,
      name: plan.name,
      advocacyService: `${plan.name} Advocacy Service: free on ${plan.advocacyPhone} (call or text), Monday to Friday 9am to 5pm`,
      safeguardingSteps: safeguardingSteps(plan),
      main,
      waves,
    };
  });
  return { seed, today, councils };
}

function safeguardingSteps(plan: CouncilPlan): string {
  return [
    `1. The same working day, phone the children's services duty team on ${plan.dutyPhone} (out of hours: the emergency duty team on the same number) and read them the comment word for word.`,
    '2. Tell them the wave and the age band it came from. The survey is anonymous: do not try to find out who wrote it.',
    '3. Tell your manager, then mark the comment "actioned" here.',
  ].join('\n');
}

interface WaveFrame {
  slug: string;
  label: string;
  opensOn: string;
  closesOn: string;
}

function generateWave(seed: number, today: string, plan: CouncilPlan, which: WhichWave, frame: WaveFrame, models: ReadonlyMap<AgeBand, RespondentModel>): DemoWave {
  const lastDay = minDate(frame.closesOn, today);
  const comments = new CommentDecks(Random.stream(seed, 'comments', plan.slug, which));
  const bands = AGE_BANDS.map((band): DemoBand => {
    const model = models.get(band)!;
    const sizes = Random.stream(seed, 'size', plan.slug, which, band);
    const [lo, hi] = BAND_SIZES[band];
    const n = Math.round(lo + (hi - lo) * clamp(plan.size + 0.12 * sizes.normal(), 0, 1));
    const eligible = Math.round(n / sizes.between(RESPONSE_RATES[0], RESPONSE_RATES[1]));
    const weights = model.weightsFor((itemId, target) => councilShare(seed, plan, which, band, itemId, target));
    const rng = Random.stream(seed, 'responses', plan.slug, which, band);
    const responses: DemoResponse[] = [];
    for (let i = 0; i < n; i++) {
      const answers = model.answer(rng, weights);
      comments.addTo(answers, band, model.freeText, rng);
      responses.push({
        id: rng.uuid(),
        band,
        instrumentId: model.instrument.id,
        instrumentVersion: model.instrument.version,
        mode: rng.weighted(MODES[band]),
        submittedOn: shiftDays(frame.opensOn, rng.int(0, daysBetween(frame.opensOn, lastDay))),
        answers,
      });
    }
    placeSafeguardingComments(plan.slug, which, band, responses, model.freeText, rng);
    return { band, instrumentId: model.instrument.id, instrumentVersion: model.instrument.version, eligible, countedOn: shiftDays(frame.opensOn, -10), responses };
  });
  return { which, ...frame, targetRate: 0.3, bands };
}

/** The share a council's wave gives to a target's codes: set on purpose, or the target moved a little. */
function councilShare(seed: number, plan: CouncilPlan, which: WhichWave, band: AgeBand, itemId: string, target: number): number {
  const set = plan.differences.find((d) => d.itemId === itemId && d.band === band)?.[which];
  if (set !== undefined) return set;
  const councilEffect = Random.stream(seed, 'council-effect', plan.slug, band, itemId).normal() * COUNCIL_EFFECT_SD;
  const waveEffect = Random.stream(seed, 'wave-effect', plan.slug, which, band, itemId).normal() * WAVE_EFFECT_SD;
  return logistic(logit(target) + councilEffect + waveEffect);
}

function placeSafeguardingComments(council: string, which: WhichWave, band: AgeBand, responses: DemoResponse[], asked: readonly string[], rng: Random): void {
  for (const p of SAFEGUARDING_PLACEMENTS) {
    if (p.council !== council || p.which !== which || p.band !== band || responses.length === 0) continue;
    const comment = COMMENTS_POOL.find((c) => c.safeguarding && c.text.startsWith(p.startsWith));
    const question = comment?.questions.find((q) => asked.includes(q));
    if (!comment || !question) throw new Error(`demo: no safeguarding comment "${p.startsWith}..." fits ages ${band}`);
    rng.pick(responses).answers[question] = comment.text;
  }
}

/**
 * Draws comments without putting them back, one deck per band and question, reshuffled when it
 * runs out: a wave repeats a comment only once it has used every other one that fits.
 */
class CommentDecks {
  private readonly decks = new Map<string, PoolComment[]>();

  constructor(private readonly rng: Random) {}

  addTo(answers: Record<string, unknown>, band: AgeBand, asked: readonly CommentQuestion[], rng: Random): void {
    if (asked.length === 0 || !rng.chance(WITH_COMMENTS)) return;
    const count = Math.min(asked.length, Number(rng.weighted(COMMENT_COUNTS)));
    for (const question of rng.shuffle(asked).slice(0, count)) {
      const comment = this.draw(band, question);
      if (comment) answers[question] = comment.text;
    }
  }

  private draw(band: AgeBand, question: CommentQuestion): PoolComment | undefined {
    const key = `${band}|${question}`;
    let deck = this.decks.get(key);
    if (!deck || deck.length === 0) {
      deck = this.rng.shuffle(commentsFor(question, band));
      this.decks.set(key, deck);
    }
    return deck.pop();
  }
}

// ---------------------------------------------------------------------------------------------
// Answering one instrument

/** A condition on an earlier answer: shown only when that answer is one of `anyOf`. */
interface Condition {
  question: string;
  anyOf: readonly string[];
}

interface AskedQuestion {
  name: string;
  page: string;
  kind: 'choice' | 'text';
  /** answer code -> the value the survey stores for it */
  values: ReadonlyMap<string, string | number>;
  required: boolean;
  showIf: readonly Condition[];
}

/**
 * The questions an instrument asks, in order, with the conditions (of the page, panels and
 * question) under which each is shown. Understands the conditions the instruments use
 * (`{q} = 'x'` and `{q} anyof ['x', 'y']`) and refuses anything else, so a new instrument can
 * never be answered in a way its survey would not allow.
 */
export function askedQuestions(definition: SurveyDefinition): AskedQuestion[] {
  const out: AskedQuestion[] = [];
  const seen = new Set<string>();
  const pages = (definition['pages'] ?? []) as Record<string, unknown>[];
  const walk = (elements: unknown, page: string, conditions: readonly Condition[]): void => {
    for (const el of (elements ?? []) as Record<string, unknown>[]) {
      if (el['visible'] === false && !el['visibleIf']) continue;
      const name = String(el['name']);
      const shownIf = [...conditions, ...parseCondition(el['visibleIf'], name, seen)];
      const type = String(el['type']);
      if (type === 'panel') {
        walk(el['elements'], page, shownIf);
      } else if (type === 'html') {
        continue;
      } else if (type === 'comment' || type === 'text') {
        out.push({ name, page, kind: 'text', values: new Map(), required: el['isRequired'] === true, showIf: shownIf });
        seen.add(name);
      } else if (type === 'radiogroup' || type === 'imagepicker' || type === 'dropdown' || type === 'buttongroup') {
        const values = new Map<string, string | number>();
        for (const c of (el['choices'] ?? []) as unknown[]) {
          const value = typeof c === 'object' && c !== null ? (c as Record<string, unknown>)['value'] : c;
          if (typeof value !== 'string' && typeof value !== 'number') throw new Error(`demo: question ${name} has a choice that is not text or a number`);
          values.set(String(value), value);
        }
        if (el['requiredIf']) throw new Error(`demo: question ${name} uses requiredIf, which the demo generator does not model`);
        out.push({ name, page, kind: 'choice', values, required: el['isRequired'] === true, showIf: shownIf });
        seen.add(name);
      } else {
        throw new Error(`demo: question ${name} is a ${type}, which the demo generator does not answer`);
      }
    }
  };
  for (const page of pages) walk(page['elements'], String(page['name']), parseCondition(page['visibleIf'], String(page['name']), seen));
  return out;
}

function parseCondition(expression: unknown, where: string, earlier: ReadonlySet<string>): Condition[] {
  if (expression === undefined || expression === null || expression === '') return [];
  const text = String(expression).trim();
  const equals = /^\{(\w+)\}\s*=\s*'([^']*)'$/.exec(text);
  const anyOf = /^\{(\w+)\}\s+anyof\s+\[([^\]]*)\]$/.exec(text);
  let condition: Condition | undefined;
  if (equals) condition = { question: equals[1]!, anyOf: [equals[2]!] };
  else if (anyOf) {
    const items = anyOf[2]!.split(',').map((s) => s.trim());
    if (items.every((s) => /^'[^']*'$/.test(s))) condition = { question: anyOf[1]!, anyOf: items.map((s) => s.slice(1, -1)) };
  }
  if (!condition) throw new Error(`demo: ${where} is shown under a condition the demo generator does not understand: ${text}`);
  // Answers are drawn in order, so a condition may only look back.
  if (!earlier.has(condition.question)) throw new Error(`demo: ${where} depends on {${condition.question}}, which is not asked before it`);
  return [condition];
}

/** Per question, the weights of each answer code with a view; the set-aside codes are added at draw time. */
type AnswerWeights = ReadonlyMap<string, ReadonlyMap<string, number>>;

/** Decides the share of a target's codes, given the item and the share ANSWER_TARGETS aims for. */
type ShareFor = (itemId: string, target: number) => number;

export interface RespondentModel {
  instrument: InstrumentVersion;
  questions: readonly AskedQuestion[];
  freeText: CommentQuestion[];
  weightsFor(shareFor: ShareFor): AnswerWeights;
  answer(rng: Random, weights: AnswerWeights): Record<string, unknown>;
}

const FREE_TEXT_QUESTIONS: readonly CommentQuestion[] = ['ft_make_life_better', 'ft_good_things', 'ft_anything_else'];

/** How one band's newest instrument is answered by the demo's children. */
export function respondentModel(band: AgeBand): RespondentModel {
  const instrument = latestInstrumentForBand(band);
  if (!instrument) throw new Error(`demo: no instrument for ages ${band}`);
  const questions = askedQuestions(instrument.definition);
  const choices = questions.filter((q) => q.kind === 'choice');
  const pages = [...new Set(questions.map((q) => q.page))];
  const rates = SET_ASIDE[band];

  return {
    instrument,
    questions,
    freeText: FREE_TEXT_QUESTIONS.filter((name) => questions.some((q) => q.name === name && q.showIf.length === 0)),

    weightsFor(shareFor) {
      return new Map(choices.map((q) => [q.name, viewWeights(q, band, shareFor)]));
    },

    answer(rng, weights) {
      const answers: Record<string, unknown> = {};
      const skippedPage = rng.chance(SKIP_A_PAGE) ? rng.pick(pages) : null;
      for (const q of choices) {
        if (!q.showIf.every((c) => c.anyOf.includes(String(answers[c.question])))) continue;
        const sensitive = SENSITIVE_ITEMS.has(q.name) ? 2 : 1;
        if (!q.required && (q.page === skippedPage || rng.chance(rates.skip * sensitive))) continue;
        const roll = rng.float();
        let code: string;
        if (q.values.has(DONT_KNOW) && roll < rates.dontKnow) code = DONT_KNOW;
        else if (q.values.has(RATHER_NOT_SAY) && roll >= 1 - rates.ratherNotSay * sensitive) code = RATHER_NOT_SAY;
        else code = rng.weighted(weights.get(q.name)!);
        answers[q.name] = q.values.get(code);
      }
      return answers;
    },
  };
}

/**
 * The weights of a question's answers with a view: the item's shape, with the target's codes
 * scaled to the share `shareFor` settles on and the other codes to the rest. Like the report,
 * the share is of the answers in the base: "does not apply" keeps its own weight, outside it.
 */
function viewWeights(q: AskedQuestion, band: AgeBand, shareFor: ShareFor): Map<string, number> {
  const codes = [...q.values.keys()].filter((c) => c !== DONT_KNOW && c !== RATHER_NOT_SAY);
  const shape = ANSWER_SHAPES[q.name];
  const shapeValues = shape ? Object.values(shape) : [];
  // A code the shape does not know (a new answer in a later instrument) gets an average weight.
  const fallback = shapeValues.length > 0 ? sum(shapeValues) / shapeValues.length : 1;
  const weights = new Map(codes.map((c) => [c, shape?.[c] ?? fallback]));

  const target = ANSWER_TARGETS.find((t) => t.itemId === q.name);
  const item = findItem(q.name);
  const focus = target ? target.codes : item && item.positive.length > 0 ? item.positive : (item?.worrying ?? []);
  const inBase = codes.filter((c) => c !== NOT_APPLICABLE);
  const inFocus = inBase.filter((c) => focus.includes(c));
  if (inFocus.length === 0 || inFocus.length === inBase.length) return weights;

  const baseWeight = sum(inBase.map((c) => weights.get(c)!));
  const focusWeight = sum(inFocus.map((c) => weights.get(c)!));
  const restWeight = baseWeight - focusWeight;
  const aim = target?.shares[band] ?? focusWeight / baseWeight;
  const share = clamp(shareFor(q.name, aim), 0.005, 0.995);
  for (const c of inBase) {
    const w = weights.get(c)!;
    weights.set(c, baseWeight * (inFocus.includes(c) ? (w / focusWeight) * share : (w / restWeight) * (1 - share)));
  }
  return weights;
}

/**
 * `count` answer sets for `band` as the targets alone would have them (no council's own
 * figures, no comments): for checking that the generator lands on the targets.
 */
export function simulateAnswers(band: AgeBand, count: number, seed: number): Record<string, unknown>[] {
  const model = respondentModel(band);
  const weights = model.weightsFor((_itemId, target) => target);
  const rng = Random.stream(seed, 'simulate', band);
  return Array.from({ length: count }, () => model.answer(rng, weights));
}

// ---------------------------------------------------------------------------------------------
// Small helpers

/** `isoDate` moved by `days` days. */
export function shiftDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The same day a year earlier (29 February becomes 28 February). */
function sameDayYearBefore(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const lastOfMonth = new Date(Date.UTC(y - 1, m, 0)).getUTCDate();
  return `${y - 1}-${String(m).padStart(2, '0')}-${String(Math.min(d, lastOfMonth)).padStart(2, '0')}`;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

const minDate = (a: string, b: string) => (a < b ? a : b);
const maxDate = (a: string, b: string) => (a > b ? a : b);
const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const logit = (p: number) => Math.log(p / (1 - p));
const logistic = (x: number) => 1 / (1 + Math.exp(-x));
const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);
