import {
  DEFAULT_SETTINGS,
  SETTING_KEYS,
  SETTING_LABELS,
  settingShapes,
  storedUserSettingsSchema,
  type ResolvedSettings,
  type SettingKey,
  type Settings,
  type SettingSource,
  type SettingsWarning,
} from '../schemas/settings';

/**
 * Admin policy > user options > defaults, decided per key. Each value is validated on its own so
 * one malformed policy value is ignored (with a warning) while the rest of the policy still applies;
 * nothing here can throw on bad input.
 *
 * `policyName` names where the policy came from in warnings, with its article: the extension's is
 * the admin policy, the embedded assistant's is what the host web application configured.
 */
export function resolveSettings(
  managedRaw: unknown,
  storedUserRaw: unknown,
  policyName = 'het beheerbeleid',
): ResolvedSettings {
  const warnings: SettingsWarning[] = [];
  const managed = validValues(managedRaw, policyName, warnings, { reportUnknown: true });
  const user = readStoredUser(storedUserRaw, warnings);

  const values = { ...DEFAULT_SETTINGS } as Record<SettingKey, unknown>;
  const sources = {} as Record<SettingKey, SettingSource>;
  for (const key of SETTING_KEYS) {
    if (key in managed) {
      values[key] = managed[key];
      sources[key] = 'managed';
    } else if (key in user) {
      values[key] = user[key];
      sources[key] = 'user';
    } else {
      sources[key] = 'default';
    }
  }
  return { values: values as Settings, sources, warnings };
}

function readStoredUser(raw: unknown, warnings: SettingsWarning[]): Partial<Settings> {
  if (raw === undefined || raw === null) return {};
  const envelope = storedUserSettingsSchema.pick({ version: true }).safeParse(raw);
  if (!envelope.success) {
    warnings.push({ key: '*', message: 'Uw opgeslagen instellingen hebben een onbekende vorm en worden niet gebruikt.' });
    return {};
  }
  return validValues((raw as { values?: unknown }).values, 'uw opgeslagen instellingen', warnings, { reportUnknown: false });
}

function validValues(
  raw: unknown,
  origin: string,
  warnings: SettingsWarning[],
  { reportUnknown }: { reportUnknown: boolean },
): Partial<Settings> {
  if (raw === undefined || raw === null) return {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    warnings.push({ key: '*', message: `${capitalise(origin)} heeft geen geldige vorm en wordt genegeerd.` });
    return {};
  }
  const result: Partial<Record<SettingKey, unknown>> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!(key in settingShapes)) {
      if (reportUnknown) warnings.push({ key, message: `Onbekende instelling "${key}" in ${origin} wordt genegeerd.` });
      continue;
    }
    const settingKey = key as SettingKey;
    const parsed = settingShapes[settingKey].safeParse(value);
    if (parsed.success) {
      result[settingKey] = parsed.data;
    } else {
      const reason = parsed.error.issues[0]?.message ?? 'ongeldige waarde';
      warnings.push({
        key,
        message: `${SETTING_LABELS[settingKey]} uit ${origin} wordt genegeerd: ${reason}.`,
      });
    }
  }
  return result as Partial<Settings>;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
