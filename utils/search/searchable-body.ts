/**
 * Sections whose text is about other articles or sources rather than this one; indexing them
 * would make an article match the titles it links to.
 */
const SKIPPED_SECTIONS = new Set(['zie ook', 'bronnen']);

/**
 * The headings every article has (REQUIRED_SECTIONS in utils/schemas/article, compared in the
 * test to keep zod out of the search bundle). Words in every body tell articles apart no better
 * than stop words; indexed, "maatwerk" matched every article.
 */
export const SHARED_HEADINGS: readonly string[] = [
  'Wat is het beleid',
  'Waarom (de bedoeling)',
  'Ruimte voor maatwerk',
];
const SHARED_HEADING_KEYS = new Set(SHARED_HEADINGS.map((heading) => heading.toLowerCase()));

/**
 * The part of an article body that search should read: Markdown syntax, link targets, the
 * headings every article shares and the "Zie ook" and "Bronnen" sections removed.
 */
export function searchableBody(markdown: string): string {
  const kept: string[] = [];
  let skipping = false;
  for (const line of markdown.split('\n')) {
    const heading = /^##\s+(.+?)\s*#*\s*$/.exec(line);
    const title = heading ? heading[1]!.toLowerCase() : undefined;
    if (title !== undefined) skipping = SKIPPED_SECTIONS.has(title);
    if (!skipping && !(title !== undefined && SHARED_HEADING_KEYS.has(title))) kept.push(line);
  }
  return (
    kept
      .join('\n')
      // Keep a link's text, drop where it points.
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/https?:\/\/\S+/g, ' ')
  );
}
