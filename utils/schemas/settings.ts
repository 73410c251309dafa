import { z } from '../zod';
import { userRoleSchema } from './roles';

/**
 * An address Komma may fetch from: https anywhere, plain http only on this machine (for the demo
 * and local testing). Anything else is refused, so a typo can't send data in the clear.
 */
export const serviceUrlSchema = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      if (url.username || url.password) return false;
      if (url.protocol === 'https:') return true;
      return url.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
    } catch {
      return false;
    }
  }, 'geen geldig adres: gebruik https://… (alleen op deze computer mag http://127.0.0.1 of http://localhost)');

/** Every setting with its own validation; an admin policy is checked key by key against these. */
export const settingShapes = {
  municipality: z.string().trim().max(100, 'maximaal 100 tekens'),
  defaultRole: userRoleSchema.or(z.literal('')),
  knowledgePackUrl: serviceUrlSchema.or(z.literal('')),
  reviewIntervalMonths: z
    .number({ error: 'geef een heel aantal maanden' })
    .int('geef een heel aantal maanden')
    .min(1, 'minimaal 1 maand')
    .max(60, 'maximaal 60 maanden'),
  /** Base address of the signal inbox; signals go to `{signalEndpoint}/signals`. Empty: keep them local. */
  signalEndpoint: serviceUrlSchema.transform((value) => value.replace(/\/+$/, '')).or(z.literal('')),
  /** Bearer token for the inbox. It travels in an HTTP header, so only visible ASCII is allowed. */
  signalToken: z
    .string()
    .trim()
    .max(512, 'maximaal 512 tekens')
    .regex(/^[\x21-\x7E]*$/, 'gebruik alleen letters, cijfers en leestekens, zonder spaties'),
} as const;

export const settingsSchema = z.strictObject(settingShapes);
export type Settings = z.infer<typeof settingsSchema>;
export type SettingKey = keyof Settings;
export const SETTING_KEYS = Object.keys(settingShapes) as SettingKey[];

export const DEFAULT_SETTINGS: Settings = {
  municipality: '',
  defaultRole: '',
  knowledgePackUrl: '',
  reviewIntervalMonths: 12,
  signalEndpoint: '',
  signalToken: '',
};

export const SETTING_LABELS: Record<SettingKey, string> = {
  municipality: 'Naam van de gemeente',
  defaultRole: 'Standaardrol',
  knowledgePackUrl: 'Adres van het kennispakket',
  reviewIntervalMonths: 'Controle-interval voor artikelen (maanden)',
  signalEndpoint: 'Adres van de signalenontvanger',
  signalToken: 'Toegangscode voor de signalenontvanger',
};

/** What the user saved in the options page, versioned so a later shape can migrate it. */
export const storedUserSettingsSchema = z.object({
  version: z.literal(1),
  values: z.strictObject(settingShapes).partial(),
});
export type StoredUserSettings = z.infer<typeof storedUserSettingsSchema>;

export type SettingSource = 'managed' | 'user' | 'default';

export interface SettingsWarning {
  key: string;
  message: string;
}

export interface ResolvedSettings {
  values: Settings;
  sources: Record<SettingKey, SettingSource>;
  /** Policy or stored values that were ignored, in Dutch, for the options page and the panel. */
  warnings: SettingsWarning[];
}
