import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from './config.ts';

describe('parseConfig', () => {
  it('needs no variables at all and then uses the embedded database', () => {
    const config = parseConfig({});
    expect(config.DATABASE_URL).toBeUndefined();
    expect(config.PORT).toBe(3000);
    expect(config.PGLITE_DIR).toMatch(/data[/\\]pglite$/);
  });

  it('loads demo data on the embedded database by default, never on a real server unless asked', () => {
    expect(parseConfig({}).DEMO_DATA).toBe(true);
    expect(parseConfig({ DATABASE_URL: 'postgres://db/x' }).DEMO_DATA).toBe(false);
    expect(parseConfig({ DATABASE_URL: 'postgres://db/x', DEMO_DATA: 'true' }).DEMO_DATA).toBe(true);
    expect(parseConfig({ DEMO_DATA: 'false' }).DEMO_DATA).toBe(false);
  });

  it('treats an empty variable as unset', () => {
    expect(parseConfig({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined();
  });

  it('names every bad variable at once', () => {
    let message = '';
    try {
      parseConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', TIME_ZONE: 'Mars/Base' });
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      message = (err as Error).message;
    }
    expect(message).toContain('PORT');
    expect(message).toContain('DATABASE_URL');
    expect(message).toContain('TIME_ZONE');
  });
});
