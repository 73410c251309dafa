import { describe, expect, it, vi } from 'vitest';
import { createFakeServices } from '../test/fixtures/fake-services';
import { PanelModel } from './PanelModel';

describe('PanelModel', () => {
  it('asks for a role on first use and opens the area that fits the chosen role', async () => {
    const panel = new PanelModel(createFakeServices());
    await panel.init();
    expect(panel.choosingRole.value).toBe(true);
    await panel.chooseRole('handhaver');
    expect(panel.choosingRole.value).toBe(false);
    expect(panel.area.value).toBe('handhaving');
  });

  it('opens straight in the remembered role’s area', async () => {
    const panel = new PanelModel(createFakeServices({ profile: { version: 1, role: 'inkomensconsulent' } }));
    await panel.init();
    expect(panel.choosingRole.value).toBe(false);
    expect(panel.area.value).toBe('gesprek');
  });

  it('suggests the default role from the admin policy', async () => {
    const panel = new PanelModel(createFakeServices({ managed: { defaultRole: 'signaleringsconsulent' } }));
    await panel.init();
    expect(panel.suggestedRole.value).toBe('signaleringsconsulent');
  });

  it('opens the Signalen area with the source of a new signal', async () => {
    const panel = new PanelModel(createFakeServices({ profile: { version: 1, role: 'inkomensconsulent' } }));
    await panel.init();
    panel.startSignal({ kind: 'article', ref: 'kostendelersnorm' });
    expect(panel.area.value).toBe('signalen');
    expect(panel.signalSource.value).toEqual({ kind: 'article', ref: 'kostendelersnorm' });
  });

  it('reads settings and profile once, so a second start keeps the area the user went to', async () => {
    const services = createFakeServices({ profile: { version: 1, role: 'inkomensconsulent' } });
    const load = vi.spyOn(services.settings, 'load');
    const panel = new PanelModel(services);
    await panel.init();
    panel.openArea('kennisbank');

    await panel.init();

    expect(panel.area.value).toBe('kennisbank');
    expect(load).toHaveBeenCalledTimes(1);
  });
});
