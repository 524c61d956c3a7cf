/**
 * One segment of a survey link's path (`/w/<wave>/<band>`), decoded: null for a missing or empty
 * segment, one that decodes to something holding a slash, or a malformed %-escape (a link mangled
 * by a mail client), all of which are simply not a page. The web app routes with it and the
 * server reads the same links for its page hints, so both agree on what a link names.
 */
export function decodeLinkSegment(segment: string | undefined): string | null {
  if (segment === undefined) return null;
  try {
    const decoded = decodeURIComponent(segment);
    return decoded === '' || decoded.includes('/') ? null : decoded;
  } catch {
    return null;
  }
}
