/**
 * The checks on a checklist definition beyond its schema: unique and existing ids, and the
 * guidelines from checklist research as warnings. Free of YAML, so a pack loaded in the browser
 * can run them without shipping a YAML parser; parse-checklists adds the line numbers.
 */
import type { Problem } from '../knowledge/problem';
// Type only: erased at build time, so the YAML parser stays out of the browser bundle.
import type { YamlPath } from '../knowledge/yaml-problems';
import type { ChecklistDefinition, Condition, ConsequenceCheck, ConversationChecklist } from '../schemas/checklist';
import { measuresIn, questionsIn } from './condition-holds';

export const PHASE_ITEMS_MIN = 5;
export const PHASE_ITEMS_MAX = 9;
export const GROUP_QUESTIONS_MAX = 9;
export const LABEL_WORDS_MAX = 8;
export const WHY_SENTENCES_MAX = 3;

export type Report = (path: YamlPath, message: string, severity?: Problem['severity']) => void;

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

function countSentences(text: string): number {
  return text.split(/[.!?](?:\s|$)/).filter((part) => part.trim().length > 0).length;
}

function checkWording(label: string, why: string, path: YamlPath, report: Report): void {
  if (countWords(label) > LABEL_WORDS_MAX) {
    report(
      [...path, 'label'],
      `label heeft ${countWords(label)} woorden; houd het bij ${LABEL_WORDS_MAX} of minder`,
      'warning',
    );
  }
  if (countSentences(why) > WHY_SENTENCES_MAX) {
    report(
      [...path, 'why'],
      `why heeft ${countSentences(why)} zinnen; houd het bij ${WHY_SENTENCES_MAX} of minder`,
      'warning',
    );
  }
}

/** Each entry's id with its YAML path: `prefix` is the path of the list itself. */
function idEntries(list: readonly { id: string }[], ...prefix: PropertyKey[]): { id: string; path: YamlPath }[] {
  return list.map((entry, index) => ({ id: entry.id, path: [...prefix, index] }));
}

/** Reports every id after its first occurrence. */
function checkUnique(entries: { id: string; path: YamlPath }[], what: string, report: Report): void {
  const seen = new Set<string>();
  for (const { id, path } of entries) {
    if (seen.has(id)) report([...path, 'id'], `${what} '${id}' komt twee keer voor; ids moeten uniek zijn`);
    seen.add(id);
  }
}

export function checkConversation(checklist: ConversationChecklist, report: Report): void {
  const items = checklist.phases.flatMap((phase, p) => idEntries(phase.items, 'phases', p, 'items'));
  checkUnique(idEntries(checklist.phases, 'phases'), 'fase', report);
  checkUnique(items, 'punt', report);

  checklist.phases.forEach((phase, p) => {
    const count = phase.items.length;
    if (count < PHASE_ITEMS_MIN || count > PHASE_ITEMS_MAX) {
      report(
        ['phases', p, 'items'],
        `fase '${phase.id}' heeft ${count} punten; ${PHASE_ITEMS_MIN} tot ${PHASE_ITEMS_MAX} punten per pauzemoment werkt het best`,
        'warning',
      );
    }
    phase.items.forEach((item, i) => checkWording(item.label, item.why, ['phases', p, 'items', i], report));
  });

  for (const tool of ['agreements', 'follow-up-summary'] as const) {
    const phases = checklist.phases.flatMap((phase, p) => (phase.tool === tool ? [p] : []));
    for (const p of phases.slice(1)) {
      report(['phases', p, 'tool'], `tool '${tool}' staat al bij een eerdere fase; gebruik hem één keer`);
    }
  }
}

