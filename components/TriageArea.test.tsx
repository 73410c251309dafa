import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { KnowledgeModel } from '../models/KnowledgeModel';
import { PanelModel } from '../models/PanelModel';
import { SignalsModel } from '../models/SignalsModel';
import { TriageModel } from '../models/TriageModel';
import { createFakeServices } from '../test/fixtures/fake-services';
import { createFakeTriage, groupOf, makeTriageSignal } from '../test/fixtures/fake-triage';
import { article, pack } from '../test/fixtures/packs';
import type { UserRole } from '../utils/schemas/roles';
import { AppContext } from './AppContext';
import { SignalsArea } from './SignalsArea';

afterEach(cleanup);

const first = makeTriageSignal({
  summary: 'Geen termijn voor bijzondere bijstand in de verordening',
  description: 'Inwoners wachten soms acht weken.',
  suggestion: 'Noem een termijn van vier weken.',
  rule: 'Verordening bijzondere bijstand art. 4',
});
const second = makeTriageSignal({
  summary: 'Bijzondere bijstand: besluit duurt te lang',
  rule: 'Verordening bijzondere bijstand art. 4',
});
const group = groupOf('rule-0123456789abcdef', [first, second], {
  rule: 'Verordening bijzondere bijstand art. 4',
  trend: { last30Days: 2, previous30Days: 0 },
});

async function renderArea({ role = 'signaleringsconsulent' as UserRole } = {}) {
  const fake = createFakeTriage({ groups: [group], signals: [first, second] });
  const services = createFakeServices(
    { user: { version: 1, values: { signalEndpoint: 'https://inbox.example' } }, profile: { version: 1, role } },
    { triage: fake.client },
  );
  const panel = new PanelModel(services);
  await panel.init();
  const knowledge = new KnowledgeModel(
    services,
    pack([article({ id: 'bijzondere-bijstand', title: 'Bijzondere bijstand' })]),
    () => ({ search: () => [] }),
  );
  const signals = new SignalsModel(services, panel);
  const triage = new TriageModel(services, panel, knowledge);
  render(
    <AppContext.Provider value={{ services, panel, knowledge, signals, triage }}>
      <SignalsArea />
    </AppContext.Provider>,
  );
  return { fake, triage };
}

async function openGroup() {
  fireEvent.click(await screen.findByRole('button', { name: group.title }));
  await screen.findByRole('list', { name: 'Signalen in deze groep' });
}

function startGroupStatus() {
  fireEvent.click(screen.getByRole('button', { name: 'Status en antwoord voor de hele groep' }));
  return screen.getByRole('form', { name: 'Status en antwoord: alle 2 signalen' });
}

