import type { z } from '../zod';

type Issue = z.core.$ZodIssue;
type RawIssue = z.core.$ZodRawIssue;

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  boolean: 'ja of nee (true/false)',
  array: 'een lijst',
  object: 'sleutels met waarden',
  undefined: 'niets',
  null: 'leeg (null)',
  date: 'een datum',
};

function typeName(value: unknown): string {
  if (Array.isArray(value)) return TYPE_NAMES.array!;
  if (value === null) return TYPE_NAMES.null!;
  if (value instanceof Date) return TYPE_NAMES.date!;
  return TYPE_NAMES[typeof value] ?? typeof value;
}

/** Messages that read as a sentence after the field name: "summary ontbreekt". */
const MISSING = 'ontbreekt';
const EMPTY = 'is leeg';

function count(amount: number | bigint, one: string, many: string): string {
  return `${amount} ${amount === 1 || amount === 1n ? one : many}`;
}

/**
 * Dutch messages for zod's own checks, for authors and for users whose knowledge pack was
 * refused. Messages set in a schema win over these. Pass as `{ error: dutchErrorMap }`.
 */
export const dutchErrorMap = (issue: RawIssue): string => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return MISSING;
      if (issue.input === null) return EMPTY;
      return `moet ${TYPE_NAMES[issue.expected] ?? issue.expected} zijn, maar is ${typeName(issue.input)}`;
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1
          ? 'mag niet leeg zijn'
          : `moet minstens ${count(issue.minimum, 'teken', 'tekens')} hebben`;
      }
      if (issue.origin === 'array') return `moet minstens ${count(issue.minimum, 'item', 'items')} hebben`;
      return `moet minstens ${issue.minimum} zijn`;
    case 'too_big':
      if (issue.origin === 'string') return `mag hoogstens ${count(issue.maximum, 'teken', 'tekens')} hebben`;
      if (issue.origin === 'array') return `mag hoogstens ${count(issue.maximum, 'item', 'items')} hebben`;
      return `mag hoogstens ${issue.maximum} zijn`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `moet ${JSON.stringify(issue.values[0])} zijn`
        : `kies uit: ${issue.values.map((value) => String(value)).join(', ')}`;
    case 'invalid_format':
      if (issue.format === 'datetime') return 'moet een tijdstip zijn zoals 2026-03-01T09:30:00Z';
      return 'heeft niet de juiste vorm';
    case 'unrecognized_keys':
      return `${issue.keys.length === 1 ? 'onbekende sleutel' : 'onbekende sleutels'}: ${issue.keys.join(', ')}`;
    default:
      return 'klopt niet';
  }
};

/** A readable path: `articles (nr. 3).title`, `themes (nr. 2)`. Numbers count from 1. */
export function describePath(path: readonly PropertyKey[]): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += ` (nr. ${segment + 1})`;
    else text += text === '' ? String(segment) : `.${String(segment)}`;
  }
  return text;
}

/** One zod issue as a Dutch sentence with the field it is about. */
export function describeIssue(issue: Issue): string {
  const where = describePath(issue.path);
  if (where === '') return issue.message;
  if (issue.code === 'invalid_type' && (issue.message === MISSING || issue.message === EMPTY)) {
    return `${where} ${issue.message}`;
  }
  const key = String(issue.path[0]);
  // Messages written in a schema often name their key already ("title: te kort").
  if (issue.message.startsWith(`${key}:`) || issue.message.startsWith(`${where}:`)) return issue.message;
  return `${where}: ${issue.message}`;
}
