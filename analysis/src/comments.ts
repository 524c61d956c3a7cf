import { DEFAULT_REPORT_OPTIONS } from './options.ts';

/**
 * Whether children's words from one free-text question may be quoted or themed for one age
 * band: only where at least `minCommentRespondents` (5 by default) children in that band
 * answered the question, so no comment can be narrowed down to one of very few children.
 * Pass the number of children in the band who wrote an answer to that question.
 */
export function mayShowComments(childrenWhoAnswered: number, minCommentRespondents: number = DEFAULT_REPORT_OPTIONS.minCommentRespondents): boolean {
  return Number.isInteger(childrenWhoAnswered) && childrenWhoAnswered >= minCommentRespondents;
}
