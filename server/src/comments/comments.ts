import { DEFAULT_THEMES, mayShowComments, NO_CAP, suggestThemes, suppressSums, type Figure, type ReportOptions } from '@you-said/analysis';
import { AGE_BANDS, findItem, type AgeBand } from '@you-said/surveys';
import { sql } from 'kysely';
import type { StaffUser } from '../accounts/sessions.ts';
import { recordAudit } from '../audit/audit.ts';
import type { Db } from '../db/create-db.ts';
import { jsonb } from '../db/json.ts';
import type { QuoteState, SafeguardingState } from '../db/schema.ts';
import { AppError } from '../errors.ts';
import { canSeeCouncil, councilFor } from '../http/staff-auth.ts';
import { isUuid, type StaffWave } from '../staff-waves/staff-waves.ts';

export interface Theme {
  id: string;
  label: string;
  keywords: string[];
}

/** A comment as the survey lead reviews it: already redacted when it was stored. */
export interface StaffComment {
  id: string;
  band: AgeBand;
  itemId: string;
  question: string;
  text: string;
  masked: string[];
  suggestedThemes: string[];
  themes: string[] | null;
  quote: QuoteState;
  flagged: boolean;
  flagReasons: string[];
  safeguarding: SafeguardingState;
}

export type CommentQueue = 'review' | 'safeguarding';

export interface CommentList {
  comments: StaffComment[];
  themes: Theme[];
  /** the council's steps, with the safeguarding queue only */
  safeguardingSteps?: string;
}

export interface CommentPatch {
  themes?: string[] | undefined;
  quote?: QuoteState | undefined;
  safeguarding?: 'open' | 'actioned' | undefined;
}

/** What children said in one band, for the report: confirmed themes with counts, approved quotes. */
export interface BandComments {
  band: AgeBand;
  mayBeShown: boolean;
  themes: { themeId: string; label: string; comments: Figure }[];
  quotes: { id: string; itemId: string; question: string; text: string }[];
}

const noSuchComment = () => new AppError('not_found', 404, 'There is no such comment.');

/**
 * The council's current theme list. A council that has never edited it starts from the default
 * list, written down on first use so theme ids stay stable from then on.
 */
export async function councilThemes(db: Db, councilId: string, opts: { withRetired?: boolean } = {}): Promise<(Theme & { retired: boolean })[]> {
  let rows = await loadThemes(db, councilId);
  if (rows.length === 0) {
    await db.transaction().execute(async (trx) => {
      // two first readers at once: the advisory lock makes the second see the first one's rows
      await sql`select pg_advisory_xact_lock(hashtext(${`themes:${councilId}`}))`.execute(trx);
      if ((await loadThemes(trx, councilId)).length > 0) return;
      await trx
        .insertInto('council_themes')
        .values(DEFAULT_THEMES.map((t, i) => ({ council_id: councilId, label: t.label, keywords: jsonb([...t.keywords]), position: i })))
        .execute();
    });
    rows = await loadThemes(db, councilId);
  }
  return rows.filter((t) => opts.withRetired || !t.retired);
}

async function loadThemes(db: Db, councilId: string) {
  const rows = await db
    .selectFrom('council_themes')
    .select(['id', 'label', 'keywords', 'retired'])
    .where('council_id', '=', councilId)
    .orderBy('position')
    .execute();
  return rows.map((r) => ({ id: r.id, label: r.label, keywords: r.keywords, retired: r.retired }));
}

/** The theme list of a council the staff member may see. */
export async function themesForStaff(db: Db, staff: StaffUser, councilId: string): Promise<Theme[]> {
  const id = councilFor(staff, councilId);
  await requireCouncil(db, id);
  return (await councilThemes(db, id)).map(({ id: themeId, label, keywords }) => ({ id: themeId, label, keywords }));
}

/**
 * Replaces the council's theme list. A theme sent with its id is kept (and may be renamed); one
 * left out is retired, not deleted, so comments confirmed with it keep their label.
 */
