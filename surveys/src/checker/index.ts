export { compileChecker } from './compile-checker.ts';
export { checkWithSurveyCore } from './reference-check.ts';
export { UnsupportedDefinitionError, assertSupportedDefinition } from './supported-subset.ts';
export type { AnswerChecker, AnswerProblem, CheckResult, ProblemCode } from './problems.ts';
