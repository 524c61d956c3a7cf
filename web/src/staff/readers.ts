import { isAgeBand } from '../bands.ts';
import type {
  Account,
  CodeBatch,
  Council,
  Count,
  Dashboard,
  DashboardBand,
  Id,
  IssuedBatch,
  IssuedCode,
  Role,
  StaffSession,
  StaffWave,
  WaveLink,
} from './staff-types.ts';

/*
 * Checks of the staff API's answers. A proxy's error page or a half-deployed server must show
 * up as "could not load", not as a screen of undefined values; and a suppressed count must
 * never turn into a number by accident.
 */

const ROLES: readonly Role[] = ['platform_admin', 'survey_lead', 'participation_worker', 'panel_member'];

export function readSession(body: unknown): StaffSession | null {
  if (!isRecord(body) || typeof body.csrfToken !== 'string') return null;
  const account = readAccount(body.account);
  return account ? { account, csrfToken: body.csrfToken } : null;
}

export function readAccount(body: unknown): Account | null {
  if (!isRecord(body) || !isId(body.id) || typeof body.email !== 'string' || typeof body.role !== 'string') return null;
  if (!(ROLES as readonly string[]).includes(body.role)) return null;
  let council: Account['council'] = null;
  if (isRecord(body.council)) {
    if (!isId(body.council.id) || typeof body.council.name !== 'string') return null;
    council = { id: body.council.id, name: body.council.name };
  }
  return {
    id: body.id,
    email: body.email,
    displayName: typeof body.displayName === 'string' && body.displayName !== '' ? body.displayName : body.email,
    role: body.role as Role,
    council,
  };
}

export function readCouncil(body: unknown): Council | null {
  if (!isRecord(body) || !isId(body.id) || typeof body.slug !== 'string' || typeof body.name !== 'string') return null;
  return { id: body.id, slug: body.slug, name: body.name, advocacyService: typeof body.advocacyService === 'string' ? body.advocacyService : '' };
}

export function readCouncils(body: unknown): Council[] | null {
  return isRecord(body) ? readList(body.councils, readCouncil) : null;
}

export function readWave(body: unknown): StaffWave | null {
  if (!isRecord(body)) return null;
  const { id, councilId, councilName, slug, label, opensOn, closesOn, state, targetRate, accessMode } = body;
  if (!isId(id) || !isId(councilId) || typeof slug !== 'string' || typeof label !== 'string') return null;
  if (typeof opensOn !== 'string' || typeof closesOn !== 'string') return null;
  if (state !== 'not_yet_open' && state !== 'open' && state !== 'closed') return null;
  const instruments: StaffWave['instruments'] = [];
  for (const i of Array.isArray(body.instruments) ? body.instruments : []) {
    if (!isRecord(i) || typeof i.band !== 'string' || !isAgeBand(i.band) || typeof i.instrumentId !== 'string') continue;
    instruments.push({
      band: i.band,
      instrumentId: i.instrumentId,
      instrumentVersion: typeof i.instrumentVersion === 'number' ? i.instrumentVersion : 0,
      title: typeof i.title === 'string' ? i.title : i.instrumentId,
    });
  }
  const eligible: StaffWave['eligible'] = [];
  for (const e of Array.isArray(body.eligible) ? body.eligible : []) {
    if (!isRecord(e) || typeof e.band !== 'string' || !isAgeBand(e.band) || typeof e.eligible !== 'number') continue;
    eligible.push({ band: e.band, eligible: e.eligible, countedOn: typeof e.countedOn === 'string' ? e.countedOn : '' });
  }
  return {
    id,
    councilId,
    councilName: typeof councilName === 'string' ? councilName : '',
    slug,
    label,
    opensOn,
    closesOn,
    state,
    targetRate: typeof targetRate === 'number' ? targetRate : 0.3,
    accessMode: accessMode === 'code' ? 'code' : 'link',
    instruments,
    eligible,
  };
}

export function readWaves(body: unknown): StaffWave[] | null {
  return isRecord(body) ? readList(body.waves, readWave) : null;
}

/**
 * A count is only a number when the server shows it. Anything unreadable is treated as
 * suppressed, never as zero: zero is a real figure ("nobody yet") and must not be invented.
 */
