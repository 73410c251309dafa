import { describe, expect, it, vi } from 'vitest';
import { createFakeServices } from '../test/fixtures/fake-services';
import { createFakeSignalServices } from '../test/fixtures/fake-signal-services';
import { makeSubmission } from '../test/fixtures/signals';
import type { SignalSource } from '../utils/schemas/signal';
import { PanelModel } from './PanelModel';
import { SignalsModel, STATUS_POLL_MS } from './SignalsModel';

async function setup(source: SignalSource = { kind: 'article', ref: 'giften-en-schenkingen' }) {
  const fake = createFakeSignalServices();
  const services = createFakeServices(
    {
      user: { version: 1, values: { municipality: 'Leeuwarden', signalEndpoint: 'https://inbox.example' } },
      profile: { version: 1, role: 'inkomensconsulent' },
    },
    { signals: fake.signals },
  );
  const panel = new PanelModel(services);
  await panel.init();
  const model = new SignalsModel(services, panel);
  const stop = model.start();
  await expect.poll(() => model.submitterKey.value).toBeTruthy();
  model.openNew(source);
  return { model, services, fake, stop };
}

describe('SignalsModel: a signal from context', () => {
  it('needs only one sentence: category, frequency and context are filled in', async () => {
    const { model, fake } = await setup();
    expect(model.draft.value).toMatchObject({ category: 'kennis', frequency: 'eenmalig' });
    model.edit('summary', 'Het artikel zegt niets over giften van familie');
    expect(await model.submit()).toBe(true);
    const [stored] = await fake.outbox.list();
    expect(stored?.submission).toMatchObject({
      category: 'kennis',
      summary: 'Het artikel zegt niets over giften van familie',
      context: {
        source: { kind: 'article', ref: 'giften-en-schenkingen' },
        role: 'inkomensconsulent',
        municipality: 'Leeuwarden',
        appVersion: '0.0.0-test',
      },
    });
    expect(model.draft.value).toBeUndefined();
    expect(model.notice.value).toMatch(/opgeslagen en wordt verstuurd/);
  });

  it('shows exactly what will be sent, with nothing from the host page', async () => {
    const { model } = await setup({ kind: 'search', ref: 'kostendelers' });
    model.edit('summary', 'Kostendelersnorm bij studerende kinderen is onduidelijk');
    expect(Object.keys(model.preview.value ?? {}).sort()).toEqual(
      [
        'category',
        'context',
        'createdAt',
        'description',
        'effects',
        'frequency',
        'id',
        'submitterKey',
        'summary',
      ].sort(),
    );
    expect(JSON.stringify(model.preview.value)).not.toMatch(/https?:/);
  });

  it('asks for a category on a general signal and for the one sentence, and stores nothing until then', async () => {
    const { model, services } = await setup({ kind: 'general' });
    expect(await model.submit()).toBe(false);
    expect(model.errors.value.category).toBe('Kies een categorie.');
    expect(model.errors.value.summary).toBe('Beschrijf in een zin wat er misgaat.');
    expect(services.signals.submit).not.toHaveBeenCalled();
    model.edit('summary', 'De brief over terugvordering is te moeilijk');
    expect(model.errors.value.summary).toBeUndefined();
  });
});

describe('SignalsModel: privacy guard', () => {
  it('blocks a BSN until it is replaced, then sends the placeholder', async () => {
    const { model, services, fake } = await setup();
    model.edit('summary', '  Klant met BSN 111222333 kreeg geen bericht');
    expect(model.blocked.value).toMatch(/BSN/);
    expect(await model.submit()).toBe(false);
    expect(model.formError.value).toMatch(/mag nooit worden verstuurd/);
    expect(services.signals.submit).not.toHaveBeenCalled();

    const [finding] = model.findings.value;
    model.redact(finding!);
    expect(model.draft.value?.summary).toBe('  Klant met BSN [BSN] kreeg geen bericht');
    expect(model.blocked.value).toBeUndefined();
    expect(await model.submit()).toBe(true);
    expect((await fake.outbox.list())[0]?.submission.summary).toBe('Klant met BSN [BSN] kreeg geen bericht');
  });

  it('warns about other personal data but lets it go, and "alles vervangen" clears every field', async () => {
    const { model } = await setup({ kind: 'search', ref: 'mevrouw Jansen bijzondere bijstand' });
    model.edit('summary', 'Brief aan dhr. De Vries ging naar het verkeerde adres');
    model.edit('description', 'Hij woont op Kerkstraat 12, bel 06-12345678 of IBAN NL91 ABNA 0417 1643 00');
    const kinds = model.findings.value.map((f) => `${f.field}:${f.kind}`);
    expect(kinds).toEqual(
      expect.arrayContaining([
        'summary:name',
        'description:address',
        'description:phone',
        'description:iban',
        'sourceRef:name',
      ]),
    );
    expect(model.blocked.value).toMatch(/IBAN/);
    model.redactAll();
    expect(model.findings.value).toEqual([]);
    expect(model.draft.value?.description).toBe('Hij woont op [adres], bel [telefoonnummer] of IBAN [IBAN]');
    expect(model.draft.value?.source.ref).toBe('mevrouw [naam] bijzondere bijstand');
  });
});

