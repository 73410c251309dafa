import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { KnowledgeModel } from '../models/KnowledgeModel';
import { PanelModel } from '../models/PanelModel';
import { SignalsModel } from '../models/SignalsModel';
import { createFakeServices } from '../test/fixtures/fake-services';
import { createFakeSignalServices } from '../test/fixtures/fake-signal-services';
import { makeSubmission } from '../test/fixtures/signals';
import type { KnowledgePack } from '../utils/schemas/pack';
import { AppContext } from './AppContext';
import { SignalsArea } from './SignalsArea';

const pack: KnowledgePack = {
  format: 'komma-knowledge-pack',
  schemaVersion: 1,
  name: 'test',
  version: '1',
  builtAt: '2026-01-01T00:00:00Z',
  synonyms: [],
  checklists: [],
  articles: [
    {
      id: 'giften-en-schenkingen',
      title: 'Giften en schenkingen',
      summary: 'Wanneer een gift meetelt als inkomen.',
      themes: ['inkomen'],
      laws: ['Participatiewet art. 31'],
      keywords: [],
      roles: ['inkomensconsulent'],
      owner: 'Team Kennis',
      reviewed: '2026-01-01',
      body: '## Wat is het beleid\n\nTekst.',
    },
  ],
};

afterEach(cleanup);

async function renderArea({ endpoint = 'https://inbox.example' } = {}) {
  const fake = createFakeSignalServices();
  const services = createFakeServices(
    {
      user: { version: 1, values: { municipality: 'Leeuwarden', signalEndpoint: endpoint } },
      profile: { version: 1, role: 'inkomensconsulent' },
    },
    { signals: fake.signals },
  );
  const panel = new PanelModel(services);
  await panel.init();
  const knowledge = new KnowledgeModel(services, pack, () => ({ search: () => [] }));
  const signals = new SignalsModel(services, panel);
  const stop = signals.start();
  await waitFor(() => expect(signals.submitterKey.value).toBeTruthy());
  render(
    <AppContext.Provider value={{ services, panel, knowledge, signals }}>
      <SignalsArea />
    </AppContext.Provider>,
  );
  return { fake, services, panel, signals, stop };
}

function sendButton() {
  return screen.getByRole('button', { name: 'Versturen' });
}

