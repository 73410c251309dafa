import { describe, expect, it } from 'vitest';
import { z } from '../zod';
import { dutchIssueMessage, formatYamlPath, issuesToProblems, readYaml } from './yaml-problems';

const source = [
  'title: Voorbeeld',
  'items:',
  '  - id: een',
  '    label: Eerste',
  '  - id: twee',
  '    extra: x',
  '',
].join('\n');

describe('readYaml', () => {
  it('returns the data and finds the line of a key or list item', () => {
    const yaml = readYaml('lijst.yaml', source);
    expect(yaml.problems).toEqual([]);
    expect(yaml.data).toEqual({
      title: 'Voorbeeld',
      items: [
        { id: 'een', label: 'Eerste' },
        { id: 'twee', extra: 'x' },
      ],
    });
    expect(yaml.lineOf(['items', 0, 'label'])).toBe(4);
    expect(yaml.lineOf(['items', 1])).toBe(5);
  });

  it('falls back to the nearest existing ancestor for a missing key', () => {
    expect(readYaml('lijst.yaml', source).lineOf(['items', 1, 'label'])).toBe(5);
  });

  it('reports a syntax error in Dutch with its line, and no data', () => {
    const yaml = readYaml('lijst.yaml', 'title: a\ntitle: b\n');
    expect(yaml.data).toBeUndefined();
    expect(yaml.problems).toEqual([
      {
        file: 'lijst.yaml',
        line: 2,
        message: 'YAML: deze sleutel komt twee keer voor in hetzelfde blok',
        severity: 'error',
      },
    ]);
  });
});

describe('issuesToProblems', () => {
  const itemSchema = z.strictObject({ id: z.string(), label: z.string() });
  const schema = z.strictObject({ title: z.string(), items: z.array(itemSchema) });

  it('turns zod issues into Dutch problems on the right lines', () => {
    const yaml = readYaml('lijst.yaml', source);
    const parsed = schema.safeParse(yaml.data, { error: dutchIssueMessage });
    expect(parsed.success).toBe(false);
    expect(issuesToProblems('lijst.yaml', parsed.error?.issues ?? [], yaml.lineOf)).toEqual([
      { file: 'lijst.yaml', line: 5, message: 'items[1].label: ontbreekt', severity: 'error' },
      { file: 'lijst.yaml', line: 6, message: 'items[1]: onbekende sleutel: extra', severity: 'error' },
    ]);
  });

  it('reports the branch of a union whose keys matched, not "invalid input"', () => {
    const condition = z.union([
      z.strictObject({ question: z.string(), equals: z.enum(['ja', 'nee']) }),
      z.strictObject({ measureIn: z.array(z.string()) }),
    ]);
    const yaml = readYaml('regel.yaml', 'when:\n  question: x\n  equals: misschien\n');
    const parsed = z.strictObject({ when: condition }).safeParse(yaml.data, { error: dutchIssueMessage });
    expect(issuesToProblems('regel.yaml', parsed.error?.issues ?? [], yaml.lineOf)).toEqual([
      { file: 'regel.yaml', line: 3, message: 'when.equals: kies uit: ja, nee', severity: 'error' },
    ]);
  });

  it('keeps a schema’s own message over the Dutch default', () => {
    const parsed = z.string().min(10, 'schrijf een hele zin').safeParse('kort', { error: dutchIssueMessage });
    expect(parsed.error?.issues[0]?.message).toBe('schrijf een hele zin');
  });
});

describe('formatYamlPath', () => {
  it('writes a path the way an author finds it in the file', () => {
    expect(formatYamlPath(['groups', 2, 'questions', 0, 'label'])).toBe('groups[2].questions[0].label');
  });
});
