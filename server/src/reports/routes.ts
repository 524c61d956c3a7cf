import { createRoute, z } from '@hono/zod-openapi';
import { resolveOptions, type ReportOptions } from '@you-said/analysis';
import {
  listComments,
  replaceThemes,
  setSafeguardingSteps,
  themesForStaff,
  updateComment,
} from '../comments/comments.ts';
import type { Db } from '../db/create-db.ts';
import { AgeBandSchema, errorResponse, staffErrors } from '../http/schemas.ts';
import { createRouter } from '../http/router.ts';
import { requireStaff, staffOf } from '../http/staff-auth.ts';
import { requireWaveForStaff } from '../staff-waves/staff-waves.ts';
import { exportWave, type ExportKind } from './exports.ts';
import { staffReport } from './staff-report.ts';
import { addYouSaid, childResults, deleteYouSaid, setChildPage, updateYouSaid } from './you-said.ts';

const WaveIdParams = z.object({ id: z.string().min(1).max(100) });
const jsonBody = <T extends z.ZodType>(schema: T) => ({ required: true, content: { 'application/json': { schema } } });
const json = (description: string, schema: z.ZodType) => ({ description, content: { 'application/json': { schema } } });
const WAVE_ERRORS = staffErrors('No such wave (or it belongs to another council)');
const LEAD = ['survey_lead'] as const;

const FigureSchema = z
  .union([z.object({ suppressed: z.literal(false), value: z.number() }), z.object({ suppressed: z.literal(true), reason: z.string() })])
  .openapi('Figure');

const StaffCommentSchema = z
  .object({
    id: z.string(),
    band: AgeBandSchema,
    itemId: z.string(),
    question: z.string(),
    text: z.string().openapi({ description: 'already redacted when it was stored' }),
    masked: z.array(z.string()),
    suggestedThemes: z.array(z.string()),
    themes: z.array(z.string()).nullable(),
    quote: z.enum(['none', 'approved']),
    flagged: z.boolean(),
    flagReasons: z.array(z.string()),
    safeguarding: z.enum(['none', 'open', 'actioned']),
  })
  .openapi('StaffComment');
const ThemeSchema = z.object({ id: z.string(), label: z.string(), keywords: z.array(z.string()) }).openapi('Theme');
const YouSaidSchema = z
  .object({ id: z.string(), band: AgeBandSchema.nullable(), itemId: z.string().nullable(), youSaid: z.string(), weWill: z.string() })
  .openapi('YouSaidEntry');
const YouSaidBody = z
  .object({
    band: AgeBandSchema.nullable(),
    itemId: z.string().max(100).nullable(),
    youSaid: z.string().trim().min(1, 'is needed').max(500, 'must be at most 500 characters'),
    weWill: z.string().trim().min(1, 'is needed').max(1000, 'must be at most 1000 characters'),
  })
  .strict();

const reportRoute = createRoute({
  method: 'get',
  path: '/staff/waves/{id}/report',
  summary: "The panel's annual report for a wave: the report model (already suppressed), what children said, and the council's response",
  middleware: [requireStaff('platform_admin', 'survey_lead', 'panel_member')] as const,
  request: { params: WaveIdParams },
  responses: {
    200: json(
      'The report (shape: docs/api-report.md and analysis/src/report-model.ts)',
      z
        .object({
          model: z.record(z.string(), z.unknown()).openapi({ description: 'ReportModel, modelVersion 1' }),
          whatChildrenSaid: z.array(
            z.object({
              band: AgeBandSchema,
              mayBeShown: z.boolean(),
              themes: z.array(z.object({ themeId: z.string(), label: z.string(), comments: FigureSchema })),
              quotes: z.array(z.object({ id: z.string(), itemId: z.string(), question: z.string(), text: z.string() })),
            }),
          ),
          youSaid: z.array(YouSaidSchema),
          childPages: z.array(z.object({ band: AgeBandSchema, published: z.boolean() })),
        })
        .openapi('StaffReport'),
    ),
    ...WAVE_ERRORS,
  },
});

const commentsRoute = createRoute({
  method: 'get',
  path: '/staff/waves/{id}/comments',
  summary: "Children's comments (redacted) for the survey lead: the review queue, or the restricted safeguarding queue",
  middleware: [requireStaff(...LEAD)] as const,
  request: { params: WaveIdParams, query: z.object({ queue: z.enum(['review', 'safeguarding']).default('review') }) },
  responses: {
    200: json(
      'The comments',
      z.object({ comments: z.array(StaffCommentSchema), themes: z.array(ThemeSchema), safeguardingSteps: z.string().optional() }),
    ),
    400: errorResponse('Not in the expected form'),
    ...WAVE_ERRORS,
  },
});

