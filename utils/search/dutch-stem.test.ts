import { describe, expect, it } from 'vitest';
import { dutchStem, dutchWordForms } from './dutch-stem';

const meet = (a: string, b: string): boolean => dutchWordForms(a).some((form) => dutchWordForms(b).includes(form));

describe('dutchWordForms', () => {
  it('joins singular and plural, also the -s plural Snowball leaves alone', () => {
    expect(meet('boetes', 'boete')).toBe(true);
    expect(meet('gemeentes', 'gemeente')).toBe(true);
    expect(meet('premies', 'premie')).toBe(true);
    expect(meet('erfenissen', 'erfenis')).toBe(true);
    expect(meet('aanvragen', 'aanvraag')).toBe(true);
    expect(meet('maatregelen', 'maatregel')).toBe(true);
  });

  it('joins past participles with the verb and the noun', () => {
    expect(meet('teruggevorderd', 'terugvordering')).toBe(true);
    expect(meet('teruggevorderd', 'terugvorderen')).toBe(true);
    expect(meet('opgelegd', 'opleggen')).toBe(true);
    expect(meet('vastgesteld', 'vaststellen')).toBe(true);
    expect(meet('betaald', 'betalen')).toBe(true);
    expect(meet('verlaagd', 'verlaging')).toBe(true);
    expect(meet('beeindigd', 'beeindiging')).toBe(true);
    expect(meet('gebruikt', 'gebruiken')).toBe(true);
  });

  it('keeps different words apart', () => {
    expect(meet('boete', 'boot')).toBe(false);
    expect(meet('bijstand', 'bijstandsnorm')).toBe(false);
    expect(meet('huur', 'huis')).toBe(false);
  });

  it('puts the main stem first', () => {
    expect(dutchStem('boetes')).toBe(dutchStem('boete'));
    expect(dutchWordForms('kostendelers')[0]).toBe(dutchStem('kostendeler'));
  });
});
