import type { BrowserContext, Locator, Page } from '@playwright/test';
import type { OutboxItem } from '../../../utils/signals/outbox-item';
import { SidePanel } from './SidePanel';

/** The bit of the extension API the tests call inside extension pages and the service worker. */
export interface ExtensionGlobal {
  chrome: {
    runtime: { sendMessage(message: unknown): Promise<unknown> };
    storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
    action: { getBadgeText(details: object): Promise<string> };
  };
}

/** Page object for the Signalen area of the side panel. */
export class SignalsPage {
  constructor(readonly page: Page) {}

  /** Opens the side panel, picks a role on first use and goes to Signalen. */
  static async open(context: BrowserContext, extensionId: string, { firstUse = true } = {}): Promise<SignalsPage> {
    const panel = await SidePanel.open(context, extensionId);
    if (firstUse) await panel.chooseRole('Inkomensconsulent');
    await panel.tab('Signalen').click();
    return new SignalsPage(panel.page);
  }

  tab() {
    return this.page.getByRole('tab', { name: /Signalen/ });
  }

  summary() {
    return this.page.getByRole('textbox', { name: /Wat gaat er mis/ });
  }

  sendButton() {
    return this.page.getByRole('button', { name: 'Versturen' });
  }

  preview() {
    return this.page.getByRole('region', { name: 'Dit wordt verstuurd' });
  }

  async startNew() {
    await this.page.getByRole('button', { name: 'Nieuw signaal' }).click();
  }

  /** Writes a general signal and sends it; resolves once it is in the outbox. */
  async create(summary: string, category = 'Lokaal beleid of verordening') {
    await this.startNew();
    await this.page.getByRole('combobox', { name: /Waar gaat het over/ }).selectOption({ label: category });
    await this.summary().fill(summary);
    await this.sendButton().click();
    await this.page.getByRole('status').filter({ hasText: 'Uw signaal is opgeslagen' }).waitFor();
  }

  entry(summary: string): Locator {
    return this.page.getByRole('list', { name: 'Mijn signalen' }).getByRole('listitem').filter({ hasText: summary });
  }

  /** The delivery state shown for a signal, e.g. "Verzonden". */
  state(summary: string): Locator {
    return this.entry(summary).locator('[data-state]');
  }

  async retryNow() {
    await this.page.getByRole('button', { name: 'Nu opnieuw proberen' }).click();
  }

  /** The outbox as the background has it, through the same message the panel uses. */
  async outbox(): Promise<OutboxItem[]> {
    return this.page.evaluate(async () => {
      const { chrome } = globalThis as unknown as ExtensionGlobal;
      const reply = (await chrome.runtime.sendMessage({ komma: 1, name: 'signals.list', payload: {} })) as {
        ok: boolean;
        value: OutboxItem[];
      };
      return reply.value;
    });
  }

  async idOf(summary: string): Promise<string> {
    const item = (await this.outbox()).find((candidate) => candidate.submission.summary === summary);
    if (!item) throw new Error(`No signal "${summary}" in the outbox`);
    return item.id;
  }
}
