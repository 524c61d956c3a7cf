import { describe, expect, it } from 'vitest';
import { readAccount, readBatches, readDashboard, readIssuedBatch, readSession, readWave } from './readers.ts';

const wave = {
  id: 'w1',
  councilId: 'c1',
  councilName: 'Northshire',
  slug: 'north-2026',
  label: 'Your life 2026',
  opensOn: '2026-03-02',
  closesOn: '2026-04-27',
  state: 'open',
  targetRate: 0.3,
  accessMode: 'link',
  instruments: [{ band: '8-11', instrumentId: 'children-8-11', instrumentVersion: 1, title: 'My life (8 to 11)' }],
  eligible: [{ band: '8-11', eligible: 40, countedOn: '2026-02-28' }],
};

describe('readSession', () => {
  it('reads the account and the CSRF token', () => {
    const account = { id: 7, email: 'lead@north.gov.uk', displayName: 'Sam Lead', role: 'survey_lead', council: { id: 'c1', name: 'Northshire' } };
    expect(readSession({ account, csrfToken: 't' })).toEqual({ account, csrfToken: 't' });
  });

  it('refuses an unknown role and a missing token', () => {
    expect(readAccount({ id: 1, email: 'a@b', displayName: 'A', role: 'superuser', council: null })).toBeNull();
    expect(readSession({ account: { id: 1, email: 'a@b', role: 'panel_member', council: null } })).toBeNull();
  });

  it('names an account without a display name by its email', () => {
    expect(readAccount({ id: 1, email: 'a@b', role: 'platform_admin', council: null })?.displayName).toBe('a@b');
  });
});

describe('readWave', () => {
  it('reads a wave', () => {
    expect(readWave(wave)).toEqual(wave);
  });

  it('refuses something that is not a wave', () => {
    expect(readWave({ ...wave, state: 'paused' })).toBeNull();
    expect(readWave('<html>')).toBeNull();
  });
});

describe('readDashboard', () => {
  const dashboard = {
    wave,
    today: '2026-03-20',
    daysLeft: 38,
    bands: [
      { band: '8-11', responses: { value: 12, display: '12' }, eligible: 40, rate: 0.3, rateShown: true, targetRate: 0.3, onTarget: true },
      { band: '4-7', responses: { value: null, display: 'fewer than 5' }, eligible: 20, rate: null, rateShown: false, targetRate: 0.3, onTarget: false },
    ],
    modes: [{ mode: 'own_device', responses: { value: 9, display: '9' } }],
    total: { value: 15, display: '15' },
  };

  it('reads per-band counts, keeping a suppressed count suppressed', () => {
    const read = readDashboard(dashboard);
    expect(read?.bands[0]?.responses).toEqual({ value: 12, display: '12' });
    expect(read?.bands[1]?.responses).toEqual({ value: null, display: 'fewer than 5' });
    expect(read?.total.display).toBe('15');
  });

  it('never shows a rate beside a suppressed count, whatever the answer says', () => {
    const leaky = { ...dashboard, bands: [{ ...dashboard.bands[1], rate: 0.15, rateShown: true }] };
    expect(readDashboard(leaky)?.bands[0]).toMatchObject({ rate: null, rateShown: false });
  });

  it('treats a count it cannot read as suppressed, not as a number', () => {
    const odd = { ...dashboard, bands: [{ ...dashboard.bands[0], responses: { value: '3', display: 'fewer than 5' } }] };
    expect(readDashboard(odd)?.bands[0]?.responses.value).toBeNull();
  });

  it('refuses an answer without a total', () => {
    const { total: _, ...noTotal } = dashboard;
    expect(readDashboard(noTotal)).toBeNull();
  });
});

describe('readIssuedBatch', () => {
  const issued = {
    batch: { id: 'b1', band: '11-17', count: 2, label: 'Forum', issuedOn: '2026-03-01' },
    codes: [
      { serial: 1, code: 'ABCDE-FGHJK', url: 'https://s.example/c/ABCDE-FGHJK' },
      { serial: 2, code: 'BCDEF-GHJKM', url: 'https://s.example/c/BCDEF-GHJKM' },
    ],
  };

  it('reads every code', () => {
    expect(readIssuedBatch(issued)?.codes).toHaveLength(2);
  });

  it('refuses the whole batch if one code is unreadable, rather than print a short run', () => {
    expect(readIssuedBatch({ ...issued, codes: [...issued.codes, { serial: 3 }] })).toBeNull();
  });
});

describe('readBatches', () => {
  it('reads spent and revoked counts', () => {
    expect(readBatches({ batches: [{ id: 'b1', band: '4-7', label: '', issuedOn: '2026-03-01', count: 10, spent: 3, revoked: 1 }] })).toEqual([
      { id: 'b1', band: '4-7', label: null, issuedOn: '2026-03-01', count: 10, spent: 3, revoked: 1 },
    ]);
  });
});
