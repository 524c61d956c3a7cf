import type { AgeBand } from '@you-said/surveys';
import { useEffect, useState } from 'react';
import type { Loaded } from '../api.ts';
import { isAgeBand } from '../bands.ts';
import { resultsPath } from '../routes.ts';
import { Link, Loading, LoadFailed, PageHeading } from '../ui.tsx';
import { useRemote } from '../use-remote.ts';
import { HelpNow } from './help-now.tsx';
import './results-page.css';

/*
 * The page a council sends back to the children who took part: what they said, in simple words
 * and pictures, and what the council will do. It lives in the respondent bundle, so it stays
 * small: no chart library, pictures drawn as a few SVG shapes.
 */

export type Picture = 'happy' | 'ok' | 'sad';

export interface ChildSentence {
  itemId: string;
  text: string;
  picture: Picture;
  outOfTen: number;
}

export interface ChildResults {
  council: { name: string };
  wave: { label: string };
  band: AgeBand;
  /** how many children answered; null when the number is not shown */
  children: number | null;
  goingWell: ChildSentence[];
  toImprove: ChildSentence[];
  weWill: { youSaid: string; weWill: string }[];
}

/** Where the published page's figures come from (docs/api-report.md). */
export function childResultsUrl(slug: string, band: AgeBand): string {
  return `/api/waves/${encodeURIComponent(slug)}/results/${encodeURIComponent(band)}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function readSentence(body: unknown): ChildSentence | null {
  if (!isRecord(body) || typeof body.text !== 'string' || typeof body.outOfTen !== 'number' || !Number.isFinite(body.outOfTen)) return null;
  const picture: Picture = body.picture === 'happy' || body.picture === 'sad' ? body.picture : 'ok';
  return { itemId: typeof body.itemId === 'string' ? body.itemId : '', text: body.text, picture, outOfTen: Math.max(0, Math.min(10, Math.round(body.outOfTen))) };
}

function list<T>(value: unknown, read: (v: unknown) => T | null): T[] {
  return Array.isArray(value) ? value.flatMap((v) => {
    const one = read(v);
    return one === null ? [] : [one];
  }) : [];
}

/** Checks the public answer; a hidden count of children stays hidden (null), never 0. */
export function readChildResults(body: unknown): ChildResults | null {
  if (!isRecord(body) || !isRecord(body.council) || typeof body.council.name !== 'string') return null;
  if (!isRecord(body.wave) || typeof body.wave.label !== 'string' || typeof body.band !== 'string' || !isAgeBand(body.band)) return null;
  const children = isRecord(body.children) && body.children.suppressed === false && typeof body.children.value === 'number' && Number.isFinite(body.children.value) ? body.children.value : null;
  return {
    council: { name: body.council.name },
    wave: { label: body.wave.label },
    band: body.band,
    children,
    goingWell: list(body.goingWell, readSentence),
    toImprove: list(body.toImprove, readSentence),
    weWill: list(body.weWill, (w) => (isRecord(w) && typeof w.youSaid === 'string' && typeof w.weWill === 'string' ? { youSaid: w.youSaid, weWill: w.weWill } : null)),
  };
}

// A published page does not change while a child reads it: one fetch serves the link check on
// the wave page and the page itself.
const loaded = new Map<string, Loaded<ChildResults>>();

export async function loadChildResults(slug: string, band: AgeBand, signal?: AbortSignal): Promise<Loaded<ChildResults>> {
  const key = `${slug}/${band}`;
  const known = loaded.get(key);
  if (known) return known;
  let result: Loaded<ChildResults>;
  try {
    const response = await fetch(childResultsUrl(slug, band), { headers: { accept: 'application/json' }, ...(signal ? { signal } : {}) });
    if (response.status === 404) result = { kind: 'not_found' };
    else if (!response.ok) return { kind: 'unavailable' };
    else {
      const value = readChildResults(await response.json());
      if (value === null) return { kind: 'unavailable' };
      result = { kind: 'ok', value };
    }
  } catch (error) {
    if (signal?.aborted) throw error;
    return { kind: 'unavailable' };
  }
  loaded.set(key, result);
  return result;
}

/** "12 children and young people answered" in the band's own words; nothing about a hidden number. */
export function thanksLine(results: ChildResults): string {
  const who = results.band === '16-25' ? 'young people' : results.band === '11-17' ? 'children and young people' : 'children';
  if (results.children === null) return `Thank you to all the ${who} who answered.`;
  return `Thank you to the ${results.children} ${results.children === 1 ? 'person' : who} who answered.`;
}

const FACE_MOUTH: Record<Picture, string> = {
  happy: 'M30 60 Q50 82 70 60',
  ok: 'M34 66 L66 66',
  sad: 'M32 72 Q50 54 68 72',
};

/** A face like the ones on the 4 to 7 survey. Decorative: the sentence beside it says the same. */
export function Face({ picture }: { picture: Picture }) {
  return (
    <svg className="face" viewBox="0 0 100 100" width="64" height="64" aria-hidden="true" focusable="false">
      <circle cx="50" cy="50" r="44" fill="#FFE08A" stroke="#5B4A12" strokeWidth="4" />
      <circle cx="36" cy="40" r="5" fill="#3A2F0B" />
      <circle cx="64" cy="40" r="5" fill="#3A2F0B" />
      <path d={FACE_MOUTH[picture]} fill="none" stroke="#3A2F0B" strokeWidth="5" strokeLinecap="round" />
    </svg>
  );
}

/** Ten little people, `filled` of them coloured in: "x out of 10" as a picture. */
function OutOfTen({ filled }: { filled: number }) {
  return (
    <svg className="out-of-ten" viewBox="0 0 200 24" aria-hidden="true" focusable="false">
      {Array.from({ length: 10 }, (_, i) => (
        <g key={i} transform={`translate(${i * 20 + 2} 0)`} fill={i < filled ? '#1d4f73' : 'none'} stroke="#1d4f73" strokeWidth="1.5">
          <circle cx="8" cy="5" r="4" />
          <path d="M2 22 Q2 11 8 11 Q14 11 14 22 Z" />
        </g>
      ))}
    </svg>
  );
}

function Sentences({ items, testId }: { items: ChildSentence[]; testId: string }) {
  return (
    <ul className="results-list" data-testid={testId}>
      {items.map((s) => (
        <li key={s.itemId || s.text} className="results-item">
          <Face picture={s.picture} />
          <div>
            <p className="results-text">{s.text}</p>
            <OutOfTen filled={s.outOfTen} />
          </div>
        </li>
      ))}
    </ul>
  );
}

export function ResultsPage({ slug, band }: { slug: string; band: AgeBand }) {
  const { state, reload } = useRemote(`${slug}/${band}`, (signal) => loadChildResults(slug, band, signal));
  if (state.kind === 'loading') return <Loading />;
  if (state.kind === 'unavailable') return <LoadFailed onRetry={reload} />;
  if (state.kind === 'not_found') {
    return (
      <section data-testid="results-not-ready">
        <PageHeading title="Not ready yet">This page isn't ready yet</PageHeading>
        <p>The council hasn't shared what children said yet. Please come back later.</p>
      </section>
    );
  }
  const r = state.value;
  return (
    <section className="results" data-testid="child-results">
      <p className="eyebrow">{r.council.name}</p>
      <PageHeading title="What you told us">What you told us</PageHeading>
      <p className="lead">{thanksLine(r)}</p>
      <p className="muted">{r.wave.label}</p>

      {r.goingWell.length > 0 && (
        <>
          <h2>Things that are going well</h2>
          <Sentences items={r.goingWell} testId="going-well" />
        </>
      )}
      {r.toImprove.length > 0 && (
        <>
          <h2>Things that could be better</h2>
          <Sentences items={r.toImprove} testId="to-improve" />
        </>
      )}
      {r.weWill.length > 0 && (
        <>
          <h2>What we are going to do</h2>
          <ul className="we-will-list" data-testid="we-will">
            {r.weWill.map((w, i) => (
              <li key={i} className="we-will">
                <p>
                  <strong>You said:</strong> {w.youSaid}
                </p>
                <p>
                  <strong>We will:</strong> {w.weWill}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>Nobody knows which answers were yours.</p>
      <HelpNow advocacyService="" band={r.band} />
    </section>
  );
}

/**
 * Links to any of the wave's bands whose results page is published, for the page a child
 * reaches from their old survey link. Shows nothing until one is known to be there.
 */
export function PublishedResultsLinks({ slug, bands }: { slug: string; bands: readonly AgeBand[] }) {
  const [published, setPublished] = useState<AgeBand[]>([]);
  const key = `${slug}:${bands.join(',')}`;
  useEffect(() => {
    const controller = new AbortController();
    void Promise.all(bands.map((band) => loadChildResults(slug, band, controller.signal).then((r) => (r.kind === 'ok' ? band : null)))).then(
      (found) => {
        if (!controller.signal.aborted) setPublished(found.filter((b): b is AgeBand => b !== null));
      },
      () => {
        // Only an abort rejects.
      },
    );
    return () => controller.abort();
  }, [key]);
  if (published.length === 0) return null;
  return (
    <div className="results-links" data-testid="results-links">
      <h2>See what children said</h2>
      <ul className="band-list">
        {published.map((band) => (
          <li key={band}>
            <Link to={resultsPath(slug, band)} className="button secondary" data-testid={`results-link-${band}`}>
              {RESULTS_LINK[band]}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

const RESULTS_LINK: Record<AgeBand, string> = {
  '4-7': 'What 4 to 7 year olds said',
  '8-11': 'What 8 to 11 year olds said',
  '11-17': 'What 11 to 17 year olds said',
  '16-25': 'What care leavers said',
};
