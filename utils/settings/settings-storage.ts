import { browser } from 'wxt/browser';
import { storedUserSettingsSchema, type ResolvedSettings, type Settings } from '../schemas/settings';
import { resolveSettings } from './resolve-settings';

export const USER_SETTINGS_KEY = 'settings';

/**
 * Reads the admin policy. Chrome answers {} when no policy is set; Firefox throws instead
 * (w3c/webextensions#497), and a browser without managed storage has no `managed` area at all.
 * All three mean "no policy".
 */
async function readManaged(): Promise<unknown> {
  try {
    return (await browser.storage.managed?.get()) ?? {};
  } catch {
    return {};
  }
}

export async function loadSettings(): Promise<ResolvedSettings> {
  const [managed, local] = await Promise.all([readManaged(), browser.storage.local.get(USER_SETTINGS_KEY)]);
  return resolveSettings(managed, local[USER_SETTINGS_KEY]);
}

/**
 * Saves the user's own values. The caller passes only keys the user may change; values are
 * validated here again so nothing malformed is ever stored.
 */
export async function saveUserSettings(values: Partial<Settings>): Promise<ResolvedSettings> {
  const stored = storedUserSettingsSchema.parse({ version: 1, values });
  await browser.storage.local.set({ [USER_SETTINGS_KEY]: stored });
  return loadSettings();
}

/** Calls back whenever the policy or the user's settings change (policy may arrive after start-up). */
export function onSettingsChanged(listener: () => void): () => void {
  const handler = (changes: Record<string, unknown>, area: string) => {
    if (area === 'managed' || (area === 'local' && USER_SETTINGS_KEY in changes)) listener();
  };
  browser.storage.onChanged.addListener(handler);
  return () => browser.storage.onChanged.removeListener(handler);
}
