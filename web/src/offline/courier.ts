import type { PreparedResponse } from '../response-body.ts';
import { startSending, type Sending } from '../send-response.ts';
import type { Rejection } from '../submit-outcome.ts';
import { localIsoDate } from '../wave-dates.ts';
import { deviceStorage, readDraft, removeDraft, writeDraft } from './drafts.ts';
import { allRecords, deleteRecord, openOutbox, putRecord, type OutboxRecord } from './outbox-store.ts';
import { canSeal, seal, unseal } from './seal.ts';

/**
 * The courier takes every finished response on this device to the server: it first puts it in
 * the device's outbox (IndexedDB; encrypted on a shared tablet), then sends it until the server
 * stores it (201, then it is deleted) or refuses it (a 4xx: it stops, and the refusal is shown).
 * Responses left from an earlier visit are sent as soon as the app opens again, and all of them
 * again the moment the device comes back online. Each keeps the id made on the device, so a
 * resend after an answer that never arrived stores nothing twice.
 *
 * One courier per page (module state): the page has one outbox and one connection.
 */

export type Delivery =
  /** An attempt failed; it will be tried again. `persisted`: it is safe on the device meanwhile. */
  | { kind: 'retrying'; persisted: boolean }
  | { kind: 'stored' }
  | { kind: 'rejected'; rejection: Rejection };

export interface OutboxSnapshot {
  /** finished responses on this device that the server has not confirmed yet */
  waiting: number;
  /** whether the last attempt of one of them failed (no connection, or the server is down) */
  struggling: boolean;
  /** responses the server refused, still on the device until someone deletes them */
  refused: { id: string; message: string }[];
}

export interface EnqueueOptions {
  /** A group session's tablet: encrypt what is stored, and never write a draft back. */
  shared: boolean;
  /** Own device: where to put the answers back if the server refuses them. */
  draft?: OutboxRecord['draft'];
}

interface Entry {
  record: OutboxRecord;
  shared: boolean;
  /** whether it is in IndexedDB (false: this page's memory only, storage was unavailable) */
  persisted: boolean;
  /** the body, for responses finished on this page: no need to decrypt what we made */
  plain?: string;
}

const EMPTY: OutboxSnapshot = { waiting: 0, struggling: false, refused: [] };

const entries = new Map<string, Entry>();
const senders = new Map<string, Sending>();
const starting = new Set<string>();
const failing = new Set<string>();
const watchers = new Map<string, Set<(delivery: Delivery) => void>>();
const listeners = new Set<() => void>();
let snapshot: OutboxSnapshot = EMPTY;
let sealKey: CryptoKey | null = null;
let loading: Promise<void> | null = null;
let started = false;

/** The message kept with a tablet's response that can no longer be opened (an earlier session's). */
export const UNREADABLE_MESSAGE = 'These answers were saved during an earlier group session and can no longer be sent.';

function publish(): void {
  const refused: OutboxSnapshot['refused'] = [];
  let waiting = 0;
  for (const entry of entries.values()) {
    if (entry.record.state === 'waiting') waiting += 1;
    else refused.push({ id: entry.record.id, message: entry.record.rejection?.message ?? '' });
  }
  const struggling = failing.size > 0;
  const same =
    snapshot.waiting === waiting &&
    snapshot.struggling === struggling &&
    snapshot.refused.length === refused.length &&
    snapshot.refused.every((r, i) => r.id === refused[i]!.id && r.message === refused[i]!.message);
  if (same) return;
  snapshot = { waiting, struggling, refused };
  for (const listener of listeners) listener();
}

function tell(id: string, delivery: Delivery): void {
  for (const watcher of watchers.get(id) ?? []) watcher(delivery);
}

/** Reads what an earlier visit left in the outbox (once per page). */
function load(): Promise<void> {
  loading ??= (async () => {
    const db = await openOutbox(false);
    if (!db) return;
    try {
      for (const record of await allRecords(db)) {
        if (!entries.has(record.id)) entries.set(record.id, { record, shared: record.sealed !== undefined, persisted: true });
      }
    } catch {
      // An unreadable outbox sends nothing; it is tried again on the next visit.
    }
    publish();
  })();
  return loading;
}

/** Sends every waiting response that is not already on its way. */
export async function flush(): Promise<void> {
  await load();
  for (const entry of entries.values()) void send(entry);
}

async function bodyOf(entry: Entry): Promise<string | 'unreadable' | null> {
  if (entry.plain !== undefined) return entry.plain;
  if (entry.record.json !== undefined) return entry.record.json;
  if (!entry.record.sealed) return 'unreadable';
  // A tablet's response can only be opened with its session's key, while that session is live.
  if (!sealKey) return null;
  try {
    return await unseal(sealKey, entry.record.id, entry.record.sealed);
  } catch {
    return 'unreadable';
  }
}

