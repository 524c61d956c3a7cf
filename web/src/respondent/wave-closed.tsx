import type { WaveTiming } from '../wave-dates.ts';
import { PageHeading } from '../ui.tsx';

export function WaveClosed({ timing, councilName }: { timing: Exclude<WaveTiming, { kind: 'open' }>; councilName: string }) {
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
    </section>
  );
}
