import { describe, expect, it } from 'vitest';
import { readInstrument, readWaveInfo } from './api.ts';

const wave = {
  slug: 'demo',
  label: 'Demo 2025',
  isOpen: true,
  state: 'open' as const,
  opensOn: '2025-03-03',
  closesOn: '2025-04-28',
  council: { name: 'Demo Council', advocacyService: 'Demo Advocacy, 0800 000 0000' },
  accessMode: 'link' as const,
};
const band = { band: '8-11', instrument: { id: 'children-8-11', version: 1, title: 'My life (ages 8 to 11)' } };

describe('readWaveInfo', () => {
  it('reads a wave answer', () => {
    expect(readWaveInfo({ wave, bands: [band] })).toEqual({ wave, bands: [band] });
  });

  it('reads a codes-only wave, and takes a wave that does not say as link-only', () => {
    expect(readWaveInfo({ wave: { ...wave, accessMode: 'code' }, bands: [] })?.wave.accessMode).toBe('code');
    const { accessMode: _, ...silent } = wave;
    expect(readWaveInfo({ wave: silent, bands: [] })?.wave.accessMode).toBe('link');
  });

  it('skips a band this app does not know rather than failing the page', () => {
    expect(readWaveInfo({ wave, bands: [band, { band: '18-21', instrument: band.instrument }] })?.bands).toEqual([band]);
  });

  it('refuses something that is not a wave answer', () => {
    expect(readWaveInfo('<html>')).toBeNull();
    expect(readWaveInfo({ wave: { ...wave, isOpen: 'yes' }, bands: [] })).toBeNull();
    expect(readWaveInfo({ wave })).toBeNull();
  });
});

describe('readInstrument', () => {
  it('reads an instrument version', () => {
    const body = { id: 'children-8-11', band: '8-11', version: 1, title: 'T', definition: { pages: [] } };
    expect(readInstrument(body)).toEqual(body);
  });

  it('refuses one without a definition', () => {
    expect(readInstrument({ id: 'children-8-11', band: '8-11', version: 1, title: 'T' })).toBeNull();
  });
});
