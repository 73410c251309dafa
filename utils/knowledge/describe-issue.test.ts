import { describe, expect, it } from 'vitest';
import { z } from '../zod';
import { describeIssue, describePath, dutchErrorMap } from './describe-issue';

const schema = z.strictObject({
  title: z.string().min(3, 'title: te kort'),
  tags: z.array(z.string().min(1)).min(1),
  kind: z.enum(['a', 'b']),
  count: z.number(),
});

function messages(input: unknown): string[] {
  const result = schema.safeParse(input, { error: dutchErrorMap, reportInput: true });
  return result.success ? [] : result.error.issues.map(describeIssue);
}

describe('describeIssue', () => {
  it('says in Dutch what is missing, wrong or unknown', () => {
    expect(messages({ tags: [''], kind: 'c', count: 'twee', extra: 1 })).toEqual([
      'title ontbreekt',
      'tags (nr. 1): mag niet leeg zijn',
      'kind: kies uit: a, b',
      'count: moet een getal zijn, maar is tekst',
      'onbekende sleutel: extra',
    ]);
  });

  it('keeps a schema message that already names its key', () => {
    expect(messages({ title: 'x', tags: ['a'], kind: 'a', count: 1 })).toEqual(['title: te kort']);
  });

  it('numbers list items from 1', () => {
    expect(describePath(['articles', 2, 'title'])).toBe('articles (nr. 3).title');
  });
});
