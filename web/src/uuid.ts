/** The parts of Web Crypto this needs; `randomUUID` is missing outside secure contexts. */
export interface RandomSource {
  getRandomValues(array: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer>;
  randomUUID?: () => string;
}

/**
 * A random (version 4) UUID for a response, made on the device so a resend of the same
 * response is recognised by the server. `crypto.randomUUID` only exists on https and
 * localhost; group sessions often open the app on a plain-http LAN address, so fall back to
 * building one from `getRandomValues`, which exists everywhere.
 */
export function makeUuid(source: RandomSource = globalThis.crypto): string {
  if (typeof source.randomUUID === 'function') return source.randomUUID();

  const bytes = source.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40; // version 4
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC 4122 variant
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
