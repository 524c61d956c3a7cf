/// <reference types="node" />
// Buffer only, to look at bytes; the crypto is the WebCrypto global the browser has too.
import { describe, expect, it } from 'vitest';
import { canSeal, importSealKey, isSealed, seal, unseal } from './seal.ts';

// Node's own WebCrypto: the same AES-GCM the browser runs.
const randomKey = () => {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return importSealKey(Buffer.from(bytes).toString('base64url'));
};
const id = '2f1e0c1a-7a3b-4c5d-8e9f-0a1b2c3d4e5f';
const body = JSON.stringify({ id, answers: { better: 'More time with my brother Tobias' } });

describe('sealing the answers that wait on a shared tablet', () => {
  it('gives back exactly what was sealed, with the same key and id', async () => {
    const key = await randomKey();
    expect(await unseal(key, id, await seal(key, id, body))).toBe(body);
  });

  it('stores nothing readable: the words of the answers are not in the sealed bytes', async () => {
    const sealed = await seal(await randomKey(), id, body);
    expect(isSealed(sealed)).toBe(true);
    expect(Buffer.from(sealed.data).toString('latin1')).not.toContain('Tobias');
    expect(Buffer.from(sealed.data).toString('utf8')).not.toContain('brother');
  });

  it('uses a fresh IV every time, so two seals of the same answers differ', async () => {
    const key = await randomKey();
    const a = await seal(key, id, body);
    const b = await seal(key, id, body);
    expect(Buffer.from(a.iv).equals(Buffer.from(b.iv))).toBe(false);
    expect(Buffer.from(a.data).equals(Buffer.from(b.data))).toBe(false);
  });

  it("cannot be opened with another session's key", async () => {
    const sealed = await seal(await randomKey(), id, body);
    await expect(unseal(await randomKey(), id, sealed)).rejects.toThrow();
  });

  it("cannot be passed off as another response's answers", async () => {
    const key = await randomKey();
    const sealed = await seal(key, id, body);
    await expect(unseal(key, '00000000-0000-4000-8000-000000000000', sealed)).rejects.toThrow();
  });

  it('refuses altered data', async () => {
    const key = await randomKey();
    const sealed = await seal(key, id, body);
    const bytes = new Uint8Array(sealed.data.slice(0));
    bytes[0] = bytes[0]! ^ 1;
    await expect(unseal(key, id, { iv: sealed.iv, data: bytes.buffer })).rejects.toThrow();
  });

  it('keeps the key unreadable by page script', async () => {
    const key = await randomKey();
    expect(key.extractable).toBe(false);
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
  });

  it('refuses a key that is not 256 bits', async () => {
    await expect(importSealKey(Buffer.alloc(16).toString('base64url'))).rejects.toThrow('256 bits');
  });

  it('can seal where WebCrypto exists', () => {
    expect(canSeal()).toBe(true);
  });
});