describe('SignalsArea: privacy preview', () => {
  it('does not send a text with a BSN until it is replaced, and says why', async () => {
    const { fake, panel } = await renderArea();
    panel.startSignal({ kind: 'article', ref: 'giften-en-schenkingen' });
    const summary = await screen.findByRole('textbox', { name: /Wat gaat er mis/ });
    await waitFor(() => expect(document.activeElement).toBe(summary));
    fireEvent.input(summary, { target: { value: 'Inwoner met BSN 111.222.333 kreeg twee brieven' } });

    const preview = screen.getByRole('region', { name: /Dit wordt verstuurd/ });
    const mark = within(preview).getAllByText((_, element) => element?.tagName === 'MARK')[0]!;
    expect(mark.textContent).toBe('BSN: 111.222.333');
    expect(sendButton().getAttribute('aria-disabled')).toBe('true');
    const reason = document.getElementById(sendButton().getAttribute('aria-describedby')!);
    expect(reason?.textContent).toMatch(/bevat een BSN.*mag nooit worden verstuurd/);

    fireEvent.click(sendButton());
    await screen.findByRole('alert');
    expect(await fake.outbox.list()).toHaveLength(0);

    fireEvent.click(screen.getByRole('button', { name: 'Vervang door [BSN]: 111.222.333' }));
    expect((summary as HTMLInputElement).value).toBe('Inwoner met BSN [BSN] kreeg twee brieven');
    expect(sendButton().getAttribute('aria-disabled')).toBeNull();
    fireEvent.click(sendButton());
    await screen.findByText(/opgeslagen en wordt verstuurd/);
    const [stored] = await fake.outbox.list();
    expect(stored?.submission.summary).toBe('Inwoner met BSN [BSN] kreeg twee brieven');
  });

  it('shows every field that will be sent, including the attached context, but no page address', async () => {
    const { panel } = await renderArea();
    panel.startSignal({ kind: 'search', ref: 'kostendelers student' });
    const summary = await screen.findByRole('textbox', { name: /Wat gaat er mis/ });
    fireEvent.input(summary, { target: { value: 'Geen uitleg over studerende kinderen' } });
    const preview = screen.getByRole('region', { name: /Dit wordt verstuurd/ });
    const terms = within(preview)
      .getAllByRole('term')
      .map((term) => term.textContent);
    expect(terms).toEqual([
      'Categorie',
      'Wat gaat er mis',
      'Toelichting',
      'Regel of artikel',
      'Gevolgen voor inwoners',
      'Hoe vaak',
      'Suggestie',
      'Aanleiding',
      'Rol',
      'Gemeente',
      'Versie van Komma',
      'Installatiecode',
      'Kenmerk',
      'Datum',
    ]);
    expect(preview.textContent).toContain('Ontbrekende of onjuiste kennis');
    expect(preview.textContent).toContain('Zoekopdracht: kostendelers student');
    expect(preview.textContent).toContain('Inkomensconsulent');
    expect(preview.textContent).toContain('Leeuwarden');
    expect(preview.textContent).toMatch(/adres van de pagina waarop u werkt, gaat niet mee/);
  });

  it('warns about a name without blocking, and replaces everything with one click', async () => {
    const { panel } = await renderArea();
    panel.startSignal({ kind: 'general' });
    const summary = await screen.findByRole('textbox', { name: /Wat gaat er mis/ });
    fireEvent.input(summary, { target: { value: 'Mevrouw Jansen kreeg op 12 maart 2025 een brief' } });
    expect(screen.getByText('Staan hier persoonsgegevens in?')).toBeTruthy();
    expect(sendButton().getAttribute('aria-disabled')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Alles vervangen' }));
    expect((summary as HTMLInputElement).value).toBe('Mevrouw [naam] kreeg op [datum] een brief');
  });

  it('tells where to set a receiver when none is configured, and keeps the signal locally', async () => {
    const fake = createFakeSignalServices({ config: async () => ({ endpoint: '', token: '' }) });
    const services = createFakeServices(
      {
        user: { version: 1, values: { municipality: 'Leeuwarden' } },
        profile: { version: 1, role: 'inkomensconsulent' },
      },
      { signals: fake.signals },
    );
    const panel = new PanelModel(services);
    await panel.init();
    const signals = new SignalsModel(services, panel);
    signals.start();
    await waitFor(() => expect(signals.submitterKey.value).toBeTruthy());
    render(
      <AppContext.Provider
        value={{
          services,
          panel,
          knowledge: new KnowledgeModel(services, pack, () => ({ search: () => [] })),
          signals,
        }}
      >
        <SignalsArea />
      </AppContext.Provider>,
    );
    expect(screen.getByText(/Geen ontvanger ingesteld/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Nieuw signaal' }));
    fireEvent.change(screen.getByRole('combobox', { name: /Waar gaat het over/ }), {
      target: { value: 'lokaal-beleid' },
    });
    fireEvent.input(screen.getByRole('textbox', { name: /Wat gaat er mis/ }), {
      target: { value: 'De verordening noemt geen termijn' },
    });
    fireEvent.click(sendButton());
    await screen.findByText(/opgeslagen op deze computer/);
    await fake.outbox.flush();
    await signals.reload();
    await screen.findByText('Geen ontvanger ingesteld', { selector: '.utrecht-status-badge' });
  });
});

describe('SignalsArea: the answer from the signaleringsteam', () => {
  it('shows the status, the answer and the article it points to, marked as new', async () => {
    const { fake, signals, panel } = await renderArea();
    const submission = makeSubmission({ submitterKey: signals.submitterKey.value! });
    await fake.signals.submit(submission);
    await fake.outbox.flush();
    fake.inbox.statuses.set(submission.id, {
      id: submission.id,
      status: 'beleid-aangepast',
      answer: 'Giften tot 1200 euro per jaar tellen niet meer mee.',
      articleId: 'giften-en-schenkingen',
      updatedAt: '2026-11-20T09:00:00.000Z',
    });
    expect(await fake.signals.refreshStatuses()).toBe(1);
    await signals.reload();

    const entry = await screen.findByRole('listitem', { name: submission.summary });
    expect(entry.textContent).toContain('Bij het signaleringsteam: Beleid aangepast');
    expect(within(entry).getByText('Giften tot 1200 euro per jaar tellen niet meer mee.')).toBeTruthy();
    expect(within(entry).getByText('Nieuw')).toBeTruthy();
    fireEvent.click(within(entry).getByRole('button', { name: 'Lees in de kennisbank: Giften en schenkingen' }));
    expect(panel.area.value).toBe('kennisbank');
  });
});
