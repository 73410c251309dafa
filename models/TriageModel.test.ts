import { describe, expect, it } from 'vitest';
import { createFakeServices } from '../test/fixtures/fake-services';
import { createFakeTriage, groupOf, makeTriageSignal } from '../test/fixtures/fake-triage';
import { article, pack } from '../test/fixtures/packs';
import type { UserRole } from '../utils/schemas/roles';
import { KnowledgeModel } from './KnowledgeModel';
import { PanelModel } from './PanelModel';
import { TriageModel } from './TriageModel';

const first = makeTriageSignal({ summary: 'Geen termijn voor bijzondere bijstand in de verordening' });
const second = makeTriageSignal({
  summary: 'Bijzondere bijstand: inwoners wachten weken op een besluit',
  context: {
    source: { kind: 'article', ref: 'bijzondere-bijstand' },
    role: 'inkomensconsulent',
    municipality: 'Leeuwarden',
    appVersion: '0.1.0',
  },
});
const loner = makeTriageSignal({
  category: 'brieven-communicatie',
  summary: 'De brief over terugvordering is onbegrijpelijk',
  context: { source: { kind: 'general' }, role: 'handhaver', municipality: 'Leeuwarden', appVersion: '0.1.0' },
});
const ruleGroup = groupOf('rule-0123456789abcdef', [first, second], { rule: 'Verordening bijzondere bijstand art. 4' });
const lonerGroup = groupOf(`signal-${loner.id}`, [loner]);

async function setup({ role = 'signaleringsconsulent' as UserRole } = {}) {
  const fake = createFakeTriage({ groups: [ruleGroup, lonerGroup], signals: [first, second, loner] });
  const services = createFakeServices({ profile: { version: 1, role } }, { triage: fake.client });
  const panel = new PanelModel(services);
  await panel.init();
  const knowledge = new KnowledgeModel(
    services,
    pack([
      article({ id: 'kostendelersnorm', title: 'Kostendelersnorm' }),
      article({ id: 'bijzondere-bijstand', title: 'Bijzondere bijstand' }),
      article({ id: 'afstemming', title: 'Afstemming van de uitkering' }),
    ]),
    () => ({ search: () => [] }),
  );
  const model = new TriageModel(services, panel, knowledge);
  return { model, fake, panel };
}

describe('TriageModel: who may triage', () => {
  it('is for signaleringsconsulenten and beleidsmedewerkers only', async () => {
    expect((await setup({ role: 'signaleringsconsulent' })).model.eligible.value).toBe(true);
    expect((await setup({ role: 'beleidsmedewerker' })).model.eligible.value).toBe(true);
    expect((await setup({ role: 'inkomensconsulent' })).model.eligible.value).toBe(false);
  });

  it('learns from the first groups request that a token may only send signals', async () => {
    const { model, fake } = await setup();
    fake.fail('groups', { kind: 'forbidden', status: 403, message: 'Met dit token kunt u alleen signalen versturen.' });
    await model.loadGroups();
    expect(model.access.value).toBe('forbidden');
    expect(model.accessProblem.value?.message).toBe('Met dit token kunt u alleen signalen versturen.');
    expect(model.groups.value).toEqual([]);

    await model.loadGroups();
    expect(model.access.value).toBe('granted');
    expect(model.groups.value.map((group) => group.key)).toEqual([ruleGroup.key, lonerGroup.key]);
  });

  it('keeps a working view through a passing network fault, and shows the fault', async () => {
    const { model, fake } = await setup();
    await model.loadGroups();
    fake.fail('groups', {
      kind: 'rate-limited',
      status: 429,
      retryAfterMs: 30_000,
      message: 'Probeer het over 30 seconden opnieuw.',
    });
    await model.loadGroups();
    expect(model.access.value).toBe('granted');
    expect(model.listProblem.value?.kind).toBe('rate-limited');
    expect(model.groups.value).toHaveLength(2);
  });

  it('turns a transport that throws into a problem instead of an unhandled error', async () => {
    const { model, fake } = await setup();
    fake.client.groups.mockRejectedValueOnce(new Error('De achtergrond van Komma reageert niet.'));
    await model.loadGroups();
    expect(model.access.value).toBe('unavailable');
    expect(model.accessProblem.value).toEqual({ kind: 'network', message: 'De achtergrond van Komma reageert niet.' });
  });
});

