import type { Signal } from '@preact/signals';
import { copyWarning, type LabelledText } from '../utils/checklists/personal-data-warning';
import type { KommaServices } from './services';

export interface CopyStatus {
  ok: boolean;
  /** Announced politely next to the button: "Gekopieerd." or why it failed. */
  message: string;
  /** The privacy warning, repeated at the moment the text leaves Komma. */
  warning?: string;
}

/**
 * One-click copy with a status the user hears. The status is cleared first, so copying twice in a
 * row is announced twice: a live region only speaks when its text changes.
 */
export async function copyToClipboard(
  services: KommaServices,
  text: string,
  typed: readonly LabelledText[],
  status: Signal<CopyStatus | undefined>,
): Promise<void> {
  status.value = undefined;
  const warning = copyWarning(typed);
  try {
    await services.clipboard.writeText(text);
    status.value = { ok: true, message: 'Gekopieerd. U kunt de tekst nu plakken.', ...(warning ? { warning } : {}) };
  } catch {
    status.value = {
      ok: false,
      message: 'Kopiëren is niet gelukt. Selecteer de tekst hieronder en kopieer met Ctrl+C.',
      ...(warning ? { warning } : {}),
    };
  }
}
