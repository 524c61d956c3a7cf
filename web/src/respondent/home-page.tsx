import { useId } from 'react';
import { holdCode } from '../held-code.ts';
import { navigate } from '../navigation.ts';
import { bandPath } from '../routes.ts';
import { PageHeading } from '../ui.tsx';
import { CodeEntry } from './code-entry.tsx';

/** A calm landing page. It lists no waves: which survey to answer comes from the link or the code. */
export function HomePage() {
  const codeHeadingId = useId();
  return (
    <>
      <section className="welcome">
        <PageHeading title="You Said">You Said</PageHeading>
        <p className="lead">Open the link you were given by the adult helping you.</p>
        <p className="muted">
          You Said is where children and young people in care, and care leavers, tell their council how life is going.
        </p>
      </section>
      <section className="code-box" aria-labelledby={codeHeadingId}>
        <h2 id={codeHeadingId}>I have a code</h2>
        <CodeEntry
          label="Type the code from your card"
          onAccepted={(wave, band, code) => {
            holdCode(wave, band, code);
            navigate(bandPath(wave, band));
          }}
        />
      </section>
    </>
  );
}

export function NotFoundPage() {
  return (
    <section>
      <PageHeading title="Page not found">We can't find this page</PageHeading>
      <p>Check the link, or open the link you were given by the adult helping you.</p>
    </section>
  );
}
