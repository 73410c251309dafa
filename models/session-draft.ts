import type { SessionStore } from './services';

const CLEAR = Symbol('clear');

export interface SessionDraft<T> {
  /** The stored value as it is, unchecked: the caller validates it. */
  load(): Promise<unknown>;
  /** Schedules a write; writes never overlap and only the latest value is written. */
  save(value: T): void;
  /** Schedules removal after any write still in flight, so a late write cannot bring the draft back. */
  clear(): void;
  /** Resolves when everything scheduled so far is stored (for tests and for showing a saved state). */
  settled(): Promise<void>;
}

/**
 * Keeps one work-in-progress value in the session store. Every change is saved at once rather than
 * after a delay: the user may close the panel right after answering, and a pending timer would be lost
 * with the page. Writes are coalesced instead, so typing a note never queues one write per keystroke.
 */
export function createSessionDraft<T>(
  session: SessionStore,
  key: string,
  onError: (error: unknown) => void,
): SessionDraft<T> {
  let next: T | typeof CLEAR | undefined;
  let running: Promise<void> | undefined;

  async function drain() {
    while (next !== undefined) {
      const value = next;
      next = undefined;
      try {
        if (value === CLEAR) await session.remove(key);
        else await session.set(key, value);
      } catch (error) {
        onError(error);
      }
    }
    running = undefined;
  }

  function schedule(value: T | typeof CLEAR) {
    next = value;
    running ??= drain();
  }

  return {
    load: () => session.get<unknown>(key),
    save: (value) => schedule(value),
    clear: () => schedule(CLEAR),
    settled: async () => {
      while (running) await running;
    },
  };
}
