import { z } from '../zod';
import type { Finding } from './finding';
import { findPersonalData } from './find-personal-data';
import { PERSONAL_DATA_KINDS, type PersonalDataKind } from './personal-data-kind';

const corpusItemSchema = z.object({
  text: z.string(),
  findings: z.array(z.object({ kind: z.enum(PERSONAL_DATA_KINDS), text: z.string().min(1) })),
});

/** One labelled sentence: the spans a careful reader expects, in the order they appear. */
export type CorpusItem = z.infer<typeof corpusItemSchema>;

export function parseCorpus(json: unknown): CorpusItem[] {
  return z.array(corpusItemSchema).parse(json);
}

export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Mistake {
  sentence: string;
  kind: PersonalDataKind;
  text: string;
  /** missed: expected but not found with exactly this kind and span; spurious: found but not expected. */
  type: 'missed' | 'spurious';
}

export interface Evaluation {
  sentences: number;
  perKind: Record<PersonalDataKind, Score>;
  total: Score;
  mistakes: Mistake[];
}

/**
 * Scores a detector against a labelled corpus. A finding counts only when kind, start and end all
 * match a label: a name found without its surname, or an address with the city swept in, is both a
 * miss and a false alarm, as it would be for the person whose data leaks or whose text is mangled.
 */
export function evaluateDetector(
  corpus: readonly CorpusItem[],
  detect: (text: string) => Finding[] = findPersonalData,
): Evaluation {
  const counts = Object.fromEntries(PERSONAL_DATA_KINDS.map((kind) => [kind, { tp: 0, fp: 0, fn: 0 }])) as Record<
    PersonalDataKind,
    { tp: number; fp: number; fn: number }
  >;
  const mistakes: Mistake[] = [];
  for (const item of corpus) {
    const expected = locateLabels(item);
    const found = detect(item.text);
    const key = (f: Pick<Finding, 'kind' | 'start' | 'end'>) => `${f.kind}:${f.start}:${f.end}`;
    const foundKeys = new Set(found.map(key));
    const expectedKeys = new Set(expected.map(key));
    for (const label of expected) {
      if (foundKeys.has(key(label))) counts[label.kind].tp++;
      else {
        counts[label.kind].fn++;
        mistakes.push({ sentence: item.text, kind: label.kind, text: label.text, type: 'missed' });
      }
    }
    for (const finding of found) {
      if (expectedKeys.has(key(finding))) continue;
      counts[finding.kind].fp++;
      mistakes.push({ sentence: item.text, kind: finding.kind, text: finding.text, type: 'spurious' });
    }
  }
  const perKind = Object.fromEntries(
    PERSONAL_DATA_KINDS.map((kind) => [kind, score(counts[kind].tp, counts[kind].fp, counts[kind].fn)]),
  ) as Record<PersonalDataKind, Score>;
  const sum = (field: 'tp' | 'fp' | 'fn') =>
    PERSONAL_DATA_KINDS.reduce((total, kind) => total + counts[kind][field], 0);
  return { sentences: corpus.length, perKind, total: score(sum('tp'), sum('fp'), sum('fn')), mistakes };
}

/** Finds each label's position: the first occurrence after the previous label. */
function locateLabels(item: CorpusItem): Finding[] {
  let cursor = 0;
  return item.findings.map((label) => {
    const start = item.text.indexOf(label.text, cursor);
    if (start === -1) throw new Error(`Label "${label.text}" not found in order in: ${item.text}`);
    cursor = start + label.text.length;
    return { kind: label.kind, start, end: cursor, text: label.text };
  });
}

function score(truePositives: number, falsePositives: number, falseNegatives: number): Score {
  // Nothing claimed means nothing claimed wrongly; nothing to find means nothing missed.
  const precision = truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
  const recall = truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, falsePositives, falseNegatives, precision, recall, f1 };
}