describe('TriageModel: filters', () => {
  it('passes status and category to the inbox', async () => {
    const { model, fake } = await setup();
    model.setFilters({ status: 'nieuw', category: 'lokaal-beleid' });
    await expect.poll(() => model.groupsLoaded.value).toBe(true);
    expect(fake.client.groups).toHaveBeenLastCalledWith({ status: 'nieuw', category: 'lokaal-beleid' });
  });

  it('keeps the groups with a signal that matches the words and the period', async () => {
    const { model, fake } = await setup();
    model.setFilters({ text: 'brief', period: '30' });
    await expect.poll(() => model.loadingGroups.value).toBe(false);
    expect(fake.client.signals).toHaveBeenCalledWith({ q: 'brief', from: '2026-10-25', limit: 500, offset: 0 });
    expect(model.groups.value.map((group) => group.key)).toEqual([lonerGroup.key]);

    model.resetFilters();
    await expect.poll(() => model.groups.value.length).toBe(2);
  });
});

describe('TriageModel: a group and its status', () => {
  it('opens a group with its signals and suggests the articles they were made from first', async () => {
    const { model } = await setup();
    await model.loadGroups();
    await model.open(ruleGroup.key);
    expect(model.openGroup.value?.title).toBe(ruleGroup.title);
    expect(model.members.value.map((member) => member.id)).toEqual([first.id, second.id]);
    expect(model.articleSuggestions.value.map((a) => a.id)).toEqual([
      'bijzondere-bijstand',
      'afstemming',
      'kostendelersnorm',
    ]);
  });

  it('needs an answer for a closing status and sends nothing without one', async () => {
    const { model, fake } = await setup();
    await model.loadGroups();
    await model.open(ruleGroup.key);
    model.startStatus({ group: ruleGroup.key });
    expect(model.statusDraft.value).toMatchObject({ status: 'in-behandeling', answer: '' });
    model.editStatus('status', 'beleid-aangepast');
    expect(await model.saveStatus()).toBe(false);
    expect(model.statusErrors.value.answer).toBe(
      'Schrijf een kort antwoord voor de melder. Bij "Beleid aangepast" is dat verplicht.',
    );
    expect(fake.client.setStatus).not.toHaveBeenCalled();

    model.editStatus('answer', 'De verordening noemt nu een termijn van acht weken.');
    model.editStatus('articleId', 'bijzondere-bijstand');
    expect(model.statusErrors.value.answer).toBeUndefined();
    expect(await model.saveStatus()).toBe(true);
    expect(fake.client.setStatus).toHaveBeenCalledWith(
      { group: ruleGroup.key },
      {
        status: 'beleid-aangepast',
        answer: 'De verordening noemt nu een termijn van acht weken.',
        articleId: 'bijzondere-bijstand',
      },
    );
    expect(model.notice.value).toBe(
      'Status "Beleid aangepast" opgeslagen voor 2 signalen. De melders zien uw antwoord bij Mijn signalen.',
    );
    expect(model.statusDraft.value).toBeUndefined();
  });

  it('moves a status without an answer on, for one signal', async () => {
    const { model, fake } = await setup();
    await model.loadGroups();
    await model.open(ruleGroup.key);
    model.startStatus({ signal: second.id });
    model.editStatus('status', 'voorgelegd-aan-beleid');
    expect(await model.saveStatus()).toBe(true);
    expect(fake.client.setStatus).toHaveBeenCalledWith({ signal: second.id }, { status: 'voorgelegd-aan-beleid' });
  });

  it('will not send an answer with a BSN, and one click replaces it', async () => {
    const { model, fake } = await setup();
    await model.loadGroups();
    await model.open(ruleGroup.key);
    model.startStatus({ group: ruleGroup.key });
    model.editStatus('status', 'opgelost');
    model.editStatus('answer', 'Opgelost voor de inwoner met BSN 111222333.');
    expect(model.answerBlocked.value).toBe(
      'Het antwoord bevat een BSN. Dat mag nooit naar de melder. Haal het weg of vervang het door een plaatshouder.',
    );
    expect(await model.saveStatus()).toBe(false);
    expect(model.statusErrors.value.answer).toBe(model.answerBlocked.value);
    expect(fake.client.setStatus).not.toHaveBeenCalled();

    model.redactAnswer();
    expect(model.statusDraft.value?.answer).toBe('Opgelost voor de inwoner met BSN [BSN].');
    expect(model.answerBlocked.value).toBeUndefined();
    expect(await model.saveStatus()).toBe(true);
  });

  it('checks the article id and shows the inbox reasons when it refuses', async () => {
    const { model, fake } = await setup();
    await model.loadGroups();
    await model.open(ruleGroup.key);
    model.startStatus({ group: ruleGroup.key });
    model.editStatus('articleId', 'Bijzondere Bijstand');
    expect(await model.saveStatus()).toBe(false);
    expect(model.statusErrors.value.articleId).toMatch(/kleine letters, cijfers en streepjes/);

    model.editStatus('articleId', 'bijzondere-bijstand');
    const reasons = [{ path: 'answer', message: 'Dit lijkt een IBAN.' }];
    fake.fail('setStatus', { kind: 'rejected', status: 400, message: 'Het antwoord bevat persoonsgegevens.', reasons });
    expect(await model.saveStatus()).toBe(false);
    expect(model.statusProblem.value).toMatchObject({ message: 'Het antwoord bevat persoonsgegevens.', reasons });
    expect(model.statusDraft.value).toBeDefined();
  });
});

