/**
 * The triage contract of the signal inbox: what a signaleringsconsulent's Triage view sends and
 * receives. Built on the delivery contract in signal.ts so both ends validate the same shapes.
 */
import { z } from '../zod';
import {
  signalCategorySchema,
  signalStatusSchema,
  signalSubmissionSchema,
  type SignalStatus,
} from './signal';

/** Statuses that close the loop: the submitter must then get an answer that says why. */
export const FINAL_SIGNAL_STATUSES = ['opgelost', 'beleid-aangepast', 'geen-actie'] as const satisfies readonly SignalStatus[];

export function isFinalStatus(status: SignalStatus): boolean {
  return (FINAL_SIGNAL_STATUSES as readonly SignalStatus[]).includes(status);
}

/**
 * Why signals share a group: merged by hand, same category and rule, similar summary text,
 * or not (yet) like any other signal.
 */
export const SIGNAL_GROUP_KINDS = ['merged', 'rule', 'text', 'single'] as const;
export const signalGroupKindSchema = z.enum(SIGNAL_GROUP_KINDS);
export type SignalGroupKind = z.infer<typeof signalGroupKindSchema>;

/**
 * `merged-<n>` for groups made by hand, `rule-<hash>` for category + rule, `text-<id>` for a text
 * cluster named after its first signal, `signal-<id>` for a signal on its own. Keys of computed
 * groups follow the data, so a key can stop existing when signals arrive or are merged.
 */
export const signalGroupKeySchema = z
  .string()
  .regex(/^(merged-\d{1,12}|rule-[0-9a-f]{16}|(text|signal)-[0-9A-Fa-f-]{36})$/, 'onbekende groepsleutel');

const isoDay = z.iso.date('gebruik een datum als 2026-03-31');

/** A signal as the triage view sees it: everything sent, minus the submitter's installation key. */
export const triageSignalSchema = signalSubmissionSchema.omit({ submitterKey: true }).extend({
  receivedAt: z.iso.datetime({ offset: true }),
  /** Team of the token that delivered it. */
  team: z.string(),
  status: signalStatusSchema,
  answer: z.string().max(2000).optional(),
  articleId: z.string().max(200).optional(),
  statusUpdatedAt: z.iso.datetime({ offset: true }),
  /** Set when the signal was merged into a group by hand. */
  mergedInto: signalGroupKeySchema.optional(),
});
export type TriageSignal = z.infer<typeof triageSignalSchema>;

/** Query of `GET /triage/signals`; `from`/`to` are whole days (UTC), both inclusive. */
export const signalListQuerySchema = z.strictObject({
  status: signalStatusSchema.optional(),
  category: signalCategorySchema.optional(),
  from: isoDay.optional(),
  to: isoDay.optional(),
  /** Words that must occur in summary, description, rule or suggestion. */
  q: z.string().trim().min(1).max(200).optional(),
  group: signalGroupKeySchema.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export type SignalListQuery = z.infer<typeof signalListQuerySchema>;

export const signalListResponseSchema = z.strictObject({
  signals: z.array(triageSignalSchema),
  /** Number of matching signals, regardless of limit and offset. */
  total: z.number().int().min(0),
});
export type SignalListResponse = z.infer<typeof signalListResponseSchema>;

export const signalGroupSchema = z.strictObject({
  key: signalGroupKeySchema,
  kind: signalGroupKindSchema,
  title: z.string(),
  category: signalCategorySchema,
  rule: z.string().optional(),
  count: z.number().int().min(1),
  firstSeen: z.iso.datetime({ offset: true }),
  lastSeen: z.iso.datetime({ offset: true }),
  /** Recurrence (Leeuwarden step b): new signals in the last 30 days against the 30 days before. */
  trend: z.strictObject({
    last30Days: z.number().int().min(0),
    previous30Days: z.number().int().min(0),
  }),
  statuses: z.partialRecord(signalStatusSchema, z.number().int().min(1)),
  signalIds: z.array(z.uuid()).min(1),
});
export type SignalGroup = z.infer<typeof signalGroupSchema>;

/** Query of `GET /triage/groups`. `status` keeps groups with at least one signal in that status. */
export const signalGroupQuerySchema = z.strictObject({
  status: signalStatusSchema.optional(),
  category: signalCategorySchema.optional(),
  minCount: z.coerce.number().int().min(1).default(1),
});
export type SignalGroupQuery = z.infer<typeof signalGroupQuerySchema>;

export const signalGroupListResponseSchema = z.strictObject({
  groups: z.array(signalGroupSchema),
});
export type SignalGroupListResponse = z.infer<typeof signalGroupListResponseSchema>;

/**
 * Body of `POST /triage/groups/merge`: put signals into the target group (which becomes a
 * hand-made group if it was computed), or with no target make a new group of the signals.
 */
export const mergeRequestSchema = z
  .strictObject({
    target: signalGroupKeySchema.optional(),
    signalIds: z.array(z.uuid()).min(1).max(500),
    title: z.string().trim().min(3).max(200).optional(),
  })
  .refine((request) => request.target !== undefined || request.signalIds.length >= 2, {
    message: 'kies een groep of ten minste twee signalen',
    path: ['signalIds'],
  });
export type MergeRequest = z.infer<typeof mergeRequestSchema>;

export const mergeResponseSchema = z.strictObject({ group: signalGroupSchema });
export type MergeResponse = z.infer<typeof mergeResponseSchema>;

/** Body of `PATCH /triage/signals/{id}` and `PATCH /triage/groups/{key}`. */
export const statusUpdateSchema = z
  .strictObject({
    status: signalStatusSchema,
    /** Shown to the submitter in "Mijn signalen". */
    answer: z.string().trim().min(1).max(2000, 'maximaal 2000 tekens').optional(),
    articleId: z
      .string()
      .trim()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'gebruik het id van een kennisartikel')
      .max(200)
      .optional(),
  })
  .refine((update) => !isFinalStatus(update.status) || update.answer !== undefined, {
    message: 'geef de melder een kort antwoord bij deze status',
    path: ['answer'],
  });
export type StatusUpdate = z.infer<typeof statusUpdateSchema>;

export const statusUpdateResponseSchema = z.strictObject({
  updated: z.number().int().min(0),
  signalIds: z.array(z.uuid()),
});
export type StatusUpdateResponse = z.infer<typeof statusUpdateResponseSchema>;

export const EXPORT_FORMATS = ['markdown', 'csv'] as const;

/** Query of `GET /triage/export`: one group, or a comma-separated selection of signal ids. */
export const exportQuerySchema = z
  .strictObject({
    format: z.enum(EXPORT_FORMATS),
    group: signalGroupKeySchema.optional(),
    ids: z
      .string()
      .transform((value) => value.split(',').filter((id) => id !== ''))
      .pipe(z.array(z.uuid()).min(1).max(500))
      .optional(),
  })
  .refine((query) => (query.group === undefined) !== (query.ids === undefined), {
    message: 'kies een groep of een selectie van signalen',
    path: ['group'],
  });
export type ExportQuery = z.infer<typeof exportQuerySchema>;
