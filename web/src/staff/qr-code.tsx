import { useMemo } from 'react';
import { renderSVG } from 'uqr';

/**
 * A QR code drawn as inline SVG in the browser (no image service: nothing leaves the page).
 * Medium error correction survives a crease or a smudge on a printed card; the quiet border
 * is part of the drawing so it holds even when cards are cut close.
 */
export function QrCode({ text, label, className }: { text: string; label: string; className?: string }) {
  const svg = useMemo(
    () =>
      renderSVG(text, { ecc: 'M', border: 2 }).replace(
        '<svg ',
        '<svg aria-hidden="true" focusable="false" shape-rendering="crispEdges" preserveAspectRatio="xMidYMid meet" ',
      ),
    [text],
  );
  // The SVG is made here from our own link text by uqr (rects and one path): no markup from elsewhere.
  return <span className={`qr${className ? ` ${className}` : ''}`} role="img" aria-label={label} dangerouslySetInnerHTML={{ __html: svg }} />;
}
