/**
 * The signal delivery contract shared by the extension (outbox) and the inbox service (server/).
 * One module so both ends validate the same shape; change it only with both ends in mind.
 */
import { z } from '../zod';
import { userRoleSchema } from './roles';

export const SIGNAL_CATEGORIES = [
  'landelijke-regelgeving',
  'lokaal-beleid',
  'werkproces-systeem',
  'brieven-communicatie',
  'samenwerking-ketenpartners',
  'financiele-regeling',
  'kennis',
] as const;

export const SIGNAL_CATEGORY_LABELS: Record<SignalCategory, string> = {
  'landelijke-regelgeving': 'Landelijke wet- en regelgeving',
  'lokaal-beleid': 'Lokaal beleid of verordening',
  'werkproces-systeem': 'Werkproces of systeem',
  'brieven-communicatie': 'Brieven en communicatie',
  'samenwerking-ketenpartners': 'Samenwerking met ketenpartners',
  'financiele-regeling': 'Financiële regeling',
  kennis: 'Ontbrekende of onjuiste kennis',
};

export const SIGNAL_EFFECTS = ['geld', 'schulden', 'stress', 'tijd', 'gezondheid', 'wonen', 'kinderen', 'vertrouwen', 'anders'] as const;

export const SIGNAL_EFFECT_LABELS: Record<SignalEffect, string> = {
  geld: 'Geld',
  schulden: 'Schulden',
  stress: 'Stress',
  tijd: 'Tijd',
  gezondheid: 'Gezondheid',
  wonen: 'Wonen',
  kinderen: 'Kinderen',
  vertrouwen: 'Vertrouwen in de gemeente',
  anders: 'Anders',
};

export const SIGNAL_FREQUENCIES = ['eenmalig', 'vaker', 'structureel'] as const;

export const SIGNAL_FREQUENCY_LABELS: Record<SignalFrequency, string> = {
  eenmalig: 'Eenmalig',
  vaker: 'Vaker',
  structureel: 'Structureel',
};

export const SOURCE_KINDS = ['article', 'checklist', 'search', 'general'] as const;

/** Status of a signal at the inbox, in the order a signaleringsconsulent moves it. */
export const SIGNAL_STATUSES = [
  'nieuw',
  'in-behandeling',
  'voorgelegd-aan-beleid',
  'opgelost',
  'beleid-aangepast',
  'geen-actie',
] as const;

export const SIGNAL_STATUS_LABELS: Record<SignalStatus, string> = {
  nieuw: 'Nieuw',
  'in-behandeling': 'In behandeling',
  'voorgelegd-aan-beleid': 'Voorgelegd aan beleid',
  opgelost: 'Opgelost',
  'beleid-aangepast': 'Beleid aangepast',
  'geen-actie': 'Geen actie',
};

export const signalCategorySchema = z.enum(SIGNAL_CATEGORIES);
export const signalEffectSchema = z.enum(SIGNAL_EFFECTS);
export const signalFrequencySchema = z.enum(SIGNAL_FREQUENCIES);
export const signalStatusSchema = z.enum(SIGNAL_STATUSES);

export type SignalCategory = z.infer<typeof signalCategorySchema>;
export type SignalEffect = z.infer<typeof signalEffectSchema>;
export type SignalFrequency = z.infer<typeof signalFrequencySchema>;
export type SignalStatus = z.infer<typeof signalStatusSchema>;

export const signalSourceSchema = z.strictObject({
  kind: z.enum(SOURCE_KINDS),
  /** Article id, checklist item id or search words; never anything read from the host page. */
  ref: z.string().trim().max(200).optional(),
});

export type SignalSource = z.infer<typeof signalSourceSchema>;

export const signalContextSchema = z.strictObject({
  source: signalSourceSchema,
  role: userRoleSchema,
  municipality: z.string().trim().max(100),
  appVersion: z.string().trim().min(1).max(40),
});

/** The body of `POST {endpoint}/signals`. */
export const signalSubmissionSchema = z.strictObject({
  id: z.uuid(),
  createdAt: z.iso.datetime({ offset: true }),
  category: signalCategorySchema,
  /** "Wat gaat er mis?" in one sentence: the only text a user must write. */
  summary: z.string().trim().min(5, 'beschrijf in een zin wat er misgaat').max(200, 'maximaal 200 tekens'),
  /** Optional longer explanation; empty when the user gave none. */
  description: z.string().trim().max(4000, 'maximaal 4000 tekens'),
  /** Law article, beleidsregel or knowledge article id the signal is about. */
  rule: z.string().trim().max(200).optional(),
  effects: z.array(signalEffectSchema).max(SIGNAL_EFFECTS.length),
  frequency: signalFrequencySchema,
  suggestion: z.string().trim().max(2000, 'maximaal 2000 tekens').optional(),
  context: signalContextSchema,
  /** A random id per installation, so a submitter can ask for their own statuses. Never a name. */
  submitterKey: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/),
});

export type SignalSubmission = z.infer<typeof signalSubmissionSchema>;

/** Body of a 400 answer: what is wrong, in Dutch, per field. */
export const rejectionSchema = z.strictObject({
  error: z.string(),
  reasons: z.array(z.strictObject({ path: z.string(), message: z.string() })),
});

export type Rejection = z.infer<typeof rejectionSchema>;

/** One entry of `GET {endpoint}/signals/status?ids=…`. */
export const signalStatusEntrySchema = z.strictObject({
  id: z.uuid(),
  status: signalStatusSchema,
  /** Short public answer from the signaleringsconsulent, when there is one. */
  answer: z.string().max(2000).optional(),
  /** Knowledge article that now explains the change, when there is one. */
  articleId: z.string().max(200).optional(),
  updatedAt: z.iso.datetime({ offset: true }),
});

export const signalStatusResponseSchema = z.strictObject({
  statuses: z.array(signalStatusEntrySchema),
});

export type SignalStatusEntry = z.infer<typeof signalStatusEntrySchema>;
export type SignalStatusResponse = z.infer<typeof signalStatusResponseSchema>;

/** Header names of the contract. */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
