import { z } from '../zod';
import { signalGroupKeySchema } from '../schemas/triage';

/** Which signals a new status applies to: every member of a group, or one signal. */
export const statusTargetSchema = z.union([
  z.strictObject({ group: signalGroupKeySchema }),
  z.strictObject({ signal: z.uuid() }),
]);
export type StatusTarget = z.infer<typeof statusTargetSchema>;