describe('TriageModel: merging and export', () => {
  it('makes a new group of at least two selected signals and opens it', async () => {
    const { model, fake } = await setup();
    await model.loadGroups();
    await model.open(ruleGroup.key);
    model.toggle(first.id, true);
    expect(await model.mergeSelectionIntoNewGroup('Termijnen')).toBe(false);
    expect(model.groupProblem.value?.message).toBe('Kies ten minste twee signalen voor een nieuwe groep.');

    model.selectAll(true);
    const merged = groupOf('merged-1', [first, second], { title: 'Termijnen' });
    fake.state.groups = [merged, lonerGroup];
    expect(await model.mergeSelectionIntoNewGroup(' Termijnen ')).toBe(true);
    expect(fake.client.merge).toHaveBeenCalledWith({ signalIds: [first.id, second.id], title: 'Termijnen' });
    expect(model.openKey.value).toBe('merged-1');
    expect(model.openGroup.value?.kind).toBe('merged');
    expect(model.selected.value.size).toBe(0);
    expect(model.notice.value).toBe('Nieuwe groep "Termijnen" gemaakt met 2 signalen.');
  });

  it('adds the signals of other groups to the open one', async () => {
    const { model, fake } = await setup();
    await model.loadGroups();
    await model.open(ruleGroup.key);
    fake.state.groups = [groupOf('merged-1', [first, second, loner])];
    expect(await model.addGroupsToOpen([lonerGroup.key])).toBe(true);
    expect(fake.client.merge).toHaveBeenCalledWith({ target: ruleGroup.key, signalIds: [loner.id] });
    expect(model.openKey.value).toBe('merged-1');
    expect(model.members.value).toHaveLength(3);
  });

  it('takes a signal out of a hand-made group, and closes a group that no longer exists', async () => {
    const { model, fake } = await setup();
    fake.state.groups = [groupOf('merged-1', [first, second])];
    await model.loadGroups();
    await model.open('merged-1');
    fake.state.groups = [groupOf('merged-1', [first]), groupOf(`signal-${second.id}`, [second])];
    expect(await model.removeFromOpen(second.id)).toBe(true);
    expect(fake.client.removeFromGroup).toHaveBeenCalledWith('merged-1', second.id);
    expect(model.members.value.map((member) => member.id)).toEqual([first.id]);
    expect(model.notice.value).toBe(`"${second.summary}" is uit de groep gehaald.`);

    fake.state.groups = [groupOf(`signal-${first.id}`, [first])];
    expect(await model.removeFromOpen(first.id)).toBe(true);
    expect(model.openKey.value).toBeUndefined();
    expect(model.notice.value).toMatch(/De groep bestaat niet meer in deze vorm\.$/);
  });

  it('exports the group, or only the selection, and says where the file went', async () => {
    const { model, fake } = await setup();
    await model.loadGroups();
    await model.open(ruleGroup.key);
    const file = await model.exportFile('markdown', 'group');
    expect(file?.fileName).toBe('komma-signalen-2026-11-23.md');
    expect(fake.client.export).toHaveBeenLastCalledWith({ format: 'markdown', group: ruleGroup.key });
    expect(model.notice.value).toBe('komma-signalen-2026-11-23.md is gemaakt. U vindt het bij uw downloads.');

    model.toggle(second.id, true);
    await model.exportFile('csv', 'selection');
    expect(fake.client.export).toHaveBeenLastCalledWith({ format: 'csv', ids: second.id });

    fake.fail('export', { kind: 'server-error', status: 503, message: 'De inbox heeft een storing (code 503).' });
    expect(await model.exportFile('csv', 'group')).toBeUndefined();
    expect(model.groupProblem.value?.status).toBe(503);
  });

  it('makes one file of a double click on a download button', async () => {
    const { model, fake } = await setup();
    await model.loadGroups();
    await model.open(ruleGroup.key);
    const [first, second] = await Promise.all([
      model.exportFile('markdown', 'group'),
      model.exportFile('markdown', 'group'),
    ]);
    expect(first?.fileName).toBe('komma-signalen-2026-11-23.md');
    expect(second).toBeUndefined();
    expect(fake.client.export).toHaveBeenCalledOnce();
  });
});
