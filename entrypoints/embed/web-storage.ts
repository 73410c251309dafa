/**
 * JSON values in the host page's Web Storage, under a "komma:" prefix so they never collide with
 * the host's own keys. Storage can be switched off, full or forbidden (sandboxed frames, strict
 * privacy settings); then values live in memory for this page only, and Komma still works.
 */
export interface JsonStore {
  read(key: string): unknown;
  write(key: string, value: unknown): void;
  remove(key: string): void;
}

const PREFIX = 'komma:';

/** `open` returns the Storage; it may throw (a SecurityError when storage is forbidden). */
export function createJsonStore(open: () => Storage | undefined): JsonStore {
  const memory = new Map<string, string>();
  let storage: Storage | undefined;
  try {
    storage = open();
  } catch {
    storage = undefined;
  }

  function get(key: string): string | null {
    try {
      if (storage) return storage.getItem(PREFIX + key);
    } catch {
      // Fall through to the copy kept in memory.
    }
    return memory.get(key) ?? null;
  }

  return {
    read(key) {
      const text = get(key);
      if (text === null) return undefined;
      try {
        return JSON.parse(text) as unknown;
      } catch {
        return undefined;
      }
    },
    write(key, value) {
      const text = JSON.stringify(value);
      memory.set(key, text);
      try {
        storage?.setItem(PREFIX + key, text);
      } catch {
        // Quota or privacy mode: the in-memory copy serves this page.
      }
    },
    remove(key) {
      memory.delete(key);
      try {
        storage?.removeItem(PREFIX + key);
      } catch {
        // Nothing stored, nothing to remove.
      }
    },
  };
}
