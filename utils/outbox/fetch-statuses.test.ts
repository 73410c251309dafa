import { describe, expect, it } from 'vitest';
import { fetchStatuses } from './fetch-statuses';

const config = { endpoint: 'https://inbox.example', token: 'tok' };

describe('fetchStatuses', () => {
  it('asks in chunks of at most 100 ids, with the submitterKey and the token', async () => {
    const requests: Array<{ url: URL; auth: string | undefined }> = [];
    const fetch = async (input: string, init: RequestInit) => {
      requests.push({ url: new URL(input), auth: (init.headers as Record<string, string>).Authorization });
      const ids = new URL(input).searchParams.get('ids')!.split(',');
      return Response.json({
        statuses: ids.map((id) => ({ id, status: 'nieuw', updatedAt: '2026-03-01T10:00:00Z' })),
      });
    };
    const ids = Array.from({ length: 150 }, () => crypto.randomUUID());
    const entries = await fetchStatuses(fetch, config, 'key-'.padEnd(20, 'x'), ids, 1000);
    expect(entries.map((entry) => entry.id)).toEqual(ids);
    expect(requests.map((r) => r.url.searchParams.get('ids')!.split(',').length)).toEqual([100, 50]);
    expect(requests[0]!.url.pathname).toBe('/signals/status');
    expect(requests[0]!.url.searchParams.get('submitterKey')).toBe('key-'.padEnd(20, 'x'));
    expect(requests[0]!.auth).toBe('Bearer tok');
  });

  it('fails on an error answer, so polling simply tries again later', async () => {
    const fetch = async () => new Response('', { status: 503 });
    await expect(fetchStatuses(fetch, config, 'k'.repeat(20), [crypto.randomUUID()], 1000)).rejects.toThrow(/503/);
  });
});
