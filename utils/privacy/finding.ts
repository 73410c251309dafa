import type { PersonalDataKind } from './personal-data-kind';

/** One piece of personal data in a text: `text` is always `source.slice(start, end)`. */
export interface Finding {
  kind: PersonalDataKind;
  start: number;
  end: number;
  text: string;
}

export function findingAt(kind: PersonalDataKind, source: string, start: number, end: number): Finding {
  return { kind, start, end, text: source.slice(start, end) };
}