export function readCount(body: unknown): Count | null {
  if (!isRecord(body) || typeof body.display !== 'string') return null;
  const value = typeof body.value === 'number' && Number.isFinite(body.value) ? body.value : null;
  return { value, display: body.display };
}

function readDashboardBand(body: unknown): DashboardBand | null {
  if (!isRecord(body) || typeof body.band !== 'string' || !isAgeBand(body.band)) return null;
  const responses = readCount(body.responses);
  if (!responses) return null;
  const rateShown = body.rateShown === true && responses.value !== null;
  return {
    band: body.band,
    responses,
    eligible: typeof body.eligible === 'number' ? body.eligible : null,
    rate: rateShown && typeof body.rate === 'number' ? body.rate : null,
    rateShown,
    targetRate: typeof body.targetRate === 'number' ? body.targetRate : 0.3,
    onTarget: body.onTarget === true,
  };
}

export function readDashboard(body: unknown): Dashboard | null {
  if (!isRecord(body)) return null;
  const wave = readWave(body.wave);
  const bands = readList(body.bands, readDashboardBand);
  const total = readCount(body.total);
  if (!wave || !bands || !total) return null;
  const modes: Dashboard['modes'] = [];
  for (const m of Array.isArray(body.modes) ? body.modes : []) {
    if (!isRecord(m) || typeof m.mode !== 'string') continue;
    const responses = readCount(m.responses);
    if (responses) modes.push({ mode: m.mode, responses });
  }
  return {
    wave,
    today: typeof body.today === 'string' ? body.today : '',
    daysLeft: typeof body.daysLeft === 'number' ? body.daysLeft : null,
    bands,
    modes,
    total,
  };
}

export function readLinks(body: unknown): WaveLink[] | null {
  if (!isRecord(body)) return null;
  return readList(body.links, (l) =>
    isRecord(l) && typeof l.band === 'string' && isAgeBand(l.band) && typeof l.url === 'string' ? { band: l.band, url: l.url } : null,
  );
}

function readBatch(body: unknown): CodeBatch | null {
  if (!isRecord(body) || !isId(body.id) || typeof body.band !== 'string' || !isAgeBand(body.band)) return null;
  return {
    id: body.id,
    band: body.band,
    label: typeof body.label === 'string' && body.label !== '' ? body.label : null,
    issuedOn: typeof body.issuedOn === 'string' ? body.issuedOn : '',
    count: typeof body.count === 'number' ? body.count : 0,
    spent: typeof body.spent === 'number' ? body.spent : 0,
    revoked: typeof body.revoked === 'number' ? body.revoked : 0,
  };
}

export function readBatches(body: unknown): CodeBatch[] | null {
  return isRecord(body) ? readList(body.batches, readBatch) : null;
}

function readIssuedCode(body: unknown): IssuedCode | null {
  if (!isRecord(body) || typeof body.code !== 'string' || typeof body.url !== 'string') return null;
  if (typeof body.serial !== 'string' && typeof body.serial !== 'number') return null;
  return { serial: body.serial, code: body.code, url: body.url };
}

/** The codes of a new batch. All or nothing: a card missing from the print run would be a lost card. */
export function readIssuedBatch(body: unknown): IssuedBatch | null {
  if (!isRecord(body) || !isRecord(body.batch) || !Array.isArray(body.codes)) return null;
  const b = body.batch;
  if (!isId(b.id) || typeof b.band !== 'string' || !isAgeBand(b.band)) return null;
  const codes: IssuedCode[] = [];
  for (const c of body.codes) {
    const code = readIssuedCode(c);
    if (!code) return null;
    codes.push(code);
  }
  return {
    batch: {
      id: b.id,
      band: b.band,
      count: typeof b.count === 'number' ? b.count : codes.length,
      label: typeof b.label === 'string' && b.label !== '' ? b.label : null,
      issuedOn: typeof b.issuedOn === 'string' ? b.issuedOn : '',
    },
    codes,
  };
}

/** A list whose every item reads; items that do not are skipped. Null when it is not a list. */
function readList<T>(value: unknown, read: (item: unknown) => T | null): T[] | null {
  if (!Array.isArray(value)) return null;
  return value.flatMap((item) => {
    const read_ = read(item);
    return read_ === null ? [] : [read_];
  });
}

function isId(value: unknown): value is Id {
  return (typeof value === 'string' && value !== '') || (typeof value === 'number' && Number.isFinite(value));
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
