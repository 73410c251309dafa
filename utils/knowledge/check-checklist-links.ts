import { checklistArticleIds } from '../checklists/check-checklist-definition';
import type { ChecklistDefinition } from '../schemas/checklist';
import type { Problem } from './problem';

/** Every knowledge article a checklist links to must be in the same pack. */
export function checkChecklistLinks(
  checklists: readonly ChecklistDefinition[],
  articleIds: readonly string[],
  fileOf: (checklistId: string) => string,
): Problem[] {
  const known = new Set(articleIds);
  return checklists.flatMap((definition) =>
    checklistArticleIds(definition)
      .filter((id) => !known.has(id))
      .map((id) => ({
        file: fileOf(definition.id),
        message: `verwijst naar artikel '${id}', maar dat artikel staat niet in het pakket`,
        severity: 'error' as const,
      })),
  );
}
