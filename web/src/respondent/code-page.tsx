import { useEffect, useState } from 'react';
import { holdCode } from '../held-code.ts';
import { replacePath } from '../navigation.ts';
import { bandPath, CODE_PATH } from '../routes.ts';
import { PageHeading } from '../ui.tsx';
import { CodeEntry } from './code-entry.tsx';

/**
 * What a card's QR code opens (`/c/<code>`), and the empty code form (`/c`). The code is taken
 * out of the address at once, so it does not stay in the history of a shared device, and the
 * survey's address replaces this page once the code is accepted.
 */
export function CodePage({ code }: { code: string | null }) {
  // Kept from the first render only: the address loses the code straight away.
  const [fromLink] = useState(code);
  useEffect(() => {
    if (fromLink !== null) replacePath(CODE_PATH);
  }, [fromLink]);

  return (
    <section>
      <PageHeading title="Your code">Your code</PageHeading>
      <CodeEntry
        initialCode={fromLink}
        onAccepted={(wave, band, accepted) => {
          holdCode(wave, band, accepted);
          replacePath(bandPath(wave, band));
        }}
      />
    </section>
  );
}
