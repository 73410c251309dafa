import type { CheckAnswer, ConsequenceCheck, LegalHook } from '../schemas/checklist';
import { resolveApplicability } from './applicable-questions';
import { conditionHolds } from './condition-holds';

/** A "let op" point: a rule whose condition holds for this measure and these answers. */
export interface FiredRule {
  id: string;
  title: string;
  message: string;
  hooks: LegalHook[];
  article?: string;
}

/**
 * The rules that fire, in definition order. Answers to questions that are not asked for this
 * measure are ignored, so switching measure never leaves a stale warning behind.
 */
export function evaluateRules(
  check: ConsequenceCheck,
  measure: string,
  answers: Readonly<Partial<Record<string, CheckAnswer>>>,
): FiredRule[] {
  const asked = resolveApplicability(check, measure, answers).answers;
  const hooksById = new Map(check.legalHooks.map((hook) => [hook.id, hook]));
  return check.rules
    .filter((rule) => conditionHolds(rule.when, { measure, answers: asked }))
    .map((rule) => ({
      id: rule.id,
      title: rule.title,
      message: rule.message,
      // The parser rejects unknown hook ids; filtering keeps an unvalidated definition from crashing.
      hooks: rule.hooks.flatMap((id) => hooksById.get(id) ?? []),
      ...(rule.article === undefined ? {} : { article: rule.article }),
    }));
}
