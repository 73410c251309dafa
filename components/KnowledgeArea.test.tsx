import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { KnowledgeModel } from '../models/KnowledgeModel';
import { PanelModel } from '../models/PanelModel';
import { SignalsModel } from '../models/SignalsModel';
import { createFakeServices } from '../test/fixtures/fake-services';
import { article, pack } from '../test/fixtures/packs';
import { AppContext } from './AppContext';
import { KnowledgeArea } from './KnowledgeArea';

afterEach(cleanup);

const remotePack = pack([article({ id: 'boete', title: 'Boete' })], { name: 'Gemeentepakket' });

describe('KnowledgeArea', () => {
  it('says it is searching, not that nothing was found, while the search of the pack is being prepared', async () => {
    const services = createFakeServices({ remote: { url: 'https://kennis.example/pack.json', pack: remotePack } });
    const panel = new PanelModel(services);
    let ready!: () => void;
    const preparation = new Promise<void>((resolve) => (ready = resolve));
    const knowledge = new KnowledgeModel(
      services,
      pack(),
      (source) => ({
        search: () =>
          source.articles.map(({ id, title, summary }) => ({ id, title, summary, score: 1, matchedTerms: [] })),
      }),
      () => preparation,
    );
    await knowledge.loadRemote();
    knowledge.setQuery('boete');
    render(
      <AppContext.Provider value={{ services, panel, knowledge, signals: new SignalsModel(services, panel) }}>
        <KnowledgeArea />
      </AppContext.Provider>,
    );
    expect(screen.getByText('Zoeken…')).toBeTruthy();
    expect(screen.queryByText(/Geen artikelen gevonden/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Meld ontbrekende kennis' })).toBeNull();

    ready();
    await waitFor(() => expect(screen.getByText('1 artikel gevonden.')).toBeTruthy());
    expect(screen.getByText('Boete')).toBeTruthy();
  });
});
