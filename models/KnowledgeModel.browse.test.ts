import { describe, expect, it } from 'vitest';
import { createFakeServices } from '../test/fixtures/fake-services';
import { article, pack } from '../test/fixtures/packs';
import { KnowledgeModel } from './KnowledgeModel';

const noSearch = () => ({ search: () => [] });

describe('KnowledgeModel browsing by role', () => {
  it("lists a role's articles by Dutch title order, and every article without a role", () => {
    const bundled = pack([
      article({ id: 'zorgtoeslag', title: 'Zorgtoeslag', roles: ['inkomensconsulent'] }),
      article({ id: 'ijzeren', title: 'IJzeren voorraad', roles: ['handhaver'] }),
      article({ id: 'afspraken', title: 'Afspraken maken', roles: ['inkomensconsulent', 'handhaver'] }),
      article({ id: 'erfenis', title: 'Erfenis', roles: ['inkomensconsulent'] }),
    ]);
    const knowledge = new KnowledgeModel(createFakeServices(), bundled, noSearch);

    expect(knowledge.articlesForRole('inkomensconsulent').map((item) => item.id)).toEqual([
      'afspraken',
      'erfenis',
      'zorgtoeslag',
    ]);
    expect(knowledge.articlesForRole('handhaver').map((item) => item.id)).toEqual(['afspraken', 'ijzeren']);
    expect(knowledge.articlesForRole(undefined)).toHaveLength(4);
    // The pack itself keeps its order: the list is a sorted copy.
    expect(bundled.articles[0]!.id).toBe('zorgtoeslag');
  });

  it('lists the remote pack once it is in use', async () => {
    const bundled = pack([article({ id: 'bundled', title: 'Ingebouwd', roles: ['handhaver'] })]);
    const remote = pack([
      article({ id: 'b', title: 'Boete', roles: ['handhaver'] }),
      article({ id: 'a', title: 'Aangifte', roles: ['handhaver'] }),
    ]);
    const knowledge = new KnowledgeModel(
      createFakeServices({ remote: { url: 'https://kennis.example/pack.json', pack: remote } }),
      bundled,
      noSearch,
    );
    expect(knowledge.articlesForRole('handhaver').map((item) => item.id)).toEqual(['bundled']);

    await knowledge.loadRemote();

    expect(knowledge.articlesForRole('handhaver').map((item) => item.id)).toEqual(['a', 'b']);
  });
});
