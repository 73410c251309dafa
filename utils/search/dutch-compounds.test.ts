import { describe, expect, it } from 'vitest';
import { createCompoundSplitter } from './dutch-compounds';
import { dutchStem } from './dutch-stem';

const lexicon = new Set(
  [
    'bijstand',
    'uitkering',
    'kostendelers',
    'norm',
    'huur',
    'schuld',
    'hulp',
    'verlening',
    'stand',
    'wet',
    'participatie',
  ].map(dutchStem),
);
const split = createCompoundSplitter(lexicon);

describe('createCompoundSplitter', () => {
  it('splits compounds into words the knowledge base uses, with linking s', () => {
    expect(split('bijstandsuitkering')).toEqual([dutchStem('bijstand'), dutchStem('uitkering')]);
    expect(split('kostendelersnorm')).toEqual([dutchStem('kostendelers'), dutchStem('norm')]);
    expect(split('participatiewet')).toEqual([dutchStem('participatie'), 'wet']);
  });

  it('splits three-part compounds', () => {
    expect(split('schuldhulpverlening')).toEqual([dutchStem('schuld'), dutchStem('hulp'), dutchStem('verlening')]);
  });

  it('does not cut words into fragments that are not words of their own', () => {
    // "stand" is known, but "bij" is a stop word and not in the lexicon.
    expect(split('bijstand')).toBeNull();
    expect(split('gemeente')).toBeNull();
    expect(split('huur')).toBeNull();
  });
});
