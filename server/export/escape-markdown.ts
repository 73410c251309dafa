/**
 * Makes user text inert in Markdown: no headings, lists, links, emphasis, tables or HTML can come
 * from a signal. Sentence punctuation stays readable in the raw file.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, (char) => `\\${char}`)
    .replace(/^(\s*)([#>+=-])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

/** For a table cell or a single line: also no line breaks. */
export function escapeMarkdownInline(text: string): string {
  return escapeMarkdown(text.replace(/\s*\r?\n\s*/g, ' '));
}
