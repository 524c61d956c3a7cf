import type { Role } from '../staff-types.ts';

/**
 * Who may do what with the report (docs/api-report.md, "Who may do what"), to decide which links
 * and buttons to show. A courtesy only: the server checks every request.
 */
export interface ReportCapabilities {
  readReport: boolean;
  /** review comments, themes and quotes; the safeguarding queue */
  reviewComments: boolean;
  /** record "you said, we will" and publish the child-friendly pages */
  recordYouSaid: boolean;
  exports: boolean;
}

export function reportCapabilitiesOf(role: Role): ReportCapabilities {
  switch (role) {
    case 'platform_admin':
      return { readReport: true, reviewComments: false, recordYouSaid: false, exports: true };
    case 'survey_lead':
      return { readReport: true, reviewComments: true, recordYouSaid: true, exports: true };
    case 'panel_member':
      return { readReport: true, reviewComments: false, recordYouSaid: false, exports: false };
    case 'participation_worker':
      return { readReport: false, reviewComments: false, recordYouSaid: false, exports: false };
  }
}
