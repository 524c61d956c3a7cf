import { describe, expect, it } from 'vitest';
import { capabilitiesOf } from './roles.ts';

describe('capabilitiesOf', () => {
  it('lets a panel member only read', () => {
    expect(Object.values(capabilitiesOf('panel_member')).every((can) => !can)).toBe(true);
  });

  it('gives a worker the dashboard and group sessions, nothing else', () => {
    expect(capabilitiesOf('participation_worker')).toEqual({
      manageCouncils: false,
      editWaves: false,
      issueCodes: false,
      startGroupSession: true,
      seeLinks: false,
    });
  });

  it('lets a survey lead run the wave, but not manage councils', () => {
    expect(capabilitiesOf('survey_lead')).toMatchObject({ editWaves: true, issueCodes: true, startGroupSession: true, manageCouncils: false });
  });

  it('does not let a platform admin start a group session (not in the contract)', () => {
    expect(capabilitiesOf('platform_admin')).toMatchObject({ manageCouncils: true, editWaves: true, startGroupSession: false });
  });
});
