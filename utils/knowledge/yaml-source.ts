import { type Document, LineCounter, isMap, isNode, isScalar, parseDocument } from 'yaml';
import type { Problem } from './problem';

/** Dutch explanations of the YAML mistakes authors actually make. */
const YAML_MESSAGES: Record<string, string> = {
  DUPLICATE_KEY: 'deze sleutel staat er twee keer in',
  MISSING_CHAR: 'er ontbreekt een teken, vaak een afsluitend aanhalingsteken of haakje',
  BAD_INDENT: 'de inspringing klopt niet',
  TAB_AS_INDENT: 'gebruik spaties om in te springen, geen tabs',
  BLOCK_AS_IMPLICIT_KEY:
    'zet een waarde met een dubbele punt erin tussen aanhalingstekens (title: "Maatregel: verlaging"), of controleer de inspringing',
  MULTILINE_IMPLICIT_KEY: 'een sleutel moet op één regel staan; zet lange tekst tussen aanhalingstekens',
  UNEXPECTED_TOKEN:
    'hier staat een teken dat YAML niet verwacht; zet tekst met een dubbele punt tussen aanhalingstekens',
  BAD_SCALAR_START: 'deze waarde mag niet zo beginnen; zet hem tussen aanhalingstekens',
};

export interface ParsedYaml {
  document: Document;
  /** 1-based file line of a character offset in the YAML. */
  lineAt(offset: number): number;
  /** 1-based file line of a key or value path, when it exists in the YAML. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

/**
 * Parses YAML taken from a file (`firstLine` is the file line of its first line) and reports
 * syntax errors as problems with the file line.
 */
export function parseYamlSource(
  yaml: string,
  { file, firstLine }: { file: string; firstLine: number },
): { parsed: ParsedYaml; problems: Problem[] } {
  const lineCounter = new LineCounter();
  const document = parseDocument(yaml, { lineCounter, prettyErrors: false });
  const lineAt = (offset: number): number => lineCounter.linePos(offset).line + firstLine - 1;
  const problems: Problem[] = [];
  for (const [list, severity] of [
    [document.errors, 'error'],
    [document.warnings, 'warning'],
  ] as const) {
    for (const issue of list) {
      const line = lineAt(issue.pos[0]);
      // One mistake often trips several errors on the same line; the first explains it.
      if (problems.some((problem) => problem.line === line)) continue;
      const explanation = YAML_MESSAGES[issue.code] ?? issue.message.split('\n')[0];
      problems.push({ file, line, message: `YAML-fout: ${explanation}`, severity });
    }
  }

  function lineOf(path: readonly PropertyKey[]): number | undefined {
    const [first, ...rest] = path;
    if (first === undefined) return undefined;
    const root = document.contents;
    const pair = isMap(root) ? root.items.find((item) => isScalar(item.key) && item.key.value === first) : undefined;
    if (pair === undefined) return undefined;
    let node: unknown = pair.key;
    if (rest.length > 0) {
      const inner = document.getIn(path as unknown[], true);
      if (isNode(inner)) node = inner;
    }
    const offset = isNode(node) ? node.range?.[0] : undefined;
    return offset === undefined ? undefined : lineAt(offset);
  }

  return { parsed: { document, lineAt, lineOf }, problems };
}
