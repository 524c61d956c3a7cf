import { latestInstrumentForBand } from '@you-said/surveys';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { arrangeWave } from '../test-support/arrange.ts';
import { createTestApp } from '../test-support/test-app.ts';
import { createTestDb, type TestDb } from '../test-support/test-db.ts';

let t: TestDb;
let dist: string;
beforeAll(async () => {
  t = await createTestDb();
  dist = mkdtempSync(path.join(tmpdir(), 'dist-'));
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>You Said</title>');
  writeFileSync(path.join(dist, 'assets', 'app-abc123.js'), 'console.info(1)');
});
afterAll(async () => {
  await t.close();
});

/** The addresses a page's Link header asks the browser to fetch at once. */
function preloads(res: Response): string[] {
  const header = res.headers.get('link');
  if (!header) return [];
  return header.split(/,\s*/).map((link) => {
    expect(link).toMatch(/^<[^>]+>; rel=preload; as=fetch; crossorigin$/);
    return link.slice(1, link.indexOf('>'));
  });
}

describe("a survey link's page names what its script will fetch", () => {
  it("an age group's page of an open wave: the wave and that group's pinned questionnaire", async () => {
    const wave = await arrangeWave(t.db);
    const { app } = createTestApp(t.db, { webDistDir: dist });
    const res = await app.request(`/w/${wave.slug}/8-11`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('You Said');
    const pinned = latestInstrumentForBand('8-11')!;
    expect(preloads(res)).toEqual([`/api/public/waves/${wave.slug}`, `/api/instruments/${pinned.id}/versions/${pinned.version}`]);
    // Each is an address the API answers (a preload of a 404 would be a wasted request).
    for (const url of preloads(res)) expect((await app.request(url)).status).toBe(200);
    // The same with a trailing slash, as people retype links.
    expect(preloads(await app.request(`/w/${wave.slug}/8-11/`))).toHaveLength(2);
  });

  it("the wave's own page: the wave only", async () => {
    const wave = await arrangeWave(t.db);
    const res = await createTestApp(t.db, { webDistDir: dist }).app.request(`/w/${wave.slug}`);
    expect(preloads(res)).toEqual([`/api/public/waves/${wave.slug}`]);
  });

  it('a closed or not yet open wave: no questionnaire (the page shows dates, not questions)', async () => {
    const closed = await arrangeWave(t.db, { opensOn: '2025-11-01', closesOn: '2025-12-31' });
    const future = await arrangeWave(t.db, { opensOn: '2027-11-01', closesOn: '2027-12-31' });
    const { app } = createTestApp(t.db, { webDistDir: dist });
    expect(preloads(await app.request(`/w/${closed.slug}/8-11`))).toEqual([`/api/public/waves/${closed.slug}`]);
    expect(preloads(await app.request(`/w/${future.slug}/4-7`))).toEqual([`/api/public/waves/${future.slug}`]);
  });

  it('an unknown wave, an unknown age group, or any other page: no hints, and the page still comes', async () => {
    const wave = await arrangeWave(t.db);
    const { app } = createTestApp(t.db, { webDistDir: dist });
    for (const url of ['/w/no-such-wave/8-11', '/w/no-such-wave', `/w/${wave.slug}/12-15`, `/w/${wave.slug}/results/8-11`, '/w/%E0%A4%A/8-11', '/', '/c/ABCD', '/group', '/staff/sign-in']) {
      const res = await app.request(url);
      expect(res.status, url).toBe(200);
      expect(res.headers.get('link'), url).toBeNull();
    }
    // Nor on the app's files.
    expect((await app.request('/assets/app-abc123.js')).headers.get('link')).toBeNull();
  });

  it('a database that cannot answer costs the hints, not the page', async () => {
    const broken = await createTestDb();
    const wave = await arrangeWave(broken.db);
    await broken.close();
    const { app, logText } = createTestApp(broken.db, { webDistDir: dist });
    const res = await app.request(`/w/${wave.slug}/8-11`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('You Said');
    expect(res.headers.get('link')).toBeNull();
    expect(logText()).toContain('page hints skipped');
  });
});
