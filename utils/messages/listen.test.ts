import { describe, expect, it, vi } from 'vitest';
import { createMessageListener, type Handlers } from './listen';
import type { Reply } from './protocol';

const own = { id: 'komma-id', origin: 'chrome-extension://komma-id/' };
const fromPanel = { id: 'komma-id', url: 'chrome-extension://komma-id/sidepanel.html' };

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  return {
    'knowledge.getRemote': vi.fn(async () => ({ url: 'https://kennis.example/pack.json' })),
    'knowledge.refresh': vi.fn(async () => ({ url: '' })),
    'knowledge.getSearchIndex': vi.fn(async () => ({})),
    'knowledge.keepSearchIndex': vi.fn(async () => ({ kept: false })),
    'signals.identity': vi.fn(async () => ({ submitterKey: 'k'.repeat(32) })),
    'signals.submit': vi.fn(),
    'signals.list': vi.fn(async () => []),
    'signals.flush': vi.fn(async () => ({ attempted: 0, delivered: 0, pending: 0 })),
    'signals.refreshStatuses': vi.fn(async () => ({ updated: 0 })),
    'signals.markSeen': vi.fn(async () => ({ unseen: 0 })),
    'triage.groups': vi.fn(async () => ({ ok: true as const, value: { groups: [] } })),
    'triage.signals': vi.fn(),
    'triage.setStatus': vi.fn(),
    'triage.merge': vi.fn(),
    'triage.removeFromGroup': vi.fn(),
    'triage.export': vi.fn(),
    ...overrides,
  };
}

function call(listener: ReturnType<typeof createMessageListener>, message: unknown, sender = fromPanel) {
  return new Promise<{ kept: boolean; reply: Reply | undefined }>((resolve) => {
    let kept = false;
    kept = listener(message, sender, (reply) => resolve({ kept, reply }));
    if (!kept) setTimeout(() => resolve({ kept, reply: undefined }), 0);
  });
}

describe('createMessageListener', () => {
  it('routes a valid message to its handler and returns its value', async () => {
    const h = handlers();
    const { reply } = await call(createMessageListener(h, own), { komma: 1, name: 'knowledge.getRemote', payload: {} });
    expect(reply).toEqual({ ok: true, value: { url: 'https://kennis.example/pack.json' } });
    expect(h['knowledge.getRemote']).toHaveBeenCalledOnce();
  });

  it('refuses messages from other extensions or web pages without running a handler', async () => {
    const h = handlers();
    const listener = createMessageListener(h, own);
    const fromWeb = await new Promise<Reply>((resolve) =>
      listener(
        { komma: 1, name: 'knowledge.refresh', payload: {} },
        { id: 'komma-id', url: 'https://evil.example/' },
        resolve,
      ),
    );
    expect(fromWeb.ok).toBe(false);
    expect(h['knowledge.refresh']).not.toHaveBeenCalled();
  });

  it('rejects a malformed payload before the handler runs', async () => {
    const h = handlers();
    const { reply } = await call(createMessageListener(h, own), {
      komma: 1,
      name: 'knowledge.refresh',
      payload: { x: 1 },
    });
    expect(reply?.ok).toBe(false);
    expect(h['knowledge.refresh']).not.toHaveBeenCalled();
  });

  it('ignores messages that are not ours at all', async () => {
    const { kept, reply } = await call(createMessageListener(handlers(), own), { type: 'hello' });
    expect(kept).toBe(false);
    expect(reply).toBeUndefined();
  });

  it('turns a failing handler into a Dutch error reply', async () => {
    const h = handlers({
      'knowledge.refresh': async () => {
        throw new Error('Het kennispakket is afgekeurd.');
      },
    });
    const { reply } = await call(createMessageListener(h, own), { komma: 1, name: 'knowledge.refresh', payload: {} });
    expect(reply).toEqual({ ok: false, error: 'Het kennispakket is afgekeurd.' });
  });

  it('checks a signal against the delivery contract before the outbox sees it', async () => {
    const h = handlers();
    const { reply } = await call(createMessageListener(h, own), {
      komma: 1,
      name: 'signals.submit',
      payload: { submission: { id: 'not-a-uuid', summary: 'x' } },
    });
    expect(reply?.ok).toBe(false);
    expect(h['signals.submit']).not.toHaveBeenCalled();
  });

  it('treats a flush without a mode as the user pressing "Nu opnieuw proberen"', async () => {
    const h = handlers();
    await call(createMessageListener(h, own), { komma: 1, name: 'signals.flush', payload: {} });
    expect(h['signals.flush']).toHaveBeenCalledWith({ mode: 'all' });
  });

  it('checks a triage status against the contract: a closing status without an answer never reaches the inbox', async () => {
    const h = handlers();
    const listener = createMessageListener(h, own);
    const target = { group: 'merged-1' };
    const { reply } = await call(listener, {
      komma: 1,
      name: 'triage.setStatus',
      payload: { target, update: { status: 'beleid-aangepast' } },
    });
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('geef de melder een kort antwoord') });
    expect(h['triage.setStatus']).not.toHaveBeenCalled();

    await call(listener, {
      komma: 1,
      name: 'triage.setStatus',
      payload: { target, update: { status: 'beleid-aangepast', answer: '  De regel is aangepast. ' } },
    });
    expect(h['triage.setStatus']).toHaveBeenCalledWith({
      target,
      update: { status: 'beleid-aangepast', answer: 'De regel is aangepast.' },
    });
  });

  it('passes a triage export selection to its handler as a list of ids', async () => {
    const h = handlers();
    const ids = [crypto.randomUUID(), crypto.randomUUID()];
    await call(createMessageListener(h, own), {
      komma: 1,
      name: 'triage.export',
      payload: { format: 'csv', ids: ids.join(',') },
    });
    expect(h['triage.export']).toHaveBeenCalledWith({ format: 'csv', ids });
  });
});
