import { computed, untracked, type ReadonlySignal } from '@preact/signals';
import type { ChecklistDefinition, ConsequenceCheck, ConversationChecklist } from '../utils/schemas/checklist';
import { ConsequenceCheckModel } from './ConsequenceCheckModel';
import { ConversationModel } from './ConversationModel';
import type { KommaServices } from './services';

export interface ChecklistModels {
  conversation: ReadonlySignal<ConversationModel | undefined>;
  consequenceCheck: ReadonlySignal<ConsequenceCheckModel | undefined>;
}

/**
 * A model per definition, made again only when the definition really changes (a remote pack with
 * an adapted checklist). The new model reads the same session draft, so work in progress survives.
 */
function modelFor<D extends ChecklistDefinition, M>(
  definition: ReadonlySignal<D | undefined>,
  create: (definition: D) => M,
): ReadonlySignal<M | undefined> {
  let key: string | undefined;
  let model: M | undefined;
  return computed(() => {
    const current = definition.value;
    const next = current && JSON.stringify(current);
    if (next !== key) {
      key = next;
      model = current && untracked(() => create(current));
    }
    return model;
  });
}

/** The Gesprek and Handhaving models for the checklists of the pack in use. */
export function createChecklistModels(
  services: KommaServices,
  checklists: ReadonlySignal<readonly ChecklistDefinition[]>,
): ChecklistModels {
  const conversation = computed(() =>
    checklists.value.find((definition): definition is ConversationChecklist => definition.kind === 'conversation'),
  );
  const consequenceCheck = computed(() =>
    checklists.value.find((definition): definition is ConsequenceCheck => definition.kind === 'consequence-check'),
  );
  return {
    conversation: modelFor(conversation, (definition) => new ConversationModel(services, definition)),
    consequenceCheck: modelFor(consequenceCheck, (definition) => new ConsequenceCheckModel(services, definition)),
  };
}
