import { signal } from '@preact/signals';
import { describe, expect, it } from 'vitest';
import { gesprek, handhaving } from '../test/fixtures/checklists';
import { createFakeServices } from '../test/fixtures/fake-services';
import type { ChecklistDefinition } from '../utils/schemas/checklist';
import { createChecklistModels } from './checklist-models';

describe('createChecklistModels', () => {
  it('gives a model per checklist kind, and none when the pack has no such checklist', () => {
    const models = createChecklistModels(createFakeServices(), signal<ChecklistDefinition[]>([handhaving]));
    expect(models.conversation.value).toBeUndefined();
    expect(models.consequenceCheck.value?.definition.value.id).toBe('handhaving');
  });

  it('keeps the model for an equal definition and makes a new one, with the same draft, for an adapted one', async () => {
    const services = createFakeServices();
    const checklists = signal<ChecklistDefinition[]>([gesprek, handhaving]);
    const models = createChecklistModels(services, checklists);
    const first = models.conversation.value!;
    first.answer('rustige-plek', 'gedaan');
    await first.settled();

    checklists.value = [structuredClone(gesprek), handhaving];
    expect(models.conversation.value).toBe(first);

    const adapted = { ...gesprek, title: 'Gesprek met een inwoner (Utrecht)' };
    checklists.value = [adapted, handhaving];
    const second = models.conversation.value!;
    expect(second).not.toBe(first);
    expect(second.definition.value.title).toBe('Gesprek met een inwoner (Utrecht)');
    for (let i = 0; i < 50 && !second.loaded.value; i++) await new Promise((resolve) => setTimeout(resolve, 0));
    expect(second.state.value.answers).toEqual({ 'rustige-plek': 'gedaan' });
  });
});
