import { useMemo } from 'preact/hooks';
import { personalDataWarning } from '../utils/checklists/personal-data-warning';

/**
 * The live warning under a free-text field. The element is always there, so the polite live region
 * exists before its text changes (screen readers ignore regions that appear together with their text).
 */
export function PersonalDataHint({ id, text }: { id: string; text: string }) {
  const warning = useMemo(() => personalDataWarning(text), [text]);
  return (
    <p id={id} class="komma-privacy-hint" aria-live="polite" data-visible={warning ? 'yes' : 'no'}>
      {warning}
    </p>
  );
}
