/**
 * Sections whose text is about other articles or sources rather than this one; indexing them
 * would make an article match the titles it links to.
 */
const SKIPPED_SECTIONS = new Set(['zie ook', 'bronnen']);

/**
 * The part of an article body that search should read: Markdown syntax, link targets and the
 * "Zie ook" and "Bronnen" sections removed.
 */
export function searchableBody(markdown: string): string {
  const kept: string[] = [];
  let skipping = false;
  for (const line of markdown.split('\n')) {
    const heading = /^##\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) skipping = SKIPPED_SECTIONS.has(heading[1]!.toLowerCase());
    if (!skipping) kept.push(line);
  }
  return (
    kept
      .join('\n')
      // Keep a link's text, drop where it points.
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/https?:\/\/\S+/g, ' ')
  );
}
