import { useId } from 'react';
import type { AgeBand } from '@you-said/surveys';

/**
 * Where to get help now. Every survey must say this before and after, because answering can
 * upset a young person. childline.org.uk is written as text, not a link: nothing on these
 * pages loads or links to another site, and the child can choose to visit it later.
 */
export function HelpNow({ advocacyService, band, heading = 'If you want to talk to someone now' }: {
  advocacyService: string;
  band: AgeBand;
  heading?: string;
}) {
  const headingId = useId();
  return (
    <section className="help-now" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading}</h2>
      <ul>
        <li>
          <strong>Childline</strong>: call <a href="tel:08001111">0800 1111</a>. It's free, any time, day or night
          {band === '16-25' ? ', for anyone under 19' : ''}. Or go to <span className="nowrap">childline.org.uk</span>.
        </li>
        {advocacyService !== '' && (
          <li>
            <strong>Advocacy service</strong>: {advocacyService}
          </li>
        )}
        <li>An adult you trust: {band === '16-25' ? 'your personal adviser, or someone you get on with' : 'a carer, teacher or worker you get on with'}.</li>
      </ul>
    </section>
  );
}

/** The one-line reminder shown under the questions. */
export function HelpLine() {
  return (
    <p className="help-line">
      Need help now? Childline: <a href="tel:08001111">0800 1111</a> (free, any time).
    </p>
  );
}
