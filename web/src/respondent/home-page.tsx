import { PageHeading } from '../ui.tsx';

/** A calm landing page. It lists no waves: which survey to answer comes from the link. */
export function HomePage() {
  return (
    <section className="welcome">
      <PageHeading title="You Said">You Said</PageHeading>
      <p className="lead">Open the link you were given by the adult helping you.</p>
      <p className="muted">
        You Said is where children and young people in care, and care leavers, tell their council how life is going.
      </p>
    </section>
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
