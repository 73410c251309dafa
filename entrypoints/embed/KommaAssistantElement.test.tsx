import { fireEvent, waitFor, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KommaServices } from '../../models/services';
import { article, pack } from '../../test/fixtures/packs';
import { KommaDB } from '../../utils/db/komma-db';
import { createKommaAssistantElement, type KommaAssistantElement } from './KommaAssistantElement';
import { createPageServices } from './page-services';

const TEST_CSS = '.komma-embed { display: block; }';
const bundledPack = pack([
  article(),
  article({ id: 'erfenis', title: 'Erfenis tijdens de bijstand', summary: 'Wat een erfenis betekent.', keywords: ['erfenis'] }),
]);
/** Services of the last element built, so a test can act as the UI would. */
let lastServices: KommaServices | undefined;
let dbCount = 0;

function defineAs(tagName: string) {
  customElements.define(
    tagName,
    createKommaAssistantElement({
      css: TEST_CSS,
      bundledPack,
      createSearch: (current) => ({
        search: (query) =>
          current.articles
            .filter((a) => a.title.toLowerCase().includes(query.toLowerCase()))
            .map((a) => ({ id: a.id, title: a.title, summary: a.summary, score: 1, matchedTerms: [] })),
      }),
      appVersion: '9.9.9',
      createServices: (options) => {
        const page = createPageServices({
          ...options,
          db: new KommaDB(`komma-element-test-${++dbCount}`),
          clipboard: { writeText: async () => {} },
        });
        lastServices = page.services;
        return page;
      },
    }),
  );
}
defineAs('komma-assistant');

let element: KommaAssistantElement;

function shadow() {
  return within(element.shadowRoot as unknown as HTMLElement);
}

function mount(attributes: Record<string, string> = {}) {
  element = document.createElement('komma-assistant') as KommaAssistantElement;
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  document.body.append(element);
  return element;
}

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

afterEach(() => {
  document.body.replaceChildren();
});

describe('<komma-assistant>', () => {
  it('renders in an open shadow root with an adopted stylesheet, never a <style> element', async () => {
    mount({ open: '' });
    expect(element.shadowRoot).not.toBeNull();
    expect(element.shadowRoot?.adoptedStyleSheets).toHaveLength(1);
    await shadow().findByRole('heading', { name: 'Welkom bij Komma' });
    expect(element.shadowRoot?.querySelector('style, link')).toBeNull();
    expect(document.querySelector('style')).toBeNull();
  });

  it('shows only the launcher while collapsed, and opens and closes from it', async () => {
    mount({ 'user-role': 'inkomensconsulent' });
    const launcher = shadow().getByRole('button', { name: 'Komma openen' });
    expect(element.open).toBe(false);
    expect(element.shadowRoot?.querySelector('.komma-dock')?.hasAttribute('hidden')).toBe(true);

    fireEvent.click(launcher);
    expect(element.hasAttribute('open')).toBe(true);
    await waitFor(() => expect(element.shadowRoot?.querySelector('.komma-dock')?.hasAttribute('hidden')).toBe(false));
    expect(launcher.hasAttribute('hidden')).toBe(true);

    fireEvent.click(await shadow().findByRole('button', { name: 'Komma sluiten' }));
    expect(element.hasAttribute('open')).toBe(false);
    await waitFor(() => expect(launcher.hasAttribute('hidden')).toBe(false));
  });

  it('follows the host’s attributes, also when they change later', async () => {
    mount({ open: '', municipality: 'Leeuwarden', 'user-role': 'handhaver' });
    const tab = await shadow().findByRole('tab', { name: 'Handhaving' });
    expect(tab.getAttribute('aria-selected')).toBe('true');
    expect(shadow().getByText(/Leeuwarden/).textContent).toContain('Leeuwarden');

    element.municipality = 'Almere';
    expect(element.getAttribute('municipality')).toBe('Almere');
    await waitFor(() => expect(shadow().getByText(/Almere/)).toBeTruthy());
  });

  it('ignores a bad attribute with a visible Dutch warning instead of breaking', async () => {
    mount({ open: '', 'user-role': 'beleidsmedewerker', 'knowledge-pack-url': 'ftp://kennis.example/pack.json' });
    await shadow().findByRole('tab', { name: 'Kennisbank' });
    const warning = await shadow().findByText(/Adres van het kennispakket uit de configuratie van deze webapplicatie wordt genegeerd/);
    expect(warning).toBeTruthy();
    expect(shadow().getByRole('searchbox', { name: /Zoek op onderwerp/ })).toBeTruthy();
  });

  it('keeps the signal token out of the DOM', async () => {
    mount({ open: '' });
    const token = 'komma_submit_geheim-token-1234567890';
    element.signalToken = token;
    expect(element.signalToken).toBe(token);
    expect(element.getAttributeNames().some((name) => element.getAttribute(name)?.includes(token))).toBe(false);
    expect(element.outerHTML).not.toContain(token);
    expect(document.documentElement.outerHTML).not.toContain(token);
  });

  it('accepts properties a host set before the script defined the element', async () => {
    const early = document.createElement('komma-assistant-late') as KommaAssistantElement;
    (early as unknown as Record<string, unknown>).signalToken = 'komma_submit_vroeg-gezet-0123456789';
    (early as unknown as Record<string, unknown>).open = true;
    document.body.append(early);
    defineAs('komma-assistant-late');
    expect(early.signalToken).toBe('komma_submit_vroeg-gezet-0123456789');
    expect(early.hasAttribute('signalToken')).toBe(false);
    expect(early.hasAttribute('open')).toBe(true);
    expect(Object.hasOwn(early, 'signalToken')).toBe(false);
  });

  it('tells the host page about copied text with an event that leaves the shadow root', async () => {
    mount();
    const received: CustomEvent[] = [];
    document.addEventListener('komma-text-copied', (event) => received.push(event as CustomEvent));
    await lastServices?.clipboard.writeText('Afwegingstekst voor het dossier.');
    expect(received).toHaveLength(1);
    expect(received[0]?.target).toBe(element);
    expect(received[0]?.composed).toBe(true);
    expect(received[0]?.detail).toEqual({ characters: 'Afwegingstekst voor het dossier.'.length });
  });

  it('searches the bundled knowledge inside the shadow root', async () => {
    mount({ open: '', 'user-role': 'beleidsmedewerker' });
    const search = await shadow().findByRole('searchbox', { name: /Zoek op onderwerp/ });
    fireEvent.input(search, { target: { value: 'erfenis' } });
    await waitFor(() => expect(shadow().getByText('1 artikel gevonden.')).toBeTruthy());
    expect(shadow().getByRole('button', { name: /Erfenis tijdens de bijstand/ })).toBeTruthy();
  });

  it('can sit in the host’s own layout instead of docking to the window edge', async () => {
    mount({ placement: 'inline' });
    const frame = () => element.shadowRoot?.querySelector('.komma-embed');
    expect(frame()?.classList.contains('komma-embed--inline')).toBe(true);
    element.placement = 'dock';
    await waitFor(() => expect(frame()?.classList.contains('komma-embed--inline')).toBe(false));
  });
});
