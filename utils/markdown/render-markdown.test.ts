// @vitest-environment jsdom
// DOMPurify does not sanitise reliably under happy-dom (cure53/DOMPurify#1457: "not supported",
// bypasses expected), so these tests run in jsdom, the DOM DOMPurify tests itself against.
import { describe, expect, it } from 'vitest';
import { dangers, dom, HOSTILE_MARKDOWN } from '../../test/fixtures/hostile-markdown';
import { makeArticleText } from '../../test/fixtures/make-article';
import { renderMarkdown } from './render-markdown';

describe('renderMarkdown', () => {
  it('renders article Markdown without the frontmatter', () => {
    const html = renderMarkdown(makeArticleText());
    expect(html).toContain('<h2>Wat is het beleid</h2>');
    expect(html).not.toContain('Team Inkomen');
    expect(html).not.toContain('reviewed');
  });

  it('keeps a body that opens with a horizontal rule', () => {
    const html = renderMarkdown('---\n\nEerste alinea.\n\n---\n\nTweede alinea.\n');
    expect(html).toContain('Eerste alinea.');
    expect(dom(html).querySelectorAll('hr')).toHaveLength(2);
  });

  it('turns article links into in-panel links', () => {
    const link = dom(renderMarkdown('Zie [de norm](kostendelersnorm.md).')).querySelector('a')!;
    expect(link.getAttribute('href')).toBe('#artikel/kostendelersnorm');
    expect(link.getAttribute('data-article-id')).toBe('kostendelersnorm');
    expect(link.hasAttribute('target')).toBe(false);
    expect(link.textContent).toBe('de norm');
  });

  it('opens web links in a new tab without access to the panel', () => {
    const link = dom(renderMarkdown('[Wetten](https://wetten.overheid.nl/BWBR0015703)')).querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://wetten.overheid.nl/BWBR0015703');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(link.hasAttribute('data-article-id')).toBe(false);
  });

  it('keeps the formatting articles use', () => {
    const html = renderMarkdown(
      '**vet** en *schuin*\n\n- een\n- twee\n\n> citaat\n\n| a | b |\n|---|---|\n| 1 | 2 |\n',
    );
    const root = dom(html);
    for (const selector of ['strong', 'em', 'ul > li', 'blockquote', 'table td'])
      expect(root.querySelector(selector), selector).not.toBeNull();
  });

  it('drops links to anything but articles, web pages and e-mail, keeping the text', () => {
    const root = dom(renderMarkdown('[lokaal](bestand.pdf) [map](../a.md) [mail](mailto:team@gemeente.nl)'));
    expect([...root.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual(['mailto:team@gemeente.nl']);
    expect(root.textContent).toContain('lokaal');
  });

  it.each(HOSTILE_MARKDOWN)('leaves nothing executable or loading in %s', (input) => {
    const html = renderMarkdown(input);
    expect(dangers(html)).toEqual([]);
    // Escaped text (&lt;script&gt;) is harmless; a real tag starts with "<".
    expect(html).not.toMatch(/<(?:script|iframe|img|svg|math|style|form|input|button|object|embed|meta|base|link)\b/i);
  });

  it('shows raw HTML as text instead of interpreting it', () => {
    expect(dom(renderMarkdown('Tekst <b>vet</b>')).textContent?.trim()).toBe('Tekst <b>vet</b>');
  });
});
