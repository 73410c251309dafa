import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KommaDB } from '../db/komma-db';
import { article, pack } from '../../test/fixtures/packs';
import { fetchPack, readRemotePackState, refreshRemotePack } from './remote-pack';

const URL = 'https://kennis.example/pack.json';

function respond(body: string, init: ResponseInit = {}): typeof fetch {
  return async () => new Response(body, { status: 200, headers: { 'content-type': 'application/json' }, ...init });
}

let db: KommaDB;
beforeEach(() => {
  db = new KommaDB(`komma-test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('fetchPack', () => {
  it('accepts a valid pack', async () => {
    const result = await fetchPack(URL, respond(JSON.stringify(pack())));
    expect(result.ok).toBe(true);
  });

  it.each([
    ['an unreachable server', (async () => Promise.reject(new TypeError('Failed to fetch'))) as typeof fetch, /niet bereikbaar/],
    ['a server error', respond('oops', { status: 503 }), /status 503/],
    ['a body that is not JSON', respond('<html>'), /geen geldig JSON/],
    ['a pack of the wrong shape', respond(JSON.stringify({ format: 'x' })), /afgekeurd/],
    [
      'an article with a broken id',
      respond(JSON.stringify(pack([article({ id: 'Niet Goed' })]))),
      /afgekeurd: .*id/,
    ],
  ])('explains %s in Dutch', async (_label, fetchImpl, message) => {
    const result = await fetchPack(URL, fetchImpl);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
  });

  it('refuses a pack whose articles pass the schema but link to an article it does not contain', async () => {
    const body = article().body.replace('Tekst.\n\n## Waarom', 'Tekst.\n\n## Waarom').concat('\n## Zie ook\n\n- [Weg](bestaat-niet.md)\n');
    const result = await fetchPack(URL, respond(JSON.stringify(pack([article({ body })]))));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/afgekeurd.*bestaat-niet/);
  });
});

describe('refreshRemotePack', () => {
  it('keeps the last good pack when a later refresh fails, and says why', async () => {
    const good = pack([article({ title: 'Goede versie' })]);
    await refreshRemotePack(db, URL, { fetchImpl: respond(JSON.stringify(good)) });
    const after = await refreshRemotePack(db, URL, { fetchImpl: respond('{"broken":', {}) });
    expect(after.pack?.articles[0]?.title).toBe('Goede versie');
    expect(after.error).toMatch(/geen geldig JSON/);
  });

  it('clears the error once a refresh succeeds again', async () => {
    await refreshRemotePack(db, URL, { fetchImpl: respond('nope', { status: 500 }) });
    const state = await refreshRemotePack(db, URL, { fetchImpl: respond(JSON.stringify(pack())) });
    expect(state.error).toBeUndefined();
    expect(state.pack).toBeDefined();
  });

  it('has nothing to do without a URL', async () => {
    expect(await readRemotePackState(db, '')).toEqual({ url: '' });
  });
});
