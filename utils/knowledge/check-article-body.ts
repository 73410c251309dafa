import { REQUIRED_SECTIONS, SEE_ALSO_SECTION } from '../schemas/article';
import { articleIdFromHref, findMarkdownLinks } from './article-links';
import type { Problem } from './problem';

/** Optional last section listing sources. */
export const SOURCES_SECTION = 'Bronnen';

/** Every `##` section an article may have, in the only order allowed. */
const SECTION_ORDER: readonly string[] = [...REQUIRED_SECTIONS, SEE_ALSO_SECTION, SOURCES_SECTION];

export interface ArticleLink {
  /** Id of the linked article. */
  id: string;
  /** 1-based file line, when known. */
  line?: number;
  /** Whether the link sits in the "Zie ook" list. */
  seeAlso: boolean;
}

interface Section {
  name: string;
  line: number;
  /** [file line, text] of each line up to the next `##` heading. */
  content: [number, string][];
}

const LIST_ITEM = /^\s*(?:[-*+]|\d+[.)])\s+/;
const HEADING = /^(#{1,6})\s+(.*?)\s*#*\s*$/;
const FENCE = /^\s*(`{3,}|~{3,})/;

function quote(section: string): string {
  return `'## ${section}'`;
}

/**
 * Checks the Markdown body of an article: the required sections in order, none empty, and
 * "Zie ook" holding only article links. `firstLine` is the file line of the body's first line.
 */
export function checkArticleBody(
  body: string,
  { file, firstLine = 1 }: { file: string; firstLine?: number },
): { problems: Problem[]; links: ArticleLink[] } {
  const problems: Problem[] = [];
  const links: ArticleLink[] = [];
  const error = (line: number | undefined, message: string): void => {
    problems.push({ file, line, message, severity: 'error' });
  };
  const warn = (line: number | undefined, message: string): void => {
    problems.push({ file, line, message, severity: 'warning' });
  };

  const sections: Section[] = [];
  const lines = body.split('\n');
  let fence: string | null = null;
  lines.forEach((text, index) => {
    const line = firstLine + index;
    const fenceMatch = FENCE.exec(text);
    if (fenceMatch) {
      const marker = fenceMatch[1]!;
      if (fence === null) fence = marker[0]!;
      else if (marker[0] === fence) fence = null;
    }
    const heading = fence === null && !fenceMatch ? HEADING.exec(text) : null;
    if (heading?.[1] === '##') {
      sections.push({ name: heading[2]!, line, content: [] });
      return;
    }
    if (heading?.[1] === '#') {
      warn(line, 'gebruik geen kop met één #: de titel komt uit de frontmatter');
    }
    sections.at(-1)?.content.push([line, fence === null && !fenceMatch ? text : '']);
  });
  const lastLine = firstLine + lines.length - 1;

  // Place every section in the known order; unknown ones only get a warning.
  const seen = new Map<string, Section>();
  let furthest = -1;
  for (const section of sections) {
    const known = SECTION_ORDER.find((name) => name.toLowerCase() === section.name.toLowerCase());
    if (known === undefined) {
      warn(
        section.line,
        `onbekende sectie '## ${section.name}': gebruik een ### kop binnen een sectie, of een van ${SECTION_ORDER.map(quote).join(', ')}`,
      );
      continue;
    }
    if (known !== section.name) warn(section.line, `schrijf de kop precies als ${quote(known)}`);
    if (seen.has(known)) {
      error(section.line, `sectie ${quote(known)} staat er twee keer in`);
      continue;
    }
    seen.set(known, section);
    const position = SECTION_ORDER.indexOf(known);
    if (position < furthest) {
      error(
        section.line,
        `sectie ${quote(known)} staat op de verkeerde plek; de volgorde is ${SECTION_ORDER.map(quote).join(', ')}`,
      );
    }
    furthest = Math.max(furthest, position);
    if (!section.content.some(([, text]) => text.trim() !== '')) {
      error(section.line, `sectie ${quote(known)} is leeg`);
    }
    checkLinks(section, known === SEE_ALSO_SECTION);
  }

  for (const [index, name] of REQUIRED_SECTIONS.entries()) {
    if (seen.has(name)) continue;
    // Point at the heading the missing section should come before, or the end of the text.
    const next = SECTION_ORDER.slice(index + 1)
      .map((later) => seen.get(later)?.line)
      .find((line) => line !== undefined);
    error(next ?? lastLine, `sectie ${quote(name)} ontbreekt`);
  }

  function checkLinks(section: Section, seeAlso: boolean): void {
    for (const [line, text] of section.content) {
      if (text.trim() === '') continue;
      const found = findMarkdownLinks(text);
      if (seeAlso && (!LIST_ITEM.test(text) || found.length === 0)) {
        error(
          line,
          `zet onder ${quote(SEE_ALSO_SECTION)} alleen lijstpunten met een link, zoals '- [Titel](kostendelersnorm.md)'`,
        );
        continue;
      }
      for (const { href } of found) {
        const id = articleIdFromHref(href);
        if (id !== null) links.push({ id, line, seeAlso });
        else if (seeAlso) {
          error(
            line,
            `link '${href}' onder ${quote(SEE_ALSO_SECTION)} moet naar een artikel wijzen, zoals '(kostendelersnorm.md)'`,
          );
        } else if (/\.md(?:#.*)?$/i.test(href) && !/^[a-z]+:/i.test(href)) {
          error(line, `link '${href}' naar een artikel moet de vorm '<id>.md' hebben, zonder map of #`);
        }
      }
    }
  }

  return { problems, links };
}
