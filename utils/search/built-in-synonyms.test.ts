import { describe, expect, it } from 'vitest';
import { synonymGroupSchema } from '../schemas/synonyms';
import { z } from '../zod';
import { BUILT_IN_SYNONYMS } from './built-in-synonyms';
import { foldDutch } from './dutch-fold';

describe('BUILT_IN_SYNONYMS', () => {
  it('is a broad list of valid synonym groups', () => {
    expect(z.array(synonymGroupSchema).parse(BUILT_IN_SYNONYMS)).toHaveLength(BUILT_IN_SYNONYMS.length);
    expect(BUILT_IN_SYNONYMS.length).toBeGreaterThanOrEqual(120);
  });

  it('has no term twice in one group', () => {
    for (const group of BUILT_IN_SYNONYMS) {
      const folded = group.terms.map(foldDutch);
      expect(new Set(folded).size, group.terms.join(', ')).toBe(folded.length);
    }
  });

  it('covers the abbreviations consultants use', () => {
    const groupOf = (term: string) => BUILT_IN_SYNONYMS.find((group) => group.terms.includes(term));
    expect(groupOf('pw')?.terms).toContain('participatiewet');
    expect(groupOf('iit')?.terms).toContain('individuele inkomenstoeslag');
    expect(groupOf('kdn')?.terms).toContain('kostendelersnorm');
    expect(groupOf('awb')?.terms).toContain('algemene wet bestuursrecht');
    expect(groupOf('wsnp')?.terms).toContain('schuldsanering');
  });
});