export function checkConsequenceCheck(check: ConsequenceCheck, report: Report): void {
  const questions = check.groups.flatMap((group, g) => idEntries(group.questions, 'groups', g, 'questions'));
  checkUnique(idEntries(check.measures, 'measures'), 'maatregel', report);
  checkUnique(idEntries(check.groups, 'groups'), 'groep', report);
  checkUnique(questions, 'vraag', report);
  checkUnique(idEntries(check.legalHooks, 'legalHooks'), 'aanknopingspunt', report);
  checkUnique(idEntries(check.rules, 'rules'), 'regel', report);

  const measureIds = new Set(check.measures.map((measure) => measure.id));
  const hookIds = new Set(check.legalHooks.map((hook) => hook.id));
  const usedHooks = new Set<string>();

  const checkMeasures = (ids: readonly string[], path: YamlPath) => {
    for (const id of ids) {
      if (!measureIds.has(id)) report(path, `maatregel '${id}' bestaat niet; kies uit: ${[...measureIds].join(', ')}`);
    }
  };
  const checkHooks = (ids: readonly string[], path: YamlPath) => {
    for (const id of ids) {
      usedHooks.add(id);
      if (!hookIds.has(id)) report(path, `aanknopingspunt '${id}' staat niet onder legalHooks`);
    }
  };
  const checkCondition = (condition: Condition, path: YamlPath, known: ReadonlySet<string>, unknownMessage: string) => {
    checkMeasures(measuresIn(condition), path);
    for (const id of questionsIn(condition)) {
      if (!known.has(id)) report(path, `vraag '${id}' ${unknownMessage}`);
    }
  };

  checkHooks(check.hooks, ['hooks']);
  check.measures.forEach((measure, m) => checkHooks(measure.hooks, ['measures', m, 'hooks']));

  // showIf may only look back: that keeps the form readable top-down and rules out cycles.
  const earlier = new Set<string>();
  check.groups.forEach((group, g) => {
    if (group.appliesTo) checkMeasures(group.appliesTo, ['groups', g, 'appliesTo']);
    if (group.questions.length > GROUP_QUESTIONS_MAX) {
      report(
        ['groups', g, 'questions'],
        `groep '${group.id}' heeft ${group.questions.length} vragen; houd het bij ${GROUP_QUESTIONS_MAX} of minder`,
        'warning',
      );
    }
    group.questions.forEach((question, q) => {
      const path: YamlPath = ['groups', g, 'questions', q];
      checkWording(question.label, question.why, path, report);
      if (question.appliesTo) {
        checkMeasures(question.appliesTo, [...path, 'appliesTo']);
        const outside = question.appliesTo.filter((id) => group.appliesTo && !group.appliesTo.includes(id));
        if (outside.length > 0) {
          report(
            [...path, 'appliesTo'],
            `vraag '${question.id}' noemt ${outside.join(', ')}, maar groep '${group.id}' geldt daar niet voor`,
          );
        }
      }
      if (question.showIf) {
        checkCondition(question.showIf, [...path, 'showIf'], earlier, 'moet eerder in de lijst staan dan deze vraag');
      }
      earlier.add(question.id);
    });
  });

  check.rules.forEach((rule, r) => {
    checkCondition(rule.when, ['rules', r, 'when'], earlier, 'bestaat niet');
    checkHooks(rule.hooks, ['rules', r, 'hooks']);
  });

  check.legalHooks.forEach((hook, h) => {
    if (!usedHooks.has(hook.id)) {
      report(['legalHooks', h, 'id'], `aanknopingspunt '${hook.id}' wordt nergens gebruikt`, 'warning');
    }
  });
}

/**
 * The checks across a definition's own ids, for a definition that arrives already parsed (in a
 * pack loaded from a URL), where there are no YAML lines to point at.
 */
export function checkChecklistDefinition(file: string, definition: ChecklistDefinition): Problem[] {
  const problems: Problem[] = [];
  const report: Report = (path, message, severity = 'error') =>
    problems.push({ file, message: `${path.join('.')}: ${message}`, severity });
  if (definition.kind === 'conversation') checkConversation(definition, report);
  else checkConsequenceCheck(definition, report);
  return problems;
}

/** Knowledge article ids a checklist links to, so a pack can check they exist. */
export function checklistArticleIds(definition: ChecklistDefinition): string[] {
  const ids =
    definition.kind === 'conversation'
      ? definition.phases.flatMap((phase) => phase.items.flatMap((item) => item.articles ?? []))
      : [
          ...definition.groups.flatMap((group) => group.questions.flatMap((question) => question.articles ?? [])),
          ...definition.rules.flatMap((rule) => (rule.article ? [rule.article] : [])),
          ...(definition.reverseTest.articles ?? []),
        ];
  return [...new Set(ids)];
}

