import { useId } from 'react';
import type { AgeBand } from '@you-said/surveys';
import { useDocumentLanguage, useMessages, usePreferences } from '../language/preferences.ts';

/**
 * Where to get help now. Every survey must say this before and after, because answering can
 * upset a young person. childline.org.uk is written as text, not a link: nothing on these
 * pages loads or links to another site, and the child can choose to visit it later. Numbers
 * and the web address are kept left to right, so an Arabic page does not reverse them.
 */
export function HelpNow({ advocacyService, band, heading }: {
  advocacyService: string;
  band: AgeBand;
  heading?: string;
}) {
  const headingId = useId();
  const m = useMessages();
  const careLeaver = band === '16-25';
  return (
    <section className="help-now" aria-labelledby={headingId}>
      <h2 id={headingId}>{heading ?? m.helpHeading}</h2>
      <ul>
        <li>
          <strong lang="en">Childline</strong>: {m.childlineCall} <a href="tel:08001111" dir="ltr">0800 1111</a>.{' '}
          {m.childlineFree(careLeaver)} {m.childlineWeb}{' '}
          <span className="nowrap" lang="en" dir="ltr">
            childline.org.uk
          </span>
          .
        </li>
        {advocacyService !== '' && (
          <li>
            <strong>{m.advocacyService}</strong>: <bdi>{advocacyService}</bdi>
          </li>
        )}
        <li>
          {m.trustedAdult}: {m.trustedAdultWho(careLeaver)}.
        </li>
      </ul>
    </section>
  );
}

/** The one-line reminder shown under the questions. */
export function HelpLine() {
  const { language } = usePreferences();
  const m = useMessages();
  // Shown for as long as the questions are, so it also keeps the page's language on the child's.
  useDocumentLanguage(language);
  return (
    <p className="help-line">
      {m.helpLine} <a href="tel:08001111" dir="ltr">0800 1111</a> {m.helpLineFree}
    </p>
  );
}
