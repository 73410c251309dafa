/** @vitest-environment node */
import { describe, expect, it } from 'vitest';
import { normaliseRule } from './normalise-rule';

describe('normaliseRule', () => {
  it('gives spelling variants of one rule the same key', () => {
    const key = normaliseRule('Art. 22a Participatiewet');
    expect(normaliseRule('artikel 22a, participatiewet')).toBe(key);
    expect(normaliseRule('  ART 22A  Participatiewet ')).toBe(key);
  });

  it('keeps different rules apart', () => {
    expect(normaliseRule('Art. 22a Participatiewet')).not.toBe(normaliseRule('Art. 22 Participatiewet'));
    expect(normaliseRule('Beleidsregel bijzondere bijstand')).not.toBe(normaliseRule('Beleidsregel giften'));
  });

  it('ignores accents', () => {
    expect(normaliseRule('Financiële regeling')).toBe(normaliseRule('financiele regeling'));
  });
});
