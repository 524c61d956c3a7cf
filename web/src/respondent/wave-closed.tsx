import type { AgeBand } from '@you-said/surveys';
import type { WaveTiming } from '../wave-dates.ts';
import { PageHeading } from '../ui.tsx';
import { PublishedResultsLinks } from './results-links.tsx';

export function WaveClosed({ timing, councilName, slug, bands = [] }: {
  timing: Exclude<WaveTiming, { kind: 'open' }>;
  councilName: string;
  /** the wave's link and age bands: once it has closed, any published results page is linked */
  slug?: string;
  bands?: readonly AgeBand[];
}) {
  if (timing.kind === 'not_yet') {
    return (
      <section data-testid="wave-not-open">
        <PageHeading title="Not open yet">This survey isn't open yet</PageHeading>
        <p>
          It opens on <strong>{timing.opensOn}</strong>. Please come back then.
        </p>
        <p className="muted">{councilName}</p>
      </section>
    );
  }
  return (
    <section data-testid="wave-closed">
      <PageHeading title="Closed">This survey has closed</PageHeading>
      <p>
        It closed on <strong>{timing.closedOn}</strong>. Thank you for wanting to take part.
      </p>
      <p className="muted">{councilName}</p>
      {slug !== undefined && <PublishedResultsLinks slug={slug} bands={bands} />}
    </section>
  );
}
