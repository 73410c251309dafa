/**
 * Turns a YAML knowledge-pack file into data plus Dutch `Problem`s that point at a line, so a
 * content author at a municipality can find and fix a mistake without reading a stack trace.
 */
import { LineCounter, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { z } from '../zod';
import type { Problem } from './problem';

export type YamlPath = readonly PropertyKey[];

export interface YamlSource {
  /** The parsed value; `undefined` when the file has syntax errors. */
  data: unknown;
  /** Syntax errors and warnings from the YAML parser. */
  problems: Problem[];
  /** 1-based line of the key or list item at `path`, or of its nearest existing ancestor. */
  lineOf(path: YamlPath): number | undefined;
}

const YAML_ERROR_MESSAGES: Record<string, string> = {
  DUPLICATE_KEY: 'deze sleutel komt twee keer voor in hetzelfde blok',
  BAD_INDENT: 'de inspringing klopt niet',
  TAB_AS_INDENT: 'gebruik spaties om in te springen, geen tabs',
  MULTIPLE_DOCS: 'het bestand bevat meer dan één YAML-document (---)',
  MISSING_CHAR: 'er ontbreekt een teken, bijvoorbeeld een afsluitend aanhalingsteken of haakje',
  BLOCK_AS_IMPLICIT_KEY: 'een regel lijkt een sleutel, maar de inspringing of dubbele punt klopt niet',
  MULTILINE_IMPLICIT_KEY: 'een sleutel loopt over meer regels; staat er een dubbele punt te veel of te weinig?',
  UNEXPECTED_TOKEN: 'onverwacht teken; staat er een dubbele punt in tekst zonder aanhalingstekens?',
  BAD_SCALAR_START: 'deze tekst begint met een teken dat YAML anders leest; zet de tekst tussen aanhalingstekens',
};

export function readYaml(file: string, source: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(source, { lineCounter, prettyErrors: false });
  const toLine = (offset: number | undefined) => (offset === undefined ? undefined : lineCounter.linePos(offset).line);

  const problems: Problem[] = [
    ...doc.errors.map((error) => ({ error, severity: 'error' as const })),
    ...doc.warnings.map((error) => ({ error, severity: 'warning' as const })),
  ].map(({ error, severity }) => ({
    file,
    line: toLine(error.pos[0]),
    message: `YAML: ${YAML_ERROR_MESSAGES[error.code] ?? `het bestand is geen geldige YAML (${error.code})`}`,
    severity,
  }));

  const lineOf = (path: YamlPath): number | undefined => {
    let node: unknown = doc.contents;
    let line = isMap(node) || isSeq(node) ? toLine(node.range?.[0]) : undefined;
    for (const segment of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === segment);
        if (!pair) break;
        line = (isScalar(pair.key) ? toLine(pair.key.range?.[0]) : undefined) ?? line;
        node = pair.value;
      } else if (isSeq(node) && typeof segment === 'number') {
        const item: unknown = node.items[segment];
        if (!item) break;
        line = (isMap(item) || isSeq(item) || isScalar(item) ? toLine(item.range?.[0]) : undefined) ?? line;
        node = item;
      } else {
        break;
      }
    }
    return line;
  };

  const hasErrors = doc.errors.length > 0;
  return { data: hasErrors ? undefined : doc.toJS(), problems, lineOf };
}

/** `groups[2].questions[0].label`: the way an author finds the spot in the YAML. */
export function formatYamlPath(path: YamlPath): string {
  return path
    .map((segment, index) =>
      typeof segment === 'number' ? `[${segment}]` : `${index === 0 ? '' : '.'}${String(segment)}`,
    )
    .join('');
}

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  boolean: 'true of false',
  array: 'een lijst',
  object: 'een blok met sleutels',
};

/**
 * Dutch default messages for zod issues. Pass as the per-parse `error` option: messages a schema
 * sets itself still win, this only replaces zod's English defaults.
 */
export const dutchIssueMessage: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? 'ontbreekt' : `verwacht ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'unrecognized_keys':
      return `onbekende sleutel: ${issue.keys.join(', ')}`;
    case 'invalid_value':
      return issue.values.length === 1
        ? `moet ${String(issue.values[0])} zijn`
        : `kies uit: ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `noem er minstens ${issue.minimum}`
        : `te kort (minstens ${issue.minimum} tekens)`;
    case 'too_big':
      return issue.origin === 'array'
        ? `noem er hoogstens ${issue.maximum}`
        : `te lang (hoogstens ${issue.maximum} tekens)`;
    case 'invalid_format':
      return 'de vorm klopt niet';
    default:
      return undefined;
  }
};

/**
 * zod reports a failed union as one issue holding every branch's failures. When exactly one branch
 * recognised the keys, its own issues say far more precisely what is wrong, so report those.
 */
function flattenUnions(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== 'invalid_union') return [issue];
    const matching = issue.errors.filter(
      (branch) => !branch.some((inner) => inner.code === 'unrecognized_keys' && inner.path.length === 0),
    );
    const [only] = matching;
    if (matching.length !== 1 || !only) return [issue];
    return flattenUnions(only.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] })));
  });
}

export function issuesToProblems(
  file: string,
  issues: readonly z.core.$ZodIssue[],
  lineOf: (path: YamlPath) => number | undefined,
): Problem[] {
  return flattenUnions(issues).map((issue) => {
    const path = issue.code === 'unrecognized_keys' && issue.keys[0] ? [...issue.path, issue.keys[0]] : issue.path;
    const where = formatYamlPath(issue.path);
    return {
      file,
      line: lineOf(path),
      message: where ? `${where}: ${issue.message}` : issue.message,
      severity: 'error',
    };
  });
}
