import { useState } from 'react';
import type { AgeBand } from '@you-said/surveys';
import { loadWave } from '../api.ts';
import { forgetCode, heldCodeFor, holdCode } from '../held-code.ts';
import { navigate } from '../navigation.ts';
import { bandPath, wavePath } from '../routes.ts';
import { Link, Loading, LoadFailed, PageHeading } from '../ui.tsx';
import { useRemote } from '../use-remote.ts';
import { localIsoDate, waveTiming } from '../wave-dates.ts';
import { CodeEntry } from './code-entry.tsx';
import { SurveySession } from './survey-session.tsx';
import { WaveClosed } from './wave-closed.tsx';
import { WaveNotFound } from './wave-not-found.tsx';

export function BandPage({ slug, band }: { slug: string; band: AgeBand }) {
  const { state, reload } = useRemote(slug, (signal) => loadWave(slug, signal));
  // Read once: the page is keyed by wave and band, and the code is forgotten once it is spent.
  const [code, setCode] = useState(() => heldCodeFor(slug, band));
  if (state.kind === 'loading') return <Loading />;
  if (state.kind === 'not_found') return <WaveNotFound />;
  if (state.kind === 'unavailable') return <LoadFailed onRetry={reload} />;

  const { wave, bands } = state.value;
  const timing = waveTiming(wave, localIsoDate());
  if (timing.kind !== 'open') {
    // A child who follows their old link after the survey closes finds what children said, their own age group first.
    const resultBands = [band, ...bands.map((b) => b.band).filter((b) => b !== band)];
    return <WaveClosed timing={timing} councilName={wave.council.name} slug={wave.slug} bands={resultBands} />;
  }

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
  if (wave.accessMode === 'code' && code === null) {
    return (
      <section>
        <p className="eyebrow">{wave.council.name}</p>
        <PageHeading title="Your code">Type the code from your card</PageHeading>
        <CodeEntry
          expectedWave={wave.slug}
          onAccepted={(accepted, acceptedBand, typed) => {
            holdCode(accepted, acceptedBand, typed);
            if (acceptedBand === band) setCode(typed);
            else navigate(bandPath(accepted, acceptedBand));
          }}
        />
      </section>
    );
  }
  return <SurveySession wave={wave} band={band} pinned={entry.instrument} accessCode={code} onStored={forgetCode} />;
}
