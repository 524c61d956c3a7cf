import { createRoute, z } from '@hono/zod-openapi';
import type { Db } from '../db/create-db.ts';
import { AgeBandSchema, errorResponse } from '../http/schemas.ts';
import { createRouter } from '../http/router.ts';
import { publishedResultBands, requireWave, waveState } from './waves.ts';
import { findInstrumentVersion } from '@you-said/surveys';

const PublicWaveSchema = z
  .object({
    wave: z.object({
      slug: z.string(),
      label: z.string(),
      isOpen: z.boolean(),
      state: z.enum(['not_yet_open', 'open', 'closed']),
      opensOn: z.string().openapi({ example: '2026-11-01' }),
      closesOn: z.string().openapi({ example: '2026-12-31' }),
      council: z.object({ name: z.string(), advocacyService: z.string() }),
      accessMode: z.enum(['link', 'code']).openapi({ description: "'code': a one-time code is needed as well as the link" }),
    }),
    bands: z.array(
      z.object({
        band: AgeBandSchema,
        instrument: z.object({ id: z.string(), version: z.number().int(), title: z.string() }),
        resultsPublished: z.boolean().openapi({ description: 'the council has published the child-friendly results for this band: /w/<slug>/results/<band>' }),
      }),
    ),
  })
  .openapi('PublicWave');

const publicWaveRoute = createRoute({
  method: 'get',
  path: '/public/waves/{slug}',
  summary: "A wave as its survey link shows it: the council, the dates and each age band's questionnaire",
  request: { params: z.object({ slug: z.string().min(1).max(100) }) },
  responses: {
    200: { description: 'The wave', content: { 'application/json': { schema: PublicWaveSchema } } },
    404: errorResponse('No survey has that link'),
  },
});

export function publicWaveRoutes({ db, today }: { db: Db; today: () => string }) {
  return createRouter().openapi(publicWaveRoute, async (c) => {
    const wave = await requireWave(db, c.req.valid('param').slug);
    const state = waveState(wave, today());
    const published = await publishedResultBands(db, wave.id);
    return c.json(
      {
        wave: {
          slug: wave.slug,
          label: wave.label,
          isOpen: state === 'open',
          state,
          opensOn: wave.opensOn,
          closesOn: wave.closesOn,
          council: wave.council,
          accessMode: wave.accessMode,
        },
        bands: wave.instruments.map((i) => ({
          band: i.band,
          instrument: {
            id: i.instrumentId,
            version: i.instrumentVersion,
            title: findInstrumentVersion(i.instrumentId, i.instrumentVersion)?.title ?? i.instrumentId,
          },
          resultsPublished: published.has(i.band),
        })),
      },
      200,
    );
  });
}
