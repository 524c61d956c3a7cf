import { useId, useState } from 'react';
import { Link, Loading } from '../ui.tsx';
import { BAND_LABEL } from './dashboard-view.ts';
import { LoadError } from './fields.tsx';
import { shortLink } from './print-layout.ts';
import { QrCode } from './qr-code.tsx';
import { getLinks } from './staff-calls.ts';
import { postersPath } from './staff-routes.ts';
import type { Id } from './staff-types.ts';
import { useApi } from './use-api.ts';

/** Each band's survey link with its QR code, to send out or print on posters. */
export function LinksSection({ waveId, codesOnly }: { waveId: Id; codesOnly: boolean }) {
  const links = useApi(`links:${waveId}`, (signal) => getLinks(waveId, signal));
  const headingId = useId();
  const [copied, setCopied] = useState<string | null>(null);

  return (
    <section className="panel" aria-labelledby={headingId} data-testid="links">
      <div className="panel-head">
        <h2 id={headingId}>Links and QR codes</h2>
        <Link to={postersPath(waveId)} className="button secondary inline" data-testid="print-posters">
          Print posters
        </Link>
      </div>
      {codesOnly && (
        <p className="note">This wave is “codes only”: a link on its own asks the young person for the code from their card.</p>
      )}
      {links.state.kind === 'loading' && <Loading />}
      {links.state.kind === 'error' && <LoadError error={links.state.error} onRetry={links.reload} />}
      {links.state.kind === 'ok' && (
        <ul className="link-list">
          {links.state.value.map((l) => (
            <li key={l.band} className="link-card" data-testid={`link-${l.band}`}>
              <QrCode text={l.url} label={`QR code for the ${BAND_LABEL[l.band]} survey`} className="qr-small" />
              <div>
                <h3>{BAND_LABEL[l.band]}</h3>
                <p className="link-text">
                  <a href={l.url}>{shortLink(l.url)}</a>
                </p>
                {navigator.clipboard && (
                  <button
                    type="button"
                    className="button secondary inline small-button"
                    onClick={() =>
                      void navigator.clipboard.writeText(l.url).then(
                        () => setCopied(l.band),
                        () => setCopied(null),
                      )
                    }
                  >
                    Copy link
                  </button>
                )}
                {copied === l.band && (
                  <span role="status" className="muted small">
                    {' '}
                    Copied
                  </span>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
