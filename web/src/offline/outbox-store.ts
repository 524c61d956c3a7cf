import type { Rejection } from '../submit-outcome.ts';
import type { LanguageCode } from '../language/languages.ts';
import type { DraftKey } from './drafts.ts';
import type { ResponseMode } from '../response-body.ts';
import { isSealed, type Sealed } from './seal.ts';

/**
 * The device's outbox: finished responses that the server has not yet confirmed, in IndexedDB,
 * so they survive the page being closed or the tablet being switched off. A record leaves only
 * when the server answers 201 (or someone deletes it on purpose).
 */

export interface OutboxRecord {
  /** the response's own id, made on the device: sending it again is always safe */
  id: string;
  state: 'waiting' | 'refused';
  /** Own device: the exact request body. Never set for a shared tablet. */
  json?: string;
  /** Shared tablet: the request body, encrypted (see seal.ts). */
  sealed?: Sealed;
  /** Own device: where to put the answers back as a draft if the server refuses them. */
  draft?: { key: DraftKey; mode: ResponseMode; language?: LanguageCode; autoRead?: boolean };
  /** Set once the server has refused it: what it said. */
  rejection?: Rejection;
}

const DB_NAME = 'you-said';
const STORE = 'outbox';

let opening: Promise<IDBDatabase | null> | null = null;

/**
 * Opens (and on first use creates) the outbox database; null where IndexedDB is missing or
 * blocked. With `createIfMissing` false, answers null rather than create an empty database on a
 * device that never had one (most page loads have nothing waiting).
 */
export async function openOutbox(createIfMissing: boolean): Promise<IDBDatabase | null> {
  if (opening) {
    const db = await opening;
    if (db || !createIfMissing) return db;
  }
  if (typeof indexedDB === 'undefined') return null;
  if (!createIfMissing && typeof indexedDB.databases === 'function') {
    try {
      const existing = await indexedDB.databases();
      if (!existing.some((d) => d.name === DB_NAME)) return null;
    } catch {
      // Fall through and open it.
    }
  }
  opening = new Promise<IDBDatabase | null>((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = indexedDB.open(DB_NAME, 1);
    } catch {
      resolve(null);
      return;
    }
    request.onupgradeneeded = () => {
      request.result.createObjectStore(STORE, { keyPath: 'id' });
    };
    request.onsuccess = () => {
      const db = request.result;
      // Another tab with a newer version of the app wants to upgrade: let it.
      db.onversionchange = () => {
        db.close();
        opening = null;
      };
      resolve(db);
    };
    request.onerror = () => resolve(null);
    request.onblocked = () => resolve(null);
  });
  const db = await opening;
  if (!db) opening = null;
  return db;
}

function run<T>(db: IDBDatabase, mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T> | void): Promise<T | undefined> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    const request = work(tx.objectStore(STORE));
    // Resolve only once the transaction has committed: a record is "safe" when it is on disk.
    tx.oncomplete = () => resolve(request ? request.result : undefined);
    tx.onerror = () => reject(tx.error ?? new Error('outbox transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('outbox transaction aborted'));
  });
}

export async function putRecord(db: IDBDatabase, record: OutboxRecord): Promise<void> {
  await run(db, 'readwrite', (store) => store.put(record));
}

export async function deleteRecord(db: IDBDatabase, id: string): Promise<void> {
  await run(db, 'readwrite', (store) => store.delete(id));
}

export async function allRecords(db: IDBDatabase): Promise<OutboxRecord[]> {
  const values = (await run(db, 'readonly', (store) => store.getAll())) ?? [];
  return (values as unknown[]).filter(isRecord);
}

function isRecord(value: unknown): value is OutboxRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Partial<OutboxRecord>;
  if (typeof r.id !== 'string' || (r.state !== 'waiting' && r.state !== 'refused')) return false;
  return typeof r.json === 'string' || isSealed(r.sealed);
}
