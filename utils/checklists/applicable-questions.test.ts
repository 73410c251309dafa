import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ConsequenceCheck } from '../schemas/checklist';
import { resolveApplicability } from './applicable-questions';
import { parseChecklist } from './parse-checklists';

const check = parseChecklist('handhaving.yaml', readFileSync('knowledge/checklists/handhaving.yaml', 'utf8'))
  .definition as ConsequenceCheck;

function questionIds(measure: string, answers: Parameters<typeof resolveApplicability>[2] = {}) {
  return resolveApplicability(check, measure, answers).groups.flatMap(({ questions }) => questions.map((q) => q.id));
}

describe('resolveApplicability', () => {
  it('leaves out the money and household groups for a waarschuwing, and says so', () => {
    const { groups, notApplicable } = resolveApplicability(check, 'waarschuwing', {});
    expect(notApplicable.map((group) => group.id)).toEqual([
      'inkomen',
      'wonen',
      'kinderen',
      'schulden',
      'gezondheid',
      'alternatieven',
    ]);
    expect(groups.map(({ group }) => group.id)).toEqual([
      'trajecten',
      'kwetsbaarheid',
      'doenvermogen',
      'verwijtbaarheid',
      'hoor-en-wederhoor',
    ]);
  });

  it('asks about blame for a boete but not for a terugvordering, which is objective', () => {
    expect(questionIds('boete')).toContain('verwijtbaar');
    expect(questionIds('terugvordering')).not.toContain('verwijtbaar');
    expect(questionIds('terugvordering')).toContain('gemeente-droeg-bij');
    expect(questionIds('terugvordering')).toContain('dringende-redenen');
  });

  it('asks a follow-up question only after the answer that makes it meaningful', () => {
    expect(questionIds('boete')).not.toContain('kinderen-merken-gevolgen');
    expect(questionIds('boete', { 'kinderen-in-huishouden': 'nee' })).not.toContain('kinderen-merken-gevolgen');
    expect(questionIds('boete', { 'kinderen-in-huishouden': 'ja' })).toContain('kinderen-merken-gevolgen');
    expect(questionIds('boete', { 'wsnp-loopt': 'ja' })).toContain('vordering-raakt-regeling');
    expect(questionIds('boete', { 'wsnp-loopt': 'ja' })).not.toContain('schulden-zonder-hulp');
  });

  it('drops answers left behind by another measure or an undone trigger', () => {
    const answers = {
      verwijtbaar: 'ja',
      'kinderen-in-huishouden': 'nee',
      'kinderen-merken-gevolgen': 'ja',
      huurachterstand: 'ja',
    } as const;
    expect(resolveApplicability(check, 'terugvordering', answers).answers).toEqual({
      'kinderen-in-huishouden': 'nee',
      huurachterstand: 'ja',
    });
  });
});
