import { describe, expect, it } from 'vitest';
import { searchableBody } from './searchable-body';

describe('searchableBody', () => {
  it('keeps link text, drops link targets and web addresses', () => {
    const text = searchableBody('Zie [de norm](kostendelersnorm.md) en https://example.org/pad.');
    expect(text).toContain('de norm');
    expect(text).not.toContain('kostendelersnorm.md');
    expect(text).not.toContain('example');
  });

  it('leaves out the Zie ook and Bronnen sections', () => {
    const text = searchableBody(
      '## Wat is het beleid\n\nBeleid.\n\n## Zie ook\n\n- [Giften](giften.md)\n\n## Bronnen\n\n- Schulinck\n',
    );
    expect(text).toContain('Beleid.');
    expect(text).not.toContain('Giften');
    expect(text).not.toContain('Schulinck');
  });
});
