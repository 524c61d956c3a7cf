import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INSTRUMENT_VERSIONS, SHIPPED_LANGUAGES, TRANSLATIONS, localiseInstrument, translatableStrings } from '@you-said/surveys';
import { brotliDecompressSync } from 'node:zlib';
import { readJson } from '../test-support/read-json.ts';
import { createTestApp } from '../test-support/test-app.ts';
import { createTestDb, type TestDb } from '../test-support/test-db.ts';

let t: TestDb;
beforeAll(async () => {
  t = await createTestDb();
});
afterAll(async () => {
  await t.close();
});

const get = (path: string) => createTestApp(t.db).app.request(path);

describe('GET /api/instruments/{id}/versions/{version}', () => {
  it('sends Brotli to a client that takes it, the same definition as the plain answer', async () => {
    const v = INSTRUMENT_VERSIONS[0]!;
    const path = `/api/instruments/${v.id}/versions/${v.version}`;
    const plain = await createTestApp(t.db).app.request(path);
    const br = await createTestApp(t.db).app.request(path, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toContain('Accept-Encoding');
    const bytes = Buffer.from(await br.arrayBuffer());
    const plainText = await plain.text();
    expect(bytes.length).toBeLessThan(plainText.length / 4);
    expect(JSON.parse(brotliDecompressSync(bytes).toString('utf8'))).toEqual(JSON.parse(plainText));
    const refused = await createTestApp(t.db).app.request(path, { headers: { 'accept-encoding': 'br;q=0, gzip' } });
    expect(refused.headers.get('content-encoding')).toBe('gzip');
  });

  it.each(INSTRUMENT_VERSIONS.map((v) => ({ v, label: `${v.id} v${v.version}` })))(
    'serves $label with every shipped language merged in, English the default',
    async ({ v }) => {
      const res = await get(`/api/instruments/${v.id}/versions/${v.version}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('public, max-age=86400');
      const body = await readJson(res);
      // The summary fields stay as they were (English), with the languages added.
      expect(body).toMatchObject({ id: v.id, band: v.band, version: v.version, title: v.title });
      expect(body).toEqual(JSON.parse(JSON.stringify(localiseInstrument(v))));
      expect(body.languages).toEqual(
        SHIPPED_LANGUAGES.map((l) => ({ ...l, status: l.code === 'en' ? 'source' : expect.stringMatching(/^(machine-draft|reviewed)$/) })),
      );
      // The title as SurveyJS multi-locale text: English the default, then each translation.
      const titles: Record<string, string> = { default: v.definition.title as string };
      for (const f of TRANSLATIONS.filter((f) => f.instrument === v.id && f.version === v.version)) titles[f.language] = f.strings['survey.title']!;
      expect(body.definition.title).toEqual(titles);
      expect(Object.keys(titles)).toEqual(['default', 'cy', 'ar']);
      // Every string of the published definition carries its English as the default.
      expect(translatableStrings(body.definition).map((s) => s.text)).toEqual(translatableStrings(v.definition).map((s) => s.text));
    },
  );

  it('still answers 404 for a version that does not exist', async () => {
    const res = await get('/api/instruments/children-4-7/versions/999');
    expect(res.status).toBe(404);
    expect((await readJson(res)).error).toMatchObject({ code: 'not_found' });
  });

  it('documents the languages in the OpenAPI document', async () => {
    const doc = await readJson(await get('/api/openapi.json'));
    // The summary's fields come in by reference; the instrument adds the definition and its languages.
    const instrument = doc.components.schemas.Instrument;
    expect(instrument.allOf[0]).toEqual({ $ref: '#/components/schemas/InstrumentSummary' });
    expect(instrument.allOf[1].required).toEqual(['definition', 'languages']);
    expect(instrument.allOf[1].properties.languages.items).toEqual({ $ref: '#/components/schemas/InstrumentLanguage' });
    const language = doc.components.schemas.InstrumentLanguage;
    expect(language.properties.dir.enum).toEqual(['ltr', 'rtl']);
    expect(language.properties.status.enum).toEqual(['source', 'machine-draft', 'reviewed']);
  });
});
