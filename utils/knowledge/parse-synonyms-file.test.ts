import { describe, expect, it } from 'vitest';
import { parseSynonymsFile } from './parse-synonyms-file';
import { formatProblem } from './problem';

describe('parseSynonymsFile', () => {
  it('reads groups of terms; an empty file is no groups', () => {
    expect(
      parseSynonymsFile(
        '- terms: [pw, participatiewet]\n- terms:\n    - huisgenoot\n    - medebewoner\n',
        'synonyms.yaml',
      ),
    ).toEqual({
      groups: [{ terms: ['pw', 'participatiewet'] }, { terms: ['huisgenoot', 'medebewoner'] }],
      problems: [],
    });
    expect(parseSynonymsFile('# nog niets\n', 'synonyms.yaml')).toEqual({ groups: [], problems: [] });
  });

  it('reports a wrong shape at its line, in Dutch', () => {
    const { groups, problems } = parseSynonymsFile(
      '- terms: [pw, participatiewet]\n- terms: [alleen]\n- woorden: [a, b]\n',
      'synonyms.yaml',
    );
    expect(groups).toEqual([]);
    expect(problems.map(formatProblem)).toEqual([
      'synonyms.yaml:2: fout: terms: een synoniemgroep heeft minstens twee termen',
      'synonyms.yaml:3: fout: terms ontbreekt',
      'synonyms.yaml:3: fout: onbekende sleutel: woorden',
    ]);
  });

  it('asks for a list when the file is not one', () => {
    const { problems } = parseSynonymsFile('pw: participatiewet\n', 'synonyms.yaml');
    expect(problems[0]?.message).toMatch(/zet de groepen in een lijst/);
  });

  it('warns about a term in two groups', () => {
    const { problems } = parseSynonymsFile(
      '- terms: [boete, sanctie]\n- terms: [Sanctie, maatregel]\n',
      'synonyms.yaml',
    );
    expect(problems.map(formatProblem)).toEqual([
      "synonyms.yaml:2: waarschuwing: 'Sanctie' staat ook in groep 1; voeg de groepen samen als ze hetzelfde betekenen",
    ]);
  });
});
