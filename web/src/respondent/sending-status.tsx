import { surveysWord } from '../offline/use-outbox.ts';
import { PageHeading } from '../ui.tsx';

/**
 * Shown from the moment the child presses send until the server has stored the answers. Once
 * an attempt has failed it says what is happening: when the answers are safe in the device's
 * outbox the child may close the page (they are sent by themselves when the connection is back);
 * when the device could not keep them, the page must stay open.
 */
export function SendingStatus({ failedOnce, keptOnDevice, sharedDevice, waiting, onRetryNow }: {
  failedOnce: boolean;
  /** the answers are in the device's outbox, so closing the page loses nothing */
  keptOnDevice: boolean;
  sharedDevice: boolean;
  /** finished surveys on this device not yet confirmed by the server, this one included */
  waiting: number;
  onRetryNow: () => void;
}) {
  if (!failedOnce) {
    return (
      <section data-testid="sending" className="sending">
        <PageHeading title="Sending">Sending your answers…</PageHeading>
        <p role="status">This only takes a moment.</p>
      </section>
    );
  }
  const device = sharedDevice ? 'tablet' : 'device';
  return (
    <section data-testid="sending" className="sending">
      <PageHeading title="Saved, not sent yet">
        {keptOnDevice ? `Your answers are saved on this ${device}` : 'Sending your answers…'}
      </PageHeading>
      <p role="status" className="notice" data-testid="sending-offline">
        {keptOnDevice
          ? `There's no connection right now, so they haven't been sent yet. They will be sent by themselves as soon as this ${device} is back online${sharedDevice ? '' : ' — even if you close this page'}.`
          : "No connection yet — we'll keep trying. Please keep this page open."}
      </p>
      {waiting > 0 && (
        <p data-testid="waiting-count">
          Waiting to be sent from this {device}: <strong>{surveysWord(waiting)}</strong>.
        </p>
      )}
      <button type="button" className="button secondary" onClick={onRetryNow} data-testid="retry-now">
        Try now
      </button>
    </section>
  );
}
