/**
 * The privacy guard on its labelled corpus, against the regular expressions a quick filter
 * would use (no checksums, no names or addresses): what the guard adds, in the same run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findPersonalData } from '../utils/privacy';
import { type Evaluation, evaluateDetector, parseCorpus } from '../utils/privacy/evaluate-detector';
import { type Finding, findingAt } from '../utils/privacy/finding';
import { PERSONAL_DATA_KINDS, type PersonalDataKind } from '../utils/privacy/personal-data-kind';
import { type BenchReport, formatMs, formatNumber, formatRatio } from './bench-report';
import { latencyStats } from './latency-stats';

const CORPUS = join(import.meta.dirname, '..', 'test', 'fixtures', 'privacy-corpus.json');

const NAIVE_PATTERNS: Partial<Record<PersonalDataKind, RegExp>> = {
  iban: /\b[A-Z]{2}\d{2} ?[A-Z]{4}(?: ?\d{2,4}){3}\b/g,
  email: /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g,
  bsn: /\b\d{9}\b/g,
  phone: /(?:\+31|\b0)[\d -]{9,12}\d\b/g,
  date: /\b\d{1,2}[-/]\d{1,2}[-/]\d{2,4}\b/g,
  postcode: /\b\d{4} ?[A-Z]{2}\b/g,
};

function naiveDetector(text: string): Finding[] {
  return Object.entries(NAIVE_PATTERNS).flatMap(([kind, pattern]) =>
    [...text.matchAll(pattern)].map((match) =>
      findingAt(kind as PersonalDataKind, text, match.index, match.index + match[0].length),
    ),
  );
}

/** Median time per call on the corpus joined into one long text, after a warm-up. */
function speed(detect: (text: string) => Finding[], text: string, runs: number): number {
  const times: number[] = [];
  for (let run = 0; run < 2 * runs; run += 1) {
    const start = performance.now();
    detect(text);
    if (run >= runs) times.push(performance.now() - start);
  }
  return latencyStats(times).p50;
}

export function benchPrivacy({ quick = false }: { quick?: boolean } = {}): BenchReport {
  const corpus = parseCorpus(JSON.parse(readFileSync(CORPUS, 'utf8')));
  const guard = evaluateDetector(corpus);
  const naive = evaluateDetector(corpus, naiveDetector);
  const score = (evaluation: Evaluation, kind: PersonalDataKind | 'total') =>
    kind === 'total' ? evaluation.total : evaluation.perKind[kind];
  const pr = (evaluation: Evaluation, kind: PersonalDataKind | 'total') => {
    const { precision, recall, f1 } = score(evaluation, kind);
    return [formatNumber(precision, 3), formatNumber(recall, 3), formatNumber(f1, 3)];
  };
  const text = corpus
    .map((item) => item.text)
    .join(' ')
    .slice(0, 3000);
  const runs = quick ? 20 : 100;
  const guardMs = speed(findPersonalData, text, runs);
  const naiveMs = speed(naiveDetector, text, runs);
  return {
    tables: [
      {
        title: `Privacy guard on ${formatNumber(corpus.length)} labelled sentences, against plain regular expressions`,
        header: ['kind', 'guard P', 'R', 'F1', 'regexes P', 'R', 'F1', 'guard / regexes (F1)'],
        rows: [...PERSONAL_DATA_KINDS, 'total' as const].map((kind) => [
          kind,
          ...pr(guard, kind),
          ...pr(naive, kind),
          formatRatio(score(guard, kind).f1, score(naive, kind).f1),
        ]),
        notes: [
          `speed on ${formatNumber(text.length)} characters (median of ${runs}): guard ${formatMs(guardMs)}, regexes ${formatMs(naiveMs)} (${formatRatio(guardMs, naiveMs)})`,
          'a finding counts only with the right kind and exactly the labelled span',
        ],
      },
    ],
    targets: [],
  };
}