async function send(entry: Entry): Promise<void> {
  const { id } = entry.record;
  if (entry.record.state !== 'waiting' || senders.has(id) || starting.has(id)) return;
  starting.add(id);
  let body: string | 'unreadable' | null;
  try {
    body = await bodyOf(entry);
  } finally {
    starting.delete(id);
  }
  if (body === null || entries.get(id) !== entry || senders.has(id)) return;
  if (body === 'unreadable') {
    await refuse(entry, { status: 0, code: 'unreadable', message: UNREADABLE_MESSAGE, problems: [] });
    return;
  }
  const sending = startSending({ id, json: body } satisfies PreparedResponse, {
    onProgress: (progress) => {
      if (progress.kind !== 'waiting') return;
      failing.add(id);
      publish();
      tell(id, { kind: 'retrying', persisted: entry.persisted });
    },
  });
  senders.set(id, sending);
  const result = await sending.result;
  senders.delete(id);
  failing.delete(id);
  if (result.kind === 'stored') {
    entries.delete(id);
    if (entry.record.draft) removeDraft(deviceStorage(), entry.record.draft.key);
    await forget(entry);
    publish();
    tell(id, { kind: 'stored' });
  } else if (result.kind === 'rejected') {
    await refuse(entry, result.rejection);
  } else {
    publish();
  }
}

/**
 * The server refused a response: sending it again cannot help, so it stops here. On the
 * child's own device the answers go back to being a draft (with the server's words), to be
 * checked and sent again; on a tablet the response stays, marked, until the worker deletes it.
 */
async function refuse(entry: Entry, rejection: Rejection): Promise<void> {
  const { id } = entry.record;
  const draft = entry.record.draft;
  const storage = deviceStorage();
  const answers = draft ? answersIn(entry.plain ?? entry.record.json) : null;
  const backAsDraft =
    draft !== undefined &&
    answers !== null &&
    writeDraft(storage, draft.key, {
      mode: draft.mode,
      // Any later answers the child gave on this page win over the ones that were sent.
      data: { ...answers, ...(readDraft(storage, draft.key)?.data ?? {}) },
      page: 0,
      savedOn: localIsoDate(),
      refusal: rejection.message,
      ...(draft.language ? { language: draft.language } : {}),
      ...(draft.autoRead !== undefined ? { autoRead: draft.autoRead } : {}),
    });
  if (backAsDraft) {
    entries.delete(id);
    await forget(entry);
  } else {
    entry.record = { ...entry.record, state: 'refused', rejection };
    if (entry.persisted) {
      const db = await openOutbox(false);
      try {
        if (db) await putRecord(db, entry.record);
      } catch {
        // It stays marked in memory; on a later visit it is sent again, and refused again.
      }
    }
  }
  publish();
  tell(id, { kind: 'rejected', rejection });
}

async function forget(entry: Entry): Promise<void> {
  if (!entry.persisted) return;
  const db = await openOutbox(false);
  try {
    if (db) await deleteRecord(db, entry.record.id);
  } catch {
    // Left behind, it is sent again next visit: the server recognises the id and stores nothing twice.
  }
}

function answersIn(json: string | undefined): Record<string, unknown> | null {
  if (json === undefined) return null;
  try {
    const body = JSON.parse(json) as { answers?: unknown };
    return typeof body.answers === 'object' && body.answers !== null ? (body.answers as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * Puts a finished response in the outbox and starts sending it. Resolves once it is safe on the
 * device (`persisted: true`), or known to live only in this page's memory (no storage, or a
 * tablet that cannot encrypt: a shared tablet never stores answers in the clear).
 */
export async function enqueue(prepared: PreparedResponse, options: EnqueueOptions): Promise<{ persisted: boolean }> {
  const record: OutboxRecord = { id: prepared.id, state: 'waiting' };
  let persisted = false;
  try {
    if (options.shared) {
      if (sealKey && canSeal()) record.sealed = await seal(sealKey, prepared.id, prepared.json);
    } else {
      record.json = prepared.json;
      if (options.draft) record.draft = options.draft;
    }
    if (!options.shared || record.sealed) {
      const db = await openOutbox(true);
      if (db) {
        await putRecord(db, record);
        persisted = true;
      }
    }
  } catch {
    persisted = false;
  }
  const entry: Entry = { record, shared: options.shared, persisted, plain: prepared.json };
  entries.set(prepared.id, entry);
  publish();
  void send(entry);
  return { persisted };
}

/** Hears what becomes of one response. */
export function watch(id: string, watcher: (delivery: Delivery) => void): () => void {
  let set = watchers.get(id);
  if (!set) watchers.set(id, (set = new Set()));
  set.add(watcher);
  return () => {
    set.delete(watcher);
    if (set.size === 0) watchers.delete(id);
  };
}

/** Deletes a response from the device without sending it (a refused one, or the worker's choice). */
export async function discard(id: string): Promise<void> {
  const entry = entries.get(id);
  if (!entry) return;
  senders.get(id)?.stop();
  entries.delete(id);
  failing.delete(id);
  publish();
  await forget(entry);
}

/** Deletes every response made on a shared tablet (its group session is being ended). */
export async function discardShared(): Promise<void> {
  await load();
  await Promise.all([...entries.values()].filter((e) => e.shared).map((e) => discard(e.record.id)));
}

/** Ends every wait and tries all waiting responses now. */
export function retryNow(): void {
  for (const sending of senders.values()) sending.retryNow();
  void flush();
}

/** The group session's key (or null once it has ended): responses waiting under it can be sent. */
export function setSealKey(key: CryptoKey | null): void {
  sealKey = key;
  if (key) void flush();
}

export function hasSealKey(): boolean {
  return sealKey !== null;
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getSnapshot(): OutboxSnapshot {
  return snapshot;
}

/** Called once when the app starts: sends what earlier visits left, and again whenever the device reconnects. */
export function startCourier(): void {
  if (started || typeof window === 'undefined') return;
  started = true;
  void flush();
  window.addEventListener('online', () => void flush());
}
