import { PageHeading } from '../ui.tsx';

export function WaveNotFound() {
  return (
    <section data-testid="wave-not-found">
      <PageHeading title="Survey not found">We can't find this survey</PageHeading>
      <p>The link may have a mistake in it. Check it with the adult who gave it to you.</p>
    </section>
  );
}
