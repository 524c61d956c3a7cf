import { createRoute, z } from '@hono/zod-openapi';
import { findInstrumentVersion, INSTRUMENT_VERSIONS } from '@you-said/surveys';
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

const getRoute = createRoute({
  method: 'get',
  path: '/instruments/{id}/versions/{version}',
  summary: 'One published instrument version, as SurveyJS JSON. Published versions never change.',
  request: {
    params: z.object({ id: z.string().min(1).max(100), version: z.coerce.number().int().positive() }),
  },
  responses: {
    200: {
      description: 'The instrument',
      content: {
        'application/json': {
          schema: SummarySchema.extend({ definition: z.record(z.string(), z.unknown()) }).openapi('Instrument'),
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
      c.header('Cache-Control', 'public, max-age=31536000, immutable');
      return c.json(found, 200);
    });
}
