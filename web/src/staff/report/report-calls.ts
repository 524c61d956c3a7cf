import type { AgeBand } from '@you-said/surveys';
import { isAgeBand } from '../../bands.ts';
import { isRecord } from '../readers.ts';
import { get, readNothing, seg, send } from '../staff-api.ts';
import type { Id } from '../staff-types.ts';
import type {
  BandComments,
  CommentChange,
  CommentQueue,
  ReportModel,
  StaffComment,
  StaffReport,
  Theme,
  YouSaidBody,
  YouSaidEntry,
} from './report-types.ts';

/* One function per endpoint of docs/api-report.md that the staff pages use, with checks of the answers. */

export const getReport = (waveId: Id, signal?: AbortSignal) => get(`/api/staff/waves/${seg(waveId)}/report`, readStaffReport, signal);

export function getComments(waveId: Id, queue: 'review' | 'safeguarding', signal?: AbortSignal) {
  return get(`/api/staff/waves/${seg(waveId)}/comments?queue=${queue}`, readCommentQueue, signal);
}

export const changeComment = (commentId: string, change: CommentChange) => send('PATCH', `/api/staff/comments/${seg(commentId)}`, change, readComment);

export const getThemes = (councilId: Id, signal?: AbortSignal) =>
  get(`/api/staff/councils/${seg(councilId)}/themes`, (body) => (isRecord(body) ? readList(body.themes, readTheme) : null), signal);

export function putThemes(councilId: Id, themes: { id?: string; label: string; keywords: string[] }[]) {
  return send('PUT', `/api/staff/councils/${seg(councilId)}/themes`, { themes }, (body) => (isRecord(body) ? readList(body.themes, readTheme) : null));
}

export const putSafeguardingSteps = (councilId: Id, steps: string) =>
  send('PUT', `/api/staff/councils/${seg(councilId)}/safeguarding-steps`, { steps }, () => true);

export const addYouSaid = (waveId: Id, body: YouSaidBody) => send('POST', `/api/staff/waves/${seg(waveId)}/you-said`, body, readYouSaid);

export const editYouSaid = (waveId: Id, entryId: string, body: YouSaidBody) =>
  send('PUT', `/api/staff/waves/${seg(waveId)}/you-said/${seg(entryId)}`, body, readYouSaid);

// Every write to the API is JSON, a DELETE too (the server refuses any other content type).
export const deleteYouSaid = (waveId: Id, entryId: string) => send('DELETE', `/api/staff/waves/${seg(waveId)}/you-said/${seg(entryId)}`, {}, readNothing);

export function publishChildPage(waveId: Id, band: AgeBand, published: boolean) {
  return send('PUT', `/api/staff/waves/${seg(waveId)}/child-pages/${seg(band)}`, { published }, (body) =>
    isRecord(body) && typeof body.published === 'boolean' ? { band, published: body.published } : null,
  );
}

/** Where a download of the report's figures (and the lead's other exports) comes from. */
export function exportPath(waveId: Id, file: 'figures.csv' | 'responses.csv' | 'codebook.csv'): string {
  return `/api/staff/waves/${seg(waveId)}/exports/${file}`;
}

/**
 * The report, checked for its outline. Its figures are not copied one by one: the page reads
 * each through `isShown()`, which treats anything that is not a shown number as hidden.
 */
export function readStaffReport(body: unknown): StaffReport | null {
  if (!isRecord(body)) return null;
  const model = readModel(body.model);
  if (!model) return null;
  const whatChildrenSaid = readList(body.whatChildrenSaid, readBandComments) ?? [];
  const youSaid = readList(body.youSaid, readYouSaid) ?? [];
  const childPages = (readList(body.childPages, (p) =>
    isRecord(p) && typeof p.band === 'string' && isAgeBand(p.band) ? { band: p.band, published: p.published === true } : null,
  ) ?? []);
  return { model, whatChildrenSaid, youSaid, childPages };
}

