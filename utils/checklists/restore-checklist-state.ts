import { checklistStateSchema, type ChecklistState } from '../schemas/checklist';

/**
 * Reads a work-in-progress state back from session storage. Anything that does not match the
 * current version is dropped rather than half-read: losing a draft is better than showing answers
 * that belong to other questions. When the state shape changes, bump CHECKLIST_STATE_VERSION and
 * convert the old shape here before parsing.
 */
export function restoreChecklistState(stored: unknown): ChecklistState | undefined {
  const parsed = checklistStateSchema.safeParse(stored);
  return parsed.success ? parsed.data : undefined;
}
