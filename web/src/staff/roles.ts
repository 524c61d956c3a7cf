import type { Role } from './staff-types.ts';

/**
 * What each role may do, to decide which buttons to show. Only a courtesy: the server checks
 * every request itself (docs/api-fieldwork.md, "Who may do what").
 */
export interface Capabilities {
  /** List and create councils; pick which council to look at. */
  manageCouncils: boolean;
  /** Create and edit waves, enter eligible counts. */
  editWaves: boolean;
  issueCodes: boolean;
  startGroupSession: boolean;
  /** Survey links, QR codes and posters: for the survey lead who sends them out. */
  seeLinks: boolean;
}

export function capabilitiesOf(role: Role): Capabilities {
  switch (role) {
    case 'platform_admin':
      return { manageCouncils: true, editWaves: true, issueCodes: true, startGroupSession: false, seeLinks: true };
    case 'survey_lead':
      return { manageCouncils: false, editWaves: true, issueCodes: true, startGroupSession: true, seeLinks: true };
    case 'participation_worker':
      // The dashboard and group sessions only (the server would still give a worker the links).
      return { manageCouncils: false, editWaves: false, issueCodes: false, startGroupSession: true, seeLinks: false };
    case 'panel_member':
      return { manageCouncils: false, editWaves: false, issueCodes: false, startGroupSession: false, seeLinks: false };
  }
}

export const ROLE_LABEL: Record<Role, string> = {
  platform_admin: 'Platform admin',
  survey_lead: 'Survey lead',
  participation_worker: 'Participation worker',
  panel_member: 'Panel member',
};
