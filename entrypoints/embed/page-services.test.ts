import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pack } from '../../test/fixtures/packs';
import { KommaDB } from '../../utils/db/komma-db';
import type { KommaEventDetails, KommaEventName } from './events';
import { readHostSettings } from './host-settings';
import { createPageServices, PACK_MAX_AGE_MS, type PageServicesOptions } from './page-services';
import { createJsonStore } from './web-storage';

const PACK_URL = 'https://kennis.gemeente.example/komma-pack.json';

let dbCount = 0;
let element: HTMLElement;
let events: { type: KommaEventName; detail: KommaEventDetails[KommaEventName] }[];

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
  element = document.createElement('div');
  events = [];
});

afterEach(() => {
  vi.restoreAllMocks();
});

function servicesFor(attributes: Record<string, string>, options: Partial<PageServicesOptions> = {}) {
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  return createPageServices({
    appVersion: '1.2.3',
    hostSettings: () => readHostSettings(element),
    emit: (type, detail) => events.push({ type, detail }),
    db: new KommaDB(`komma-page-test-${++dbCount}`),
    ...options,
  });
}

function packResponse(name: string) {
  return new Response(JSON.stringify(pack(undefined, { name })), { status: 200, headers: { 'content-type': 'application/json' } });
}

describe('settings from the element', () => {
  it('uses what the host set and defaults for the rest', async () => {
    const { services } = servicesFor({ municipality: 'Leeuwarden', 'user-role': 'Handhaver', 'knowledge-pack-url': PACK_URL });
    const settings = await services.settings.load();
    expect(settings.values).toMatchObject({ municipality: 'Leeuwarden', defaultRole: 'handhaver', knowledgePackUrl: PACK_URL });
    expect(settings.values.reviewIntervalMonths).toBe(12);
    expect(settings.sources.municipality).toBe('managed');
    expect(settings.sources.reviewIntervalMonths).toBe('default');
    expect(settings.warnings).toEqual([]);
  });

  it('ignores a bad value with a Dutch warning that names the host configuration, and keeps the rest', async () => {
    const { services } = servicesFor({
      municipality: 'Zaanstad',
      'user-role': 'wethouder',
      'knowledge-pack-url': 'http://kennis.gemeente.example/pack.json',
    });
    const settings = await services.settings.load();
    expect(settings.values.municipality).toBe('Zaanstad');
    expect(settings.values.defaultRole).toBe('');
    expect(settings.values.knowledgePackUrl).toBe('');
    expect(settings.warnings.map((warning) => warning.key).sort()).toEqual(['defaultRole', 'knowledgePackUrl']);
    const packWarning = settings.warnings.find((warning) => warning.key === 'knowledgePackUrl');
    expect(packWarning?.message).toMatch(/^Adres van het kennispakket uit de configuratie van deze webapplicatie wordt genegeerd: /);
  });

  it('reads the attributes again after the host changes them, and tells subscribers', async () => {
    const { services, settingsChanged } = servicesFor({ municipality: 'Ergens' });
    const listener = vi.fn();
    const unsubscribe = services.settings.subscribe(listener);
    element.setAttribute('municipality', 'Almere');
    settingsChanged();
    expect(listener).toHaveBeenCalledTimes(1);
    expect((await services.settings.load()).values.municipality).toBe('Almere');
    unsubscribe();
    settingsChanged();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('lets the host configuration win over values the user saved on this origin', async () => {
    const { services } = servicesFor({ municipality: 'Leeuwarden' });
    const saved = await services.settings.save({ municipality: 'Eigen keuze', reviewIntervalMonths: 6 });
    expect(saved.values.municipality).toBe('Leeuwarden');
    expect(saved.values.reviewIntervalMonths).toBe(6);
    expect(JSON.parse(localStorage.getItem('komma:settings') ?? 'null')).toEqual({
      version: 1,
      values: { municipality: 'Eigen keuze', reviewIntervalMonths: 6 },
    });
  });
});

describe('signal inbox configuration', () => {
  it('takes the endpoint from the attribute and the token from the property, and never stores the token', async () => {
    const token = 'komma_submit_abcdefghijklmnopqrstuvwxyz';
    const { services } = servicesFor(
      { 'signal-endpoint': 'https://signalen.gemeente.example/' },
      { hostSettings: () => ({ ...readHostSettings(element), signalToken: token }) },
    );
    const { values, warnings } = await services.settings.load();
    expect(values.signalEndpoint).toBe('https://signalen.gemeente.example');
    expect(values.signalToken).toBe(token);
    expect(warnings).toEqual([]);
    await services.settings.save({ reviewIntervalMonths: 3, signalToken: token });
    expect(localStorage.getItem('komma:settings')).not.toContain(token);
  });

  it('ignores an unsafe endpoint and a malformed token without echoing the token', async () => {
    const token = 'geheim met spaties';
    const { services } = servicesFor(
      { 'signal-endpoint': 'http://signalen.gemeente.example' },
      { hostSettings: () => ({ ...readHostSettings(element), signalToken: token }) },
    );
    const { values, warnings } = await services.settings.load();
    expect(values.signalEndpoint).toBe('');
    expect(values.signalToken).toBe('');
    expect(warnings.map((warning) => warning.key).sort()).toEqual(['signalEndpoint', 'signalToken']);
    expect(JSON.stringify(warnings)).not.toContain('geheim');
  });
});

describe('profile', () => {
  it('opens in the host’s role until the user chooses one, and then remembers the user’s choice', async () => {
    const { services } = servicesFor({ 'user-role': 'inkomensconsulent' });
    expect(await services.profile.load()).toEqual({ version: 1, role: 'inkomensconsulent' });
    expect(localStorage.getItem('komma:profile')).toBeNull();

    await services.profile.save({ version: 1, role: 'beleidsmedewerker' });
    expect(JSON.parse(localStorage.getItem('komma:profile') ?? 'null')).toEqual({ version: 1, role: 'beleidsmedewerker' });
    expect(await services.profile.load()).toEqual({ version: 1, role: 'beleidsmedewerker' });
  });

  it('asks for a role when there is neither a stored one nor a valid host role', async () => {
    localStorage.setItem('komma:profile', JSON.stringify({ version: 9, role: 'handhaver' }));
    const { services } = servicesFor({ 'user-role': 'directeur' });
    expect(await services.profile.load()).toBeUndefined();
  });

  it('keeps working for this page when the browser forbids storage', async () => {
    const forbidden = createJsonStore(() => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    });
    const { services } = servicesFor({}, { local: forbidden, session: forbidden });
    await services.profile.save({ version: 1, role: 'handhaver' });
    expect(await services.profile.load()).toEqual({ version: 1, role: 'handhaver' });
    await services.session.set('checklist', { step: 2 });
    expect(await services.session.get('checklist')).toEqual({ step: 2 });
    expect(localStorage.length).toBe(0);
  });
});

describe('session work', () => {
  it('lives in sessionStorage under Komma’s prefix, not in localStorage', async () => {
    const { services } = servicesFor({});
    await services.session.set('gevolgencheck', { answers: { inkomen: 'ja' } });
    expect(await services.session.get('gevolgencheck')).toEqual({ answers: { inkomen: 'ja' } });
    expect(sessionStorage.getItem('komma:session:gevolgencheck')).not.toBeNull();
    expect(localStorage.length).toBe(0);
    await services.session.remove('gevolgencheck');
    expect(await services.session.get('gevolgencheck')).toBeUndefined();
  });
});

describe('remote knowledge pack fetched by the page', () => {
  it('fetches a configured pack on first use, keeps it, and fetches again only when a day old', async () => {
    let now = new Date('2026-11-23T09:00:00Z');
    const fetchPack = vi.fn(async (_input: RequestInfo | URL, _init?: RequestInit) => packResponse('Pakket Leeuwarden'));
    const { services } = servicesFor({ 'knowledge-pack-url': PACK_URL }, { fetch: fetchPack, now: () => now });

    const first = await services.knowledge.getRemote();
    expect(first.pack?.name).toBe('Pakket Leeuwarden');
    expect(fetchPack).toHaveBeenCalledTimes(1);
    expect(fetchPack.mock.calls[0]?.[0]).toBe(PACK_URL);

    now = new Date(now.getTime() + PACK_MAX_AGE_MS - 60_000);
    expect((await services.knowledge.getRemote()).pack?.name).toBe('Pakket Leeuwarden');
    expect(fetchPack).toHaveBeenCalledTimes(1);

    now = new Date(now.getTime() + 2 * 60_000);
    await services.knowledge.getRemote();
    expect(fetchPack).toHaveBeenCalledTimes(2);
  });

  it('keeps the last good pack when a refresh fails, and says why in Dutch', async () => {
    const responses = [packResponse('Goed pakket'), new Response('oeps', { status: 500 })];
    const { services } = servicesFor({ 'knowledge-pack-url': PACK_URL }, { fetch: async () => responses.shift()! });
    await services.knowledge.refresh();
    const after = await services.knowledge.refresh();
    expect(after.pack?.name).toBe('Goed pakket');
    expect(after.error).toContain('status 500');
  });

  it('fetches nothing without a pack address', async () => {
    const fetchPack = vi.fn(async () => packResponse('x'));
    const { services } = servicesFor({}, { fetch: fetchPack });
    expect(await services.knowledge.getRemote()).toEqual({ url: '' });
    expect(fetchPack).not.toHaveBeenCalled();
  });

  it('still loads the pack for this page when IndexedDB is unavailable', async () => {
    const broken = new KommaDB(`komma-page-test-broken-${++dbCount}`);
    vi.spyOn(broken, 'transaction').mockRejectedValue(new Error('IndexedDB is switched off'));
    vi.spyOn(broken.packs, 'get').mockRejectedValue(new Error('IndexedDB is switched off'));
    const fetchPack = vi.fn(async () => packResponse('Zonder opslag'));
    const { services } = servicesFor({ 'knowledge-pack-url': PACK_URL }, { db: broken, fetch: fetchPack });
    expect((await services.knowledge.getRemote()).pack?.name).toBe('Zonder opslag');
    expect((await services.knowledge.getRemote()).pack?.name).toBe('Zonder opslag');
    expect(fetchPack).toHaveBeenCalledTimes(1);
  });
});

describe('clipboard', () => {
  it('copies and tells the host only how much was copied, never the text', async () => {
    const written: string[] = [];
    const { services } = servicesFor({}, { clipboard: { writeText: async (text) => void written.push(text) } });
    const text = 'Afweging: mevrouw Jansen (BSN 111222333) heeft drie kinderen.';
    await services.clipboard.writeText(text);
    expect(written).toEqual([text]);
    expect(events).toEqual([{ type: 'komma-text-copied', detail: { characters: text.length } }]);
    expect(JSON.stringify(events)).not.toContain('Jansen');
  });

  it('sends no event when copying fails', async () => {
    const { services } = servicesFor({}, { clipboard: { writeText: async () => Promise.reject(new Error('denied')) } });
    await expect(services.clipboard.writeText('x')).rejects.toThrow('denied');
    expect(events).toEqual([]);
  });
});

describe('triage from the page', () => {
  it('calls the inbox with the element’s endpoint and token through the shared client, and returns its problems', async () => {
    const token = 'komma_triage_abcdefghijklmnopqrstuvwxyz';
    const fetch = vi.fn(async (_url: RequestInfo | URL, _init?: RequestInit) =>
      Response.json({ error: 'Dit token mag dit niet.', reasons: [] }, { status: 403 }),
    );
    const { services } = servicesFor(
      { 'signal-endpoint': 'https://signalen.gemeente.example' },
      { hostSettings: () => ({ ...readHostSettings(element), signalToken: token }), fetch },
    );
    const result = await services.triage.groups({ status: 'nieuw' });
    expect(fetch).toHaveBeenCalledOnce();
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('https://signalen.gemeente.example/triage/groups?status=nieuw&minCount=1');
    expect((init!.headers as Record<string, string>).Authorization).toBe(`Bearer ${token}`);
    expect(result).toMatchObject({ ok: false, problem: { kind: 'forbidden' } });
  });
});
