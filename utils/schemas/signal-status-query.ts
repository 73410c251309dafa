/**
 * Query of `GET {endpoint}/signals/status`. The submitter proves a signal is theirs by sending the
 * installation's `submitterKey` with the ids: a submit token alone only says "someone in this team".
 */
import { z } from '../zod';
import { signalSubmissionSchema } from './signal';

export const MAX_STATUS_IDS = 100;

export const signalStatusQuerySchema = z.strictObject({
  /** Comma-separated signal ids. */
  ids: z
    .string()
    .transform((value) => value.split(',').filter((id) => id !== ''))
    .pipe(z.array(z.uuid()).min(1).max(MAX_STATUS_IDS)),
  submitterKey: signalSubmissionSchema.shape.submitterKey,
});

export type SignalStatusQuery = z.infer<typeof signalStatusQuerySchema>;
