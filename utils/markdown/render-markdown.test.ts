// @vitest-environment jsdom
// DOMPurify does not sanitise reliably under happy-dom (cure53/DOMPurify#1457: "not supported",
// bypasses expected), so these tests run in jsdom, the DOM DOMPurify tests itself against.
import { describe, expect, it } from 'vitest';
import { makeArticleText } from '../../test/fixtures/make-article';
import { renderMarkdown } from './render-markdown';

function dom(html: string): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = html;
  return container;
}

/** Everything in rendered HTML that could run code or load something. */
function dangers(html: string): string[] {
  const found: string[] = [];
  const root = dom(html);
  for (const element of root.querySelectorAll('*')) {
    if (
      ![
        'P',
        'BR',
        'HR',
        'H1',
        'H2',
        'H3',
        'H4',
        'H5',
        'H6',
        'UL',
        'OL',
        'LI',
        'BLOCKQUOTE',
        'PRE',
        'CODE',
        'EM',
        'STRONG',
        'DEL',
        'A',
        'TABLE',
        'THEAD',
        'TBODY',
        'TR',
        'TH',
        'TD',
      ].includes(element.tagName)
    ) {
      found.push(`<${element.tagName}>`);
    }
    for (const attribute of element.attributes) {
      if (!['href', 'title', 'align', 'start', 'data-article-id', 'target', 'rel'].includes(attribute.name)) {
        found.push(`${element.tagName}[${attribute.name}]`);
      }
    }
    const href = element.getAttribute('href');
    if (href !== null && !/^(?:https?:\/\/|mailto:|#artikel\/[a-z0-9-]+$)/i.test(href)) found.push(`href=${href}`);
  }
  return found;
}

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<svg onload=alert(1)><circle/></svg>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<iframe src="https://evil.example"></iframe>',
  '<object data="javascript:alert(1)"></object><embed src="x.swf">',
  '<style>body{display:none}</style>',
  '<form action="https://evil.example"><input name="bsn"><button>Stuur</button></form>',
  '<a href="javascript:alert(1)">klik</a>',
  '<a href="JaVaScRiPt&colon;alert(1)">klik</a>',
  '<a href="vbscript:msgbox(1)">klik</a>',
  '<a href="data:text/html,<script>alert(1)</script>">klik</a>',
  '<p onclick="alert(1)" style="color:red">tekst</p>',
  '<div onmouseover="alert(1)">tekst</div>',
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
  '<base href="https://evil.example/">',
  '<link rel="stylesheet" href="https://evil.example/x.css">',
  '<details open ontoggle=alert(1)>',
  '<a href="#artikel/x" data-article-id="../../evil" onclick="alert(1)">x</a>',
  '[klik](javascript:alert(1))',
  '[klik](JAVASCRIPT:alert(1))',
  '[klik](  javascript:alert(1) )',
  '[klik](vbscript:msgbox(1))',
  '[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '[klik](<javascript:alert(1)>)',
  '[klik](&#106;avascript:alert(1))',
  '![plaatje](https://tracker.example/pixel.png)',
  '![x](x" onerror="alert(1))',
  '[x](https://a.nl "titel\\" onmouseover=\\"alert(1)")',
  '<!-- <script>alert(1)</script> -->',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
  '`<script>alert(1)</script>`',
  '```html\n<script>alert(1)</script>\n```',
];

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

  it.each(HOSTILE)('leaves nothing executable or loading in %s', (input) => {
    const html = renderMarkdown(input);
    expect(dangers(html)).toEqual([]);
    // Escaped text (&lt;script&gt;) is harmless; a real tag starts with "<".
    expect(html).not.toMatch(/<(?:script|iframe|img|svg|math|style|form|input|button|object|embed|meta|base|link)\b/i);
  });

  it('shows raw HTML as text instead of interpreting it', () => {
    expect(dom(renderMarkdown('Tekst <b>vet</b>')).textContent?.trim()).toBe('Tekst <b>vet</b>');
  });
});