export async function replaceThemes(
  db: Db,
  staff: StaffUser,
  councilId: string,
  themes: readonly { id?: string | undefined; label: string; keywords: readonly string[] }[],
): Promise<Theme[]> {
  const id = councilFor(staff, councilId);
  await requireCouncil(db, id);
  const existing = await councilThemes(db, id, { withRetired: true });
  const known = new Set(existing.map((t) => t.id));
  const unknown = themes.filter((t) => t.id !== undefined && !known.has(t.id));
  if (unknown.length > 0) {
    throw new AppError('invalid_request', 400, 'One of the themes is not in this council\'s list any more. Reload the page and make the change again.', {
      problems: unknown.map((t) => ({ field: 'themes', message: `unknown theme id ${t.id}` })),
    });
  }
  const labels = themes.map((t) => t.label.trim().toLowerCase());
  const repeated = labels.filter((l, i) => labels.indexOf(l) !== i);
  if (repeated.length > 0) {
    throw new AppError('invalid_request', 400, `Two themes are both called "${repeated[0]}". Give each theme its own name.`, {
      problems: [{ field: 'themes', message: 'theme names must differ' }],
    });
  }
  await db.transaction().execute(async (trx) => {
    const kept = new Set<string>();
    for (const [position, theme] of themes.entries()) {
      const keywords = jsonb(cleanKeywords(theme.keywords));
      if (theme.id) {
        kept.add(theme.id);
        await trx
          .updateTable('council_themes')
          .set({ label: theme.label.trim(), keywords, position, retired: false })
          .where('id', '=', theme.id)
          .where('council_id', '=', id)
          .execute();
      } else {
        await trx.insertInto('council_themes').values({ council_id: id, label: theme.label.trim(), keywords, position }).execute();
      }
    }
    const retire = existing.filter((t) => !kept.has(t.id)).map((t) => t.id);
    if (retire.length > 0) await trx.updateTable('council_themes').set({ retired: true }).where('id', 'in', retire).execute();
    await recordAudit(trx, { councilId: id, accountId: staff.accountId, action: 'themes.replaced', subject: 'theme list', details: { themes: themes.length, retired: retire.length } });
  });
  return themesForStaff(db, staff, id);
}

function cleanKeywords(keywords: readonly string[]): string[] {
  return [...new Set(keywords.map((k) => k.trim().toLowerCase()).filter((k) => k !== ''))];
}

/** Sets what a survey lead must do when a comment suggests a child may be at risk. */
export async function setSafeguardingSteps(db: Db, staff: StaffUser, councilId: string, steps: string): Promise<{ steps: string }> {
  const id = councilFor(staff, councilId);
  await requireCouncil(db, id);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('councils').set({ safeguarding_steps: steps.trim() }).where('id', '=', id).execute();
    await recordAudit(trx, { councilId: id, accountId: staff.accountId, action: 'safeguarding.steps_updated', subject: 'safeguarding steps' });
  });
  return { steps: steps.trim() };
}

async function requireCouncil(db: Db, councilId: string): Promise<void> {
  if (!isUuid(councilId)) throw new AppError('not_found', 404, 'There is no such council.');
  const found = await db.selectFrom('councils').select('id').where('id', '=', councilId).executeTakeFirst();
  if (!found) throw new AppError('not_found', 404, 'There is no such council.');
}

/**
 * The comments of one wave for the survey lead: the review queue (everything not flagged) or the
 * restricted safeguarding queue (flagged only, with the council's steps). Themes are suggested
 * from the council's current list each time, so editing the list changes the suggestions.
 */
export async function listComments(db: Db, wave: StaffWave, queue: CommentQueue): Promise<CommentList> {
  const themes = await councilThemes(db, wave.councilId);
  let query = db
    .selectFrom('comments')
    .select(['id', 'band', 'item_id', 'text', 'masked', 'themes', 'quote', 'flag_reasons', 'safeguarding'])
    .where('wave_id', '=', wave.id)
    .orderBy('band')
    .orderBy('item_id')
    .orderBy('text')
    .orderBy('id');
  query = queue === 'safeguarding' ? query.where('safeguarding', '<>', 'none') : query.where('safeguarding', '=', 'none');
  const rows = await query.execute();
  const plainThemes = themes.map(({ id, label, keywords }) => ({ id, label, keywords }));
  const comments = rows.map((r) => toStaffComment(r, plainThemes));
  if (queue === 'safeguarding') {
    const council = await db.selectFrom('councils').select('safeguarding_steps').where('id', '=', wave.councilId).executeTakeFirstOrThrow();
    return { comments, themes: plainThemes, safeguardingSteps: council.safeguarding_steps };
  }
  return { comments, themes: plainThemes };
}

