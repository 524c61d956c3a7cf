import { loadWave } from '../api.ts';
import { holdCode } from '../held-code.ts';
import { navigate } from '../navigation.ts';
import { BAND_CHOICE_LABEL, BANDS } from '../bands.ts';
import { bandPath } from '../routes.ts';
import { Link, Loading, LoadFailed, PageHeading } from '../ui.tsx';
import { CodeEntry } from './code-entry.tsx';
import { useRemote } from '../use-remote.ts';
import { localIsoDate, waveTiming } from '../wave-dates.ts';
import { WaveClosed } from './wave-closed.tsx';
import { WaveNotFound } from './wave-not-found.tsx';

/** The wave's front door: the child (or the adult with them) picks an age band. */
export function WavePage({ slug }: { slug: string }) {
  const { state, reload } = useRemote(slug, (signal) => loadWave(slug, signal));
  if (state.kind === 'loading') return <Loading />;
  if (state.kind === 'not_found') return <WaveNotFound />;
  if (state.kind === 'unavailable') return <LoadFailed onRetry={reload} />;

  const { wave, bands } = state.value;
  const timing = waveTiming(wave, localIsoDate());
  if (timing.kind !== 'open') return <WaveClosed timing={timing} councilName={wave.council.name} slug={wave.slug} bands={bands.map((b) => b.band)} />;

  if (wave.accessMode === 'code') {
    // The card's code decides the age band, so there is nothing to choose here.
    return (
      <section>
        <p className="eyebrow">{wave.council.name}</p>
        <PageHeading title="Your code">Type the code from your card</PageHeading>
        <CodeEntry
          expectedWave={wave.slug}
          onAccepted={(accepted, band, code) => {
            holdCode(accepted, band, code);
            navigate(bandPath(accepted, band));
          }}
        />
      </section>
    );
  }

  const offered = BANDS.filter((band) => bands.some((b) => b.band === band));
  return (
    <section>
      <p className="eyebrow">{wave.council.name}</p>
      <PageHeading title="Choose your survey">Which one is you?</PageHeading>
      <ul className="band-list">
        {offered.map((band) => (
          <li key={band}>
            <Link to={bandPath(wave.slug, band)} className="button band-button" data-testid={`band-${band}`}>
              {BAND_CHOICE_LABEL[band]}
            </Link>
          </li>
        ))}
      </ul>
      {offered.includes('8-11') && offered.includes('11-17') && (
        <p className="note">If you're 11, you can pick either one. Choose the one that feels right, or ask the adult helping you.</p>
      )}
    </section>
  );
}
