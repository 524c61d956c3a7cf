import type { AgeBand } from '@you-said/surveys';
import { wavePath } from '../routes.ts';
import { Link, PageHeading } from '../ui.tsx';
import { HelpNow } from './help-now.tsx';

/** Shown only after the server has stored the answers. */
export function ThankYou({ councilName, advocacyService, band, slug }: {
  councilName: string;
  advocacyService: string;
  band: AgeBand;
  slug: string;
}) {
  return (
    <section data-testid="thank-you" className="thank-you">
      <PageHeading title="Thank you">Thank you</PageHeading>
      <p className="lead">Your answers have been saved. Thank you for telling us how things are for you.</p>

      <h2>What happens next</h2>
      <p>
        {councilName} reads what children and young people say. They will tell you what they are going to do about it.
        Nobody will know which answers were yours.
      </p>

      <HelpNow advocacyService={advocacyService} band={band} heading="If anything is worrying you, you can talk to someone now" />

      <p className="after">
        <Link to={wavePath(slug)} className="button secondary" data-testid="back-to-start">
          Back to the start
        </Link>
      </p>
    </section>
  );
}
