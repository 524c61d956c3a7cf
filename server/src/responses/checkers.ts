import { compileChecker, type AnswerChecker, type InstrumentVersion } from '@you-said/surveys';

export type CheckerLookup = (instrumentId: string, version: number) => AnswerChecker | undefined;

/**
 * Compiles every published instrument version once, at start-up. Compiling builds a survey-core
 * model; checking an answer set is then a few set look-ups and precompiled conditions, which is
 * what lets the checked submit path keep pace with a bare insert.
 */
export function compileCheckers(versions: readonly InstrumentVersion[]): CheckerLookup {
  const checkers = new Map<string, AnswerChecker>();
  for (const v of versions) checkers.set(`${v.id}@${v.version}`, compileChecker(v.definition));
  return (instrumentId, version) => checkers.get(`${instrumentId}@${version}`);
}
