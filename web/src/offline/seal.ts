/**
 * Encryption of the answers that wait on a shared tablet (a group session) until they can be
 * sent: AES-256-GCM with a key the server hands the tablet while its session is live. The key is
 * imported as non-extractable and kept in this page's memory only, never in storage, so what
 * sits in IndexedDB cannot be read with the tablet alone. See docs/design-notes.md.
 */

/** One response, encrypted. The id it belongs to is bound in as additional data. */
export interface Sealed {
  iv: Uint8Array<ArrayBuffer>;
  data: ArrayBuffer;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/**
 * Whether this page can encrypt at all. `crypto.subtle` exists only in secure contexts (https,
 * localhost): a tablet that opened the app on a plain-http address cannot, and then keeps what
 * waits in memory only.
 */
export function canSeal(): boolean {
  return typeof globalThis.crypto?.subtle?.encrypt === 'function';
}

/** Turns the server's base64url key into a key this page can use but never read back. */
export async function importSealKey(base64url: string): Promise<CryptoKey> {
  const raw = fromBase64Url(base64url);
  if (raw.length !== 32) throw new Error('the key must be 256 bits');
  return crypto.subtle.importKey('raw', raw, { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
}

/** Encrypts one response's JSON under `key`, with a fresh random IV. */
export async function seal(key: CryptoKey, id: string, text: string): Promise<Sealed> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: encoder.encode(id) }, key, encoder.encode(text));
  return { iv, data };
}

/**
 * Decrypts what `seal` made. Rejects if the key is another session's, the data was altered, or
 * it is presented under another response's id.
 */
export async function unseal(key: CryptoKey, id: string, sealed: Sealed): Promise<string> {
  const plain = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: sealed.iv, additionalData: encoder.encode(id) }, key, sealed.data);
  return decoder.decode(plain);
}

/** Whether a value read back from storage has the shape of a `Sealed`. */
export function isSealed(value: unknown): value is Sealed {
  if (typeof value !== 'object' || value === null) return false;
  const { iv, data } = value as Partial<Sealed>;
  return iv instanceof Uint8Array && iv.length === 12 && data instanceof ArrayBuffer;
}

function fromBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/').padEnd(Math.ceil(text.length / 4) * 4, '=');
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
