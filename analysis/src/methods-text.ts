import { ITEMS, findScale } from '@you-said/surveys';
import type { ReportOptions } from './options.ts';
import type { MethodsSection } from './report-model.ts';

/** What the methods text needs to know besides the options. */
export interface MethodsContext {
  /** the previous wave's label, or null when there is none to compare with */
  previousWaveLabel: string | null;
  /** whether any general-population figure is compared with, and whether any of those is unverified */
  referenceValuesUsed: number;
  unverifiedReferenceValues: number;
}

const percent = (x: number) => `${Number((x * 100).toFixed(1))}%`;

/**
 * The methods section the panel reads: how the survey was run, how to read the figures, how
 * comparisons and findings are decided and how children are protected. Written from the
 * options in force (and the item bank for the 0-10 conventions), so it never drifts from the
 * arithmetic.
 */
export function methodsText(options: ReportOptions, context: MethodsContext): MethodsSection[] {
  const below = options.minCount;
  const sections: MethodsSection[] = [];

  sections.push({
    title: 'How the survey was run',
    paragraphs: [
      'Children and young people answered an anonymous survey for their age band. They could skip any question, and "I don\'t know" and "I\'d rather not say" were real answers.',
      `The response rate for each age band is the number of completed surveys divided by the number of eligible children the council counted for that band. The programme asks for at least ${percent(options.targetRate)} unless the council set another target for this survey.`,
    ],
  });

  sections.push({
    title: 'How to read the figures',
    paragraphs: [
      'Each figure is the share of children who gave the positive answer, or the worrying answer, among those who answered the question. "I don\'t know", "I\'d rather not say" and "does not apply" are shown separately: they are not counted in the base and are not counted as negative answers.',
      ...zeroToTenConventions(),
      'The range shown with each figure is a 95% Wilson score interval: with the small numbers a council has, the true share could reasonably lie anywhere in it.',
    ],
  });

  const comparisons = [
    `all other participating councils pooled, in the same survey round, using Fisher's exact test (two-sided); this comparison is made only when at least ${options.minOtherCouncils} other ${options.minOtherCouncils === 1 ? 'council' : 'councils'} answered the question`,
    context.previousWaveLabel
      ? `this council's previous survey (${context.previousWaveLabel}), using Fisher's exact test (two-sided); only where the same question was asked with the same answers, otherwise the figure is marked "not comparable with last year"`
      : 'this council\'s previous survey, where there is one (there is none for this report)',
    'published figures for young people of the same age in the general population, using an exact binomial test (two-sided); each such figure is listed with its source and year',
  ];
  const absolute = options.absoluteWorrying;
  const findingsParagraphs = [
    `Each figure is compared with: ${comparisons.join('; ')}.`,
    `A bright spot is a difference that is statistically significant (p below ${options.alpha}) and at least ${options.minDifferencePoints} percentage points in the better direction: a higher share giving the positive answer, or a lower share giving the worrying answer. A difference that misses either test is not a bright spot.`,
    `An area for improvement is the same in the worse direction${
      absolute ? `, or any question where ${percent(absolute.minShare)} or more of the children gave the worrying answer, counted over at least ${absolute.minBase} answers, whatever the comparisons show` : ''
    }. Each bright spot and area for improvement names the figure it comes from.`,
    'Family contact and bullying are reported as experiences; they are never part of any wellbeing measure.',
  ];
  if (context.unverifiedReferenceValues > 0) {
    findingsParagraphs.push(
      `${context.unverifiedReferenceValues} of the ${context.referenceValuesUsed} general population figures used here have not yet been checked against their original source. They are marked "not verified" and must be confirmed by a person before this report is published.`,
    );
  }
  sections.push({ title: 'Comparisons, bright spots and areas for improvement', paragraphs: findingsParagraphs });

  sections.push({
    title: 'Protecting children\'s identities',
    paragraphs: [
      `No count below ${below} is shown, 0 included: it reads "fewer than ${below}". No percentage is shown where fewer than ${options.minBase} children answered the question.`,
      `Where a hidden count could otherwise be worked out from the figures shown (for example a total minus the other counts), further figures are hidden too and read "not shown". Working out that nobody gave an answer is allowed: it points to no child.`,
      `Figures for other councils are shown only when they come from at least ${options.minOtherCouncils} ${options.minOtherCouncils === 1 ? 'council' : 'councils'} and meet the same rules.`,
      `Children's own words are quoted only where at least ${options.minCommentRespondents} children in the age band answered the question.`,
    ],
  });
  return sections;
}

/** One sentence per distinct 0-10 convention the item bank marks (read from the bank, not restated here). */
function zeroToTenConventions(): string[] {
  const groups = new Map<string, string[]>();
  for (const item of ITEMS) {
    const scale = findScale(item.scale);
    if (!scale || scale.id !== 'zero_to_ten') continue;
    const anxiety = item.worrying.includes('10');
    const phrase = anxiety
      ? `counts ${ranges(item.worrying)} as high (the worrying end) and ${ranges(item.positive)} as low`
      : `counts ${ranges(item.worrying)} as low (the worrying end) and ${ranges(item.positive)} as high`;
    const list = groups.get(phrase) ?? [];
    list.push(item.summary.replace(/,? 0-10.*$/, '').replace(/^ONS /, ''));
    groups.set(phrase, list);
  }
  if (groups.size === 0) return [];
  const parts = [...groups.entries()].map(([phrase, names]) => {
    const list = names.join(', ');
    return `${list.charAt(0).toUpperCase()}${list.slice(1)}: ${phrase}`;
  });
  return [`The 0-10 wellbeing questions follow the Office for National Statistics conventions. ${parts.join('. ')}.`];
}

/** ['0','1','2','3','4'] -> '0-4'; separate runs are joined with commas. */
function ranges(codes: readonly string[]): string {
  const nums = codes.map(Number).filter(Number.isInteger).sort((a, b) => a - b);
  const runs: string[] = [];
  let start = nums[0];
  for (let i = 0; i < nums.length; i++) {
    const cur = nums[i]!;
    const next = nums[i + 1];
    if (next !== cur + 1) {
      runs.push(start === cur ? `${cur}` : `${start}-${cur}`);
      start = next;
    }
  }
  return runs.join(', ');
}
