import { describe, expect, it, vi } from 'vitest';
import { createFakeServices as createBaseServices } from '../test/fixtures/fake-services';
import type { Settings } from '../utils/schemas/settings';
import { OptionsModel } from './OptionsModel';

/** Settings saved by spies, and a host-access prompt that the user always accepts. */
function createFakeServices({ user = {} }: { user?: Partial<Settings> } = {}) {
  const services = createBaseServices(
    { user: { version: 1, values: user } },
    { hostAccess: { has: vi.fn(async () => false), request: vi.fn(async () => true) } },
  );
  vi.spyOn(services.settings, 'save');
  return services;
}

describe('OptionsModel: signal inbox token', () => {
  it('never puts a saved token back into the form, and an empty field keeps it', async () => {
    const services = createFakeServices({ user: { signalEndpoint: 'https://inbox.example', signalToken: 'secret-1' } });
    const model = new OptionsModel(services);
    await model.load();
    expect(model.draft.value?.signalToken).toBe('');
    expect(model.tokenSaved.value).toBe(true);

    model.edit('municipality', 'Leeuwarden');
    await model.save();
    expect(services.settings.save).toHaveBeenLastCalledWith(expect.objectContaining({ signalToken: 'secret-1' }));
    expect(model.draft.value?.signalToken).toBe('');
  });

  it('replaces the token when a new one is typed and wipes it on request', async () => {
    const services = createFakeServices({ user: { signalToken: 'old' } });
    const model = new OptionsModel(services);
    await model.load();
    model.edit('signalToken', 'new-token');
    await model.save();
    expect(services.settings.save).toHaveBeenLastCalledWith(expect.objectContaining({ signalToken: 'new-token' }));

    model.forgetToken();
    await model.save();
    expect(services.settings.save).toHaveBeenLastCalledWith(expect.objectContaining({ signalToken: '' }));
    expect(model.tokenSaved.value).toBe(false);
  });

  it('asks in one prompt for the origins of a new pack address and a new inbox address', async () => {
    const services = createFakeServices();
    const model = new OptionsModel(services);
    await model.load();
    model.edit('signalEndpoint', 'https://inbox.example/komma/');
    model.edit('knowledgePackUrl', 'https://kennis.example/pack.json');
    await model.save(model.requestAccessForChanges());
    expect(services.hostAccess?.request).toHaveBeenCalledExactlyOnceWith([
      'https://kennis.example',
      'https://inbox.example',
    ]);
    expect(model.resolved.value?.values.signalEndpoint).toBe('https://inbox.example/komma');
  });

  it('does not ask again for an address that did not change', async () => {
    const services = createFakeServices({ user: { signalEndpoint: 'https://inbox.example' } });
    const model = new OptionsModel(services);
    await model.load();
    expect(model.requestAccessForChanges()).toBeUndefined();
  });

  it('does not ask again for a pack address that only changed its path or trailing slash', async () => {
    const services = createFakeServices({ user: { knowledgePackUrl: 'https://kennis.example/komma/' } });
    const model = new OptionsModel(services);
    await model.load();
    expect(model.requestAccessForChanges()).toBeUndefined();
    model.edit('knowledgePackUrl', 'https://kennis.example/komma/pack-2.json');
    expect(model.requestAccessForChanges()).toBeUndefined();
  });
});
