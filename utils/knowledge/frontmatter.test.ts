import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from './frontmatter';

describe('splitFrontmatter', () => {
  it('splits YAML from the body and reports their file lines', () => {
    const split = splitFrontmatter('---\nid: a\ntitle: b\n---\n\n## Kop\n');
    expect(split).toEqual({ yaml: 'id: a\ntitle: b', yamlLine: 2, closingLine: 4, body: '## Kop\n', bodyLine: 6 });
  });

  it('handles Windows line endings and a byte-order mark', () => {
    expect(splitFrontmatter('\uFEFF---\r\nid: a\r\n---\r\nTekst')?.body).toBe('Tekst');
  });

  it('returns null without a complete --- block', () => {
    expect(splitFrontmatter('## Kop\n')).toBeNull();
    expect(splitFrontmatter('---\nid: a\n')).toBeNull();
  });
});
