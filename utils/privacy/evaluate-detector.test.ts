import { isValidIBAN } from 'ibantools';
import { describe, expect, it } from 'vitest';
import corpusJson from '../../test/fixtures/privacy-corpus.json';
import { evaluateDetector, parseCorpus, type CorpusItem } from './evaluate-detector';
import type { Finding } from './finding';
import { isValidBsn } from './is-valid-bsn';
import { PERSONAL_DATA_KINDS } from './personal-data-kind';

const corpus = parseCorpus(corpusJson);

describe('the privacy corpus', () => {
  it('holds at least 200 sentences, about half of them with personal data, covering every kind', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(200);
    const withData = corpus.filter((item) => item.findings.length > 0).length / corpus.length;
    expect(withData).toBeGreaterThan(0.4);
    expect(withData).toBeLessThan(0.6);
    const kinds = new Set(corpus.flatMap((item) => item.findings.map((f) => f.kind)));
    expect([...kinds].sort()).toEqual([...PERSONAL_DATA_KINDS].sort());
  });

  it('labels only numbers that pass the checks as BSN or IBAN', () => {
    const labels = corpus.flatMap((item) => item.findings);
    for (const bsn of labels.filter((f) => f.kind === 'bsn'))
      expect(isValidBsn(bsn.text.replace(/\D/g, ''))).toBe(true);
    for (const iban of labels.filter((f) => f.kind === 'iban'))
      expect(isValidIBAN(iban.text.replace(/\s/g, '').toUpperCase())).toBe(true);
  });
});

describe('evaluateDetector', () => {
  it('finds personal data in the corpus with precision and recall of at least 0.95', () => {
    const { total } = evaluateDetector(corpus);
    expect(total.precision).toBeGreaterThanOrEqual(0.95);
    expect(total.recall).toBeGreaterThanOrEqual(0.95);
  });

  const sample: CorpusItem[] = [
    {
      text: 'Mevrouw Jansen belde op 06-12345678.',
      findings: [
        { kind: 'name', text: 'Jansen' },
        { kind: 'phone', text: '06-12345678' },
      ],
    },
    { text: 'In 2026 ging het om 40 aanvragen.', findings: [] },
  ];
  const at = (kind: Finding['kind'], text: string, part: string): Finding => {
    const start = text.indexOf(part);
    return { kind, start, end: start + part.length, text: part };
  };

  it('counts a finding only when kind and span match a label exactly', () => {
    const detect = (text: string): Finding[] =>
      text.startsWith('Mevrouw')
        ? [at('name', text, 'Mevrouw Jansen'), at('phone', text, '06-12345678')]
        : [at('date', text, '2026')];
    const evaluation = evaluateDetector(sample, detect);
    expect(evaluation.perKind.phone).toMatchObject({
      truePositives: 1,
      falsePositives: 0,
      falseNegatives: 0,
      precision: 1,
      recall: 1,
    });
    expect(evaluation.perKind.name).toMatchObject({
      truePositives: 0,
      falsePositives: 1,
      falseNegatives: 1,
      precision: 0,
      recall: 0,
      f1: 0,
    });
    expect(evaluation.perKind.date).toMatchObject({ falsePositives: 1, precision: 0, recall: 1 });
    expect(evaluation.total).toMatchObject({ truePositives: 1, falsePositives: 2, falseNegatives: 1 });
    expect(evaluation.total.precision).toBeCloseTo(1 / 3);
    expect(evaluation.total.recall).toBeCloseTo(1 / 2);
    expect(evaluation.total.f1).toBeCloseTo(0.4);
    expect(evaluation.mistakes).toContainEqual({
      sentence: sample[0]!.text,
      kind: 'name',
      text: 'Jansen',
      type: 'missed',
    });
    expect(evaluation.mistakes).toContainEqual({
      sentence: sample[1]!.text,
      kind: 'date',
      text: '2026',
      type: 'spurious',
    });
  });

  it('scores a detector that finds nothing as precise but without recall', () => {
    const { total } = evaluateDetector(sample, () => []);
    expect(total).toMatchObject({ precision: 1, recall: 0, f1: 0 });
  });

  it('locates repeated label texts in order', () => {
    const item: CorpusItem = {
      text: 'Bakker en Bakker',
      findings: [
        { kind: 'name', text: 'Bakker' },
        { kind: 'name', text: 'Bakker' },
      ],
    };
    const { total } = evaluateDetector([item], (text) => [
      { kind: 'name', start: 0, end: 6, text: 'Bakker' },
      { kind: 'name', start: 10, end: 16, text: text.slice(10) },
    ]);
    expect(total).toMatchObject({ truePositives: 2, falsePositives: 0, falseNegatives: 0 });
  });

  it('refuses a corpus whose label does not occur in its sentence', () => {
    const broken: CorpusItem[] = [{ text: 'Mevrouw Jansen', findings: [{ kind: 'name', text: 'Bakker' }] }];
    expect(() => evaluateDetector(broken)).toThrow(/Bakker/);
    expect(() => parseCorpus([{ text: 'x', findings: [{ kind: 'shoe size', text: '42' }] }])).toThrow();
  });
});
