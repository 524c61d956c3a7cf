import { createRoute, z } from '@hono/zod-openapi';
import type { Db } from '../db/create-db.ts';
import { AgeBandSchema, errorResponse, staffErrors } from '../http/schemas.ts';
import { createRouter } from '../http/router.ts';
import { requireStaff, staffOf } from '../http/staff-auth.ts';
import { createWave, listWaves, requireWaveForStaff, setEligibleCounts, updateWave, waveLinks } from './staff-waves.ts';

/** A calendar date that exists ('2026-02-30' is refused). */
export const IsoDateSchema = z.iso.date({ error: 'must be a real date written YYYY-MM-DD' }).openapi({ example: '2026-11-01' });

export const WaveSchema = z
  .object({
    id: z.string(),
    councilId: z.string(),
    councilName: z.string(),
    slug: z.string().openapi({ description: 'the public part of the survey link: /w/<slug>/<band>' }),
    label: z.string(),
    opensOn: z.string().openapi({ example: '2026-11-01' }),
    closesOn: z.string().openapi({ example: '2026-12-31' }),
    state: z.enum(['not_yet_open', 'open', 'closed']),
    targetRate: z.number().openapi({ example: 0.3 }),
    accessMode: z.enum(['link', 'code']),
    instruments: z.array(z.object({ band: AgeBandSchema, instrumentId: z.string(), instrumentVersion: z.number().int(), title: z.string() })),
    eligible: z.array(z.object({ band: AgeBandSchema, eligible: z.number().int(), countedOn: z.string() })),
  })
  .openapi('Wave');

const WaveIdParams = z.object({ id: z.string().min(1).max(100) });
const TargetRateSchema = z.number().min(0.01, 'must be at least 0.01 (1%)').max(1, 'must be at most 1 (100%)');
const AccessModeSchema = z.enum(['link', 'code']);
const LabelSchema = z.string().trim().min(1, 'is needed').max(200);
const jsonBody = <T extends z.ZodType>(schema: T) => ({ required: true, content: { 'application/json': { schema } } });
const waveAnswer = (description: string) => ({ description, content: { 'application/json': { schema: WaveSchema } } });

const STAFF_ERRORS = staffErrors('No such wave (or it belongs to another council)');

const listRoute = createRoute({
  method: 'get',
  path: '/staff/waves',
  summary: "The waves of the staff member's council, newest first (a platform admin: any council, or all)",
  middleware: [requireStaff()] as const,
  request: { query: z.object({ councilId: z.string().max(100).optional() }) },
  responses: {
    200: { description: 'The waves', content: { 'application/json': { schema: z.object({ waves: z.array(WaveSchema) }) } } },
    ...STAFF_ERRORS,
  },
});

const createWaveRoute = createRoute({
  method: 'post',
  path: '/staff/waves',
  summary: 'Create a wave; every chosen band is pinned to its newest questionnaire',
  middleware: [requireStaff('platform_admin', 'survey_lead')] as const,
  request: {
    body: jsonBody(
      z
        .object({
          councilId: z.string().max(100).optional(),
          label: LabelSchema,
          opensOn: IsoDateSchema,
          closesOn: IsoDateSchema,
          targetRate: TargetRateSchema.optional(),
          accessMode: AccessModeSchema.optional(),
          bands: z.array(AgeBandSchema).min(1).max(4).optional(),
        })
        .strict(),
    ),
  },
  responses: { 201: waveAnswer('The new wave'), 400: errorResponse('Not in the expected form'), ...STAFF_ERRORS },
});

const getRoute = createRoute({
  method: 'get',
  path: '/staff/waves/{id}',
  summary: 'One wave',
  middleware: [requireStaff()] as const,
  request: { params: WaveIdParams },
  responses: { 200: waveAnswer('The wave'), ...STAFF_ERRORS },
});

const patchRoute = createRoute({
  method: 'patch',
  path: '/staff/waves/{id}',
  summary: "Change a wave's label, dates, target or access mode",
  middleware: [requireStaff('platform_admin', 'survey_lead')] as const,
  request: {
    params: WaveIdParams,
    body: jsonBody(
      z
        .object({
          label: LabelSchema.optional(),
          opensOn: IsoDateSchema.optional(),
          closesOn: IsoDateSchema.optional(),
          targetRate: TargetRateSchema.optional(),
          accessMode: AccessModeSchema.optional(),
        })
        .strict(),
    ),
  },
  responses: { 200: waveAnswer('The changed wave'), 400: errorResponse('Not in the expected form'), ...STAFF_ERRORS },
});

const eligibleRoute = createRoute({
  method: 'put',
  path: '/staff/waves/{id}/eligible',
  summary: 'Record how many children are eligible in each band (bands not named keep their count)',
  middleware: [requireStaff('platform_admin', 'survey_lead')] as const,
  request: {
    params: WaveIdParams,
    body: jsonBody(
      z
        .object({
          counts: z
            .array(
              z
                .object({
                  band: AgeBandSchema,
                  eligible: z.number().int('must be a whole number').min(0, 'cannot be negative').max(1_000_000),
                  countedOn: IsoDateSchema,
                })
                .strict(),
            )
            .max(4),
        })
        .strict(),
    ),
  },
  responses: { 200: waveAnswer('The wave with its counts'), 400: errorResponse('Not in the expected form'), ...STAFF_ERRORS },
});

const linksRoute = createRoute({
  method: 'get',
  path: '/staff/waves/{id}/links',
  summary: "Each band's public survey link, for posters and QR codes",
  middleware: [requireStaff()] as const,
  request: { params: WaveIdParams },
  responses: {
    200: {
      description: 'The links',
      content: { 'application/json': { schema: z.object({ links: z.array(z.object({ band: AgeBandSchema, url: z.string() })) }) } },
    },
    ...STAFF_ERRORS,
  },
});

export function staffWaveRoutes({ db, today }: { db: Db; today: () => string }) {
  return createRouter()
    .openapi(listRoute, async (c) => {
      const waves = await listWaves(db, staffOf(c), { councilId: c.req.valid('query').councilId, today: today() });
      return c.json({ waves }, 200);
    })
    .openapi(createWaveRoute, async (c) => {
      return c.json(await createWave(db, staffOf(c), c.req.valid('json'), today()), 201);
    })
    .openapi(getRoute, async (c) => {
      return c.json(await requireWaveForStaff(db, staffOf(c), c.req.valid('param').id, today()), 200);
    })
    .openapi(patchRoute, async (c) => {
      return c.json(await updateWave(db, staffOf(c), c.req.valid('param').id, c.req.valid('json'), today()), 200);
    })
    .openapi(eligibleRoute, async (c) => {
      return c.json(await setEligibleCounts(db, staffOf(c), c.req.valid('param').id, c.req.valid('json').counts, today()), 200);
    })
    .openapi(linksRoute, async (c) => {
      const wave = await requireWaveForStaff(db, staffOf(c), c.req.valid('param').id, today());
      return c.json({ links: waveLinks(wave, new URL(c.req.url).origin) }, 200);
    });
}
