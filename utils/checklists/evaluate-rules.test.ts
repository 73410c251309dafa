import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CheckAnswer, ConsequenceCheck } from '../schemas/checklist';
import { evaluateRules } from './evaluate-rules';
import { parseChecklist } from './parse-checklists';

const check = parseChecklist('handhaving.yaml', readFileSync('knowledge/checklists/handhaving.yaml', 'utf8'))
  .definition as ConsequenceCheck;

type Answers = Record<string, CheckAnswer>;
interface Case {
  rule: string;
  fires: [measure: string, answers: Answers];
  /** The nearest situation in which the rule must stay quiet. */
  quiet: [measure: string, answers: Answers];
}

// Every case changes as little as possible between firing and quiet, so each test pins one reason.
const CASES: Case[] = [
  {
    rule: 'uitzetting-met-kinderen',
    fires: ['boete', { huurachterstand: 'ja', 'kinderen-in-huishouden': 'ja' }],
    quiet: ['boete', { huurachterstand: 'ja', 'kinderen-in-huishouden': 'nee' }],
  },
  {
    rule: 'schuldregeling-en-nieuwe-vordering',
    fires: ['terugvordering', { 'wsnp-loopt': 'ja' }],
    quiet: ['maatregel', { 'wsnp-loopt': 'ja' }],
  },
  {
    rule: 'verzuim-onder-acute-stress',
    fires: ['maatregel', { 'acute-stress': 'ja' }],
    quiet: ['terugvordering', { 'acute-stress': 'ja' }],
  },
  {
    rule: 'nog-niet-gehoord',
    fires: ['boete', {}],
    quiet: ['boete', { zienswijze: 'ja' }],
  },
  {
    rule: 'verwijtbaarheid-onzeker-boete',
    fires: ['boete', { verwijtbaar: 'onbekend' }],
    quiet: ['boete', { verwijtbaar: 'ja' }],
  },
  {
    rule: 'verwijtbaarheid-onzeker-maatregel',
    fires: ['maatregel', { verwijtbaar: 'nee' }],
    quiet: ['maatregel', { verwijtbaar: 'ja' }],
  },
  {
    rule: 'verrekening-onder-beslagvrije-voet',
    fires: ['terugvordering', { 'onder-beslagvrije-voet': 'onbekend' }],
    quiet: ['terugvordering', { 'onder-beslagvrije-voet': 'nee' }],
  },
  {
    rule: 'gemeente-reageerde-laat-terugvordering',
    fires: ['terugvordering', { 'gemeente-droeg-bij': 'ja' }],
    quiet: ['terugvordering', { 'gemeente-droeg-bij': 'nee' }],
  },
  {
    rule: 'gemeente-droeg-bij-sanctie',
    fires: ['boete', { 'gemeente-droeg-bij': 'ja' }],
    quiet: ['terugvordering', { 'gemeente-droeg-bij': 'ja' }],
  },
  {
    rule: 'acute-noodsituatie',
    fires: ['intrekking', { 'acute-noodsituatie': 'ja' }],
    quiet: ['intrekking', { 'acute-noodsituatie': 'onbekend' }],
  },
  {
    rule: 'veel-instanties',
    fires: ['maatregel', { 'veel-instanties': 'ja' }],
    quiet: ['waarschuwing', { 'veel-instanties': 'ja' }],
  },
  {
    rule: 'intrekking-zonder-begrip',
    fires: ['intrekking', { 'regel-begrepen': 'nee' }],
    quiet: ['boete', { 'regel-begrepen': 'nee' }],
  },
  {
    rule: 'traject-niet-afgestemd',
    fires: ['maatregel', { 'traject-loopt': 'ja', 'professionals-geraadpleegd': 'nee' }],
    quiet: ['maatregel', { 'traject-loopt': 'ja', 'professionals-geraadpleegd': 'ja' }],
  },
  {
    rule: 'signalen-misbruik',
    fires: ['waarschuwing', { 'misbruik-of-uitbuiting': 'ja' }],
    quiet: ['waarschuwing', { 'misbruik-of-uitbuiting': 'onbekend' }],
  },
  {
    rule: 'lichter-middel-volstaat',
    fires: ['boete', { 'lichter-middel': 'ja' }],
    quiet: ['boete', { 'lichter-middel': 'nee' }],
  },
  {
    rule: 'terugvordering-verder-dan-herstel',
    fires: ['terugvordering', { 'dringende-redenen': 'ja' }],
    quiet: ['terugvordering', { 'verder-dan-herstel': 'nee', 'dringende-redenen': 'nee' }],
  },
  {
    rule: 'schulden-zonder-hulp',
    fires: ['maatregel', { 'schulden-zonder-hulp': 'ja' }],
    // With schuldhulp running the question is not asked, so its old answer must not count.
    quiet: ['maatregel', { 'schuldhulp-loopt': 'ja', 'schulden-zonder-hulp': 'ja' }],
  },
];

const firedIds = (measure: string, answers: Answers) => evaluateRules(check, measure, answers).map((rule) => rule.id);

describe('evaluateRules with the shipped handhaving rules', () => {
  it('has a firing and a quiet case for every shipped rule', () => {
    expect(CASES.map((c) => c.rule).sort()).toEqual(check.rules.map((rule) => rule.id).sort());
  });

  it.each(CASES)('$rule fires', ({ rule, fires: [measure, answers] }) => {
    expect(firedIds(measure, answers)).toContain(rule);
  });

  it.each(CASES)('$rule stays quiet in the nearest other situation', ({ rule, quiet: [measure, answers] }) => {
    expect(firedIds(measure, answers)).not.toContain(rule);
  });

  it('returns the reason, the resolved legal hooks and the article of a fired rule', () => {
    const [fired] = evaluateRules(check, 'terugvordering', { 'onder-beslagvrije-voet': 'ja' });
    expect(fired?.id).toBe('verrekening-onder-beslagvrije-voet');
    expect(fired?.title).toBe('Risico dat verrekening onder de beslagvrije voet komt');
    expect(fired?.message).toMatch(/^Bij verrekening moet de inwoner ten minste de beslagvrije voet overhouden\./);
    expect(fired?.hooks.map((hook) => hook.citation)).toEqual(['Participatiewet art. 60c (beslagvrije voet)']);
    expect(fired?.article).toBe('verrekening-beslagvrije-voet');
  });

  it('fires nothing for a maatregel when everything is in order', () => {
    expect(firedIds('maatregel', { zienswijze: 'ja', verwijtbaar: 'ja', 'traject-loopt': 'nee' })).toEqual([]);
  });

  it('lists fired rules in definition order', () => {
    const answers: Answers = { huurachterstand: 'ja', 'kinderen-in-huishouden': 'ja', 'wsnp-loopt': 'ja' };
    expect(firedIds('boete', answers)).toEqual([
      'uitzetting-met-kinderen',
      'schuldregeling-en-nieuwe-vordering',
      'nog-niet-gehoord',
    ]);
  });
});
