import type { AgeBand } from '@you-said/surveys';
import { useEffect, useState } from 'react';
import { resultsPath } from '../routes.ts';
import { Link } from '../ui.tsx';
import { loadChildResults } from './results-data.ts';

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