type CommentRow = {
  id: string;
  band: AgeBand;
  item_id: string;
  text: string;
  masked: string[];
  themes: string[] | null;
  quote: QuoteState;
  flag_reasons: string[];
  safeguarding: SafeguardingState;
};

function toStaffComment(r: CommentRow, themes: readonly Theme[]): StaffComment {
  return {
    id: r.id,
    band: r.band,
    itemId: r.item_id,
    question: findItem(r.item_id)?.summary ?? r.item_id,
    text: r.text,
    masked: r.masked,
    suggestedThemes: suggestThemes(r.text, themes),
    themes: r.themes,
    quote: r.quote,
    flagged: r.safeguarding !== 'none',
    flagReasons: r.flag_reasons,
    safeguarding: r.safeguarding,
  };
}

/**
 * Confirms a comment's themes, approves or withdraws it as a quote, or marks a safeguarding
 * concern actioned. A quote needs at least `minCommentRespondents` children in the band to have
 * answered that question, and a flagged comment is never a quote.
 */
export async function updateComment(
  db: Db,
  staff: StaffUser,
  commentId: string,
  patch: CommentPatch,
  opts: { minCommentRespondents: number },
): Promise<StaffComment> {
  if (!isUuid(commentId)) throw noSuchComment();
  const found = await db
    .selectFrom('comments')
    .innerJoin('waves', 'waves.id', 'comments.wave_id')
    .select(['comments.id', 'comments.wave_id', 'comments.band', 'comments.item_id', 'comments.safeguarding', 'waves.council_id', 'waves.label'])
    .where('comments.id', '=', commentId)
    .executeTakeFirst();
  if (!found || !canSeeCouncil(staff, found.council_id)) throw noSuchComment();
  const themes = await councilThemes(db, found.council_id, { withRetired: true });

  if (patch.themes) {
    const known = new Set(themes.map((t) => t.id));
    const unknown = patch.themes.filter((t) => !known.has(t));
    if (unknown.length > 0) {
      throw new AppError('invalid_request', 400, 'One of the chosen themes is not in this council\'s list. Reload the page and choose again.', {
        problems: unknown.map((t) => ({ field: 'themes', message: `unknown theme id ${t}` })),
      });
    }
  }
  if (patch.quote === 'approved') {
    if (found.safeguarding !== 'none') {
      throw new AppError('invalid_request', 400, 'A comment in the safeguarding queue cannot be used as a quote.', { problems: [{ field: 'quote', message: 'flagged comments are never quoted' }] });
    }
    const answered = await db
      .selectFrom('comments')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('wave_id', '=', found.wave_id)
      .where('band', '=', found.band)
      .where('item_id', '=', found.item_id)
      .executeTakeFirstOrThrow();
    if (!mayShowComments(Number(answered.n), opts.minCommentRespondents)) {
      throw new AppError(
        'too_few_to_quote',
        409,
        `Fewer than ${opts.minCommentRespondents} children in the ages ${found.band} answered this question, so none of their words can be quoted: a quote could show who wrote it.`,
      );
    }
  }
  if (patch.safeguarding && found.safeguarding === 'none') {
    throw new AppError('invalid_request', 400, 'This comment is not in the safeguarding queue.', { problems: [{ field: 'safeguarding', message: 'only flagged comments have a safeguarding state' }] });
  }

  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('comments')
      .set({
        ...(patch.themes ? { themes: jsonb([...new Set(patch.themes)]) } : {}),
        ...(patch.quote ? { quote: patch.quote } : {}),
        ...(patch.safeguarding ? { safeguarding: patch.safeguarding } : {}),
      })
      .where('id', '=', commentId)
      .execute();
    await recordAudit(trx, {
      councilId: found.council_id,
      accountId: staff.accountId,
      action: patch.safeguarding ? 'comment.safeguarding' : patch.quote ? `comment.quote_${patch.quote}` : 'comment.themes',
      subject: found.label,
      // which comment and what changed; never its words
      details: { commentId, band: found.band, ...(patch.safeguarding ? { safeguarding: patch.safeguarding } : {}), ...(patch.themes ? { themes: patch.themes.length } : {}) },
    });
  });
  const row = await db
    .selectFrom('comments')
    .select(['id', 'band', 'item_id', 'text', 'masked', 'themes', 'quote', 'flag_reasons', 'safeguarding'])
    .where('id', '=', commentId)
    .executeTakeFirstOrThrow();
  return toStaffComment(row, themes.filter((t) => !t.retired));
}

