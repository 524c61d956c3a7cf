import { createRoute, z } from '@hono/zod-openapi';
import { findInstrumentVersion, INSTRUMENT_VERSIONS, localiseInstrument, TRANSLATION_STATUSES } from '@you-said/surveys';
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
      // A published version is immutable, so devices (and the offline cache) may keep it for good.
      // Its translations are not: a reviewed wording reaches a device that cached the version only
      // when that cache is renewed (see docs/adding-a-language.md).
      c.header('Cache-Control', 'public, max-age=31536000, immutable');
      // Every shipped translation merged in: one download (and one cache entry) serves every language.
      return c.json(localiseInstrument(found), 200);
    });
}
