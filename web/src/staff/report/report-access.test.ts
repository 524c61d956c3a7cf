import { describe, expect, it } from 'vitest';
import { reportCapabilitiesOf } from './report-access.ts';

describe('reportCapabilitiesOf', () => {
  it('lets the panel, the survey lead and an admin read the report, and not a participation worker', () => {
    expect(reportCapabilitiesOf('panel_member').readReport).toBe(true);
    expect(reportCapabilitiesOf('survey_lead').readReport).toBe(true);
    expect(reportCapabilitiesOf('platform_admin').readReport).toBe(true);
    expect(reportCapabilitiesOf('participation_worker').readReport).toBe(false);
  });

  it('leaves comments, "you said, we will" and the child pages to the survey lead alone', () => {
    for (const role of ['platform_admin', 'panel_member', 'participation_worker'] as const) {
      expect(reportCapabilitiesOf(role)).toMatchObject({ reviewComments: false, recordYouSaid: false });
    }
    expect(reportCapabilitiesOf('survey_lead')).toMatchObject({ reviewComments: true, recordYouSaid: true });
  });

  it('offers the exports to the survey lead and an admin only', () => {
    expect(reportCapabilitiesOf('survey_lead').exports).toBe(true);
    expect(reportCapabilitiesOf('platform_admin').exports).toBe(true);
    expect(reportCapabilitiesOf('panel_member').exports).toBe(false);
  });
});