/**
 * What children said, per band of the wave: confirmed themes counted (and suppressed like every
 * other count) and the approved quotes, only for questions at least `minCommentRespondents`
 * children in the band answered. Flagged comments are never counted or quoted here.
 */
export async function whatChildrenSaid(db: Db, wave: StaffWave, options: Pick<ReportOptions, 'minCount' | 'minCommentRespondents'>): Promise<BandComments[]> {
  const themes = await councilThemes(db, wave.councilId, { withRetired: true });
  const label = new Map(themes.map((t) => [t.id, t.label]));
  const [answered, themeCounts, quotes] = await Promise.all([
    db
      .selectFrom('comments')
      .select((eb) => ['band', 'item_id', eb.fn.countAll<string | number>().as('n')])
      .where('wave_id', '=', wave.id)
      .groupBy(['band', 'item_id'])
      .execute(),
    sql<{ band: AgeBand; theme_id: string; n: string | number }>`
      select c.band, t.theme_id, count(*) as n
        from comments c
       cross join lateral jsonb_array_elements_text(coalesce(c.themes, '[]'::jsonb)) as t(theme_id)
       where c.wave_id = ${wave.id}::uuid and c.safeguarding = 'none'
       group by c.band, t.theme_id`.execute(db),
    db
      .selectFrom('comments')
      .select(['id', 'band', 'item_id', 'text'])
      .where('wave_id', '=', wave.id)
      .where('quote', '=', 'approved')
      .where('safeguarding', '=', 'none')
      .orderBy('item_id')
      .orderBy('text')
      .execute(),
  ]);
  const quotable = new Set(answered.filter((a) => mayShowComments(Number(a.n), options.minCommentRespondents)).map((a) => `${a.band}|${a.item_id}`));
  const bands = AGE_BANDS.filter((b) => wave.instruments.some((i) => i.band === b));
  return bands.map((band) => {
    const mayBeShown = answered.some((a) => a.band === band && quotable.has(`${band}|${a.item_id}`));
    const counts = themeCounts.rows.filter((r) => r.band === band && label.has(r.theme_id));
    // theme counts overlap (a comment may have several) and no total is shown, so none can be
    // worked out from the others: each is suppressed on its own
    const shown = counts.map((r) => shownCount(Number(r.n), options.minCount));
    return {
      band,
      mayBeShown,
      themes: mayBeShown
        ? counts
            .map((r, i) => ({ themeId: r.theme_id, label: label.get(r.theme_id)!, comments: shown[i]! }))
            .sort((a, b) => a.label.localeCompare(b.label))
        : [],
      quotes: mayBeShown
        ? quotes
            .filter((q) => q.band === band && quotable.has(`${band}|${q.item_id}`))
            .map((q) => ({ id: q.id, itemId: q.item_id, question: findItem(q.item_id)?.summary ?? q.item_id, text: q.text }))
        : [],
    };
  });
}

/** One count standing alone (no total, no siblings it adds up with), by the report's rule. */
function shownCount(count: number, minCount: number): Figure {
  return suppressSums([{ key: 'n', value: count, published: true }], { minCount, cap: NO_CAP }).get('n')!;
}
