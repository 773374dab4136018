/**
 * Corrections kept in the browser, per dataset (logic/correctionList.ts makes the key).
 * Storage can be missing or full (private windows, quotas): reading then gives nothing and
 * writing gives up quietly, since the corrections still hold for this visit.
 */
import type { Correction } from '../logic/corrections';
import { readStoredCorrections, type StoredCorrections } from '../logic/correctionList';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

export function loadCorrections(key: string): StoredCorrections {
  try {
    return readStoredCorrections(storage()?.getItem(key) ?? null);
  } catch {
    return { corrections: [], malformed: false };
  }
}

/** Saves the list; an empty list removes the entry. Returns whether it was kept. */
export function saveCorrections(key: string, corrections: readonly Correction[]): boolean {
  const store = storage();
  if (!store) return false;
  try {
    if (corrections.length === 0) store.removeItem(key);
    else store.setItem(key, JSON.stringify(corrections));
    return true;
  } catch {
    return false;
  }
}
