import { useState } from 'react';
import type { AgeBand } from '@you-said/surveys';
import type { Rejection } from '../submit-outcome.ts';
import { PageHeading } from '../ui.tsx';
import { CodeEntry } from './code-entry.tsx';

/**
 * The server refused the answers for want of a working code. The answers are still on this
 * page; once a code for this survey and age band is accepted they are sent again with it.
 */
export function CodeNeeded({ rejection, slug, band, onCode }: {
  rejection: Rejection;
  slug: string;
  band: AgeBand;
  onCode: (code: string) => void;
}) {
  const [wrongBand, setWrongBand] = useState(false);
  return (
    <section data-testid="code-needed" className="error-box">
      <PageHeading title="Your code">Your answers need a code</PageHeading>
      <p>{rejection.message}</p>
      <p>
        <strong>Nothing is lost.</strong> Type the code from your card and your answers will be sent with it.
      </p>
      {wrongBand && (
        <p className="notice" role="alert">
          That code is for a different age group's survey. Check you have your own card, or ask the adult helping you.
        </p>
      )}
      <CodeEntry
        expectedWave={slug}
        onAccepted={(_wave, acceptedBand, code) => {
          if (acceptedBand !== band) {
            setWrongBand(true);
            return;
          }
          onCode(code);
        }}
      />
    </section>
  );
}
