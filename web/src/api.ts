import type { AgeBand, InstrumentVersion } from '@you-said/surveys';
import { isAgeBand } from './bands.ts';

/** What `GET /api/public/waves/:slug` tells a respondent about a wave. */
export interface PublicWave {
  slug: string;
  label: string;
  isOpen: boolean;
  /** the server's own reading of the dates, so a device with a wrong clock words it right */
  state: 'not_yet_open' | 'open' | 'closed';
  opensOn: string;
  closesOn: string;
  council: { name: string; advocacyService: string };
  /**
   * 'code': every child needs a one-time code from a card; 'link': the link alone is enough.
   * TODO(#3): the public wave answer does not carry this yet; until it does, 'link' is assumed
   * and the server still refuses answers without a code for a codes-only wave.
   */
  accessMode: 'link' | 'code';
}

export interface WaveBand {
  band: AgeBand;
  instrument: { id: string; version: number; title: string };
}

export interface WaveInfo {
  wave: PublicWave;
  bands: WaveBand[];
}

export type Loaded<T> =
  | { kind: 'ok'; value: T }
  | { kind: 'not_found' }
  /** Offline, a server error, or an answer we could not read: worth trying again. */
  | { kind: 'unavailable' };

// The picker and then the band page both need the wave. On patchy Wi-Fi a second fetch is one
// more chance to fail, so a good answer is kept for the life of the page (the server still
// decides whether the wave is open when answers arrive).
const loadedWaves = new Map<string, WaveInfo>();

export async function loadWave(slug: string, signal?: AbortSignal): Promise<Loaded<WaveInfo>> {
  const known = loadedWaves.get(slug);
  if (known) return { kind: 'ok', value: known };
  const loaded = await getJson(`/api/public/waves/${encodeURIComponent(slug)}`, readWaveInfo, signal);
  if (loaded.kind === 'ok') loadedWaves.set(slug, loaded.value);
  return loaded;
}

// A published instrument version never changes, so one fetch serves every child on this page:
// a group session's tablet loads each band's questions once, not once per child.
const loadedInstruments = new Map<string, InstrumentVersion>();

export async function loadInstrument(id: string, version: number, signal?: AbortSignal): Promise<Loaded<InstrumentVersion>> {
  const key = `${id}@${version}`;
  const known = loadedInstruments.get(key);
  if (known) return { kind: 'ok', value: known };
  const loaded = await getJson(`/api/instruments/${encodeURIComponent(id)}/versions/${version}`, readInstrument, signal);
  if (loaded.kind === 'ok') loadedInstruments.set(key, loaded.value);
  return loaded;
}

async function getJson<T>(url: string, read: (body: unknown) => T | null, signal?: AbortSignal): Promise<Loaded<T>> {
  try {
    const response = await fetch(url, { headers: { accept: 'application/json' }, ...(signal ? { signal } : {}) });
    if (response.status === 404) return { kind: 'not_found' };
    if (!response.ok) return { kind: 'unavailable' };
    const value = read(await response.json());
    return value === null ? { kind: 'unavailable' } : { kind: 'ok', value };
  } catch (error) {
    if (signal?.aborted) throw error;
    return { kind: 'unavailable' };
  }
}

/** Checks the shape of a wave answer; null if it is not one (a proxy page, say). */
export function readWaveInfo(body: unknown): WaveInfo | null {
  if (!isRecord(body) || !isRecord(body.wave) || !Array.isArray(body.bands)) return null;
  const w = body.wave;
  if (
    typeof w.slug !== 'string' ||
    typeof w.label !== 'string' ||
    typeof w.isOpen !== 'boolean' ||
    typeof w.opensOn !== 'string' ||
    typeof w.closesOn !== 'string' ||
    !isRecord(w.council) ||
    typeof w.council.name !== 'string'
  ) {
    return null;
  }
  const bands: WaveBand[] = [];
  for (const b of body.bands) {
    if (!isRecord(b) || typeof b.band !== 'string' || !isAgeBand(b.band) || !isRecord(b.instrument)) continue;
    const { id, version, title } = b.instrument;
    if (typeof id !== 'string' || typeof version !== 'number' || typeof title !== 'string') continue;
    bands.push({ band: b.band, instrument: { id, version, title } });
  }
  return {
    wave: {
      slug: w.slug,
      label: w.label,
      isOpen: w.isOpen,
      state: w.state === 'not_yet_open' || w.state === 'closed' ? w.state : w.isOpen ? 'open' : 'closed',
      opensOn: w.opensOn,
      closesOn: w.closesOn,
      council: {
        name: w.council.name,
        advocacyService: typeof w.council.advocacyService === 'string' ? w.council.advocacyService : '',
      },
      accessMode: w.accessMode === 'code' ? 'code' : 'link',
    },
    bands,
  };
}

export function readInstrument(body: unknown): InstrumentVersion | null {
  if (!isRecord(body) || !isRecord(body.definition)) return null;
  const { id, band, version, title, definition } = body;
  if (typeof id !== 'string' || typeof band !== 'string' || !isAgeBand(band) || typeof version !== 'number' || typeof title !== 'string') {
    return null;
  }
  return { id, band, version, title, definition };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