function readModel(body: unknown): ReportModel | null {
  if (!isRecord(body) || body.modelVersion !== 1) return null;
  if (!isRecord(body.council) || !isRecord(body.wave) || !isRecord(body.options) || !isRecord(body.responseRates)) return null;
  for (const list of [body.methods, body.bands, body.brightSpots, body.areasForImprovement, body.referenceValues, body.responseRates.bands]) {
    if (!Array.isArray(list)) return null;
  }
  for (const band of body.bands as unknown[]) {
    if (!isRecord(band) || typeof band.band !== 'string' || !isAgeBand(band.band) || !Array.isArray(band.domains)) return null;
    for (const domain of band.domains) {
      if (!isRecord(domain) || !Array.isArray(domain.items)) return null;
      for (const item of domain.items) {
        if (!isRecord(item) || typeof item.itemId !== 'string' || !Array.isArray(item.indicators) || !Array.isArray(item.answers)) return null;
        for (const indicator of item.indicators) if (!isRecord(indicator) || typeof indicator.id !== 'string' || !isRecord(indicator.comparisons)) return null;
      }
    }
  }
  return body as unknown as ReportModel;
}

function readBandComments(body: unknown): BandComments | null {
  if (!isRecord(body) || typeof body.band !== 'string' || !isAgeBand(body.band)) return null;
  const themes = readList(body.themes, (t) =>
    isRecord(t) && typeof t.themeId === 'string' && typeof t.label === 'string' && isRecord(t.comments)
      ? { themeId: t.themeId, label: t.label, comments: t.comments as BandComments['themes'][number]['comments'] }
      : null,
  ) ?? [];
  const mayBeShown = body.mayBeShown === true;
  const quotes = mayBeShown
    ? (readList(body.quotes, (q) =>
        isRecord(q) && typeof q.id === 'string' && typeof q.text === 'string'
          ? { id: q.id, itemId: typeof q.itemId === 'string' ? q.itemId : '', question: typeof q.question === 'string' ? q.question : '', text: q.text }
          : null,
      ) ?? [])
    : [];
  return { band: body.band, mayBeShown, themes, quotes };
}

export function readYouSaid(body: unknown): YouSaidEntry | null {
  if (!isRecord(body) || typeof body.id !== 'string' || typeof body.youSaid !== 'string' || typeof body.weWill !== 'string') return null;
  const band = typeof body.band === 'string' && isAgeBand(body.band) ? body.band : null;
  const itemId = typeof body.itemId === 'string' && body.itemId !== '' ? body.itemId : null;
  return { id: body.id, band, itemId, youSaid: body.youSaid, weWill: body.weWill };
}

export function readTheme(body: unknown): Theme | null {
  if (!isRecord(body) || typeof body.id !== 'string' || typeof body.label !== 'string') return null;
  return { id: body.id, label: body.label, keywords: strings(body.keywords) };
}

export function readComment(body: unknown): StaffComment | null {
  if (!isRecord(body) || typeof body.id !== 'string' || typeof body.text !== 'string' || typeof body.band !== 'string' || !isAgeBand(body.band)) return null;
  const safeguarding = body.safeguarding === 'open' || body.safeguarding === 'actioned' ? body.safeguarding : 'none';
  return {
    id: body.id,
    band: body.band,
    itemId: typeof body.itemId === 'string' ? body.itemId : '',
    question: typeof body.question === 'string' ? body.question : '',
    text: body.text,
    masked: strings(body.masked),
    suggestedThemes: strings(body.suggestedThemes),
    themes: Array.isArray(body.themes) ? strings(body.themes) : null,
    quote: body.quote === 'approved' ? 'approved' : 'none',
    flagged: body.flagged === true,
    flagReasons: strings(body.flagReasons),
    safeguarding,
  };
}

export function readCommentQueue(body: unknown): CommentQueue | null {
  if (!isRecord(body)) return null;
  const comments = readList(body.comments, readComment);
  const themes = readList(body.themes, readTheme);
  if (!comments || !themes) return null;
  return { comments, themes, safeguardingSteps: typeof body.safeguardingSteps === 'string' ? body.safeguardingSteps : null };
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function readList<T>(value: unknown, read: (item: unknown) => T | null): T[] | null {
  if (!Array.isArray(value)) return null;
  return value.flatMap((item) => {
    const one = read(item);
    return one === null ? [] : [one];
  });
}
