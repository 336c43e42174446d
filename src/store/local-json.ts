/** The browser's localStorage, or undefined where it is missing or blocked (tests, privacy modes). */
export function browserStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** What reading a stored value found: nothing, a valid value, or something that could not be used. */
export type StoredRead<T> = { kind: 'missing' } | { kind: 'ok'; value: T } | { kind: 'invalid' } | { kind: 'blocked' };

/**
 * Reads JSON stored under `key` and validates it with `parse` (null = invalid). Never throws:
 * storage errors are 'blocked', unparseable or invalid data is 'invalid'.
 */
export function readStoredJson<T>(store: Storage | undefined, key: string, parse: (data: unknown) => T | null): StoredRead<T> {
  let raw: string | null;
  try {
    raw = store?.getItem(key) ?? null;
  } catch {
    return { kind: 'blocked' };
  }
  if (raw === null) return { kind: 'missing' };
  let data: unknown = null;
  try {
    data = JSON.parse(raw);
  } catch {
    return { kind: 'invalid' };
  }
  const value = parse(data);
  return value === null ? { kind: 'invalid' } : { kind: 'ok', value };
}

/** Stores a value as JSON; storage errors (quota, privacy mode) are ignored: the value then lasts for this visit. */
export function writeStoredJson(store: Storage | undefined, key: string, value: unknown): void {
  try {
    store?.setItem(key, JSON.stringify(value));
  } catch {
    // Kept in memory only.
  }
}

/** Removes a stored value; errors are ignored (there is nothing more to do). */
export function removeStored(store: Storage | undefined, key: string): void {
  try {
    store?.removeItem(key);
  } catch {
    // The next write overwrites it.
  }
}
