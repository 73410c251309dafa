export interface SplitArticleText {
  /** The YAML between the two `---` lines. */
  yaml: string;
  /** 1-based file line of the first YAML line. */
  yamlLine: number;
  /** 1-based file line of the closing `---`. */
  closingLine: number;
  /** Everything after the closing `---`, leading blank lines removed. */
  body: string;
  /** 1-based file line of the first body line. */
  bodyLine: number;
}

/** Line endings and a byte-order mark vary with the editor; nothing below should care. */
export function normaliseNewlines(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/**
 * Splits an article file into YAML frontmatter and Markdown body, or returns null when the
 * file does not start with a `---` block.
 */
export function splitFrontmatter(text: string): SplitArticleText | null {
  const lines = normaliseNewlines(text).split('\n');
  if (lines[0]?.trimEnd() !== '---') return null;
  const closing = lines.findIndex((line, index) => index > 0 && /^(?:---|\.\.\.)\s*$/.test(line));
  if (closing === -1) return null;
  let first = closing + 1;
  while (first < lines.length && lines[first]!.trim() === '') first += 1;
  return {
    yaml: lines.slice(1, closing).join('\n'),
    yamlLine: 2,
    closingLine: closing + 1,
    body: lines.slice(first).join('\n'),
    bodyLine: first + 1,
  };
}
