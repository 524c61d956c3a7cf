import type { AgeBand } from '@you-said/surveys';
import { loadWave } from '../api.ts';
import { wavePath } from '../routes.ts';
import { Link, Loading, LoadFailed, PageHeading } from '../ui.tsx';
import { useRemote } from '../use-remote.ts';
import { localIsoDate, waveTiming } from '../wave-dates.ts';
import { SurveySession } from './survey-session.tsx';
import { WaveClosed } from './wave-closed.tsx';
import { WaveNotFound } from './wave-not-found.tsx';

export function BandPage({ slug, band }: { slug: string; band: AgeBand }) {
  const { state, reload } = useRemote(slug, (signal) => loadWave(slug, signal));
  if (state.kind === 'loading') return <Loading />;
  if (state.kind === 'not_found') return <WaveNotFound />;
  if (state.kind === 'unavailable') return <LoadFailed onRetry={reload} />;

  const { wave, bands } = state.value;
  const timing = waveTiming(wave, localIsoDate());
  if (timing.kind !== 'open') return <WaveClosed timing={timing} councilName={wave.council.name} />;

  const entry = bands.find((b) => b.band === band);
  if (!entry) {
    return (
      <section>
        <PageHeading title="Choose your survey">This link doesn't have that survey</PageHeading>
        <p>
          <Link to={wavePath(wave.slug)}>Choose from the surveys for {wave.council.name}</Link>.
        </p>
      </section>
    );
  }
  return <SurveySession wave={wave} band={band} pinned={entry.instrument} />;
}
