import { describe, expect, it } from 'vitest';
import type { z } from '../zod';
import {
  agreementSchema,
  checklistStateSchema,
  conditionSchema,
  consequenceCheckStateSchema,
  conversationStateSchema,
} from './checklist';

const conversationState = {
  version: 1,
  kind: 'conversation',
  checklistId: 'gesprek',
  answers: { 'rustige-plek': 'gedaan', 'weinig-verzoeken': 'nvt', 'begrip-nagaan': 'nog-doen' },
  agreements: [{ id: 'a1', what: 'Stuur de loonstroken op', who: 'inwoner', due: '2026-12-04' }],
};

const checkState = {
  version: 1,
  kind: 'consequence-check',
  checklistId: 'handhaving',
  measure: 'boete',
  answers: { huurachterstand: 'ja', 'kinderen-in-huishouden': 'onbekend' },
  notes: { huurachterstand: 'Deurwaarder is ingeschakeld' },
  reverseTest: { purpose: '', effect: '', fitsLaw: '' },
  conclusion: { choice: 'afzien', explanation: '' },
};

/** Every property name anywhere in a zod object tree (through unions, records and arrays). */
function fieldNames(schema: z.core.$ZodType): string[] {
  const def = schema._zod.def;
  if (def.type === 'object') {
    const shape = (def as z.core.$ZodObjectDef).shape;
    return Object.entries(shape).flatMap(([key, inner]) => [key, ...fieldNames(inner)]);
  }
  if (def.type === 'union') return (def as z.core.$ZodUnionDef).options.flatMap(fieldNames);
  if (def.type === 'array') return fieldNames((def as z.core.$ZodArrayDef).element);
  if (def.type === 'record') return fieldNames((def as z.core.$ZodRecordDef).valueType);
  if (def.type === 'optional') return fieldNames((def as z.core.$ZodOptionalDef).innerType);
  return [];
}

describe('checklist state schemas', () => {
  it('accept a realistic state of each kind', () => {
    expect(checklistStateSchema.parse(conversationState)).toEqual(conversationState);
    expect(checklistStateSchema.parse(checkState)).toEqual(checkState);
  });

  it('have no field meant for names, BSN, addresses or case numbers', () => {
    const names = fieldNames(checklistStateSchema);
    expect(names).toContain('agreements');
    expect(names).toContain('explanation');
    for (const name of names) {
      expect(name).not.toMatch(
        /naam|name|bsn|adres|address|postcode|geboorte|birth|iban|telefoon|phone|email|dossier|case/i,
      );
    }
  });

  it.each(['naam', 'bsn', 'adres'])('reject a smuggled %s field', (field) => {
    expect(conversationStateSchema.safeParse({ ...conversationState, [field]: 'x' }).success).toBe(false);
    expect(consequenceCheckStateSchema.safeParse({ ...checkState, [field]: 'x' }).success).toBe(false);
    const agreement = { ...conversationState.agreements[0], [field]: 'x' };
    expect(agreementSchema.safeParse(agreement).success).toBe(false);
  });

  it('keep where the user was and the contact route, but only known values', () => {
    const placed = { ...conversationState, phase: 'afronden', contactRoute: 'e-mail' };
    expect(conversationStateSchema.parse(placed)).toEqual(placed);
    expect(conversationStateSchema.safeParse({ ...placed, contactRoute: 'brief' }).success).toBe(false);
    expect(consequenceCheckStateSchema.parse({ ...checkState, step: 'conclusie' }).step).toBe('conclusie');
    expect(consequenceCheckStateSchema.safeParse({ ...checkState, step: 'einde' }).success).toBe(false);
  });

  it('rejects another state version, so an old draft is never misread', () => {
    expect(checklistStateSchema.safeParse({ ...checkState, version: 2 }).success).toBe(false);
  });

  it('requires a real calendar date for an agreement', () => {
    const agreement = conversationState.agreements[0];
    expect(agreementSchema.safeParse({ ...agreement, due: '2026-02-30' }).success).toBe(false);
    expect(agreementSchema.safeParse({ ...agreement, due: 'binnen 30 dagen' }).success).toBe(false);
  });

  it('rejects an answer outside ja / nee / onbekend', () => {
    const answers = { huurachterstand: 'misschien' };
    expect(consequenceCheckStateSchema.safeParse({ ...checkState, answers }).success).toBe(false);
  });
});

describe('conditionSchema', () => {
  it('accepts nested conditions', () => {
    const condition = {
      allOf: [
        { measureIn: ['boete'] },
        { anyOf: [{ question: 'a', equals: 'ja' }, { not: { question: 'b', equals: 'nee' } }] },
      ],
    };
    expect(conditionSchema.parse(condition)).toEqual(condition);
  });

  it('rejects an object that mixes two forms', () => {
    expect(conditionSchema.safeParse({ question: 'a', equals: 'ja', measureIn: ['boete'] }).success).toBe(false);
  });
});
