import { readJson } from './test-support/read-json.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INSTRUMENT_VERSIONS, localiseInstrument } from '@you-said/surveys';
import { createTestDb, type TestDb } from './test-support/test-db.ts';
import { createTestApp } from './test-support/test-app.ts';
import { arrangeWave } from './test-support/arrange.ts';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t.close();
});

describe('the API', () => {
  it('reports healthy when the database answers', async () => {
    const res = await createTestApp(t.db).app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await readJson(res)).toEqual({ status: 'ok' });
  });

  it('lists every published instrument version', async () => {
    const res = await createTestApp(t.db).app.request('/api/instruments');
    const body = await readJson(res);
    expect(body.instruments.map((i: { id: string }) => i.id).sort()).toEqual(INSTRUMENT_VERSIONS.map((v) => v.id).sort());
  });

  it('serves one instrument version with its definition, cacheable for a day and then revalidated by ETag', async () => {
    const v = INSTRUMENT_VERSIONS[0]!;
    const res = await createTestApp(t.db).app.request(`/api/instruments/${v.id}/versions/${v.version}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=86400');
    const etag = res.headers.get('etag');
    expect(etag).toMatch(/^".+"$/);
    const again = await createTestApp(t.db).app.request(`/api/instruments/${v.id}/versions/${v.version}`, { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    const body = await readJson(res);
    expect(body).toMatchObject({ id: v.id, band: v.band, version: v.version });
    // the published definition with every shipped language merged in: English stays the default
    expect(body.definition).toEqual(localiseInstrument(v).definition);
    expect(body.languages.map((l: { code: string }) => l.code)).toEqual(['en', 'cy', 'ar']);
  });

  it('answers 404 with the error shape for an instrument version that does not exist', async () => {
    const res = await createTestApp(t.db).app.request('/api/instruments/children-4-7/versions/999');
    expect(res.status).toBe(404);
    expect((await readJson(res)).error).toMatchObject({ code: 'not_found' });
  });

  it('answers 400 for a version that is not a number', async () => {
    const res = await createTestApp(t.db).app.request('/api/instruments/children-4-7/versions/one');
    expect(res.status).toBe(400);
    expect((await readJson(res)).error.code).toBe('invalid_request');
  });

  it("shows a wave's council, dates, state and each band's pinned instrument", async () => {
    const wave = await arrangeWave(t.db, { opensOn: '2026-11-01', closesOn: '2026-12-31', advocacyService: 'Call Ada on 0800 123' });
    const res = await createTestApp(t.db).app.request(`/api/public/waves/${wave.slug}`);
    expect(res.status).toBe(200);
    const body = await readJson(res);
    expect(body.wave).toMatchObject({ slug: wave.slug, isOpen: true, state: 'open', opensOn: '2026-11-01', closesOn: '2026-12-31', accessMode: 'link' });
    expect(body.wave.council.advocacyService).toBe('Call Ada on 0800 123');
    expect(body.bands.map((b: { band: string }) => b.band).sort()).toEqual(['11-17', '16-25', '4-7', '8-11']);
  });

  it('says a wave is closed after its last day', async () => {
    const wave = await arrangeWave(t.db, { opensOn: '2026-09-01', closesOn: '2026-10-31' });
    const body = await readJson(await createTestApp(t.db).app.request(`/api/public/waves/${wave.slug}`));
    expect(body.wave).toMatchObject({ isOpen: false, state: 'closed' });
  });

  it('answers 404 in plain words for a survey link nobody has', async () => {
    const res = await createTestApp(t.db).app.request('/api/public/waves/nope');
    expect(res.status).toBe(404);
    expect((await readJson(res)).error.message).toContain('check the link');
  });

  it('answers 404 with the error shape for an unknown API address', async () => {
    const res = await createTestApp(t.db).app.request('/api/nothing-here');
    expect(res.status).toBe(404);
    expect((await readJson(res)).error.code).toBe('not_found');
  });

  it('logs the route pattern, never the survey link in the path', async () => {
    const { app, logText } = createTestApp(t.db);
    const wave = await arrangeWave(t.db);
    await app.request(`/api/public/waves/${wave.slug}`);
    expect(logText()).toContain('/api/public/waves/:slug');
    expect(logText()).not.toContain(wave.slug);
  });

  it('describes itself in an OpenAPI document built from the schemas the routes validate with', async () => {
    const res = await createTestApp(t.db).app.request('/api/openapi.json');
    const doc = await readJson(res);
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining([
      '/auth/login',
      '/health',
      '/instruments',
      '/instruments/{id}/versions/{version}',
      '/public/waves/{slug}',
      '/responses',
    ]));
    expect(doc.servers).toEqual([{ url: '/api' }]);
    const submission = doc.components.schemas.Submission;
    expect(Object.keys(submission.properties).sort()).toEqual(['access', 'answers', 'id', 'instrument', 'mode', 'version', 'wave']);
    expect(submission.required.sort()).toEqual(['answers', 'id', 'instrument', 'mode', 'version', 'wave']);
    expect(submission.additionalProperties).toBe(false);
    expect(submission.properties.mode.enum).toEqual(['own_device', 'with_adult', 'group_session']);
  });

  it('marks API answers nosniff and no-referrer', async () => {
    const res = await createTestApp(t.db).app.request('/api/health');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  });
});

describe('the web app', () => {
  it('serves index.html for client-side routes under a strict content security policy, and assets as immutable', async () => {
    const dist = mkdtempSync(path.join(tmpdir(), 'dist-'));
    mkdirSync(path.join(dist, 'assets'));
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>You Said</title>');
    writeFileSync(path.join(dist, 'assets', 'app-abc123.js'), 'console.info(1)');
    mkdirSync(path.join(dist, 'icons'));
    writeFileSync(path.join(dist, 'icons', 'icon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    writeFileSync(path.join(dist, 'sw.js'), 'self.addEventListener("fetch", () => {})');
    const { app } = createTestApp(t.db, { webDistDir: dist });
    const page = await app.request('/w/demo/4-7');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('You Said');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).not.toMatch(/https?:/);
    const asset = await app.request('/assets/app-abc123.js');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    // A script is not a document: the page policies would be bytes for nothing on it.
    expect(asset.headers.get('content-security-policy')).toBeNull();
    expect(asset.headers.get('x-content-type-options')).toBe('nosniff');
    // The icon keeps its name, so it is kept for a day, not for good.
    const icon = await app.request('/icons/icon.svg');
    expect(icon.headers.get('cache-control')).toBe('public, max-age=86400');
    // The service worker's script is revalidated every time and carries the policy (a worker's own CSP).
    const worker = await app.request('/sw.js');
    expect(worker.headers.get('cache-control')).toBe('no-cache');
    expect(worker.headers.get('content-security-policy')).toContain("default-src 'self'");
  });
});
