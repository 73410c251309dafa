import type { Worker } from '@playwright/test';
import type { ExtensionGlobal } from '../pages/SignalsPage';

/** Points the extension at an inbox the way the options page would store it. */
export async function configureInbox(background: Worker, inbox: { endpoint: string; token: string }) {
  await background.evaluate(async ({ endpoint, token }) => {
    const { chrome } = globalThis as unknown as ExtensionGlobal;
    await chrome.storage.local.set({
      settings: { version: 1, values: { signalEndpoint: endpoint, signalToken: token } },
    });
  }, inbox);
}
