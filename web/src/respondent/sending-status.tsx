import { PageHeading } from '../ui.tsx';

/** Shown from the moment the child presses send until the server has stored the answers. */
export function SendingStatus({ failedOnce, onRetryNow }: { failedOnce: boolean; onRetryNow: () => void }) {
  return (
    <section data-testid="sending" className="sending">
      <PageHeading title="Sending">Sending your answers…</PageHeading>
      <p role="status" className={failedOnce ? 'notice' : undefined}>
        {failedOnce
          ? "No connection yet — we'll keep trying. Please keep this page open."
          : 'This only takes a moment.'}
      </p>
      {failedOnce && (
        <button type="button" className="button secondary" onClick={onRetryNow} data-testid="retry-now">
          Try now
        </button>
      )}
    </section>
  );
}
