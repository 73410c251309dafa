import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Problem } from '../knowledge/problem';
import { parseChecklist, parseChecklists } from './parse-checklists';

const GESPREK = readFileSync('knowledge/checklists/gesprek.yaml', 'utf8');
const HANDHAVING = readFileSync('knowledge/checklists/handhaving.yaml', 'utf8');

/** 1-based line of the first line containing `text` (after `after`, when given). */
function lineOf(source: string, text: string, after = ''): number {
  const lines = source.split('\n');
  const start = after ? lines.findIndex((line) => line.includes(after)) : 0;
  const index = lines.findIndex((line, i) => i >= start && line.includes(text));
  if (index < 0) throw new Error(`fixture text not found: ${text}`);
  return index + 1;
}

function replaceOnce(source: string, from: string, to: string): string {
  if (!source.includes(from)) throw new Error(`fixture text not found: ${from}`);
  return source.replace(from, to);
}

function errors(problems: Problem[]) {
  return problems.filter((problem) => problem.severity === 'error');
}

describe('the shipped checklists', () => {
  it.each([
    ['checklists/gesprek.yaml', GESPREK],
    ['checklists/handhaving.yaml', HANDHAVING],
  ])('%s parses without errors or warnings', (file, source) => {
    const parsed = parseChecklist(file, source);
    expect(parsed.problems).toEqual([]);
    expect(parsed.definition).toBeDefined();
  });

  it('have a review date that is not in the future', () => {
    const today = new Date().toISOString().slice(0, 10);
    for (const source of [GESPREK, HANDHAVING]) {
      const reviewed = parseChecklist('x.yaml', source).definition?.reviewed ?? '9999-12-31';
      expect(reviewed <= today).toBe(true);
    }
  });

  it('have the four conversation phases and the five measures from the brief', () => {
    const gesprek = parseChecklist('g.yaml', GESPREK).definition;
    const handhaving = parseChecklist('h.yaml', HANDHAVING).definition;
    expect(gesprek?.kind === 'conversation' && gesprek.phases.map((phase) => phase.title)).toEqual([
      'Voorbereiden',
      'Tijdens het gesprek',
      'Afronden',
      'Brief of bericht achteraf',
    ]);
    expect(handhaving?.kind === 'consequence-check' && handhaving.measures.map((measure) => measure.id)).toEqual([
      'waarschuwing',
      'maatregel',
      'boete',
      'terugvordering',
      'intrekking',
    ]);
  });
});

describe('parseChecklist errors', () => {
  it('reports a YAML syntax error with its line', () => {
    const source = replaceOnce(GESPREK, 'title: Gesprek met een inwoner', 'title: "Gesprek met een inwoner');
    const parsed = parseChecklist('checklists/gesprek.yaml', source);
    expect(parsed.definition).toBeUndefined();
    expect(errors(parsed.problems)[0]?.message).toMatch(/^YAML: /);
  });

  it('reports an unknown key on its own line, and the key it replaced as missing', () => {
    const source = replaceOnce(
      GESPREK,
      '    pausePoint: Voordat het gesprek begint',
      '    pauzemoment: Voordat het gesprek begint',
    );
    expect(parseChecklist('checklists/gesprek.yaml', source).problems).toEqual([
      {
        file: 'checklists/gesprek.yaml',
        line: lineOf(source, '- id: voorbereiden'),
        message: 'phases[0].pausePoint: ontbreekt',
        severity: 'error',
      },
      {
        file: 'checklists/gesprek.yaml',
        line: lineOf(source, 'pauzemoment:'),
        message: 'phases[0]: onbekende sleutel: pauzemoment',
        severity: 'error',
      },
    ]);
  });

  it('rejects an answer value a condition cannot have, pointing at the value', () => {
    const source = replaceOnce(
      HANDHAVING,
      '{ question: kinderen-in-huishouden, equals: ja }\n    message',
      '{ question: kinderen-in-huishouden, equals: wel }\n    message',
    );
    const [problem] = parseChecklist('checklists/handhaving.yaml', source).problems;
    expect(problem?.message).toBe('rules[0].when.allOf[1].equals: kies uit: ja, nee, onbekend');
    expect(problem?.line).toBe(lineOf(source, 'equals: wel'));
  });

  it('rejects a rule that reads a question that does not exist', () => {
    const source = replaceOnce(
      HANDHAVING,
      '{ question: huurachterstand, equals: ja }\n        - { question: kinderen',
      '{ question: huurschuld, equals: ja }\n        - { question: kinderen',
    );
    const parsed = parseChecklist('checklists/handhaving.yaml', source);
    expect(parsed.definition).toBeUndefined();
    expect(parsed.problems).toEqual([
      {
        file: 'checklists/handhaving.yaml',
        line: lineOf(source, 'when:', 'id: uitzetting-met-kinderen'),
        message: "vraag 'huurschuld' bestaat niet",
        severity: 'error',
      },
    ]);
  });

  it('rejects a rule that names an unknown measure or legal hook', () => {
    let source = replaceOnce(
      HANDHAVING,
      'measureIn: [boete, terugvordering]\n        - anyOf:\n            - { question: schuldhulp',
      'measureIn: [boet, terugvordering]\n        - anyOf:\n            - { question: schuldhulp',
    );
    source = replaceOnce(source, 'hooks: [horen]', 'hooks: [awb-4-8]');
    const messages = errors(parseChecklist('checklists/handhaving.yaml', source).problems).map(
      (problem) => problem.message,
    );
    expect(messages).toEqual([
      "maatregel 'boet' bestaat niet; kies uit: waarschuwing, maatregel, boete, terugvordering, intrekking",
      "aanknopingspunt 'awb-4-8' staat niet onder legalHooks",
    ]);
  });

  it('rejects a duplicate question id at the second occurrence', () => {
    const source = replaceOnce(HANDHAVING, '- id: vroegsignaal\n', '- id: huurachterstand\n');
    const parsed = parseChecklist('checklists/handhaving.yaml', source);
    expect(parsed.definition).toBeUndefined();
    expect(errors(parsed.problems)).toEqual([
      {
        file: 'checklists/handhaving.yaml',
        line: lineOf(source, '- id: huurachterstand', 'label: Huurachterstand of dreigende'),
        message: "vraag 'huurachterstand' komt twee keer voor; ids moeten uniek zijn",
        severity: 'error',
      },
    ]);
  });

  it('rejects a showIf that looks ahead to a later question', () => {
    const source = replaceOnce(
      HANDHAVING,
      'showIf: { question: kinderen-in-huishouden, equals: ja }',
      'showIf: { question: zienswijze, equals: ja }',
    );
    expect(
      errors(parseChecklist('checklists/handhaving.yaml', source).problems).map((problem) => problem.message),
    ).toEqual(["vraag 'zienswijze' moet eerder in de lijst staan dan deze vraag"]);
  });

  it('rejects a question that applies to a measure its group excludes', () => {
    const source = replaceOnce(
      HANDHAVING,
      'appliesTo: [maatregel, intrekking]',
      'appliesTo: [waarschuwing, intrekking]',
    );
    expect(
      errors(parseChecklist('checklists/handhaving.yaml', source).problems).map((problem) => problem.message),
    ).toEqual(["vraag 'enige-inkomen-weg' noemt waarschuwing, maar groep 'inkomen' geldt daar niet voor"]);
  });

  it('rejects a tool used in two phases', () => {
    const source = replaceOnce(GESPREK, '    tool: follow-up-summary', '    tool: agreements');
    expect(errors(parseChecklist('checklists/gesprek.yaml', source).problems)).toEqual([
      {
        file: 'checklists/gesprek.yaml',
        line: lineOf(source, 'tool: agreements', 'id: brief-of-bericht'),
        message: "tool 'agreements' staat al bij een eerdere fase; gebruik hem één keer",
        severity: 'error',
      },
    ]);
  });

  it('rejects a file with an unknown kind', () => {
    const source = replaceOnce(GESPREK, 'kind: conversation', 'kind: gesprek');
    expect(parseChecklist('checklists/gesprek.yaml', source).problems.map((problem) => problem.message)).toEqual([
      "kind: gebruik 'conversation' (gesprek) of 'consequence-check' (handhaving)",
    ]);
  });
});

