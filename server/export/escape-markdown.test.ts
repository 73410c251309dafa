/** @vitest-environment node */
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { escapeMarkdown, escapeMarkdownInline } from './escape-markdown';

// Rendering proves the point: escaped text must come out as the same plain words, no markup.
const render = (markdown: string) => marked.parse(markdown, { async: false });

describe('escapeMarkdown', () => {
  it('renders headings, lists, links, emphasis and HTML from user text as plain text', () => {
    for (const text of ['# Kop', '- punt', '1. eerste', '> citaat', '[klik](javascript:alert(1))', '*nadruk* en _ook_', '<img src=x onerror=alert(1)>', 'a | b']) {
      const html = render(escapeMarkdown(text));
      expect(html).toMatch(/^<p>[^<]*<\/p>\n$/);
    }
  });

  it('keeps ordinary sentences readable', () => {
    expect(escapeMarkdown('Art. 22a geldt niet (zie brief), toch?')).toBe('Art. 22a geldt niet (zie brief), toch?');
  });

  it('makes one line of a multi-line text for table cells', () => {
    expect(escapeMarkdownInline('eerste regel\n- tweede')).toBe('eerste regel - tweede');
  });
});