describe('Signalen area: the Triage view', () => {
  it('opens on Triage for a signaleringsconsulent, with groups, counts and a trend not told by colour', async () => {
    await renderArea();
    const nav = screen.getByRole('navigation', { name: 'Onderdelen van Signalen' });
    expect(within(nav).getByRole('link', { name: 'Triage' }).getAttribute('aria-current')).toBe('page');
    const list = await screen.findByRole('list', { name: 'Groepen van signalen' });
    const [entry] = within(list).getAllByRole('listitem');
    expect(entry!.textContent).toContain('2 signalen');
    expect(entry!.textContent).toContain('2 nieuw');
    expect(within(entry!).getByRole('img', { name: 'stijgend' }).textContent).toBe('↑');
    expect(entry!.textContent).toContain('2 in de laatste 30 dagen, 0 in de 30 dagen daarvoor');

    fireEvent.click(within(nav).getByRole('link', { name: 'Mijn signalen' }));
    expect(screen.getByRole('heading', { name: 'Mijn signalen' })).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Groepen van signalen' })).toBeNull();
  });

  it('has no Triage for a consultant who only signals', async () => {
    const { fake } = await renderArea({ role: 'inkomensconsulent' });
    expect(screen.queryByRole('navigation', { name: 'Onderdelen van Signalen' })).toBeNull();
    expect(screen.getByRole('heading', { name: 'Mijn signalen' })).toBeTruthy();
    expect(fake.client.groups).not.toHaveBeenCalled();
  });

  it('explains in Dutch that a submit token can only send signals', async () => {
    const { fake, triage } = await renderArea({ role: 'beleidsmedewerker' });
    fake.fail('groups', {
      kind: 'forbidden',
      status: 403,
      message: 'Met dit token kunt u alleen signalen versturen. Vraag uw beheerder om een token met triagerechten.',
    });
    fireEvent.click(screen.getByRole('link', { name: 'Triage' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Dit token is alleen voor het versturen van signalen.');
    expect(alert.textContent).toContain('U kunt wel zelf signalen versturen en volgen bij Mijn signalen.');
    expect(screen.queryByRole('list', { name: 'Groepen van signalen' })).toBeNull();
    expect(triage.access.value).toBe('forbidden');
  });

  it("shows a group's signals in their own words, without anything that identifies the submitter", async () => {
    await renderArea();
    await openGroup();
    const heading = screen.getByRole('heading', { level: 2, name: group.title });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const entry = screen.getByRole('listitem', { name: first.summary });
    expect(entry.textContent).toContain('Inwoners wachten soms acht weken.');
    expect(entry.textContent).toContain('Noem een termijn van vier weken.');
    expect(entry.textContent).toContain('Structureel');
    expect(entry.textContent).toContain('Geld, Stress');
    expect(entry.textContent).toContain('Kennisbankartikel "Bijzondere bijstand"');
    expect(document.body.innerHTML).not.toMatch(/submitterKey|installatiecode/i);
  });
});

describe('Triage group view: status and answer', () => {
  it('will not save a closing status without an answer, and says so at the answer', async () => {
    const { fake } = await renderArea();
    await openGroup();
    const form = startGroupStatus();
    fireEvent.click(within(form).getByRole('radio', { name: /Beleid aangepast/ }));
    const answer = within(form).getByRole('textbox', { name: 'Antwoord aan de melder (verplicht)' });
    expect(answer.getAttribute('aria-required')).toBe('true');
    fireEvent.click(within(form).getByRole('button', { name: 'Status opslaan' }));

    await waitFor(() => expect(document.activeElement).toBe(answer));
    expect(answer.getAttribute('aria-invalid')).toBe('true');
    const error = document.getElementById(`${answer.id}-error`);
    expect(error?.textContent).toBe(
      'Schrijf een kort antwoord voor de melder. Bij "Beleid aangepast" is dat verplicht.',
    );
    expect(answer.getAttribute('aria-describedby')).toContain(error!.id);
    expect(fake.client.setStatus).not.toHaveBeenCalled();

    fireEvent.input(answer, { target: { value: 'De verordening noemt nu een termijn van vier weken.' } });
    fireEvent.input(within(form).getByRole('combobox', { name: /Kennisartikel/ }), {
      target: { value: 'bijzondere-bijstand' },
    });
    expect(form.textContent).toContain('Artikel: Bijzondere bijstand');
    fireEvent.click(within(form).getByRole('button', { name: 'Status opslaan' }));
    const notice = await screen.findByText(/Status "Beleid aangepast" opgeslagen voor 2 signalen/);
    expect(fake.client.setStatus).toHaveBeenCalledWith(
      { group: group.key },
      {
        status: 'beleid-aangepast',
        answer: 'De verordening noemt nu een termijn van vier weken.',
        articleId: 'bijzondere-bijstand',
      },
    );
    await waitFor(() => expect(document.activeElement).toBe(notice.parentElement));
  });

  it('warns about a BSN in the answer and will not send it until it is replaced', async () => {
    const { fake } = await renderArea();
    await openGroup();
    const form = startGroupStatus();
    fireEvent.click(within(form).getByRole('radio', { name: /Opgelost/ }));
    const answer = within(form).getByRole('textbox', { name: /Antwoord aan de melder/ });
    fireEvent.input(answer, { target: { value: 'Opgelost voor de inwoner met BSN 111222333.' } });

    const hint = document.getElementById(`${answer.id}-privacy`)!;
    expect(hint.getAttribute('aria-live')).toBe('polite');
    expect(hint.textContent).toBe('Dit lijkt een BSN. Schrijf geen gegevens van de inwoner op.');
    expect(answer.getAttribute('aria-describedby')).toContain(hint.id);
    expect(form.textContent).toContain('Het antwoord bevat een BSN. Dat mag nooit naar de melder.');

    fireEvent.click(within(form).getByRole('button', { name: 'Status opslaan' }));
    await waitFor(() => expect(answer.getAttribute('aria-invalid')).toBe('true'));
    expect(fake.client.setStatus).not.toHaveBeenCalled();

    fireEvent.click(within(form).getByRole('button', { name: 'Vervang door plaatshouders' }));
    expect((answer as HTMLTextAreaElement).value).toBe('Opgelost voor de inwoner met BSN [BSN].');
    expect(hint.textContent).toBe('');
    fireEvent.click(within(form).getByRole('button', { name: 'Status opslaan' }));
    await screen.findByText(/Status "Opgelost" opgeslagen/);
    expect(fake.client.setStatus).toHaveBeenCalledOnce();
  });

  it('shows the inbox reasons when it refuses the answer, with the field named as on screen', async () => {
    const { fake } = await renderArea();
    await openGroup();
    const form = startGroupStatus();
    fireEvent.input(within(form).getByRole('textbox', { name: /Antwoord aan de melder/ }), {
      target: { value: 'We kijken ernaar.' },
    });
    fake.fail('setStatus', {
      kind: 'rejected',
      status: 400,
      message: 'Het antwoord bevat persoonsgegevens.',
      reasons: [{ path: 'answer', message: 'Dit lijkt een IBAN.' }],
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Status opslaan' }));
    const alert = await within(form).findByRole('alert');
    expect(alert.textContent).toContain('Het antwoord bevat persoonsgegevens.');
    expect(within(alert).getByRole('listitem').textContent).toBe('Antwoord: Dit lijkt een IBAN.');
    await waitFor(() => expect(document.activeElement).toBe(alert));
  });

  it('sets the status of one signal from that signal', async () => {
    const { fake } = await renderArea();
    await openGroup();
    fireEvent.click(screen.getByRole('button', { name: `Status van dit signaal: ${second.summary}` }));
    const form = screen.getByRole('form', { name: `Status en antwoord: ${second.summary}` });
    fireEvent.click(within(form).getByRole('radio', { name: /Voorgelegd aan beleid/ }));
    expect(within(form).getByRole('textbox', { name: 'Antwoord aan de melder (niet verplicht)' })).toBeTruthy();
    fireEvent.click(within(form).getByRole('button', { name: 'Status opslaan' }));
    await screen.findByText(/opgeslagen voor 1 signaal\./);
    expect(fake.client.setStatus).toHaveBeenCalledWith({ signal: second.id }, { status: 'voorgelegd-aan-beleid' });
  });
});

describe('Triage group view: merge and export', () => {
  it('makes a new group of the chosen signals', async () => {
    const { fake } = await renderArea();
    await openGroup();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Alle signalen kiezen' }));
    fireEvent.input(screen.getByRole('textbox', { name: /Naam van de nieuwe groep/ }), {
      target: { value: 'Termijnen' },
    });
    fake.state.groups = [groupOf('merged-1', [first, second], { title: 'Termijnen' })];
    fireEvent.click(screen.getByRole('button', { name: 'Nieuwe groep maken' }));
    await screen.findByRole('heading', { level: 2, name: 'Termijnen' });
    expect(fake.client.merge).toHaveBeenCalledWith({ signalIds: [first.id, second.id], title: 'Termijnen' });
    // A hand-made group lets a signal be taken out again.
    expect(screen.getByRole('button', { name: `Uit deze groep halen: ${first.summary}` })).toBeTruthy();
  });

  it('downloads the group for the policy adviser', async () => {
    const { fake } = await renderArea();
    await openGroup();
    const clicked: string[] = [];
    const originalClick = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    };
    try {
      fireEvent.click(screen.getByRole('button', { name: 'Download als Markdown' }));
      await screen.findByText('komma-signalen-2026-11-23.md is gemaakt. U vindt het bij uw downloads.');
    } finally {
      HTMLAnchorElement.prototype.click = originalClick;
    }
    expect(clicked).toEqual(['komma-signalen-2026-11-23.md']);
    expect(fake.client.export).toHaveBeenCalledWith({ format: 'markdown', group: group.key });
  });
});