describe('parseChecklist warnings (the definition is still usable)', () => {
  it('warns when a phase has fewer than 5 items', () => {
    const removed = /      - id: rustige-plek[\s\S]*?chronische stress\n/.exec(GESPREK)?.[0] ?? '';
    const source = replaceOnce(GESPREK, removed, '');
    const parsed = parseChecklist('checklists/gesprek.yaml', source);
    expect(parsed.definition).toBeDefined();
    expect(parsed.problems).toEqual([
      {
        file: 'checklists/gesprek.yaml',
        line: lineOf(source, 'items:'),
        message: "fase 'voorbereiden' heeft 4 punten; 5 tot 9 punten per pauzemoment werkt het best",
        severity: 'warning',
      },
    ]);
  });

  it('warns about a long label, a long why and an unused legal hook', () => {
    let source = replaceOnce(
      GESPREK,
      'label: Rustige, afgeschermde plek kiezen',
      'label: Een rustige en afgeschermde plek kiezen voor het gesprek met de inwoner',
    );
    source = replaceOnce(
      source,
      'Over geld en zorgen praat je makkelijker',
      'Kies een plek. Zorg voor rust. Over geld en zorgen praat je makkelijker',
    );
    const parsed = parseChecklist('checklists/gesprek.yaml', source);
    expect(parsed.definition).toBeDefined();
    expect(parsed.problems.map(({ message, severity }) => [severity, message])).toEqual([
      ['warning', 'label heeft 12 woorden; houd het bij 8 of minder'],
      ['warning', 'why heeft 4 zinnen; houd het bij 3 of minder'],
    ]);

    const unused = replaceOnce(HANDHAVING, 'hooks: [intrekking-objectief]', 'hooks: [awb-3-4]');
    expect(parseChecklist('checklists/handhaving.yaml', unused).problems).toEqual([
      {
        file: 'checklists/handhaving.yaml',
        line: lineOf(unused, '- id: intrekking-objectief'),
        message: "aanknopingspunt 'intrekking-objectief' wordt nergens gebruikt",
        severity: 'warning',
      },
    ]);
  });
});

describe('parseChecklists', () => {
  it('rejects two files with the same checklist id and keeps the first', () => {
    const parsed = parseChecklists([
      { file: 'checklists/gesprek.yaml', source: GESPREK },
      { file: 'checklists/gesprek-kopie.yaml', source: GESPREK },
      { file: 'checklists/handhaving.yaml', source: HANDHAVING },
    ]);
    expect(parsed.definitions.map((definition) => definition.id)).toEqual(['gesprek', 'handhaving']);
    expect(parsed.problems).toEqual([
      {
        file: 'checklists/gesprek-kopie.yaml',
        line: lineOf(GESPREK, 'id: gesprek'),
        message: "id 'gesprek' wordt ook gebruikt in checklists/gesprek.yaml",
        severity: 'error',
      },
    ]);
  });
});
