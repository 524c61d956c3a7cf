import { useDocumentLanguage, useMessages, usePreferences } from '../language/preferences.ts';
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
  const m = useMessages();
  useDocumentLanguage(usePreferences().language);
  if (!failedOnce) {
    return (
      <section data-testid="sending" className="sending">
        <PageHeading title={m.sendingTitle}>{m.sendingLead}</PageHeading>
        <p role="status">{m.sendingMoment}</p>
      </section>
    );
  }
  return (
    <section data-testid="sending" className="sending">
      <PageHeading title={m.savedTitle}>{keptOnDevice ? m.savedOnDevice(sharedDevice) : m.sendingLead}</PageHeading>
      <p role="status" className="notice" data-testid="sending-offline">
        {keptOnDevice ? m.noConnectionSaved(sharedDevice) : m.noConnectionKeepOpen}
      </p>
      {waiting > 0 && (
        <p data-testid="waiting-count">{m.waitingToSend(sharedDevice, waiting)}</p>
      )}
      <button type="button" className="button secondary" onClick={onRetryNow} data-testid="retry-now">
        {m.tryNow}
      </button>
    </section>
  );
}
