import { computed, createModel, signal } from '@preact/signals';
import type { RemotePackState } from '../utils/messages/protocol';
import {
  SETTING_KEYS,
  settingShapes,
  type ResolvedSettings,
  type SettingKey,
  type Settings,
} from '../utils/schemas/settings';
import type { KommaServices } from './services';

export type Draft = Record<SettingKey, string>;

function toDraft(values: Settings): Draft {
  return {
    municipality: values.municipality,
    defaultRole: values.defaultRole,
    knowledgePackUrl: values.knowledgePackUrl,
    reviewIntervalMonths: String(values.reviewIntervalMonths),
  };
}

/** The options page: a draft of the user's values, validated as a whole before anything is saved. */
export const OptionsModel = createModel((services: KommaServices) => {
  const resolved = signal<ResolvedSettings | undefined>(undefined);
  const draft = signal<Draft | undefined>(undefined);
  const errors = signal<Partial<Record<SettingKey, string>>>({});
  const status = signal<{ kind: 'ok' | 'error' | 'info'; text: string } | undefined>(undefined);
  const pack = signal<RemotePackState | undefined>(undefined);
  const busy = signal(false);

  const locked = computed(() => {
    const sources = resolved.value?.sources;
    return (key: SettingKey) => sources?.[key] === 'managed';
  });

  async function load() {
    const loaded = await services.settings.load();
    resolved.value = loaded;
    draft.value = toDraft(loaded.values);
    try {
      pack.value = await services.knowledge.getRemote();
    } catch {
      pack.value = undefined;
    }
  }

  function edit(key: SettingKey, value: string) {
    if (!draft.value) return;
    draft.value = { ...draft.value, [key]: value };
    if (errors.value[key]) errors.value = { ...errors.value, [key]: undefined };
    status.value = undefined;
  }

  /** Validates every editable field; returns the values to save, or undefined with errors set. */
  function validate(): Partial<Settings> | undefined {
    const current = draft.value;
    if (!current) return undefined;
    const nextErrors: Partial<Record<SettingKey, string>> = {};
    const values: Partial<Record<SettingKey, unknown>> = {};
    for (const key of SETTING_KEYS) {
      if (locked.value(key)) continue;
      const raw = key === 'reviewIntervalMonths' ? Number(current[key].trim() || Number.NaN) : current[key];
      const parsed = settingShapes[key].safeParse(raw);
      if (parsed.success) values[key] = parsed.data;
      else nextErrors[key] = parsed.error.issues[0]?.message ?? 'ongeldige waarde';
    }
    errors.value = nextErrors;
    return Object.keys(nextErrors).length === 0 ? (values as Partial<Settings>) : undefined;
  }

  /**
   * Asks for host access to a newly configured pack origin. Called synchronously from the click
   * handler (a user gesture); a server that answers CORS for Komma works without it.
   */
  function requestAccessFor(url: string): Promise<boolean> | undefined {
    if (!services.hostAccess || !url) return undefined;
    try {
      return services.hostAccess.request(new URL(url).origin);
    } catch {
      return undefined;
    }
  }

  async function save(accessRequest?: Promise<boolean>) {
    const values = validate();
    if (!values) {
      status.value = { kind: 'error', text: 'Niet opgeslagen: verbeter eerst de velden met een foutmelding.' };
      return;
    }
    busy.value = true;
    try {
      const granted = accessRequest ? await accessRequest.catch(() => false) : true;
      resolved.value = await services.settings.save(values);
      draft.value = toDraft(resolved.value.values);
      status.value = granted
        ? { kind: 'ok', text: 'De instellingen zijn opgeslagen.' }
        : {
            kind: 'info',
            text: 'Opgeslagen. U gaf geen toestemming voor het adres van het kennispakket; Komma kan het alleen ophalen als die server dat zelf toestaat.',
          };
      if (resolved.value.values.knowledgePackUrl) pack.value = await services.knowledge.refresh();
    } catch (error) {
      status.value = { kind: 'error', text: `Niet opgeslagen: ${error instanceof Error ? error.message : String(error)}` };
    } finally {
      busy.value = false;
    }
  }

  async function refreshPack() {
    busy.value = true;
    try {
      pack.value = await services.knowledge.refresh();
    } catch (error) {
      status.value = { kind: 'error', text: error instanceof Error ? error.message : String(error) };
    } finally {
      busy.value = false;
    }
  }

  return { resolved, draft, errors, status, pack, busy, locked, load, edit, validate, requestAccessFor, save, refreshPack };
});

export type OptionsModel = InstanceType<typeof OptionsModel>;