const commentPatchRoute = createRoute({
  method: 'patch',
  path: '/staff/comments/{commentId}',
  summary: 'Confirm themes, approve or withdraw a quote, or mark a safeguarding concern actioned',
  middleware: [requireStaff(...LEAD)] as const,
  request: {
    params: z.object({ commentId: z.string().min(1).max(100) }),
    body: jsonBody(
      z
        .object({
          themes: z.array(z.string().min(1).max(100)).max(20).optional(),
          quote: z.enum(['approved', 'none']).optional(),
          safeguarding: z.enum(['open', 'actioned']).optional(),
        })
        .strict()
        .refine((b) => b.themes !== undefined || b.quote !== undefined || b.safeguarding !== undefined, 'say what to change: themes, quote or safeguarding'),
    ),
  },
  responses: {
    200: json('The comment', StaffCommentSchema),
    400: errorResponse('Not in the expected form'),
    409: errorResponse('Too few children answered this question in the band for any of their words to be quoted'),
    ...staffErrors('No such comment (or it belongs to another council)'),
  },
});

const CouncilParams = z.object({ councilId: z.string().min(1).max(100) });
const themesGetRoute = createRoute({
  method: 'get',
  path: '/staff/councils/{councilId}/themes',
  summary: "The council's theme list for children's comments",
  middleware: [requireStaff('platform_admin', 'survey_lead')] as const,
  request: { params: CouncilParams },
  responses: { 200: json('The themes', z.object({ themes: z.array(ThemeSchema) })), ...staffErrors('No such council') },
});
const themesPutRoute = createRoute({
  method: 'put',
  path: '/staff/councils/{councilId}/themes',
  summary: "Replace the council's theme list (a theme left out is retired; confirmed uses keep its label)",
  middleware: [requireStaff(...LEAD)] as const,
  request: {
    params: CouncilParams,
    body: jsonBody(
      z
        .object({
          themes: z
            .array(
              z
                .object({
                  id: z.string().min(1).max(100).optional(),
                  label: z.string().trim().min(1, 'is needed').max(80, 'must be at most 80 characters'),
                  keywords: z.array(z.string().trim().min(1).max(60)).max(50, 'at most 50 keywords'),
                })
                .strict(),
            )
            .min(1, 'keep at least one theme')
            .max(50, 'at most 50 themes'),
        })
        .strict(),
    ),
  },
  responses: { 200: json('The themes', z.object({ themes: z.array(ThemeSchema) })), 400: errorResponse('Not in the expected form'), ...staffErrors('No such council') },
});
const stepsRoute = createRoute({
  method: 'put',
  path: '/staff/councils/{councilId}/safeguarding-steps',
  summary: 'What the survey lead must do when a comment suggests a child may be at risk',
  middleware: [requireStaff(...LEAD)] as const,
  request: { params: CouncilParams, body: jsonBody(z.object({ steps: z.string().max(4000, 'must be at most 4000 characters') }).strict()) },
  responses: { 200: json('The steps', z.object({ steps: z.string() })), 400: errorResponse('Not in the expected form'), ...staffErrors('No such council') },
});

const youSaidAddRoute = createRoute({
  method: 'post',
  path: '/staff/waves/{id}/you-said',
  summary: 'Record the council\'s answer to something children said ("you said, we will")',
  middleware: [requireStaff(...LEAD)] as const,
  request: { params: WaveIdParams, body: jsonBody(YouSaidBody) },
  responses: { 201: json('The entry', YouSaidSchema), 400: errorResponse('Not in the expected form'), ...WAVE_ERRORS },
});
const YouSaidParams = z.object({ id: z.string().min(1).max(100), entryId: z.string().min(1).max(100) });
const youSaidPutRoute = createRoute({
  method: 'put',
  path: '/staff/waves/{id}/you-said/{entryId}',
  summary: 'Change a "you said, we will" entry',
  middleware: [requireStaff(...LEAD)] as const,
  request: { params: YouSaidParams, body: jsonBody(YouSaidBody) },
  responses: { 200: json('The entry', YouSaidSchema), 400: errorResponse('Not in the expected form'), ...staffErrors('No such wave or entry') },
});
const youSaidDeleteRoute = createRoute({
  method: 'delete',
  path: '/staff/waves/{id}/you-said/{entryId}',
  summary: 'Remove a "you said, we will" entry',
  middleware: [requireStaff(...LEAD)] as const,
  request: { params: YouSaidParams },
  responses: { 204: { description: 'Removed' }, ...staffErrors('No such wave or entry') },
});
const childPageRoute = createRoute({
  method: 'put',
  path: '/staff/waves/{id}/child-pages/{band}',
  summary: 'Publish (or withdraw) the child-friendly results page for one age band',
  middleware: [requireStaff(...LEAD)] as const,
  request: {
    params: z.object({ id: z.string().min(1).max(100), band: AgeBandSchema }),
    body: jsonBody(z.object({ published: z.boolean() }).strict()),
  },
  responses: {
    200: json('The page', z.object({ band: AgeBandSchema, published: z.boolean() })),
    400: errorResponse('Not in the expected form'),
    ...WAVE_ERRORS,
  },
});
const childResultsRoute = createRoute({
  method: 'get',
  path: '/waves/{slug}/results/{band}',
  summary: 'The child-friendly results for one age band, once the council has published them (no sign-in)',
  request: { params: z.object({ slug: z.string().min(1).max(100), band: AgeBandSchema }) },
  responses: {
    200: json(
      'The results',
      z
        .object({
          council: z.object({ name: z.string() }),
          wave: z.object({ label: z.string() }),
          band: AgeBandSchema,
          children: FigureSchema,
          goingWell: z.array(z.object({ itemId: z.string(), text: z.string(), picture: z.enum(['happy', 'ok', 'sad']), outOfTen: z.number().int() })),
          toImprove: z.array(z.object({ itemId: z.string(), text: z.string(), picture: z.enum(['happy', 'ok', 'sad']), outOfTen: z.number().int() })),
          weWill: z.array(z.object({ youSaid: z.string(), weWill: z.string() })),
        })
        .openapi('ChildResults'),
    ),
    400: errorResponse('Not in the expected form'),
    404: errorResponse('No such survey, or its results for these ages are not published'),
  },
});
const exportRoute = createRoute({
  method: 'get',
  path: '/staff/waves/{id}/exports/{file}',
  summary: 'Download the wave as CSV: responses (one row each, answer codes), its codebook, or every figure of the report',
  middleware: [requireStaff('platform_admin', 'survey_lead')] as const,
  request: { params: z.object({ id: z.string().min(1).max(100), file: z.enum(['responses.csv', 'codebook.csv', 'figures.csv']) }) },
  responses: {
    200: { description: 'The CSV file', content: { 'text/csv': { schema: z.string() } } },
    400: errorResponse('No such export'),
    ...WAVE_ERRORS,
  },
});

