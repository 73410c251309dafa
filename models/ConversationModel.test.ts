import { describe, expect, it } from 'vitest';
import { gesprek } from '../test/fixtures/checklists';
import { createFakeServices } from '../test/fixtures/fake-services';
import { checklistSessionKey } from './checklist-session';
import { ConversationModel } from './ConversationModel';

async function loadedModel(services = createFakeServices()) {
  const model = new ConversationModel(services, gesprek);
  await waitFor(() => model.loaded.value);
  return model;
}

async function waitFor(condition: () => boolean) {
  for (let i = 0; i < 50 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 0));
  expect(condition()).toBe(true);
}

/** What an earlier panel left in the session store. */
function storeDraft(services: ReturnType<typeof createFakeServices>, answers: Record<string, string>) {
  services.sessionData.set(checklistSessionKey('gesprek'), {
    version: 1,
    kind: 'conversation',
    checklistId: 'gesprek',
    answers,
    agreements: [],
  });
}

describe('ConversationModel', () => {
  it('keeps answers, agreements, contact route and phase in the session store and finds them again', async () => {
    const services = createFakeServices();
    const first = await loadedModel(services);
    first.answer('rustige-uitnodiging', 'gedaan');
    first.answer('rustige-plek', 'nog-doen');
    first.goToPhase('afronden');
    expect(first.addAgreement({ what: 'Stuur de loonstroken op', who: 'inwoner', due: '2026-12-04' })).toBeUndefined();
    first.setContactRoute('e-mail');
    await first.settled();

    // A new model over the same store is what reopening the panel does.
    const second = await loadedModel(services);
    expect(second.state.value.answers).toEqual({ 'rustige-uitnodiging': 'gedaan', 'rustige-plek': 'nog-doen' });
    expect(second.phase.value.id).toBe('afronden');
    expect(second.state.value.agreements.map((agreement) => agreement.what)).toEqual(['Stuur de loonstroken op']);
    expect(second.summary.value).toContain('Mail [naam consulent]');
  });

  it('"Nieuw gesprek" forgets everything, also in the session store', async () => {
    const services = createFakeServices();
    const model = await loadedModel(services);
    model.answer('rustige-plek', 'gedaan');
    model.goToPhase('tijdens-het-gesprek');
    await model.settled();
    expect(services.sessionData.has(checklistSessionKey('gesprek'))).toBe(true);

    model.reset();
    await model.settled();
    expect(model.state.value.answers).toEqual({});
    expect(model.phase.value.id).toBe('voorbereiden');
    expect(services.sessionData.has(checklistSessionKey('gesprek'))).toBe(false);
    expect((await loadedModel(services)).hasProgress.value).toBe(false);
  });

  it('shows unanswered and "nog doen" items as open at the pause point, not as done', async () => {
    const model = await loadedModel();
    const ids = gesprek.phases[0]!.items.map((item) => item.id);
    ids.forEach((id) => model.answer(id, 'gedaan'));
    model.answer(ids[1]!, 'nog-doen');
    model.answer(ids[2]!, 'nvt');
    expect(model.openItems.value.voorbereiden!.toDo.map((item) => item.id)).toEqual([ids[1]]);
    expect(model.openItems.value.voorbereiden!.unanswered).toEqual([]);
    expect(model.openItems.value['tijdens-het-gesprek']!.unanswered).toHaveLength(gesprek.phases[1]!.items.length);
  });

  it('refuses an agreement without a task or a date after today, and says why', async () => {
    const model = await loadedModel(createFakeServices({ now: new Date('2026-11-23T12:00:00+01:00') }));
    expect(model.addAgreement({ what: ' ', who: 'inwoner', due: '' })).toEqual({
      what: 'Beschrijf wat er moet gebeuren.',
      due: 'Kies een datum.',
    });
    expect(model.addAgreement({ what: 'Bel de bewindvoerder', who: 'gemeente', due: '2026-11-23' })).toEqual({
      due: 'Kies een datum na vandaag.',
    });
    expect(model.state.value.agreements).toEqual([]);
  });

  it('writes the follow-up summary with concrete dates and copies it in one call', async () => {
    const services = createFakeServices();
    const model = await loadedModel(services);
    model.addAgreement({ what: 'Stuur de loonstroken van oktober op', who: 'inwoner', due: '2026-12-04' });
    model.addAgreement({ what: 'Wij bellen u', who: 'gemeente', due: '2026-12-10' });
    expect(model.summary.value).toContain(
      'Wat moet u doen?\n- Stuur de loonstroken van oktober op vóór vrijdag 4 december 2026.',
    );
    await model.copySummary();
    expect(services.copied).toEqual([model.summary.value]);
    expect(model.copyStatus.value).toEqual({ ok: true, message: 'Gekopieerd. U kunt de tekst nu plakken.' });
  });

  it('warns again when the copied text holds what looks like personal data', async () => {
    const services = createFakeServices();
    const model = await loadedModel(services);
    model.addAgreement({ what: 'Bel over BSN 111222333', who: 'inwoner', due: '2026-12-04' });
    await model.copySummary();
    expect(model.copyStatus.value?.warning).toBe(
      'Let op: bij "Afspraak 1" staat iets dat lijkt op een BSN. Haal gegevens van de inwoner weg voordat u de tekst gebruikt.',
    );
  });

  it('says so when copying fails', async () => {
    const services = createFakeServices();
    services.clipboard.writeText = async () => {
      throw new Error('denied');
    };
    const model = await loadedModel(services);
    await model.copySummary();
    expect(model.copyStatus.value?.ok).toBe(false);
    expect(model.copyStatus.value?.message).toMatch(/niet gelukt/);
  });

  it('does not take back a damaged draft', async () => {
    const services = createFakeServices();
    storeDraft(services, { 'rustige-plek': 'misschien' });
    expect((await loadedModel(services)).state.value.answers).toEqual({});
  });

  it('lets an answer given while the draft is still loading win over the stored one', async () => {
    const services = createFakeServices();
    storeDraft(services, { 'rustige-plek': 'nvt' });
    const model = new ConversationModel(services, gesprek);
    model.answer('rustige-plek', 'gedaan');
    await waitFor(() => model.loaded.value);
    expect(model.state.value.answers).toEqual({ 'rustige-plek': 'gedaan' });
  });

  it('tells the user when the progress cannot be kept', async () => {
    const services = createFakeServices();
    services.session.set = async () => {
      throw new Error('quota');
    };
    const model = await loadedModel(services);
    model.answer('rustige-plek', 'gedaan');
    await model.settled();
    expect(model.saveProblem.value).toMatch(/niet bewaren/);
  });
});
