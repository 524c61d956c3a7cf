import { useEffect, useRef } from 'react';
import { formatCode } from '../access-code.ts';
import { BAND_LABEL } from './dashboard-view.ts';
import { sheets, siteAddress } from './print-layout.ts';
import { PrintedHelp } from './print-help.tsx';
import { QrCode } from './qr-code.tsx';
import type { IssuedBatch } from './staff-types.ts';

/**
 * The cut-out cards of a batch just issued, eight to an A4 page. Each card's QR code opens
 * `/c/<code>`; the code is also printed large for a child who types it.
 */
export function CodeCards({ issued, councilName, onClose }: { issued: IssuedBatch; councilName: string; onClose: () => void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const pages = sheets(issued.codes);
  return (
    <div className="print-view">
      <div className="print-toolbar no-print">
        <h1 ref={headingRef} tabIndex={-1}>
          Access cards: {issued.codes.length} for {BAND_LABEL[issued.batch.band]}
        </h1>
        <p>
          Eight cards to an A4 page; cut along the dashed lines. <strong>These codes cannot be shown again after you leave this page.</strong>
        </p>
        <div className="actions">
          <button type="button" className="button inline" onClick={() => window.print()} data-testid="print-now">
            Print
          </button>
          <button type="button" className="button secondary inline" onClick={onClose} data-testid="close-cards">
            Back to the wave
          </button>
        </div>
      </div>
      {pages.map((page, i) => (
        <div key={i} className="card-sheet">
          {page.map((card) => (
            <article key={String(card.serial)} className="code-card" data-testid="code-card" aria-label={`Card ${card.serial}`}>
              <div className="code-card-top">
                <span className="code-card-council">{councilName}</span>
                <span className="code-card-serial" data-testid="code-serial">
                  No. {card.serial}
                </span>
              </div>
              <p className="code-card-title">Have your say — {BAND_LABEL[issued.batch.band]}</p>
              <div className="code-card-body">
                <QrCode text={card.url} label={`QR code for card ${card.serial}`} className="code-card-qr" />
                <div>
                  <p className="code-card-label">Your code</p>
                  <p className="code-text" data-testid="code-text">
                    {formatCode(card.code)}
                  </p>
                  <p className="code-card-where">
                    Scan the QR code, or go to <strong>{siteAddress(card.url)}</strong> and type the code.
                  </p>
                </div>
              </div>
              <p className="code-card-private">Keep this card private. It works once.</p>
              <PrintedHelp advocacyService="" compact />
            </article>
          ))}
        </div>
      ))}
    </div>
  );
}