export function reportRoutes({ db, today, reportOptions = {} }: { db: Db; today: () => string; reportOptions?: Partial<ReportOptions> }) {
  const resolved = resolveOptions(reportOptions);
  const wave = async (c: Parameters<typeof staffOf>[0], id: string) => requireWaveForStaff(db, staffOf(c), id, today());
  return createRouter()
    .openapi(reportRoute, async (c) => {
      const w = await wave(c, c.req.valid('param').id);
      return c.json((await staffReport(db, w, reportOptions, today())) as never, 200);
    })
    .openapi(commentsRoute, async (c) => {
      const w = await wave(c, c.req.valid('param').id);
      return c.json(await listComments(db, w, c.req.valid('query').queue), 200);
    })
    .openapi(commentPatchRoute, async (c) => {
      const comment = await updateComment(db, staffOf(c), c.req.valid('param').commentId, c.req.valid('json'), resolved);
      return c.json(comment, 200);
    })
    .openapi(themesGetRoute, async (c) => c.json({ themes: await themesForStaff(db, staffOf(c), c.req.valid('param').councilId) }, 200))
    .openapi(themesPutRoute, async (c) =>
      c.json({ themes: await replaceThemes(db, staffOf(c), c.req.valid('param').councilId, c.req.valid('json').themes) }, 200),
    )
    .openapi(stepsRoute, async (c) => c.json(await setSafeguardingSteps(db, staffOf(c), c.req.valid('param').councilId, c.req.valid('json').steps), 200))
    .openapi(youSaidAddRoute, async (c) => {
      const w = await wave(c, c.req.valid('param').id);
      return c.json(await addYouSaid(db, staffOf(c), w, c.req.valid('json')), 201);
    })
    .openapi(youSaidPutRoute, async (c) => {
      const { id, entryId } = c.req.valid('param');
      const w = await wave(c, id);
      return c.json(await updateYouSaid(db, staffOf(c), w, entryId, c.req.valid('json')), 200);
    })
    .openapi(youSaidDeleteRoute, async (c) => {
      const { id, entryId } = c.req.valid('param');
      const w = await wave(c, id);
      await deleteYouSaid(db, staffOf(c), w, entryId);
      return c.body(null, 204);
    })
    .openapi(childPageRoute, async (c) => {
      const { id, band } = c.req.valid('param');
      const w = await wave(c, id);
      return c.json(await setChildPage(db, staffOf(c), w, band, c.req.valid('json').published), 200);
    })
    .openapi(childResultsRoute, async (c) => {
      const { slug, band } = c.req.valid('param');
      return c.json(await childResults(db, slug, band, today(), reportOptions), 200);
    })
    .openapi(exportRoute, async (c) => {
      const { id, file } = c.req.valid('param');
      const w = await wave(c, id);
      const kind = file.replace('.csv', '') as ExportKind;
      const body = await exportWave(db, staffOf(c), w, kind, reportOptions, today());
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header('Content-Disposition', `attachment; filename="${w.slug}-${file}"`);
      c.header('Cache-Control', 'no-store');
      return c.body(body, 200);
    });
}
