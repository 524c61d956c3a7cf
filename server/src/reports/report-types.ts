// The report API's answers, for the web app's `import type` (see docs/api-report.md).
export type * from '@you-said/analysis';
export type { StaffReport } from './staff-report.ts';
export type { BandComments, StaffComment, Theme, CommentList } from '../comments/comments.ts';
export type { YouSaidEntry, ChildResults, ChildLine } from './you-said.ts';
