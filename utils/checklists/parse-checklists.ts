/**
 * Reads checklist definition files (`knowledge/checklists/*.yaml`) and reports everything an
 * author at a municipality could get wrong, in Dutch and with line numbers.
 *
 * Errors make a file unusable (schema mismatch, duplicate or dangling ids). Guidelines from
 * checklist research (5–9 items per pause point, labels of at most 8 words, a "waarom" of at most
 * three sentences) are warnings: a municipality may have good reasons to deviate, and a longer list
 * is still better than a rejected pack.
 */
import type { Problem } from '../knowledge/problem';
import { dutchIssueMessage, issuesToProblems, readYaml } from '../knowledge/yaml-problems';

import { checklistDefinitionSchema, type ChecklistDefinition } from '../schemas/checklist';
import { checkConsequenceCheck, checkConversation, type Report } from './check-checklist-definition';

export interface ParsedChecklist {
  /** The definition when the file has no errors (warnings are allowed). */
  definition?: ChecklistDefinition;
  problems: Problem[];
}

export interface ChecklistFile {
  /** Path relative to the pack directory, e.g. `checklists/handhaving.yaml`. */
  file: string;
  source: string;
}

export function parseChecklist(file: string, source: string): ParsedChecklist {
  const yaml = readYaml(file, source);
  if (yaml.data === undefined) return { problems: yaml.problems };

  const parsed = checklistDefinitionSchema.safeParse(yaml.data, { error: dutchIssueMessage });
  if (!parsed.success) {
    return { problems: [...yaml.problems, ...issuesToProblems(file, parsed.error.issues, yaml.lineOf)] };
  }

  const problems = [...yaml.problems];
  const report: Report = (path, message, severity = 'error') =>
    problems.push({ file, line: yaml.lineOf(path), message, severity });
  const definition = parsed.data;
  if (definition.kind === 'conversation') checkConversation(definition, report);
  else checkConsequenceCheck(definition, report);

  const hasErrors = problems.some((problem) => problem.severity === 'error');
  return hasErrors ? { problems } : { definition, problems };
}

/** Parses several files and also checks that no two define the same checklist id. */
export function parseChecklists(files: readonly ChecklistFile[]): {
  definitions: ChecklistDefinition[];
  problems: Problem[];
} {
  const definitions: ChecklistDefinition[] = [];
  const problems: Problem[] = [];
  const firstFileById = new Map<string, string>();
  for (const { file, source } of files) {
    const parsed = parseChecklist(file, source);
    problems.push(...parsed.problems);
    if (!parsed.definition) continue;
    const first = firstFileById.get(parsed.definition.id);
    if (first !== undefined) {
      problems.push({
        file,
        line: readYaml(file, source).lineOf(['id']),
        message: `id '${parsed.definition.id}' wordt ook gebruikt in ${first}`,
        severity: 'error',
      });
      continue;
    }
    firstFileById.set(parsed.definition.id, file);
    definitions.push(parsed.definition);
  }
  return { definitions, problems };
}
