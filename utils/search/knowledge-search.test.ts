import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../test/fixtures/make-article';
import type { Article } from '../schemas/article';
import { createKnowledgeSearch, loadKnowledgeSearch } from './knowledge-search';

const articles: Article[] = [
  makeArticle({
    id: 'kostendelersnorm',
    title: 'Kostendelersnorm',
    summary: 'Wonen er meer volwassenen in één huis, dan is de norm per persoon lager.',
    laws: ['Participatiewet art. 22a'],
    keywords: ['kostendeler', 'medebewoner'],
    body: '## Wat is het beleid\n\nTel het aantal kostendelers in de woning.\n',
  }),
  makeArticle({
    id: 'boete',
    title: 'Boete bij schending van de inlichtingenplicht',
    summary: 'De gemeente kan een bestuurlijke boete opleggen als informatie niet is doorgegeven.',
    laws: ['Participatiewet art. 18a'],
    keywords: ['verwijtbaarheid'],
    body: '## Wat is het beleid\n\nDe hoogte van de boete hangt af van de verwijtbaarheid.\n',
  }),
  makeArticle({
    id: 'maatregel',
    title: 'Maatregel: verlaging van de bijstand',
    summary: 'Komt iemand afspraken niet na, dan kan de bijstand tijdelijk omlaag.',
    laws: ['Participatiewet art. 18 lid 2', 'Awb art. 3:4'],
    body: '## Wat is het beleid\n\nDe verlaging volgt de verordening.\n',
  }),
  makeArticle({
    id: 'terugvordering',
    title: 'Afzien van terugvordering',
    summary: 'Bij dringende redenen kan de gemeente afzien van terugvordering.',
    laws: ['Participatiewet art. 58 lid 8'],
    body: '## Wat is het beleid\n\nTe veel betaalde bijstand wordt teruggevorderd, tenzij er dringende redenen zijn.\n',
  }),
  makeArticle({
    id: 'afwijken',
    title: 'Afwijken van een beleidsregel',
    summary: 'Een beleidsregel volgt u, tenzij de gevolgen onevenredig zijn.',
    laws: ['Awb art. 4:84'],
    body: '## Wat is het beleid\n\nBij bijzondere omstandigheden wijkt u af.\n',
  }),
  makeArticle({
    id: 'iit',
    title: 'Individuele inkomenstoeslag',
    summary: 'Een toeslag voor mensen die lang van een laag inkomen leven.',
    laws: ['Participatiewet art. 36'],
    body: '## Wat is het beleid\n\nDe toeslag is voor wie geen uitzicht heeft op meer inkomen. De beëindiging volgt vanzelf.\n',
  }),
  makeArticle({
    id: 'erfenis',
    title: 'Erfenis tijdens de bijstand',
    summary: 'Een erfenis telt mee vanaf de dag van overlijden.',
    body: '## Wat is het beleid\n\nDe nalatenschap telt als middelen. Financiële gevolgen legt u vroeg uit.\n',
  }),
];

const search = createKnowledgeSearch(articles);
const ids = (query: string): string[] => search.search(query).map((result) => result.id);