describe('SignalsModel: correcting a rejected signal', () => {
  it('sends the correction with a new id that replaces the rejected one', async () => {
    const { model, fake } = await setup();
    model.edit('summary', 'Het artikel over giften is niet volledig');
    fake.inbox.failNext(() => Response.json({ error: 'Niet aangenomen.', reasons: [] }, { status: 400 }));
    await model.submit();
    await fake.outbox.flush();
    await model.reload();
    const [rejected] = model.items.value;
    expect(rejected?.state).toBe('rejected');

    model.openCorrection(rejected!);
    expect(model.draft.value?.summary).toBe('Het artikel over giften is niet volledig');
    model.edit('summary', 'Het artikel noemt geen vrijlating voor giften van familie');
    expect(await model.submit()).toBe(true);
    await fake.outbox.flush();
    const stored = await fake.outbox.list();
    const corrected = stored.find((item) => item.id !== rejected!.id);
    expect(corrected).toMatchObject({ replaces: rejected!.id, state: 'delivered' });
    expect(stored.find((item) => item.id === rejected!.id)?.state).toBe('superseded');
  });
});

/** Waits on real timers: vi.waitFor and expect.poll move a faked clock on while they wait. */
async function until(condition: () => boolean) {
  for (let tries = 0; !condition(); tries += 1) {
    if (tries === 200) throw new Error('Condition not met within 2 s');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('SignalsModel: answers while the panel is open', () => {
  it('asks the inbox when the panel opens and every two minutes, counts an answer as news, and stops once closed', async () => {
    // Only the poll interval is faked: the outbox's database needs real timers.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    try {
      const fake = createFakeSignalServices();
      const services = createFakeServices(
        { user: { version: 1, values: { signalEndpoint: 'https://inbox.example' } } },
        { signals: fake.signals },
      );
      const panel = new PanelModel(services);
      await panel.init();
      const sent = makeSubmission({ submitterKey: await fake.outbox.identity() });
      await fake.signals.submit(sent);
      await fake.outbox.flush();
      const asked = vi.spyOn(fake.signals, 'refreshStatuses');

      const model = new SignalsModel(services, panel);
      const stop = model.start();
      await until(() => asked.mock.calls.length === 1 && model.items.value.length === 1);
      expect(model.unseen.value).toBe(0);

      fake.inbox.statuses.set(sent.id, {
        id: sent.id,
        status: 'beleid-aangepast',
        answer: 'De verordening noemt nu een termijn van vier weken.',
        updatedAt: '2026-11-20T09:00:00.000Z',
      });
      vi.advanceTimersByTime(STATUS_POLL_MS - 1);
      expect(asked).toHaveBeenCalledTimes(1);
      vi.advanceTimersByTime(1);
      expect(asked).toHaveBeenCalledTimes(2);
      await until(() => model.unseen.value === 1);
      expect(model.items.value[0]?.remote).toMatchObject({
        status: 'beleid-aangepast',
        answer: 'De verordening noemt nu een termijn van vier weken.',
      });

      stop();
      vi.advanceTimersByTime(3 * STATUS_POLL_MS);
      expect(asked).toHaveBeenCalledTimes(2);
    } finally {
      vi.useRealTimers();
    }
  });
});
