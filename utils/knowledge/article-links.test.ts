import { describe, expect, it } from 'vitest';
import { articleIdFromHref, findMarkdownLinks } from './article-links';

describe('articleIdFromHref', () => {
  it('reads the id of an article link', () => {
    expect(articleIdFromHref('kostendelersnorm.md')).toBe('kostendelersnorm');
    expect(articleIdFromHref('./bijzondere-bijstand.md')).toBe('bijzondere-bijstand');
  });

  it('rejects anything that is not a plain article file', () => {
    for (const href of [
      'https://example.org/a.md',
      '../a.md',
      'map/a.md',
      'a.html',
      'A.md',
      'a.md#kop',
      'javascript:a.md',
    ]) {
      expect(articleIdFromHref(href), href).toBeNull();
    }
  });
});

describe('findMarkdownLinks', () => {
  it('finds inline links with titles and skips images', () => {
    expect(
      findMarkdownLinks('- [De [echte] norm](kdn.md "titel") en ![plaatje](x.png) en [web](<https://a.nl>)'),
    ).toEqual([
      { text: 'De [echte] norm', href: 'kdn.md' },
      { text: 'web', href: 'https://a.nl' },
    ]);
  });
});
