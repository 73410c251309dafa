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
    signalEndpoint: values.signalEndpoint,
    // The saved token is never put back into a field: an empty field means "keep the saved one".
    signalToken: '',
  };
}

/** Settings whose address needs host access when it changes. */
const SERVICE_URL_KEYS = ['knowledgePackUrl', 'signalEndpoint'] as const satisfies readonly SettingKey[];

/** The options page: a draft of the user's values, validated as a whole before anything is saved. */
/** The origin of an address, or undefined when it is empty or not a URL. */
function originOf(url: string | undefined): string | undefined {
  try {
    return url?.trim() ? new URL(url.trim()).origin : undefined;
  } catch {
    return undefined;
  }
}

export const OptionsModel = createModel((services: KommaServices) => {
  const resolved = signal<ResolvedSettings | undefined>(undefined);
  const draft = signal<Draft | undefined>(undefined);
  const errors = signal<Partial<Record<SettingKey, string>>>({});
  const status = signal<{ kind: 'ok' | 'error' | 'info'; text: string } | undefined>(undefined);
  const pack = signal<RemotePackState | undefined>(undefined);
  const busy = signal(false);
  /** Set when the user chose "Toegangscode wissen"; the next save stores an empty token. */
  const forgettingToken = signal(false);

  const locked = computed(() => {
    const sources = resolved.value?.sources;
    return (key: SettingKey) => sources?.[key] === 'managed';
  });

  /** Whether a token is saved (by the user or the policy), without ever exposing it. */
  const tokenSaved = computed(() => Boolean(resolved.value?.values.signalToken) && !forgettingToken.value);

  async function load() {
    const loaded = await services.settings.load();
    resolved.value = loaded;
    draft.value = toDraft(loaded.values);
    forgettingToken.value = false;
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
      if (key === 'signalToken' && current.signalToken.trim() === '') {
        values.signalToken = forgettingToken.value ? '' : (resolved.value?.values.signalToken ?? '');
        continue;
      }
      const raw = key === 'reviewIntervalMonths' ? Number(current[key].trim() || Number.NaN) : current[key];
      const parsed = settingShapes[key].safeParse(raw);
      if (parsed.success) values[key] = parsed.data;
      else nextErrors[key] = parsed.error.issues[0]?.message ?? 'ongeldige waarde';
    }
    errors.value = nextErrors;
    return Object.keys(nextErrors).length === 0 ? (values as Partial<Settings>) : undefined;
  }

  /**
   * Asks, in one prompt, for host access to every service address that is new in the draft (pack,
   * signal inbox). Must be called synchronously from the click handler (a user gesture); a server
   * that answers CORS for Komma's origin works without it.
   */
  function requestAccessForChanges(): Promise<boolean> | undefined {
    const current = draft.value;
    const saved = resolved.value?.values;
    if (!services.hostAccess || !current || !saved) return undefined;
    const origins = new Set<string>();
    for (const key of SERVICE_URL_KEYS) {
      // Access is per origin: a new path on an origin Komma already used needs no new permission.
      // Not a URL: validation reports it; there is nothing to ask access for.
      const origin = originOf(current[key]);
      if (origin && origin !== originOf(saved[key]) && !locked.value(key)) origins.add(origin);
    }
    return origins.size > 0 ? services.hostAccess.request([...origins]) : undefined;
  }

  function forgetToken() {
    if (!draft.value) return;
    forgettingToken.value = true;
    draft.value = { ...draft.value, signalToken: '' };
    status.value = { kind: 'info', text: 'De toegangscode wordt gewist zodra u op Opslaan klikt.' };
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
      forgettingToken.value = false;
      status.value = granted
        ? { kind: 'ok', text: 'De instellingen zijn opgeslagen.' }
        : {
            kind: 'info',
            text: 'Opgeslagen. U gaf geen toestemming voor het nieuwe adres; Komma kan die server alleen bereiken als die dat zelf toestaat.',
          };
      if (resolved.value.values.knowledgePackUrl) pack.value = await services.knowledge.refresh();
    } catch (error) {
      status.value = {
        kind: 'error',
        text: `Niet opgeslagen: ${error instanceof Error ? error.message : String(error)}`,
      };
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

  return {
    resolved,
    draft,
    errors,
    status,
    pack,
    busy,
    locked,
    tokenSaved,
    load,
    edit,
    validate,
    requestAccessForChanges,
    forgetToken,
    save,
    refreshPack,
  };
});

export type OptionsModel = InstanceType<typeof OptionsModel>;
