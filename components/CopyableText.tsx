import type { CopyStatus } from '../models/copy-to-clipboard';

/**
 * A generated text with "Kopieer …" above it. The status says "Gekopieerd" or why not, and repeats
 * the privacy warning at the moment the text leaves Komma. The text itself is shown as it will be
 * pasted, not in an input: edits made here would be lost, so they belong in the letter or the file.
 */
export function CopyableText({
  id,
  copyLabel,
  previewLabel,
  text,
  status,
  onCopy,
}: {
  id: string;
  copyLabel: string;
  previewLabel: string;
  text: string;
  status: CopyStatus | undefined;
  onCopy: () => void;
}) {
  return (
    <div class="komma-copyable komma-stack">
      <button type="button" class="utrecht-button utrecht-button--primary-action" onClick={onCopy}>
        {copyLabel}
      </button>
      <div id={`${id}-status`} role="status" class="komma-copy__status">
        {status && (
          <p class={`utrecht-paragraph komma-copy__message komma-copy__message--${status.ok ? 'ok' : 'failed'}`}>
            {status.message}
          </p>
        )}
        {status?.warning && <p class="utrecht-paragraph komma-privacy-hint">{status.warning}</p>}
      </div>
      <p class="utrecht-paragraph komma-text-preview__label" id={`${id}-label`}>
        {previewLabel}
      </p>
      <div class="komma-text-preview" id={id} role="region" aria-labelledby={`${id}-label`}>
        {text}
      </div>
    </div>
  );
}
