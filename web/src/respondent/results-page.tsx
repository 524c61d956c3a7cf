import type { AgeBand } from '@you-said/surveys';
import { Loading, LoadFailed, PageHeading } from '../ui.tsx';
import { useRemote } from '../use-remote.ts';
import { HelpNow } from './help-now.tsx';
import './results-page.css';

/*
 * The page a council sends back to the children who took part: what they said, in simple words
 * and pictures, and what the council will do. It lives in the respondent bundle, so it stays
 * small: no chart library, pictures drawn as a few SVG shapes.
 */

import { loadChildResults, type ChildResults, type ChildSentence, type Picture } from './results-data.ts';

export type { ChildResults, ChildSentence, Picture } from './results-data.ts';
export { childResultsUrl, readChildResults } from './results-data.ts';

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

