import type { AgeBand } from '@you-said/surveys';
import { useDocumentLanguage, useMessages, usePreferences } from '../language/preferences.ts';
import { wavePath } from '../routes.ts';
import { Link, PageHeading } from '../ui.tsx';
import { HelpNow } from './help-now.tsx';

/** Shown only after the server has stored the answers, in the language the child answered in. */
export function ThankYou({ councilName, advocacyService, band, slug }: {
  councilName: string;
  advocacyService: string;
  band: AgeBand;
  slug: string;
}) {
  const { language } = usePreferences();
  const m = useMessages();
  useDocumentLanguage(language);
  return (
    <section data-testid="thank-you" className="thank-you">
      <PageHeading title={m.thankYouTitle}>{m.thankYouTitle}</PageHeading>
      <p className="lead">{m.thankYouLead}</p>

      <h2>{m.whatHappensNext}</h2>
      <p>{m.whatHappensNextText(councilName)}</p>

      <HelpNow advocacyService={advocacyService} band={band} heading={m.thankYouHelpHeading} />

      <p className="after">
        <Link to={wavePath(slug)} className="button secondary" data-testid="back-to-start">
          {m.backToStart}
        </Link>
      </p>
    </section>
  );
}