describe('createKnowledgeSearch', () => {
  it('puts the article whose title matches first and returns what the panel shows', () => {
    const [first] = search.search('kostendelersnorm');
    expect(first).toMatchObject({ id: 'kostendelersnorm', title: 'Kostendelersnorm' });
    expect(first?.summary).toMatch(/^Wonen er meer/);
    expect(first?.matchedTerms).toEqual(['kostendelersnorm']);
  });

  it('finds word forms: plural, participle, compound', () => {
    expect(ids('boetes')[0]).toBe('boete');
    expect(ids('terugvorderen')).toContain('terugvordering');
    expect(ids('teruggevorderd')[0]).toBe('terugvordering');
    expect(ids('kostendelers')[0]).toBe('kostendelersnorm');
  });

  it('ignores accents and tremas both ways', () => {
    expect(ids('beeindiging')).toEqual(['iit']);
    expect(ids('financiele')).toEqual(['erfenis']);
    expect(ids('Erfénis')[0]).toBe('erfenis');
  });

  it('finds articles through built-in synonyms and abbreviations, and names the synonym', () => {
    expect(ids('iit')[0]).toBe('iit');
    const [kdn] = search.search('kdn');
    expect(kdn).toMatchObject({ id: 'kostendelersnorm', matchedTerms: ['kostendelersnorm'] });
    expect(ids('sanctie')[0]).toBe('maatregel');
    const [inheritance] = search.search('nalatenschap');
    expect(inheritance?.id).toBe('erfenis');
  });

  it("adds a pack's own synonyms to the built-in ones", () => {
    expect(ids('huisgenoot')).toEqual([]);
    const withPack = createKnowledgeSearch(articles, { synonyms: [{ terms: ['huisgenoot', 'medebewoner'] }] });
    expect(withPack.search('huisgenoot')[0]?.id).toBe('kostendelersnorm');
    expect(withPack.search('pw').length).toBeGreaterThan(0);
  });

  it('matches law references in any spelling to the articles that cite them', () => {
    for (const query of ['art 18 lid 2', 'artikel 18, tweede lid', '18.2 Pw', 'art. 18 lid 2 Participatiewet']) {
      expect(ids(query)[0], query).toBe('maatregel');
    }
    expect(ids('art. 58 Pw')[0]).toBe('terugvordering');
    expect(ids('4:84 awb')[0]).toBe('afwijken');
    expect(ids('artikel 3:4 Awb')[0]).toBe('maatregel');
  });

  it('tolerates typos in long words but not in short ones', () => {
    expect(ids('verwijtbaarhied')[0]).toBe('boete');
    expect(ids('kostendelersnrom')[0]).toBe('kostendelersnorm');
    expect(ids('boot ')).toEqual([]);
  });

  it('shows results while typing', () => {
    expect(ids('kostendel')[0]).toBe('kostendelersnorm');
    expect(ids('verwijtb')[0]).toBe('boete');
    // "bij" is a stop word, but here it is the start of "bijstand".
    expect(ids('bij').length).toBeGreaterThan(0);
  });

  it('ranks every exact match above every fuzzy match (MiniSearch #263)', () => {
    // "verhogen" in a title is one typo from "vermogen"; the exact word sits only in a body.
    const tricky = [
      makeArticle({ id: 'verhogen', title: 'Verhogen van de norm', summary: 'Over het verhogen van een bedrag.' }),
      makeArticle({
        id: 'vermogen',
        title: 'Grenzen bij de aanvraag',
        summary: 'Wat iemand mag hebben naast de bijstand.',
        body: '## Wat is het beleid\n\nEen lange uitleg over grenzen, waarin het vermogen één keer voorkomt, met nog veel meer woorden eromheen.\n',
      }),
    ];
    // Plain MiniSearch with fuzzy search and the same boosts gets this wrong.
    const plain = new MiniSearch({
      fields: ['title', 'summary', 'body'],
      searchOptions: { boost: { title: 8 }, fuzzy: 1 },
    });
    plain.addAll(tricky);
    expect(plain.search('vermogen')[0]?.id).toBe('verhogen');

    const results = createKnowledgeSearch(tricky).search('vermogen');
    expect(results.map((result) => result.id)).toEqual(['vermogen', 'verhogen']);
    expect(results[0]!.score).toBeGreaterThan(results[1]!.score);
  });

  it('counts exact matches per query word before relevance', () => {
    const [first] = search.search('boete verwijtbaarheid');
    expect(first?.id).toBe('boete');
    expect(first?.matchedTerms).toEqual(['boete', 'verwijtbaarheid']);
    expect(Math.floor(first!.score)).toBe(2);
  });

  it('returns nothing for an empty query or stop words only, and respects the limit', () => {
    expect(search.search('')).toEqual([]);
    expect(search.search('de het een')).toEqual([]);
    expect(search.search('bijstand', { limit: 2 })).toHaveLength(2);
  });

  it('does not match the titles an article links to under Zie ook', () => {
    const linking = createKnowledgeSearch([
      makeArticle({
        id: 'a',
        body: '## Wat is het beleid\n\nTekst.\n\n## Zie ook\n\n- [Kostendelersnorm](kostendelersnorm.md)\n',
      }),
    ]);
    expect(linking.search('kostendelersnorm')).toEqual([]);
  });

  it('gives the same answers after a round trip through JSON', () => {
    const restored = loadKnowledgeSearch(JSON.parse(JSON.stringify(search.toJSON())));
    for (const query of ['kdn', 'art 18 lid 2', 'boetes', 'kostendel', 'verwijtbaarhied']) {
      expect(restored.search(query)).toEqual(search.search(query));
    }
  });

  it('refuses an index from another version', () => {
    const data = { ...search.toJSON(), version: 999 } as unknown as Parameters<typeof loadKnowledgeSearch>[0];
    expect(() => loadKnowledgeSearch(data)).toThrow(/andere versie/);
  });
});
