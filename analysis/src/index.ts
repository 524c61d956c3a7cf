// The pure arithmetic of the annual report: tallies -> indicators, intervals, exact tests,
// small-cell suppression, comparisons and the report model (plain JSON). No I/O.
export { buildReport, suppressTotalAndParts, NOT_APPLICABLE, SET_ASIDE_CODES } from './build-report.ts';
export type { BandSetup, GeneralPopulationValue, ReportInput } from './build-report.ts';
export { talliesFromResponses, talliedItemIds, answerCodes } from './tallies.ts';
export type { AnswerTally, ResponseForTally, ResponseTally, Tallies } from './tallies.ts';
export { instrumentItems, instrumentItemsFor } from './instrument-items.ts';
export type { InstrumentItem } from './instrument-items.ts';
export { DEFAULT_REPORT_OPTIONS, resolveOptions } from './options.ts';
export type { AbsoluteWorryingRule, ReportOptions } from './options.ts';
export { suppressSums, readerBounds, NO_CAP } from './suppression.ts';
export type { Figure, SumNode, SuppressionLimits, SuppressionReason } from './suppression.ts';
export { wilsonInterval, Z_95 } from './wilson.ts';
export type { Interval } from './wilson.ts';
export { fisherExact } from './fisher-exact.ts';
export { binomialTest } from './binomial-test.ts';
export { logFactorial, logChoose } from './log-factorial.ts';
export { judgeDifference } from './verdict.ts';
export type { Measure, Verdict } from './verdict.ts';
export { mayShowComments } from './comments.ts';
export { methodsText } from './methods-text.ts';
export type { MethodsContext } from './methods-text.ts';
export { MODEL_VERSION } from './report-model.ts';
export type * from './report-model.ts';
