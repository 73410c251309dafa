/** An article links another as `[Titel](<id>.md)`, optionally `./<id>.md`. */
const ARTICLE_HREF = /^(?:\.\/)?([a-z0-9]+(?:-[a-z0-9]+)*)\.md$/;

/** The article id a link points to, or null when the link is not an article link. */
export function articleIdFromHref(href: string): string | null {
  return ARTICLE_HREF.exec(href.trim())?.[1] ?? null;
}

export interface MarkdownLink {
  text: string;
  href: string;
}

// [text](href "title") or [text](<href>); the text may hold one level of brackets.
const INLINE_LINK = /(!?)\[((?:[^[\]]|\[[^\]]*\])*)\]\(\s*<?([^)\s>]*)>?(?:\s+(?:"[^"]*"|'[^']*'|\([^)]*\)))?\s*\)/g;

/** Inline Markdown links on one line (images excluded). */
export function findMarkdownLinks(line: string): MarkdownLink[] {
  const links: MarkdownLink[] = [];
  for (const match of line.matchAll(INLINE_LINK)) {
    if (match[1] === '!') continue;
    links.push({ text: match[2] ?? '', href: match[3] ?? '' });
  }
  return links;
}
