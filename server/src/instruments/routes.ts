import { createRoute, z } from '@hono/zod-openapi';
import { findInstrumentVersion, INSTRUMENT_VERSIONS, localiseInstrument, TRANSLATION_STATUSES, type InstrumentVersion } from '@you-said/surveys';
import { createHash } from 'node:crypto';
import { brotliCompressSync, constants as zlibConstants } from 'node:zlib';
import { AppError } from '../errors.ts';
import { AgeBandSchema, errorResponse } from '../http/schemas.ts';
import { createRouter } from '../http/router.ts';

const SummarySchema = z
  .object({ id: z.string(), band: AgeBandSchema, version: z.number().int(), title: z.string() })
  .openapi('InstrumentSummary');

const listRoute = createRoute({
  method: 'get',
  path: '/instruments',
  summary: 'Every published instrument version',
  responses: {
    200: { description: 'The instruments', content: { 'application/json': { schema: z.object({ instruments: z.array(SummarySchema) }) } } },
  },
});

const LanguageSchema = z
  .object({
    code: z.string().openapi({ description: "survey-core locale code: what the web sets as the survey's `locale`", example: 'cy' }),
    name: z.string().openapi({ description: 'the language named in itself', example: 'Cymraeg' }),
    dir: z.enum(['ltr', 'rtl']).openapi({ description: "writing direction; 'rtl' needs the survey shown with dir=\"rtl\"" }),
    status: z
      .enum(['source', ...TRANSLATION_STATUSES])
      .openapi({ description: "'source' for English (the default); otherwise whether a fluent reviewer has checked the translation" }),
  })
  .openapi('InstrumentLanguage');

const getRoute = createRoute({
  method: 'get',
  path: '/instruments/{id}/versions/{version}',
  summary: 'One published instrument version, as SurveyJS JSON. Published versions never change.',
  description:
    'The definition carries every shipped language as SurveyJS multi-locale strings ({"default": English, "cy": ..., "ar": ...}); ' +
    'English is the default locale, shown until the survey\'s `locale` is set to one of `languages`. Names and answer values are the same in every language.',
  request: {
    params: z.object({ id: z.string().min(1).max(100), version: z.coerce.number().int().positive() }),
  },
  responses: {
    200: {
      description: 'The instrument',
      content: {
        'application/json': {
          schema: SummarySchema.extend({
            definition: z.record(z.string(), z.unknown()),
            languages: z.array(LanguageSchema).openapi({ description: 'the languages the definition can be shown in, English first' }),
          }).openapi('Instrument'),
        },
      },
    },
    304: { description: 'Not modified: the If-None-Match sent is this version\'s ETag' },
    404: errorResponse('No such instrument version'),
  },
});

export function instrumentRoutes() {
  return createRouter()
    .openapi(listRoute, (c) =>
      c.json({ instruments: INSTRUMENT_VERSIONS.map(({ id, band, version, title }) => ({ id, band, version, title })) }, 200),
    )
    .openapi(getRoute, (c) => {
      const { id, version } = c.req.valid('param');
      const found = findInstrumentVersion(id, version);
      if (!found) throw new AppError('not_found', 404, `There is no questionnaire "${id}" version ${version}.`);
      // A published version's questions and answers never change, but its translations may (a
      // machine draft is reviewed and corrected), so devices keep it for a day and then ask again
      // with its ETag: an unchanged version costs a 304 and no body.
      const { body, brotli, etag } = localisedBody(found);
      c.header('Cache-Control', 'public, max-age=86400');
      c.header('ETag', etag);
      c.header('Vary', 'Accept-Encoding');
      if (c.req.header('if-none-match') === etag) return c.body(null, 304) as never;
      c.header('Content-Type', 'application/json; charset=UTF-8');
      // Brotli, made once per version, is about a fifth smaller than the gzip the edge would make
      // on the fly: it is the biggest thing a child's phone downloads after the app itself.
      if (acceptsBrotli(c.req.header('accept-encoding'))) {
        c.header('Content-Encoding', 'br');
        return c.body(new Uint8Array(brotli), 200) as never;
      }
      return c.body(body, 200) as never;
    });
}

const localised = new Map<string, { body: string; brotli: Buffer; etag: string }>();

/** Whether the client takes Brotli (a q of 0 refuses it). */
function acceptsBrotli(header: string | undefined): boolean {
  if (!header) return false;
  return header.split(',').some((part) => {
    const [name, ...params] = part.trim().split(';');
    if (name?.trim().toLowerCase() !== 'br') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

/** The localised definition as sent (plain and Brotli), and its ETag: made once per version per process. */
function localisedBody(version: InstrumentVersion): { body: string; brotli: Buffer; etag: string } {
  const key = `${version.id}@${version.version}`;
  let entry = localised.get(key);
  if (!entry) {
    const body = JSON.stringify(localiseInstrument(version));
    const brotli = brotliCompressSync(body, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 11, [zlibConstants.BROTLI_PARAM_SIZE_HINT]: body.length } });
    entry = { body, brotli, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"` };
    localised.set(key, entry);
  }
  return entry;
}
