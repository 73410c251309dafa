import { describe, expect, it } from 'vitest';
import { handhaving } from '../test/fixtures/checklists';
import { createFakeServices } from '../test/fixtures/fake-services';
import { checklistSessionKey } from './checklist-session';
import { ConsequenceCheckModel } from './ConsequenceCheckModel';

async function loadedModel(services = createFakeServices()) {
  const model = new ConsequenceCheckModel(services, handhaving);
  for (let i = 0; i < 50 && !model.loaded.value; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  expect(model.loaded.value).toBe(true);
  return model;
}

const firedIds = (model: ConsequenceCheckModel) => model.firedRules.value.map((rule) => rule.id);

describe('ConsequenceCheckModel', () => {
  it('starts with the choice of measure and asks nothing before it', async () => {
    const model = await loadedModel();
    expect(model.step.value).toBe('besluit');
    model.goToStep('vragen');
    expect(model.step.value).toBe('besluit');
    expect(model.applicability.value.groups).toEqual([]);

    model.chooseMeasure('boete');
    expect(model.step.value).toBe('besluit');
    model.goToStep('vragen');
    expect(model.step.value).toBe('vragen');
    expect(model.applicability.value.groups.map(({ group }) => group.id)).toContain('wonen');
  });

  it('raises "let op" while answering, and drops it when the measure no longer fits the rule', async () => {
    const model = await loadedModel();
    model.chooseMeasure('boete');
    model.answer('huurachterstand', 'ja');
    expect(firedIds(model)).not.toContain('uitzetting-met-kinderen');
    model.answer('kinderen-in-huishouden', 'ja');
    expect(firedIds(model)).toContain('uitzetting-met-kinderen');
    const rule = model.firedRules.value.find((fired) => fired.id === 'uitzetting-met-kinderen')!;
    expect(rule.hooks.map((hook) => hook.citation)).toEqual(['Awb art. 3:4 lid 2', 'Awb art. 4:84']);
    expect(rule.article).toBe('vroegsignalering-schulden');

    // Wonen and kinderen are not asked for a waarschuwing, so their answers no longer count.
    model.chooseMeasure('waarschuwing');
    expect(firedIds(model)).not.toContain('uitzetting-met-kinderen');
    expect(model.applicability.value.notApplicable.map((group) => group.id)).toContain('wonen');
  });

  it('asks the questions screen by screen, lists what is open per screen, and finds the screen again', async () => {
    const services = createFakeServices();
    const model = await loadedModel(services);
    model.chooseMeasure('boete');
    model.goToStep('vragen');
    expect(model.questionPart.value).toBe(0);
    expect(model.parts.value.length).toBeGreaterThan(1);
    const firstScreen = model.unansweredPerPart.value[0]!.map((question) => question.id);
    expect(firstScreen).toContain('huurachterstand');
    expect(firstScreen).not.toContain('verwijtbaar');

    model.answer('huurachterstand', 'nee');
    expect(model.unansweredPerPart.value[0]!.map((question) => question.id)).not.toContain('huurachterstand');
    const last = model.parts.value.length - 1;
    model.goToQuestionPart(last);
    model.goToQuestionPart(last + 1);
    expect(model.questionPart.value).toBe(last);
    await model.settled();

    const reopened = await loadedModel(services);
    expect(reopened.step.value).toBe('vragen');
    expect(reopened.questionPart.value).toBe(last);

    // Another measure has other screens, so it starts at the first again.
    reopened.chooseMeasure('waarschuwing');
    expect(reopened.questionPart.value).toBe(0);
  });

  it('keeps measure, step, answers, notes, omgekeerde toets and conclusion in the session and finds them again', async () => {
    const services = createFakeServices();
    const first = await loadedModel(services);
    first.chooseMeasure('terugvordering');
    first.goToStep('omgekeerde-toets');
    first.answer('schuldhulp-loopt', 'ja');
    first.setNote('schuldhulp-loopt', 'Minnelijk traject');
    first.setReverseTest('purpose', 'Terugkrijgen wat te veel is betaald');
    first.chooseConclusion('voorleggen');
    first.setExplanation('Eerst overleg met de bewindvoerder');
    await first.settled();

    const second = await loadedModel(services);
    expect(second.measure.value?.id).toBe('terugvordering');
    expect(second.step.value).toBe('omgekeerde-toets');
    expect(second.state.value.notes).toEqual({ 'schuldhulp-loopt': 'Minnelijk traject' });
    expect(second.firedRules.value.map((rule) => rule.id)).toContain('schuldregeling-en-nieuwe-vordering');
    expect(second.weighingText.value).toContain('Eerst voorleggen aan het doorbraak- of maatwerkoverleg');
    expect(second.weighingText.value).toContain('Eerst overleg met de bewindvoerder.');
  });

  it('"Nieuwe afweging" forgets everything, also in the session store', async () => {
    const services = createFakeServices();
    const model = await loadedModel(services);
    model.chooseMeasure('maatregel');
    model.answer('verwijtbaar', 'nee');
    await model.settled();
    model.reset();
    await model.settled();
    expect(model.step.value).toBe('besluit');
    expect(model.firedRules.value).toEqual([]);
    expect(services.sessionData.has(checklistSessionKey('handhaving'))).toBe(false);
    expect((await loadedModel(services)).hasProgress.value).toBe(false);
  });

  it('lists the questions still open and removes an emptied note', async () => {
    const model = await loadedModel();
    model.chooseMeasure('waarschuwing');
    const total = model.unanswered.value.length;
    model.answer('traject-loopt', 'nee');
    expect(model.unanswered.value).toHaveLength(total - 1);
    model.setNote('traject-loopt', 'Nagevraagd');
    model.setNote('traject-loopt', '  ');
    expect(model.state.value.notes).toEqual({});
  });

  it('copies the weighing text and warns about what looks like personal data in a note', async () => {
    const services = createFakeServices();
    const model = await loadedModel(services);
    model.chooseMeasure('boete');
    model.answer('huurachterstand', 'ja');
    model.setNote('huurachterstand', 'Verhuurder belde over IBAN NL91ABNA0417164300');
    await model.copyWeighingText();
    expect(services.copied).toEqual([model.weighingText.value]);
    expect(services.copied[0]).toMatch(/^Afweging van de gevolgen van het voorgenomen besluit/);
    expect(model.copyStatus.value?.warning).toContain(
      'bij "Toelichting bij: Huurachterstand of dreigende huisuitzetting?" staat iets dat lijkt op een IBAN',
    );
  });
});
