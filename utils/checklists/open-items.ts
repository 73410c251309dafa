import type { ChecklistItem, ConversationAnswer, ConversationChecklist } from '../schemas/checklist';

export interface OpenItems {
  /** Not answered at all: shown as open at the pause point, never silently treated as done. */
  unanswered: ChecklistItem[];
  /** Answered "nog doen": the user knows, and it stays on the list. */
  toDo: ChecklistItem[];
}

/** What is still open in one phase, for its pause point. Unknown phase ids have nothing open. */
export function openItemsAt(
  checklist: ConversationChecklist,
  phaseId: string,
  answers: Readonly<Partial<Record<string, ConversationAnswer>>>,
): OpenItems {
  const items = checklist.phases.find((phase) => phase.id === phaseId)?.items ?? [];
  return {
    unanswered: items.filter((item) => answers[item.id] === undefined),
    toDo: items.filter((item) => answers[item.id] === 'nog-doen'),
  };
}
