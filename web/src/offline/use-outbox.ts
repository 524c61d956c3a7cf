import { useSyncExternalStore } from 'react';
import { getSnapshot, subscribe, type OutboxSnapshot } from './courier.ts';

/** What is waiting in this device's outbox, kept up to date. */
export function useOutbox(): OutboxSnapshot {
  return useSyncExternalStore(subscribe, getSnapshot);
}

/** "1 finished survey" / "3 finished surveys". */
export function surveysWord(count: number): string {
  return count === 1 ? '1 finished survey' : `${count} finished surveys`;
}
