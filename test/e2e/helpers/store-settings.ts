import type { Worker } from '@playwright/test';
import type { ExtensionGlobal } from '../pages/SignalsPage';

/** Stores user settings the way the options page does; the worker reacts as it would to a save there. */
export async function storeSettings(background: Worker, values: Record<string, string>) {
  await background.evaluate(async (settingsValues) => {
    const { chrome } = globalThis as unknown as ExtensionGlobal;
    await chrome.storage.local.set({ settings: { version: 1, values: settingsValues } });
  }, values);
}
