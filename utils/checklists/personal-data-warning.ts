import { findPersonalData, KIND_LABELS, type PersonalDataKind } from '../privacy';
import { lowerFirst } from './tidy-text';

/** Every Dutch label of a kind takes "een", so one article fits all. */
function listKinds(kinds: readonly PersonalDataKind[]): string {
  const named = kinds.map((kind) => `een ${KIND_LABELS[kind]}`);
  return named.length === 1 ? named[0]! : `${named.slice(0, -1).join(', ')} en ${named.at(-1)}`;
}

/** The kinds of personal data in a text, in order of first appearance, each once. */
export function personalDataKinds(text: string): PersonalDataKind[] {
  return [...new Set(findPersonalData(text).map((finding) => finding.kind))];
}

/**
 * The warning under a free-text field, e.g. "Dit lijkt een BSN. Schrijf geen gegevens van de inwoner
 * op."; undefined when the detector finds nothing. It advises and never blocks: the user may have a
 * reason, and a false alarm must not stop the work.
 */
export function personalDataWarning(text: string): string | undefined {
  const kinds = personalDataKinds(text);
  return kinds.length === 0 ? undefined : `Dit lijkt ${listKinds(kinds)}. Schrijf geen gegevens van de inwoner op.`;
}

export interface LabelledText {
  /** Where the text was typed, as the user sees it, e.g. "Toelichting bij: Is er huurachterstand?". */
  label: string;
  text: string;
}

/**
 * The warning shown again when copying: which fields look like they hold personal data. Only what the
 * user typed is checked; the generated sentences around it hold dates by design.
 */
export function copyWarning(fields: readonly LabelledText[]): string | undefined {
  const flagged = fields.flatMap(({ label, text }) => {
    const kinds = personalDataKinds(text);
    return kinds.length === 0 ? [] : [`Bij "${label}" staat iets dat lijkt op ${listKinds(kinds)}.`];
  });
  if (flagged.length === 0) return undefined;
  return `Let op: ${lowerFirst(flagged.join(' '))} Haal gegevens van de inwoner weg voordat u de tekst gebruikt.`;
}
